import type { Field } from '../../../triage/answers';
import { countWith } from '../../count';
import type { ResultText } from '../../en/result';

/** Each answer's short name, as a problem with a link names it. */
const answerNames: Record<Field, string> = {
  area: 'Wo die Schmerzen sind',
  side: 'Welche Seite',
  activity: 'Das Training',
  timing: 'Wann es angefangen hat',
  suddenMoment: 'Ein plötzlicher Moment',
  character: 'Wie es sich anfühlt',
  severity: 'Wie stark es ist',
  radiation: 'Wohin es ausstrahlt',
  rest: 'Ruhe oder Bewegung',
  loadedArea: 'Wo du am härtesten trainiert hast',
  daysSince: 'Tage, seit es angefangen hat',
  trend: 'Besser, gleich oder schlechter',
  age: 'Alter',
  painkillers: 'Schmerzmittel',
  redFlags: 'Warnzeichen',
};

export const result: ResultText = {
  yourResult: 'Dein Ergebnis',
  aResult: 'Ein Backcheck-Ergebnis',

  // A link that cannot be read.
  damagedTitle: 'Dieser Link funktioniert nicht',
  damagedWhy: 'Vielleicht wurde er beim Kopieren abgeschnitten oder verändert. Backcheck zeigt kein Ergebnis an, weil es falsch sein könnte.',
  answerYourself: 'Du kannst die Fragen stattdessen selbst beantworten.',
  answerYourselfSaved: 'Du kannst die Fragen stattdessen selbst beantworten. Alles, was du auf diesem Gerät schon beantwortet hast, ist noch gespeichert.',
  whatIsWrong: 'Was mit dem Link nicht stimmt',
  goToSaved: 'Zu deinen gespeicherten Antworten',
  answerQuestions: 'Die Fragen selbst beantworten',
  linkProblems: {
    tooLong: 'Dieser Link ist viel länger als ein Backcheck-Link, deshalb wurde er vielleicht verändert.',
    brokenCharacters: 'Dieser Link enthält fehlerhafte Zeichen, deshalb wurde er vielleicht abgeschnitten oder verändert.',
    partName: 'Dieser Link hat einen Teil mit einem Namen, den Backcheck nicht verwendet.',
    valueTooLong: 'Dieser Link enthält einen Wert, der viel länger ist als jede Antwort.',
    sameAnswerTwice: 'Dieser Link enthält dieselbe Antwort zweimal.',
    unknownPart: 'Dieser Link hat einen Teil, der keine der Antworten von Backcheck ist.',
    cannotRead: 'Dieser Link enthält eine Antwort, die Backcheck nicht lesen kann.',
    missingAnswer: (name: string) => `Die Antwort auf „${name}“ fehlt.`,
    notAnAnswer: (name: string) => `Die Antwort auf „${name}“ ist keine, die Backcheck vorsieht.`,
    nameCannotShow: 'Dieser Link enthält einen Namen, den Backcheck nicht anzeigen kann.',
    unsureUnknown: 'Dieser Link markiert eine Antwort als „nicht sicher“, die Backcheck so gar nicht abfragt.',
    unsureTwice: 'Dieser Link markiert dieselbe Antwort zweimal als „nicht sicher“.',
    unsureContradicted: 'Dieser Link markiert eine Antwort als „nicht sicher“, enthält aber eine andere Antwort dafür.',
    rulesVersion: 'Dieser Link nennt als Version der Regeln keine Zahl, die Backcheck verwendet.',
    notRealDate: 'Dieser Link enthält ein Datum, das es nicht gibt.',
    datedAfterToday: 'Dieser Link trägt ein Datum nach dem heutigen Tag, deshalb wurde er vielleicht verändert.',
    unknownRecipient: 'Laut diesem Link wurde er an jemanden geschickt, den Backcheck nicht kennt.',
  },
  answerNames,

  // Where a result came from.
  linkFrom: (name: string) => `Das sind die Antworten von ${name} aus einem geteilten Link. Das Ergebnis gilt für diese Person.`,
  linkFromSomeone: 'Diese Antworten stammen aus einem Link, den jemand geteilt hat. Das Ergebnis gilt für die Person, die sie gegeben hat.',
  answersGivenOn: (date: string) => `Die Antworten wurden am ${date} gegeben.`,
  answersUndated: 'Im Link steht nicht, wann die Antworten gegeben wurden.',
  answerForYourself: 'Selbst antworten',
  olderRules: (linkVersion: number, version: number) =>
    `Dieser Link wurde mit einer älteren Version der Regeln von Backcheck erstellt (Version ${linkVersion}). Das Ergebnis unten wurde mit den heutigen Regeln neu berechnet (Version ${version}).`,
  newerRules: (linkVersion: number, version: number) =>
    `Dieser Link wurde mit einer neueren Version von Backcheck erstellt (Version ${linkVersion} der Regeln). Das Ergebnis unten wurde mit den Regeln dieser Version berechnet (Version ${version}). Lade die Seite neu, um die neueste Version zu bekommen.`,
  keptNotice: (date: string) => `Das ist dein Check vom ${date}, gespeichert auf diesem Gerät.`,
  yourChecks: 'Deine Checks',
  earlierNotice: 'Das ist dein früheres Ergebnis, mit deinen Antworten, bevor du sie geändert hast.',
  seeLatest: 'Dein neuestes Ergebnis ansehen',
  notSureAnswer: 'Ich bin mir nicht sicher',

  // The sections after the result.
  whatChanged: 'Was sich seit deinem letzten Check geändert hat',
  backToTraining: 'Zurück ins Training',
  traineesList: 'Liste deiner Schützlinge',
  seeHowItGoes: 'Beobachte, wie es weitergeht',
  checkAgainWhen:
    'Prüfe in 2 bis 3 Tagen noch einmal, oder früher, wenn sich etwas ändert. Jeder Check wird hier gespeichert, so siehst du, wie es sich entwickelt.',
  checkAgain: 'Noch einmal prüfen',
  changeSomething: 'Etwas ändern',
  changeAnswers: 'Deine Antworten ändern',
  startAgain: 'Von vorn beginnen',

  // Whether the result is kept as a check.
  notKept: 'Dieser Check wird auf diesem Gerät nicht gespeichert.',
  couldNotKeep:
    'Dieser Check konnte nicht gespeichert werden: Dieses Gerät lässt Backcheck nichts speichern (vielleicht ist der Speicher voll oder ausgeschaltet). Das Ergebnis oben stimmt trotzdem.',
  keptIn: (checks: string, date: string) => `Gespeichert in ${checks} auf diesem Gerät, mit dem Datum ${date}.`,
  replacesKept: (checks: string, date: string) =>
    `Das ersetzt das Ergebnis, das du eben gesehen hast: Nur dieses wird gespeichert. Es steht in ${checks} auf diesem Gerät, mit dem Datum ${date}.`,
  yourChecksLink: 'deinen Checks',
  doNotKeep: 'Nicht speichern',

  // A result a coach keeps.
  keptForTeamLine: 'Gespeichert in der Liste deiner Schützlinge auf diesem Gerät.',
  keepForTeam: 'In der Liste meiner Schützlinge speichern',
  keptForTeamNamed: (name: string) => `${name} ist in der Liste deiner Schützlinge gespeichert, nur auf diesem Gerät.`,
  keptForTeam: 'Dieses Ergebnis ist in der Liste deiner Schützlinge gespeichert, nur auf diesem Gerät.',
  couldNotKeepForTeam: 'Dieses Ergebnis konnte nicht gespeichert werden: Dieses Gerät lässt Backcheck nichts speichern.',

  // The result itself.
  printedOn: (date: string) => `Backcheck-Ergebnis, gedruckt am ${date}.`,
  origin: {
    own: 'Antworten, die auf diesem Gerät gegeben wurden.',
    earlier: 'Antworten, die früher auf diesem Gerät gegeben wurden, bevor sie geändert wurden.',
    kept: 'Antworten eines Checks, der auf diesem Gerät gespeichert ist.',
    keptOn: (date: string) => `Antworten eines Checks vom ${date}, der auf diesem Gerät gespeichert ist.`,
    link: 'Antworten aus einem Link, den jemand geteilt hat.',
    linkFrom: (name: string) => `Die Antworten von ${name}, aus einem geteilten Link.`,
  },
  callOrLocal: (number: string) => `${number} (oder die Notrufnummer vor Ort)`,
  callNumber: (number: string) => `${number} anrufen`,
  works112: 'Die 112 funktioniert von den meisten Handys aus. Wenn du die Notrufnummer vor Ort kennst, kannst du auch diese anrufen.',
  whyThisResult: 'Warum dieses Ergebnis',
  showMoreReasons: (count: number) => `${countWith('de', count, { one: 'weiteren Grund', other: 'weitere Gründe' })} anzeigen`,
  aboutThisRule: 'Über diese Regel',
  aboutRule: (title: string) => `Über diese Regel: ${title}`,
  whereNotSure: 'Wo du dir nicht sicher warst:',
  youAnswered: (question: string, answer: string) => `${question} Du hast „${answer}“ geantwortet.`,
  carefulAnswer: 'Hier ist Backcheck von der vorsichtigeren Antwort ausgegangen. Das Ergebnis ist also eher auf der sicheren Seite.',
  workedOut: (version: number, date: string) => `Auf diesem Gerät berechnet mit den Regeln von Backcheck, Version ${version}, zuletzt geändert am ${date}.`,
  howBackcheckDecides: 'Wie Backcheck entscheidet',
  notADiagnosis: 'Backcheck gibt allgemeine Hinweise und stellt keine Diagnose.',
  ifWorried: 'Wenn du dir Sorgen machst oder sich etwas verändert, wende dich an einen Arzt oder eine Ärztin.',
  yourAnswers: 'Deine Antworten',
  keepACopy: 'Eine Kopie behalten',
  printForDoctor: 'Drucke diese Seite aus oder speichere sie als PDF, um sie in der Arztpraxis oder in der Physiotherapie zu zeigen.',
  printOrSave: 'Drucken oder als PDF speichern',

  // Sharing.
  shareThisResult: 'Dieses Ergebnis teilen',
  linkHoldsAnswers:
    'Der Link enthält deine Antworten. Sie stehen im Teil des Links nach dem #-Zeichen, der nie an eine Website gesendet wird. So können nur die Personen sie sehen, denen du den Link schickst.',
  share: 'Teilen',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert.',
  copyBelow: 'Kopiere den Link unten.',
  myResult: 'Mein Backcheck-Ergebnis',
  sendToMyCoach: (coach: string) => `An meinen Coach ${coach} senden`,
  yourFirstName: 'Dein Vorname (freiwillig)',
  firstNameHint: (coach: string) => `Damit ${coach} weiß, wessen Ergebnis es ist. Er steht nur in dem Link, den du schickst, und nirgendwo sonst.`,
  firstNameError: 'Gib deinen Vornamen ein, oder lass das Feld leer',
  sendTo: (coach: string) => `An ${coach} senden`,
  messageToCoach: (coach: string) => `Hallo ${coach}, hier ist mein Backcheck-Ergebnis.`,
  messageToCoachWithLink: (coach: string, address: string) => `Hallo ${coach}, hier ist mein Backcheck-Ergebnis: ${address}`,
  messageCopied: 'Nachricht kopiert. Füge sie in eine Nachricht an deinen Coach ein.',
  copyBelowForCoach: 'Kopiere den Link unten und schick ihn an deinen Coach.',
  linkToResult: 'Link zu diesem Ergebnis',
  forgetCoach: (coach: string) => `Coach ${coach} vergessen`,
};
