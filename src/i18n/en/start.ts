import type { Answers } from '../../triage';

/* What a person reads on the start page and in the emergency number's country choice, in English, the reference for every translation (catalog.ts). */
export const start = {
  /** The page's name in the tab, and its heading. */
  title: 'Back pain after training?',
  damagedCoachLink: 'The link you followed was damaged, so your coach’s details could not be read. You can still answer the questions.',
  sentByCoach: (name: string) => `Sent by your coach ${name}`,
  /** The coach's name, and their sport as named in `activities`. */
  sentByCoachFor: (name: string, activity: string) => `Sent by your coach ${name}, for ${activity}`,
  /** The coach's sport, as `sentByCoachFor` names it: "Sent by your coach Sam, for running". */
  activities: {
    lifting: 'weights and CrossFit',
    running: 'running',
    cycling: 'cycling',
    sport: 'sport',
    other: 'training',
  } satisfies Record<NonNullable<Answers['activity']>, string>,
  lead: 'Answer a few short questions to find out if it is normal soreness, a likely strain, or a reason to see a doctor.',
  takesTwoMinutes: 'It takes about 2 minutes. There is no account, and your answers stay on this device.',
  takesTwoMinutesNotSaving:
    'It takes about 2 minutes. There is no account, and your answers are not sent anywhere; but this device is not saving them, so they will go when you close this page.',
  notADiagnosis: 'This is not a diagnosis.',
  /** The number is shown as a link to call it. */
  callIfUnwell: (number: string) => `If you feel very unwell, call ${number} now.`,
  /** After `callIfUnwell`, where the number is a guess: the browser gave no clear sign of the country. */
  orLocalNumber: '(or your local emergency number)',
  startNow: 'Start now',
  forgetCoach: (name: string) => `Forget coach ${name}`,

  // Someone with answers or checks saved.
  countryLabel: 'Your country, for the emergency number',
  /** The number used where the country is not listed: 112. */
  countryNotListed: (number: string) => `Not listed: use ${number}`,
  /** A country's name in the language shown, and its emergency number: "Australia (000)". */
  countryOption: (country: string, number: string) => `${country} (${number})`,
  countryNotSaved: 'This device is not saving your choice: it holds until you close this page.',
};

export type StartText = typeof start;
