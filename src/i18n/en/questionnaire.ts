/*
 * What a person reads around the questions, in English: the reference for every translation (catalog.ts).
 * The questions themselves are in the questions catalog (question-text.ts).
 */
export const questionnaire = {
  /** Where this page stands among the pages asked. */
  questionOf: (index: number, total: number) => `Question ${index} of ${total}`,
  continueButton: 'Continue',
  /** Read by a screen reader before a field's error message. */
  errorPrefix: 'Error:',
  /** Between the warning signs and "None of these". */
  orDivider: 'or',
  notSaving: 'Your answers are not being saved on this device.',
  notSavingWhy: 'Its storage may be full or turned off, so if you close or reload this page your answers will be lost.',
  stillAnswer: 'You can still answer every question: you will get your result, and a link to it that you can keep or share.',
  checkAnswersTitle: 'Check your answers',
  /** @param lastCheck the day of the last check, already written out ("Monday 1 December") */
  carriedOver: (lastCheck: string) =>
    `Answers without a Change link are carried over from your check on ${lastCheck}, and the days since it started are worked out from it. Whether it is getting better comes from your pain then and now: change it if that is not right.`,
  seeResultHeading: 'Now see your result',
  workedOutHere: 'Your result is worked out on this device. Nothing is sent anywhere.',
  seeResult: 'See your result',
  emergencyTitle: 'Get help now',
  /** A number left blank, in the summary of answers (the age is optional). */
  notGiven: 'Not given',
  /** "I'm not sure", in the summary, where the question's own options do not say it. */
  notSure: 'Not sure',
  /** Several answers to one question, as one line of the summary. */
  answerList: (answers: readonly string[]) => answers.join('; '),
};

export type QuestionnaireText = typeof questionnaire;
