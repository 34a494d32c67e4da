/* What a page says, once, about saved data it could not use: loaded only when there is such a notice. */
export const notices = {
  savedNotice: {
    unreadable: 'Your saved answers could not be read, so Backcheck has started afresh.',
    older: 'Your saved answers were from an older version of Backcheck, so it has started afresh.',
    newer: 'Your answers were saved by a newer version of Backcheck than this page. Reload the page to get the newest version.',
    notReadYet:
      'Your saved answers and checks could not be read just now, but they are still on this device. Backcheck will read them again as soon as it can; until then, what you answer here is not saved.',
    otherTab: 'Your answers were changed in another tab or window, so this page now shows the latest.',
    wrongClock: 'If the date on this device is wrong, correct it now and open Backcheck again.',
  },
  /** What could not be used, each part named; the parts are listed together in `leftOut`. */
  leftOutPart: {
    answer: (question: string) => `your answer to “${question}”`,
    retiredAnswer: 'an answer to a question Backcheck no longer asks',
    coachActivity: (coach: string) => `the kind of training your coach ${coach} set`,
    coach: 'your coach’s details',
    checks: (count: number) => (count === 1 ? 'one of your kept checks' : `${count} kept checks`),
    allChecks: 'your kept checks',
    futureChecks: (count: number) => (count === 1 ? 'a kept check dated after today' : `${count} kept checks dated after today`),
    contradictedChecks: (count: number) =>
      count === 1 ? 'a kept check whose result does not match its answers' : `${count} kept checks whose results do not match their answers`,
    team: (count: number): string => (count === 1 ? 'one of the results in your trainees’ list' : 'results in your trainees’ list'),
    allTeam: 'results in your trainees’ list',
  },
  leftOut: (parts: string[]) =>
    `Backcheck could not use ${parts.join(', ')}, so ${parts.length === 1 ? 'it has' : 'they have'} been left out. Everything else you saved is kept.`,
};

export type NoticesText = typeof notices;
