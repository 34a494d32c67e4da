import { countWith } from '../count';

/* What a coach reads on the coach's page, the poster and the trainees' list, in English, the reference for every translation (catalog.ts). */
export const coach = {
  // The coach's page
  makeLinkTitle: 'Make a link for your trainees',
  makeLinkIntro: 'Send your trainees a link to Backcheck with your name on it, or put its QR code on the wall.',
  traineesAnswer: 'Your trainees answer a few short questions on their own phone, and see what to do. Nothing is sent to you or anyone else.',
  theySendResult: 'If they choose, they send you their result as a link, with their first name if they want.',
  youSeeWhatItMeans: 'You see what it means for their training, and can keep it in your trainees’ list, on this device only.',
  seeTraineesList: 'See your trainees’ list',
  yourName: 'Your name',
  nameHint: (max: number) =>
    `Your trainees will see ‘Sent by your coach’ and this name. Up to ${countWith('en', max, { one: 'character', other: 'characters' })}.`,
  sportLegend: 'Which sport do you coach?',
  sportHint: 'Your trainees will not be asked about their workout.',
  sportRequired: 'Select the sport you coach, or let each trainee say',
  letEachTraineeSay: 'Let each trainee say',
  makeLink: 'Make link',
  yourLink: 'Your link',
  sendThisLink: 'Send this link to your trainees',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  selectAndCopy: 'Select the link above and copy it.',

  // A coach's name, as the coach types it and as a trainee's first name is checked
  nameRequired: 'Enter your name',
  nameTooLong: (max: number) => `Your name must be ${countWith('en', max, { one: 'character', other: 'characters' })} or fewer`,
  nameStartsWithLetter: 'Your name must start with a letter',
  nameCharacters: 'Your name can only use letters, numbers, spaces, full stops, hyphens and apostrophes',
  nameAccents: 'Your name can only have up to 3 accents on each letter',

  // The QR code and the poster
  qrHeading: 'QR code',
  qrScan: 'Trainees can scan it with their phone’s camera to open your link.',
  qrLabel: (url: string) => `QR code of your link: ${url}`,
  downloadSvg: 'Download QR code (SVG)',
  downloadPng: 'Download QR code (PNG)',
  printPoster: 'Print a poster',
  posterTitle: 'Back pain after training?',
  posterLead: 'Scan to find out in 2 minutes if it is normal soreness, a likely strain, or a reason to see a doctor.',
  posterSentBy: (name: string) => `Sent by your coach ${name}. No account: your answers stay on your phone unless you choose to send them.`,

  // The trainees' list
  teamTitle: 'Your trainees’ results',
  keptHere: 'Kept on this device only. Nothing is sent anywhere: each result came in a link a trainee chose to send you, and stays here until you delete it.',
  noResultsYet: 'No results kept yet. When a trainee sends you their result, open the link and choose “Keep in my trainees’ list”.',
  newestFirst: 'Newest first. Results sent without a name are listed one by one, as Backcheck cannot tell whose they are.',
  /** `result` is the result in words ("a likely strain"); `on` the date of the answers. */
  latestResult: (result: string, on: string) => `Latest result: ${result}, from ${on}.`,
  /** `result` is the result in words ("a likely strain"), from a link that does not say the date of the answers. */
  latestResultUndated: (result: string) => `Latest result: ${result}, from a date not known.`,
  /** The pain chart of one trainee's results. */
  painChartTitle: (name: string) => `${name}’s pain out of 10, result by result`,
  dateNotKnown: 'Date not known',
  /** A result sent without a name, by the date of the answers. */
  unnamedHeading: (on: string) => `A trainee, ${on}`,
  unnamedHeadingUndated: 'A trainee, date not known',
  sentWithoutName: 'Sent without a name, so it is listed on its own.',
  /**
   * One result: `result` in words ("a likely strain"), the pain out of 10, when the pain began
   * ("on Sunday 29 November, the day these answers were given") and the day it was kept.
   */
  summary: (result: string, severity: number, began: string, kept: string) => `Result: ${result}. Pain ${severity} out of 10. It began ${began}. Kept ${kept}.`,
  /*
   * The name of one result, for its link and buttons, said after "See" and "Delete": by who sent
   * it and the date of the answers, or where the link does not say that date, the day it was kept.
   */
  resultLabel: (name: string, on: string) => `${name}’s result of ${on}`,
  resultLabelUndated: (name: string, kept: string) => `${name}’s result of a date not known, kept ${kept}`,
  unnamedLabel: (on: string) => `a trainee’s result of ${on}`,
  unnamedLabelUndated: (kept: string) => `a trainee’s result of a date not known, kept ${kept}`,
  /** Two results whose names would sound the same, numbered in the order they were sent. */
  numberedLabel: (label: string, position: number, count: number) => `${label}, ${position} of ${count}`,
  seeTheResult: 'See the result',
  /** `label` is a result's name, from `resultLabel` and the like. */
  seeResult: (label: string) => `See ${label}`,
  deleteFromTheList: 'Delete from the list',
  /** `label` is a result's name, from `resultLabel` and the like. */
  deleteResult: (label: string) => `Delete ${label} from the list`,
  /** `label` is a result's name, from `resultLabel` and the like. */
  deleteQuestion: (label: string) => `Delete ${label} from your list?`,
  yesDeleteIt: 'Yes, delete it',
  deleteAll: 'Delete all',
  deleteAllQuestion: 'Delete every result from your trainees’ list on this device?',
  yesDeleteAll: 'Yes, delete them all',
};

export type CoachText = typeof coach;
