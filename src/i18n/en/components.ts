/* The words of the parts many pages share (Back, Change, an error's summary), in English; they load with those parts, never on the start page. */
export const components = {
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

export type ComponentsText = typeof components;
