import type { ReviewLevel } from '../languages';

/* The words around every page, in English: the reference for every translation (catalog.ts). */
export const app = {
  skipToMain: 'Skip to main content',
  /** The app's name and description where a browser offers to install it (the web manifest). */
  manifestName: 'Backcheck: back pain after training',
  manifestDescription: 'Back pain after training? Find out if it is normal soreness, a likely strain, or a reason to see a doctor.',
  /** The page's name in the browser tab. */
  title: (page: string) => `${page} – Backcheck`,
  errorTitle: (page: string) => `Error: ${page} – Backcheck`,
  footer: 'Backcheck gives general advice after training. It is not a diagnosis. Your answers stay on this device.',
  yourChecks: 'Your checks',
  forCoaches: 'Coaches: make a link for your trainees',
  languageLabel: 'Language',
  languageNotLoaded: 'This language could not be loaded. Check your signal and try again.',
  /** How far the shown translation has been checked, in words a person understands. */
  translationStatus: {
    machine: 'Translated by machine, not yet checked by a person or a clinician.',
    reviewed: 'Translated and checked by a fluent speaker, not yet by a clinician.',
    'clinically-reviewed': 'Translated and checked by a clinician who speaks the language.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Read this page in English',
  savedNoticeLabel: 'Your saved answers',
  hideMessage: 'Hide this message',
  newVersionLabel: 'A new version',
  newVersionReady: 'A new version of Backcheck is ready.',
  useNewVersion: 'Use the new version',
  notFound: 'Page not found',
  notFoundCheck: 'If you typed or pasted the address, check it is correct.',
  goToStart: 'Go to the start',
  notLoaded: 'This page could not be loaded',
  notLoadedWhy: 'Backcheck could not fetch this page. The signal may have dropped, or a new version of Backcheck may have come out since this page was opened.',
  wentWrong: 'Sorry, something went wrong',
  wentWrongWhy: 'Backcheck could not show this page.',
  nothingLost: 'Nothing you answered has been lost: your answers are kept on this device.',
  tryAgain: 'Try again',
  errorSummary: 'There is a problem',
  back: 'Back',
  /** Before an error message, for screen readers. */
  errorPrefix: 'Error:',
  cancel: 'Cancel',
  showFewer: 'Show fewer',
  change: 'Change',
  /** Read by screen readers after "Change", for a row whose key is a question. */
  changeAnswerTo: (question: string) => `Change your answer to: ${question}`,
  /** For a row whose key is not a question; the key is lower-cased where the language does that. */
  changeThing: (thing: string) => `Change ${thing.toLowerCase()}`,
};

export type AppText = typeof app;
