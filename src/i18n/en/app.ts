/* The words around every page, in English: the reference for every translation (catalog.ts). */
export const app = {
  skipToMain: 'Skip to main content',
  /** The page's name in the browser tab. */
  title: (page: string) => `${page} – Backcheck`,
  errorTitle: (page: string) => `Error: ${page} – Backcheck`,
  footer: 'Backcheck gives general advice after training. It is not a diagnosis. Your answers stay on this device.',
  yourChecks: 'Your checks',
  forCoaches: 'Coaches: make a link for your trainees',
  languageLabel: 'Language',
  languageNotLoaded: 'This language could not be loaded. Check your signal and try again.',
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
};

export type AppText = typeof app;
