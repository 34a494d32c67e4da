/*
 * The workouts the contract names: the one part of the vocabulary a first visit needs, for a
 * coach's link. Kept apart so the rest of the vocabulary loads with the pages that use it.
 */
export const ACTIVITIES = ['lifting', 'running', 'cycling', 'sport', 'other'] as const;
