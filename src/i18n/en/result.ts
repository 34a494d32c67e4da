import { FIELD_NAMES, type Field } from '../../triage/answers';
import { countWith } from '../count';

/* What a person reads on the result page and on a link that does not work, in English, the reference for every translation (catalog.ts). */
export const result = {
  yourResult: 'Your result',
  aResult: 'A Backcheck result',

  // A link that cannot be read.
  damagedTitle: 'This link does not work',
  damagedWhy: 'It may have been cut short or changed when it was copied. Backcheck has not shown a result, because it could be wrong.',
  answerYourself: 'You can answer the questions yourself instead.',
  answerYourselfSaved: 'You can answer the questions yourself instead. Anything you have already answered on this device is still saved.',
  whatIsWrong: 'What is wrong with the link',
  goToSaved: 'Go to your saved answers',
  answerQuestions: 'Answer the questions yourself',
  /** What is wrong with a link, one sentence each, said to the person holding it. */
  linkProblems: {
    tooLong: 'This link is far longer than a Backcheck link, so it may have been changed.',
    brokenCharacters: 'This link has broken characters in it, so it may have been cut short or changed.',
    partName: 'This link has a part whose name is not one Backcheck uses.',
    valueTooLong: 'This link has a value far longer than any answer.',
    sameAnswerTwice: 'This link gives the same answer twice.',
    unknownPart: 'This link has a part that is not one of Backcheck’s answers.',
    cannotRead: 'This link has an answer Backcheck cannot read.',
    /** The question's short name, from answerNames. */
    missingAnswer: (name: string) => `The answer to “${name}” is missing.`,
    /** The question's short name, from answerNames. */
    notAnAnswer: (name: string) => `The answer to “${name}” is not one Backcheck gives.`,
    nameCannotShow: 'This link has a name that Backcheck cannot show.',
    unsureUnknown: 'This link says an answer was not sure that Backcheck does not ask that way.',
    unsureTwice: 'This link names the same not-sure answer twice.',
    unsureContradicted: 'This link says an answer was not sure, but holds a different answer for it.',
    rulesVersion: 'This link has a rules version that is not a number Backcheck uses.',
    notRealDate: 'This link has a date that is not a real date.',
    datedAfterToday: 'This link is dated after today, so it may have been changed.',
    unknownRecipient: 'This link says it was sent to someone Backcheck does not know.',
  },
  /** Each answer's short name, as a problem with a link names it: the rules module's own names in English. */
  answerNames: FIELD_NAMES as Record<Field, string>,

  // Where a result came from.
  linkFrom: (name: string) => `These are ${name}’s answers, from a link they shared. The result is for them.`,
  linkFromSomeone: 'These answers came from a link someone shared. The result is for the person who answered them.',
  /** The date is already in words. */
  answersGivenOn: (date: string) => `The answers were given on ${date}.`,
  answersUndated: 'The link does not say when the answers were given.',
  answerForYourself: 'Answer for yourself',
  olderRules: (linkVersion: number, version: number) =>
    `This link was made with an earlier version of Backcheck’s rules (version ${linkVersion}). The result below has been worked out again with today’s rules (version ${version}).`,
  newerRules: (linkVersion: number, version: number) =>
    `This link was made with a newer version of Backcheck (rules version ${linkVersion}). The result below has been worked out with this version’s rules (version ${version}). Reload the page to get the newest version.`,
  /** The date is already in words. */
  keptNotice: (date: string) => `This is your check of ${date}, kept on this device.`,
  yourChecks: 'Your checks',
  earlierNotice: 'This is your earlier result, from your answers before you changed them.',
  seeLatest: 'See your latest result',
  /** Said for "I'm not sure" where a question's own option for it has other words. */
  notSureAnswer: 'I’m not sure',

  // The sections after the result.
  whatChanged: 'What changed since your last check',
  backToTraining: 'Back to training',
  traineesList: 'Your trainees’ list',
  seeHowItGoes: 'See how it goes',
  checkAgainWhen: 'Check again in 2 to 3 days, or sooner if it changes. Each check is kept here, so you can see how it is going.',
  checkAgain: 'Check again',
  changeSomething: 'Change something',
  changeAnswers: 'Change your answers',
  startAgain: 'Start again',

  // Whether the result is kept as a check.
  notKept: 'This check is not kept on this device.',
  couldNotKeep:
    'This check could not be kept: this device is not letting Backcheck save (its storage may be full or turned off). The result above is still right.',
  /**
   * @param checks the link to the person's checks, whose words are yourChecksLink
   * @param date the check's date, in words
   */
  keptIn: (checks: string, date: string) => `Kept in ${checks} on this device, dated ${date}.`,
  /** The same as keptIn, where this check replaces the one the person saw a moment ago. */
  replacesKept: (checks: string, date: string) =>
    `This replaces the result you saw a moment ago: only this one is kept. It is in ${checks} on this device, dated ${date}.`,
  yourChecksLink: 'your checks',
  doNotKeep: 'Do not keep it',

  // A result a coach keeps.
  keptForTeamLine: 'Kept in your trainees’ list on this device.',
  keepForTeam: 'Keep in my trainees’ list',
  keptForTeamNamed: (name: string) => `${name} is kept in your trainees’ list, on this device only.`,
  keptForTeam: 'This result is kept in your trainees’ list, on this device only.',
  couldNotKeepForTeam: 'This result could not be kept: this device is not letting Backcheck save.',

  // The result itself.
  /** The printout's first sentence; the date is already in words. */
  printedOn: (date: string) => `Backcheck result, printed ${date}.`,
  /** Whose answers these are, on the printout. */
  origin: {
    own: 'Answers given on this device.',
    earlier: 'Answers given earlier on this device, before they were changed.',
    kept: 'Answers of a check kept on this device.',
    /** The date is already in words. */
    keptOn: (date: string) => `Answers of a check kept on this device, from ${date}.`,
    link: 'Answers from a link someone shared.',
    linkFrom: (name: string) => `${name}’s answers, from a link they shared.`,
  },
  /** The number to call, where it is not known to be the local one. */
  callOrLocal: (number: string) => `${number} (or your local emergency number)`,
  callNumber: (number: string) => `Call ${number}`,
  works112: '112 works from most mobile phones. If you know your local emergency number, you can call that instead.',
  whyThisResult: 'Why this result',
  showMoreReasons: (count: number) => `Show ${countWith('en', count, { one: 'more reason', other: 'more reasons' })}`,
  aboutThisRule: 'About this rule',
  /** The link's whole name for a screen reader, with the rule's short name. */
  aboutRule: (title: string) => `About this rule: ${title}`,
  whereNotSure: 'Where you were not sure:',
  /**
   * @param question the question as it was asked
   * @param answer the words of the option the person chose
   */
  youAnswered: (question: string, answer: string) => `${question} You answered “${answer}”.`,
  carefulAnswer: 'For these, Backcheck took the more careful answer, so this result errs on the side of caution.',
  /** The date is already in words. */
  workedOut: (version: number, date: string) => `Worked out on this device with Backcheck’s rules, version ${version}, last changed ${date}.`,
  howBackcheckDecides: 'How Backcheck decides',
  notADiagnosis: 'Backcheck gives general advice, not a diagnosis.',
  ifWorried: 'If you are worried, or things change, contact a doctor.',
  yourAnswers: 'Your answers',
  keepACopy: 'Keep a copy',
  printForDoctor: 'Print this page, or save it as a PDF, to show a doctor or physiotherapist.',
  printOrSave: 'Print or save as PDF',

  // Sharing.
  shareThisResult: 'Share this result',
  linkHoldsAnswers:
    'The link holds your answers. They stay in the part of the link after the # sign, which is never sent to a website, so only the people you send it to can see them.',
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyBelow: 'Copy the link below.',
  /** The share sheet's title, and the text shared with the link. */
  myResult: 'My Backcheck result',
  sendToMyCoach: (coach: string) => `Send to my coach ${coach}`,
  yourFirstName: 'Your first name (optional)',
  firstNameHint: (coach: string) => `So ${coach} knows whose result it is. It goes in the link you send, and nowhere else.`,
  firstNameError: 'Enter your first name, or leave it empty',
  sendTo: (coach: string) => `Send to ${coach}`,
  /** The text shared with the link to the coach. */
  messageToCoach: (coach: string) => `Hi ${coach}, here is my Backcheck result.`,
  /** The message copied for the coach, with the link's address in it. */
  messageToCoachWithLink: (coach: string, address: string) => `Hi ${coach}, here is my Backcheck result: ${address}`,
  messageCopied: 'Message copied. Paste it into a message to your coach.',
  copyBelowForCoach: 'Copy the link below and send it to your coach.',
  linkToResult: 'Link to this result',
  forgetCoach: (coach: string) => `Forget coach ${coach}`,
};

export type ResultText = typeof result;
