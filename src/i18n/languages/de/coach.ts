import { countWith } from '../../count';
import type { CoachText } from '../../en/coach';

const characters = (max: number) => countWith('de', max, { one: 'Zeichen', other: 'Zeichen' });
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const coach: CoachText = {
  // Die Seite für Coaches
  makeLinkTitle: 'Erstelle einen Link für deine Schützlinge',
  makeLinkIntro: 'Schick deinen Schützlingen einen Link zu Backcheck, auf dem dein Name steht, oder häng den QR-Code dazu an die Wand.',
  traineesAnswer:
    'Deine Schützlinge beantworten auf ihrem eigenen Handy ein paar kurze Fragen und sehen, was sie tun sollen. Nichts wird an dich oder an jemand anderen gesendet.',
  theySendResult: 'Wenn sie möchten, schicken sie dir ihr Ergebnis als Link, auf Wunsch mit ihrem Vornamen.',
  youSeeWhatItMeans: 'Du siehst, was es für ihr Training bedeutet, und kannst es in der Liste deiner Schützlinge speichern, nur auf diesem Gerät.',
  seeTraineesList: 'Liste deiner Schützlinge ansehen',
  yourName: 'Dein Name',
  nameHint: (max: number) => `Deine Schützlinge sehen „Von deinem Coach … geschickt“ mit diesem Namen. Höchstens ${characters(max)}.`,
  sportLegend: 'Welche Sportart trainierst du?',
  sportHint: 'Deine Schützlinge werden nicht gefragt, was für ein Training sie gemacht haben.',
  sportRequired: 'Wähle die Sportart aus, die du trainierst, oder wähle „Jeden Schützling selbst angeben lassen“',
  letEachTraineeSay: 'Jeden Schützling selbst angeben lassen',
  makeLink: 'Link erstellen',
  yourLink: 'Dein Link',
  sendThisLink: 'Schick diesen Link an deine Schützlinge',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert.',
  selectAndCopy: 'Markiere den Link oben und kopiere ihn.',

  // Der Name eines Coaches, und der Vorname eines Schützlings
  nameRequired: 'Gib deinen Namen ein',
  nameTooLong: (max: number) => `Dein Name darf höchstens ${characters(max)} lang sein`,
  nameStartsWithLetter: 'Dein Name muss mit einem Buchstaben anfangen',
  nameCharacters: 'Dein Name darf nur Buchstaben, Zahlen, Leerzeichen, Punkte, Bindestriche und Apostrophe enthalten',
  nameAccents: 'Dein Name darf höchstens 3 Akzente auf jedem Buchstaben haben',

  // Der QR-Code und das Poster
  qrHeading: 'QR-Code',
  qrScan: 'Deine Schützlinge können ihn mit der Kamera ihres Handys scannen, um deinen Link zu öffnen.',
  qrLabel: (url: string) => `QR-Code deines Links: ${url}`,
  downloadSvg: 'QR-Code herunterladen (SVG)',
  downloadPng: 'QR-Code herunterladen (PNG)',
  printPoster: 'Ein Poster drucken',
  posterTitle: 'Rückenschmerzen nach dem Training?',
  posterLead:
    'Scanne den Code und finde in 2 Minuten heraus, ob es normaler Muskelkater ist, wahrscheinlich eine Zerrung oder ein Grund, zum Arzt oder zur Ärztin zu gehen.',
  posterSentBy: (name: string) =>
    `Von deinem Coach ${name} geschickt. Du brauchst kein Konto: Deine Antworten bleiben auf deinem Handy, außer du entscheidest dich, sie zu schicken.`,

  // Die Liste der Schützlinge
  teamTitle: 'Die Ergebnisse deiner Schützlinge',
  keptHere:
    'Nur auf diesem Gerät gespeichert. Nichts wird irgendwohin gesendet: Jedes Ergebnis kam in einem Link, den dir ein Schützling schicken wollte, und bleibt hier, bis du es löschst.',
  noResultsYet:
    'Noch keine Ergebnisse gespeichert. Wenn dir ein Schützling sein Ergebnis schickt, öffne den Link und wähle „In der Liste meiner Schützlinge speichern“.',
  newestFirst:
    'Die neuesten zuerst. Ergebnisse, die ohne Namen geschickt wurden, stehen einzeln in der Liste, weil Backcheck nicht erkennen kann, von wem sie sind.',
  latestResult: (result: string, on: string) => `Neuestes Ergebnis: ${result}, vom ${on}.`,
  latestResultUndated: (result: string) => `Neuestes Ergebnis: ${result}, Datum nicht bekannt.`,
  painChartTitle: (name: string) => `Die Schmerzen von ${name} auf einer Skala bis 10, Ergebnis für Ergebnis`,
  dateNotKnown: 'Datum nicht bekannt',
  unnamedHeading: (on: string) => `Ein Schützling, ${on}`,
  unnamedHeadingUndated: 'Ein Schützling, Datum nicht bekannt',
  sentWithoutName: 'Ohne Namen geschickt, deshalb steht es für sich allein in der Liste.',
  summary: (result: string, severity: number, began: string, kept: string) =>
    `Ergebnis: ${result}. Schmerzen: ${severity} von 10. Angefangen hat es ${began}. Gespeichert am ${kept}.`,
  // Der Name eines Ergebnisses, für seinen Link und seine Schaltflächen („… ansehen“, „… löschen“).
  resultLabel: (name: string, on: string) => `das Ergebnis von ${name} vom ${on}`,
  resultLabelUndated: (name: string, kept: string) => `das Ergebnis von ${name} mit unbekanntem Datum, gespeichert am ${kept}`,
  unnamedLabel: (on: string) => `das Ergebnis eines Schützlings vom ${on}`,
  unnamedLabelUndated: (kept: string) => `das Ergebnis eines Schützlings mit unbekanntem Datum, gespeichert am ${kept}`,
  numberedLabel: (label: string, position: number, count: number) => `${label}, ${position} von ${count}`,
  seeTheResult: 'Ergebnis ansehen',
  seeResult: (label: string) => `${capitalise(label)} ansehen`,
  deleteFromTheList: 'Aus der Liste löschen',
  deleteResult: (label: string) => `${capitalise(label)} aus der Liste löschen`,
  deleteQuestion: (label: string) => `${capitalise(label)} aus deiner Liste löschen?`,
  yesDeleteIt: 'Ja, löschen',
  deleteAll: 'Alle löschen',
  deleteAllQuestion: 'Alle Ergebnisse aus der Liste deiner Schützlinge auf diesem Gerät löschen?',
  yesDeleteAll: 'Ja, alle löschen',
};
