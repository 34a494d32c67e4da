/** The coach's sport, as the start page names it: "Sent by your coach Sam, for running". */
export const ACTIVITY_WORDS = { lifting: 'weights and CrossFit', running: 'running', cycling: 'cycling', sport: 'sport', other: 'training' } as const;
