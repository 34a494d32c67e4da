import { countWith } from '../count';

/* The start page's way back in for someone with something saved: loaded only then. */
export const savedProgress = {
  resultToday: 'You have a result from today.',
  /** A date in words, such as "Tuesday 3 November". */
  lastCheckOn: (date: string) => `Your last check was on ${date}.`,
  seeResult: 'See your result',
  checkAgain: 'Check again',
  startAboutNewProblem: 'Start about a new problem',
  /** A date in words, such as "Tuesday 3 November". */
  begunOn: (date: string) => `You began answering on ${date}. Backcheck will ask again how it is now, and work out the days since it started.`,
  answersSaved: 'You have answers saved on this device.',
  continueWhereLeft: 'Continue where you left off',
  startAgain: 'Start again',
  checksKept: (count: number) => `You have ${countWith('en', count, { one: 'check', other: 'checks' })} kept on this device.`,
  seeChecks: 'See your checks, or check again',

  // A link from a different coach from the one remembered.
  switchCoachQuestion: (from: string, to: string) => `Switch from ${from} to ${to}?`,
  switchCoachWhy: (to: string) => `This link is from ${to}. Backcheck remembers one coach on this device, and offers to send your result to them.`,
  switchTo: (name: string) => `Switch to ${name}`,
  keepCoach: (name: string) => `Keep ${name}`,

  // The country, for the emergency number.
};

export type SavedProgressText = typeof savedProgress;
