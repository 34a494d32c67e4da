import type { Answers, Level, Urgency } from '../../triage';
import { countWith, numberIn, pluralOf } from '../count';

const n = (count: number) => numberIn('en', count);
const days = (count: number) => countWith('en', count, { one: 'day', other: 'days' });
/** A count of checks as English writes big numbers: "1,000 checks". */
const checksCount = (count: number) => `${new Intl.NumberFormat('en-GB').format(count)} ${pluralOf('en', count, { one: 'check', other: 'checks' })}`;
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/* What a person reads on "Your checks", about the ladder back to training, and in "Check again", in English, the reference for every translation (catalog.ts). */
export const checks = {
  // "Your checks"
  yourChecks: 'Your checks',
  noChecksYet:
    'No checks are kept on this device yet. When you finish the questions, your result is kept here with its date, so you can see how it is going over the days.',
  startNow: 'Start now',
  keptOnDevice: 'Kept on this device only. Nobody else sees them unless you share or print them.',
  painStartedToday: 'The pain started today.',
  /** `date` is the day it started, already written out. */
  painStartedDaysAgo: (count: number, date: string) => `The pain started ${days(count)} ago, on ${date}.`,
  checkAgain: 'Check again',
  backToTraining: 'Back to training',
  painOverDays: 'Your pain over the days',
  everyCheck: 'Every check, newest first',
  /** `total` checks kept, of which the newest `shown` are on the page. */
  showingNewest: (total: number, shown: number) => `Showing the ${shown} newest of ${checksCount(total)}.`,
  showOlder: (count: number) => `Show ${n(count)} older ${pluralOf('en', count, { one: 'check', other: 'checks' })}`,
  takeToPhysio: 'Take it to a physio or doctor',
  printOrSave: 'Print your checks, or save them as a file to keep. A saved file can be loaded on another device.',
  printChecks: 'Print your checks',
  /** The button that saves the checks as a file; the notice about keeping them links to it by this name. */
  saveAsFile: 'Save as a file',
  loadFromFile: 'Load checks from a file',
  fileLabel: 'A file of checks Backcheck saved',
  errorPrefix: 'Error:',
  /** After loading a file: how many checks it added, and why others were left out, where some were (a sentence from `leftOut`). */
  addedFromFile: (count: number, whyLeftOut: string | undefined) => `${checksCount(count)} added from the file.${whyLeftOut ? ` ${whyLeftOut}` : ''}`,
  deleteEverything: 'Delete everything',
  deleteEverythingWhat: 'Removes everything Backcheck keeps on this device: your answers, your checks, your coach and your country.',
  deleteEverythingQuestion: 'Delete your answers, your checks, your coach and your country from this device? This cannot be undone.',
  yesDeleteEverything: 'Yes, delete everything',
  everythingDeleted: 'Everything Backcheck kept on this device has been deleted.',

  // One check in the list; `date` is the check's day, already written out
  checkResult: (result: string) => `Result: ${result}.`,
  warningSignsOnly: 'Warning signs only: the questions stopped there.',
  painOutOf10: (pain: number) => `Pain ${n(pain)} out of 10.`,
  sameAsCheckBefore: 'The same as the check before.',
  downFrom: (before: number) => `Down from ${n(before)}.`,
  upFrom: (before: number) => `Up from ${n(before)}.`,
  /** The stage a check put the person on, with the stage's name as the ladder gives it. */
  onStage: (stage: number, name: string) => `Back to training: stage ${n(stage)}, ${name.toLowerCase()}.`,
  seeThisResult: 'See this result',
  seeResultOf: (date: string) => `See the result of ${date}`,
  deleteCheckQuestion: (date: string) => `Delete the check of ${date}?`,
  yesDeleteIt: 'Yes, delete it',
  deleteThisCheck: 'Delete this check',
  deleteCheckOf: (date: string) => `Delete the check of ${date}`,

  // The pain chart
  chartTitle: 'Your pain out of 10, check by check',
  /** One point of the chart: the pain, and its day already written out. */
  chartPoint: (pain: number, date: string) => `${n(pain)} on ${date}`,
  /** Every point (each from `chartPoint`), in order. */
  chartDescription: (points: readonly string[]) => `Pain out of 10: ${points.join('; ')}.`,
  /** The same figures under the chart, for the person's own checks or a trainee's results. */
  chartCaption: {
    check: (points: readonly string[]) => `Pain out of 10 at each check: ${points.join('; ')}.`,
    result: (points: readonly string[]) => `Pain out of 10 at each result: ${points.join('; ')}.`,
  },
  /** A date of this year under the chart, without its weekday (a date of another year is written as `dates.fullDate`). */
  chartDate: (day: number, month: string) => `${n(day)} ${month}`,

  // Keeping the checks
  safariMayClear:
    'Safari may clear your checks if you do not open Backcheck for 7 days. To keep them, add Backcheck to your Home Screen, or save them as a file.',
  browserMayClear:
    'Your browser may clear your checks if it runs short of space or Backcheck goes unused for a while. To keep them, add Backcheck to your home screen, or save them as a file.',
  howToAdd: 'To add it, open your browser’s menu (in Safari, the Share button) and choose Add to Home Screen.',
  /** Followed by a link to the "Save as a file" button (`saveAsFile`). */
  howToSave: 'To save a file, use the button further down this page:',

  // "Remind me" and the calendar file it makes
  remindMe: (count: number) => `Remind me in ${days(count)}`,
  reminderSummary: 'Check your back again with Backcheck',
  reminderDescription: (checksUrl: string) => `How is your back today? Answer a few short questions to see how it is going, and what to do next: ${checksUrl}`,

  // The ladder back to training: why the person is where they are
  ladderOff: 'A doctor result takes you off the ladder until a doctor or physiotherapist says you can go back to it.',
  ladderStart: (stage: number, name: string) => `You start at stage ${n(stage)}: ${name.toLowerCase()}.`,
  ladderSharpAgain: 'The pain is sharp again, so you go back one stage.',
  ladderWorse: 'The pain is worse than before, so you go back one stage.',
  ladderUp: (stage: number) => `You met the bar for stage ${n(stage)}, so you can move up one stage.`,
  ladderTop: 'You are back to full training.',
  ladderOneADay: 'You meet the bar, but move up at most one stage a day: check again tomorrow.',
  ladderSharpFree: (count: number) => `You meet the rest of the bar, but move on only after ${days(count)} without sharp pain: check again tomorrow.`,
  /** `moveOnWhen` is the stage's bar for moving on, a sentence as the stages give it. */
  ladderStay: (moveOnWhen: string) => `Stay at this stage until ${lowerFirst(moveOnWhen)}`,
  /** The stage's heading: "Stage 2 of 5: Move." */
  stageOf: (stage: number, stages: number, name: string) => `Stage ${n(stage)} of ${stages}: ${name}.`,

  // Results and "Check again"
  /** A result, said inside a sentence: "Result: a likely strain." */
  resultWords: {
    soreness: 'normal soreness',
    strain: 'a likely strain',
    emergency: 'get help now',
    today: 'see a doctor today',
    soon: 'see a doctor within days',
  } satisfies Record<Exclude<Level, 'doctor'> | Urgency, string>,
  /** When the pain began, said inside a sentence ("It began …"): without the date the answers were given. */
  begunOnAnswerDayUnknown: 'on the day these answers were given (the date they were given is not known)',
  begunBeforeUnknown: (count: number) => `${days(count)} before these answers were given (the date they were given is not known)`,
  /** `date` is the day the answers were given, already written out. */
  begunOnAnswerDay: (date: string) => `on ${date}, the day these answers were given`,
  /** `count` is the days from when it began to the answers; `date` the day it began, already written out. */
  begunBefore: (count: number, date: string) => `on ${date}, ${days(count)} before these answers were given`,
  /** `date` is the last check's day, already written out. */
  painSame: (pain: number, date: string) => `Your pain is ${n(pain)} out of 10, the same as on ${date}.`,
  painWent: (before: number, now: number, date: string) => `Your pain went from ${n(before)} to ${now} out of 10 since ${date}.`,
  /** What the pain feels like, said inside a sentence. */
  feelings: {
    dull: 'a dull ache',
    tight: 'tight or stiff',
    sharp: 'sharp',
    shooting: 'shooting',
    burning: 'burning',
  } satisfies Record<Answers['character'], string>,
  feelsDifferent: (now: string, before: string) => `It feels different: ${now} now, ${before} before.`,
  spreadsNow: {
    none: 'It no longer spreads from your back.',
    'buttock-thigh': 'It now spreads into a buttock or thigh.',
    'below-knee': 'It now spreads below your knee.',
  } satisfies Record<Answers['radiation'], string>,
  newWarningSign: 'You have a warning sign you did not have before.',
  /** The result then and now (from `resultWords`), and the main reason for the change, a sentence, where there is one. */
  answerChanged: (then: string, now: string, reason: string | undefined) =>
    `Last time the answer was ${then}; now it is ${now}.${reason ? ` The main reason: ${lowerFirst(reason)}` : ''}`,
  answerSame: (now: string) => `The answer is the same as last time: ${now}.`,
  rulesChanged: (then: number, now: number) =>
    `Backcheck’s rules have changed since your last check (version ${n(then)} then, ${now} now), so part of any change may come from that.`,

  // A file of checks, read back
  fileTooBig: (megabytes: number) => `This file is too big. A file of checks must be smaller than ${n(megabytes)} MB.`,
  tooManyChecks: (max: number) => `This file has more than ${checksCount(max)}. Backcheck can load up to ${checksCount(max)} from one file.`,
  notReadable: 'This file is not one Backcheck saved: it could not be read.',
  notBackcheckFile: 'This file is not one Backcheck saved.',
  noReadableChecks: 'This file has no checks Backcheck can read.',
  /** `whyLeftOut` is the sentence from `leftOut`. */
  noUsableChecks: (whyLeftOut: string) => `This file has no checks Backcheck can use. ${whyLeftOut}`,
  /** Where the checks left out came from, said inside `leftOutBecause` and `leftOutFor`. */
  inTheFile: 'in the file',
  /** `total` checks left out for one reason; `where` is a phrase such as `inTheFile`. */
  leftOutBecause: {
    unreadable: (total: number, where: string) =>
      pluralOf('en', total, {
        one: `One check ${where} was left out because it could not be read.`,
        other: `${n(total)} checks ${where} were left out because they could not be read.`,
      }),
    future: (total: number, where: string) =>
      pluralOf('en', total, {
        one: `One check ${where} was left out because it is dated after today.`,
        other: `${n(total)} checks ${where} were left out because they are dated after today.`,
      }),
    contradicted: (total: number, where: string) =>
      pluralOf('en', total, {
        one: `One check ${where} was left out because its result does not match its answers.`,
        other: `${n(total)} checks ${where} were left out because their results do not match their answers.`,
      }),
  },
  /** How many checks were left out for each reason, where there were several reasons: each goes into `leftOutReasons`. */
  leftOutReason: {
    unreadable: (count: number) => `${n(count)} could not be read`,
    future: (count: number) => `${n(count)} ${pluralOf('en', count, { one: 'is', other: 'are' })} dated after today`,
    contradicted: (count: number) =>
      pluralOf('en', count, {
        one: `${n(count)} has a result that does not match its answers`,
        other: `${n(count)} have results that do not match their answers`,
      }),
  },
  /** The reasons from `leftOutReason`, as one list: "1 could not be read, 2 are dated after today and 3 have …". */
  leftOutReasons: (reasons: readonly string[]) => (reasons.length < 2 ? reasons.join('') : `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1) ?? ''}`),
  /**
   * `total` checks left out for several reasons: "6 checks in the file were left out: 1 could not
   * be read, …". `where` is a phrase such as `inTheFile`; `reasons` the list from `leftOutReasons`.
   */
  leftOutFor: (total: number, where: string, reasons: string) =>
    pluralOf('en', total, {
      one: `One check ${where} was left out: ${reasons}.`,
      other: `${n(total)} checks ${where} were left out: ${reasons}.`,
    }),
};

export type ChecksText = typeof checks;
