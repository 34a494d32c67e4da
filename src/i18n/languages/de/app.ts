import type { AppText } from '../../en/app';
import type { ReviewLevel } from '../../languages';

export const app: AppText = {
  skipToMain: 'Zum Hauptinhalt springen',
  manifestName: 'Backcheck: Rückenschmerzen nach dem Training',
  manifestDescription:
    'Rückenschmerzen nach dem Training? Finde heraus, ob es normaler Muskelkater ist, wahrscheinlich eine Zerrung oder ein Grund, zum Arzt oder zur Ärztin zu gehen.',
  title: (page: string) => `${page} – Backcheck`,
  errorTitle: (page: string) => `Fehler: ${page} – Backcheck`,
  footer: 'Backcheck gibt allgemeine Hinweise nach dem Training. Es stellt keine Diagnose. Deine Antworten bleiben auf diesem Gerät.',
  yourChecks: 'Deine Checks',
  forCoaches: 'Für Coaches: Erstelle einen Link für deine Schützlinge',
  languageLabel: 'Sprache',
  languageNotLoaded: 'Diese Sprache konnte nicht geladen werden. Prüfe deine Internetverbindung und versuche es noch einmal.',
  translationStatus: {
    machine: 'Maschinell übersetzt, noch nicht von einem Menschen oder einer medizinischen Fachkraft geprüft.',
    reviewed: 'Übersetzt und von einer Person geprüft, die die Sprache fließend spricht, aber noch nicht von einer medizinischen Fachkraft.',
    'clinically-reviewed': 'Übersetzt und von einer medizinischen Fachkraft geprüft, die die Sprache spricht.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Diese Seite auf Englisch lesen',
  savedNoticeLabel: 'Deine gespeicherten Antworten',
  hideMessage: 'Diese Nachricht ausblenden',
  newVersionLabel: 'Eine neue Version',
  newVersionReady: 'Eine neue Version von Backcheck ist bereit.',
  useNewVersion: 'Neue Version verwenden',
  notFound: 'Seite nicht gefunden',
  notFoundCheck: 'Wenn du die Adresse eingetippt oder eingefügt hast, prüfe, ob sie richtig ist.',
  goToStart: 'Zur Startseite',
  notLoaded: 'Diese Seite konnte nicht geladen werden',
  notLoadedWhy:
    'Backcheck konnte diese Seite nicht abrufen. Vielleicht ist die Verbindung abgebrochen, oder seit dem Öffnen dieser Seite ist eine neue Version von Backcheck erschienen.',
  wentWrong: 'Entschuldigung, etwas ist schiefgelaufen',
  wentWrongWhy: 'Backcheck konnte diese Seite nicht anzeigen.',
  nothingLost: 'Keine deiner Antworten ist verloren gegangen: Sie sind auf diesem Gerät gespeichert.',
  tryAgain: 'Noch einmal versuchen',
  errorSummary: 'Es gibt ein Problem',
  back: 'Zurück',
  errorPrefix: 'Fehler:',
  cancel: 'Abbrechen',
  showFewer: 'Weniger anzeigen',
  change: 'Ändern',
  changeAnswerTo: (question: string) => `Deine Antwort auf diese Frage ändern: ${question}`,
  /** German keeps a noun's capital letter. */
  changeThing: (thing: string) => `${thing} ändern`,
};
