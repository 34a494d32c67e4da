import type { QuestionnaireText } from '../../en/questionnaire';

export const questionnaire: QuestionnaireText = {
  questionOf: (index: number, total: number) => `Frage ${index} von ${total}`,
  continueButton: 'Weiter',
  errorPrefix: 'Fehler:',
  /** Between the warning signs and „Nichts davon“. */
  orDivider: 'oder',
  notSaving: 'Deine Antworten werden auf diesem Gerät nicht gespeichert.',
  notSavingWhy: 'Vielleicht ist sein Speicher voll oder ausgeschaltet. Wenn du diese Seite schließt oder neu lädst, gehen deine Antworten verloren.',
  stillAnswer: 'Du kannst trotzdem alle Fragen beantworten: Du bekommst dein Ergebnis und einen Link dazu, den du behalten oder teilen kannst.',
  checkAnswersTitle: 'Überprüfe deine Antworten',
  /** @param lastCheck the day of the last check, already written out („Montag, 1. Dezember“) */
  carriedOver: (lastCheck: string) =>
    `Antworten ohne „Ändern“-Link wurden von deinem Check am ${lastCheck} übernommen, und die Tage seit dem Beginn werden von dort aus weitergezählt. Ob es besser wird, ergibt sich aus deinen Schmerzen damals und heute: Ändere das, wenn es nicht stimmt.`,
  seeResultHeading: 'Sieh dir jetzt dein Ergebnis an',
  workedOutHere: 'Dein Ergebnis wird auf diesem Gerät berechnet. Nichts wird irgendwohin gesendet.',
  seeResult: 'Dein Ergebnis ansehen',
  emergencyTitle: 'Hol dir jetzt Hilfe',
  notGiven: 'Nicht angegeben',
  notSure: 'Nicht sicher',
  answerList: (answers: readonly string[]) => answers.join('; '),
};
