/*
 * The values each answer can take, as the triage contract lists them. Plain constants, kept
 * apart from the schema, so a page that needs only the words does not carry the validator.
 */

export const AREAS = ['lower', 'middle', 'upper'] as const;
export const SIDES = ['center', 'one-side', 'both-sides'] as const;
export { ACTIVITIES } from './activities';
export const TIMINGS = ['during', 'hours-after', 'next-day', 'unclear'] as const;
export const CHARACTERS = ['dull', 'tight', 'sharp', 'shooting', 'burning'] as const;
export const RADIATIONS = ['none', 'buttock-thigh', 'below-knee'] as const;
export const RESTS = ['eases', 'partly', 'no-relief'] as const;
export const TRENDS = ['better', 'same', 'worse'] as const;
/** Rules v3: asked only when the worst pain is 8 or more. */
export const PAINKILLERS = ['helped', 'not-helped', 'not-taken'] as const;

/** The three answers, and how soon a doctor result needs care. */
export const LEVELS = ['soreness', 'strain', 'doctor'] as const;
export const URGENCIES = ['emergency', 'today', 'soon'] as const;

/** Emergency flags first, then same-day, then within-days: the contract's order. */
export const RED_FLAGS = [
  'saddle-numbness',
  'bladder-bowel',
  'both-legs',
  'leg-weakness',
  'dark-urine',
  'chest-symptoms',
  'swollen-muscles',
  'trauma',
  'fever',
  'urinary',
  'cannot-walk',
  'breathing-pain',
  'cancer-history',
  'weight-loss',
  'night-pain',
  'steroids',
  'immune',
] as const;

export type RedFlag = (typeof RED_FLAGS)[number];

export const SEVERITY_RANGE = { min: 0, max: 10 } as const;
export const DAYS_SINCE_RANGE = { min: 0, max: 365 } as const;
export const AGE_RANGE = { min: 10, max: 100 } as const;

/**
 * The answers a person may say they are not sure of, as a share link lists them. The answers
 * themselves hold the careful value the questionnaire took instead.
 */
export const UNSURE_FIELDS = ['suddenMoment', 'loadedArea', 'timing', 'radiation', 'trend'] as const;

export type UnsureField = (typeof UNSURE_FIELDS)[number];
