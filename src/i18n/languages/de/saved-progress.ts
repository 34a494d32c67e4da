import { countWith } from '../../count';
import type { SavedProgressText } from '../../en/saved-progress';

export const savedProgress: SavedProgressText = {
  resultToday: 'Du hast ein Ergebnis von heute.',
  lastCheckOn: (date: string) => `Dein letzter Check war am ${date}.`,
  seeResult: 'Dein Ergebnis ansehen',
  checkAgain: 'Noch einmal prüfen',
  startAboutNewProblem: 'Wegen eines neuen Problems beginnen',
  begunOn: (date: string) =>
    `Du hast am ${date} angefangen, die Fragen zu beantworten. Backcheck fragt noch einmal, wie es jetzt ist, und zählt die Tage, seit es angefangen hat.`,
  answersSaved: 'Auf diesem Gerät sind Antworten von dir gespeichert.',
  continueWhereLeft: 'Dort weitermachen, wo du aufgehört hast',
  startAgain: 'Von vorn beginnen',
  checksKept: (count: number) => `Du hast ${countWith('de', count, { one: 'Check', other: 'Checks' })} auf diesem Gerät gespeichert.`,
  seeChecks: 'Deine Checks ansehen oder noch einmal prüfen',

  // Ein Link von einem anderen Coach als dem gespeicherten.
  switchCoachQuestion: (from: string, to: string) => `Von ${from} zu ${to} wechseln?`,
  switchCoachWhy: (to: string) =>
    `Dieser Link ist von ${to}. Backcheck merkt sich auf diesem Gerät einen Coach und bietet dir an, dein Ergebnis an diesen Coach zu schicken.`,
  switchTo: (name: string) => `Zu ${name} wechseln`,
  keepCoach: (name: string) => `Bei ${name} bleiben`,
};
