import type { Answers, Level, Urgency } from '../../../triage';
import { countWith, numberIn, pluralOf } from '../../count';
import type { ChecksText } from '../../en/checks';

const n = (count: number) => numberIn('de', count);
/** After „vor“ and „in“: „vor 3 Tagen“. */
const daysAgo = (count: number) => countWith('de', count, { one: 'Tag', other: 'Tagen' });
/** A span of days: „2 Tage lang“, „3 Tage, bevor …“. */
const daysLong = (count: number) => countWith('de', count, { one: 'Tag', other: 'Tage' });
/** A count of checks with big numbers grouped: „1.000 Checks“. */
const checksCount = (count: number) =>
  `${new Intl.NumberFormat('de', { numberingSystem: 'latn' }).format(count)} ${pluralOf('de', count, { one: 'Check', other: 'Checks' })}`;

export const checks: ChecksText = {
  // „Deine Checks“
  yourChecks: 'Deine Checks',
  noChecksYet:
    'Auf diesem Gerät sind noch keine Checks gespeichert. Wenn du die Fragen beantwortet hast, wird dein Ergebnis hier mit seinem Datum gespeichert. So siehst du, wie es sich über die Tage entwickelt.',
  startNow: 'Jetzt beginnen',
  keptOnDevice: 'Nur auf diesem Gerät gespeichert. Niemand sonst sieht sie, außer du teilst oder druckst sie.',
  painStartedToday: 'Die Schmerzen haben heute angefangen.',
  painStartedDaysAgo: (count: number, date: string) => `Die Schmerzen haben vor ${daysAgo(count)} angefangen, am ${date}.`,
  checkAgain: 'Noch einmal prüfen',
  backToTraining: 'Zurück ins Training',
  painOverDays: 'Deine Schmerzen im Verlauf der Tage',
  everyCheck: 'Alle Checks, die neuesten zuerst',
  showingNewest: (total: number, shown: number) =>
    pluralOf('de', shown, {
      one: `Angezeigt wird der neueste von ${checksCount(total)}.`,
      other: `Angezeigt werden die ${shown} neuesten von ${checksCount(total)}.`,
    }),
  showOlder: (count: number) => `${n(count)} ${pluralOf('de', count, { one: 'älteren Check', other: 'ältere Checks' })} anzeigen`,
  takeToPhysio: 'Nimm sie mit in die Physiotherapie oder Arztpraxis',
  printOrSave: 'Drucke deine Checks aus, oder speichere sie als Datei, um sie aufzubewahren. Eine gespeicherte Datei lässt sich auf einem anderen Gerät laden.',
  printChecks: 'Deine Checks drucken',
  saveAsFile: 'Als Datei speichern',
  loadFromFile: 'Checks aus einer Datei laden',
  fileLabel: 'Eine Datei mit Checks, die Backcheck gespeichert hat',
  errorPrefix: 'Fehler:',
  addedFromFile: (count: number, whyLeftOut: string | undefined) => `${checksCount(count)} aus der Datei hinzugefügt.${whyLeftOut ? ` ${whyLeftOut}` : ''}`,
  deleteEverything: 'Alles löschen',
  deleteEverythingWhat: 'Entfernt alles, was Backcheck auf diesem Gerät speichert: deine Antworten, deine Checks, deinen Coach und dein Land.',
  deleteEverythingQuestion: 'Deine Antworten, deine Checks, deinen Coach und dein Land von diesem Gerät löschen? Das lässt sich nicht rückgängig machen.',
  yesDeleteEverything: 'Ja, alles löschen',
  everythingDeleted: 'Alles, was Backcheck auf diesem Gerät gespeichert hatte, wurde gelöscht.',

  // Ein Check in der Liste
  checkResult: (result: string) => `Ergebnis: ${result}.`,
  warningSignsOnly: 'Nur Warnzeichen: Danach wurden keine weiteren Fragen gestellt.',
  painOutOf10: (pain: number) => `Schmerzen: ${n(pain)} von 10.`,
  sameAsCheckBefore: 'Genauso wie beim Check davor.',
  downFrom: (before: number) => `Weniger als beim Check davor (${n(before)}).`,
  upFrom: (before: number) => `Mehr als beim Check davor (${n(before)}).`,
  onStage: (stage: number, name: string) => `Zurück ins Training: Stufe ${n(stage)}, ${name}.`,
  seeThisResult: 'Dieses Ergebnis ansehen',
  seeResultOf: (date: string) => `Das Ergebnis vom ${date} ansehen`,
  deleteCheckQuestion: (date: string) => `Den Check vom ${date} löschen?`,
  yesDeleteIt: 'Ja, löschen',
  deleteThisCheck: 'Diesen Check löschen',
  deleteCheckOf: (date: string) => `Den Check vom ${date} löschen`,

  // Das Schmerzdiagramm
  chartTitle: 'Deine Schmerzen auf einer Skala bis 10, Check für Check',
  chartPoint: (pain: number, date: string) => `${n(pain)} am ${date}`,
  chartDescription: (points: readonly string[]) => `Schmerzen auf einer Skala bis 10: ${points.join('; ')}.`,
  chartCaption: {
    check: (points: readonly string[]) => `Schmerzen auf einer Skala bis 10 bei jedem Check: ${points.join('; ')}.`,
    result: (points: readonly string[]) => `Schmerzen auf einer Skala bis 10 bei jedem Ergebnis: ${points.join('; ')}.`,
  },
  chartDate: (day: number, month: string) => `${n(day)}. ${month}`,

  // Die Checks aufbewahren
  safariMayClear:
    'Safari löscht deine Checks vielleicht, wenn du Backcheck 7 Tage lang nicht öffnest. Damit sie erhalten bleiben, füge Backcheck zu deinem Home-Bildschirm hinzu, oder speichere sie als Datei.',
  browserMayClear:
    'Dein Browser löscht deine Checks vielleicht, wenn der Speicherplatz knapp wird oder Backcheck eine Weile nicht benutzt wird. Damit sie erhalten bleiben, füge Backcheck zu deinem Startbildschirm hinzu, oder speichere sie als Datei.',
  howToAdd: 'Öffne dazu das Menü deines Browsers (in Safari die Schaltfläche „Teilen“) und wähle „Zum Home-Bildschirm“.',
  howToSave: 'Um eine Datei zu speichern, nutze die Schaltfläche weiter unten auf dieser Seite:',

  // „Erinnere mich“ und die Kalenderdatei
  remindMe: (count: number) => `Erinnere mich in ${daysAgo(count)}`,
  reminderSummary: 'Prüf deinen Rücken noch einmal mit Backcheck',
  reminderDescription: (checksUrl: string) =>
    `Wie geht es deinem Rücken heute? Beantworte ein paar kurze Fragen, um zu sehen, wie es sich entwickelt und was du als Nächstes tun kannst: ${checksUrl}`,

  // Die Stufen zurück ins Training
  ladderOff:
    'Wenn dein Ergebnis dich zum Arzt oder zur Ärztin schickt, setzt du mit den Stufen aus, bis ein Arzt, eine Ärztin oder die Physiotherapie sagt, dass du wieder einsteigen kannst.',
  ladderStart: (stage: number, name: string) => `Du beginnst auf Stufe ${n(stage)}: ${name}.`,
  ladderSharpAgain: 'Die Schmerzen sind wieder scharf, deshalb gehst du eine Stufe zurück.',
  ladderWorse: 'Die Schmerzen sind schlimmer als vorher, deshalb gehst du eine Stufe zurück.',
  ladderUp: (stage: number) => `Du hast die Bedingungen für Stufe ${n(stage)} erfüllt, deshalb kannst du eine Stufe weitergehen.`,
  ladderTop: 'Du bist wieder im vollen Training.',
  ladderOneADay: 'Du erfüllst die Bedingungen, aber du gehst höchstens eine Stufe pro Tag weiter: Prüfe morgen noch einmal.',
  ladderSharpFree: (count: number) =>
    `Du erfüllst die übrigen Bedingungen, aber du gehst erst weiter, wenn du ${daysLong(count)} lang keine scharfen Schmerzen hattest: Prüfe morgen noch einmal.`,
  ladderStay: (moveOnWhen: string) => `Bleib auf dieser Stufe, bis gilt: ${moveOnWhen}`,
  stageOf: (stage: number, stages: number, name: string) => `Stufe ${n(stage)} von ${stages}: ${name}.`,

  // Ergebnisse und „Noch einmal prüfen“
  resultWords: {
    soreness: 'normaler Muskelkater',
    strain: 'wahrscheinlich eine Zerrung',
    emergency: 'jetzt Hilfe holen',
    today: 'heute noch zum Arzt oder zur Ärztin',
    soon: 'innerhalb weniger Tage zum Arzt oder zur Ärztin',
  } satisfies Record<Exclude<Level, 'doctor'> | Urgency, string>,
  begunOnAnswerDayUnknown: 'am Tag, an dem diese Antworten gegeben wurden (an welchem Datum das war, ist nicht bekannt)',
  begunBeforeUnknown: (count: number) => `${daysLong(count)}, bevor diese Antworten gegeben wurden (an welchem Datum sie gegeben wurden, ist nicht bekannt)`,
  begunOnAnswerDay: (date: string) => `am ${date}, dem Tag, an dem diese Antworten gegeben wurden`,
  begunBefore: (count: number, date: string) => `am ${date}, ${daysLong(count)}, bevor diese Antworten gegeben wurden`,
  painSame: (pain: number, date: string) => `Deine Schmerzen liegen bei ${n(pain)} von 10, genauso wie am ${date}.`,
  painWent: (before: number, now: number, date: string) => `Am ${date} lagen deine Schmerzen bei ${n(before)} von 10, jetzt liegen sie bei ${now}.`,
  feelings: {
    dull: 'ein dumpfer Schmerz',
    tight: 'verspannt oder steif',
    sharp: 'scharf',
    shooting: 'einschießend',
    burning: 'brennend',
  } satisfies Record<Answers['character'], string>,
  feelsDifferent: (now: string, before: string) => `Es fühlt sich anders an: jetzt ${now}, vorher ${before}.`,
  spreadsNow: {
    none: 'Es strahlt nicht mehr von deinem Rücken aus.',
    'buttock-thigh': 'Es strahlt jetzt in eine Gesäßhälfte oder einen Oberschenkel aus.',
    'below-knee': 'Es strahlt jetzt bis unter dein Knie aus.',
  } satisfies Record<Answers['radiation'], string>,
  newWarningSign: 'Du hast ein Warnzeichen, das du vorher nicht hattest.',
  answerChanged: (then: string, now: string, reason: string | undefined) =>
    `Letztes Mal lautete die Antwort: ${then}. Jetzt lautet sie: ${now}.${reason ? ` Der wichtigste Grund: ${reason}` : ''}`,
  answerSame: (now: string) => `Die Antwort ist dieselbe wie beim letzten Mal: ${now}.`,
  rulesChanged: (then: number, now: number) =>
    `Die Regeln von Backcheck haben sich seit deinem letzten Check geändert (damals Version ${n(then)}, jetzt ${now}). Ein Teil der Veränderung kann also daher kommen.`,

  // Eine Datei mit Checks, wieder eingelesen
  fileTooBig: (megabytes: number) => `Diese Datei ist zu groß. Eine Datei mit Checks muss kleiner als ${n(megabytes)} MB sein.`,
  tooManyChecks: (max: number) => `Diese Datei enthält mehr als ${checksCount(max)}. Backcheck kann aus einer Datei höchstens ${checksCount(max)} laden.`,
  notReadable: 'Diese Datei wurde nicht von Backcheck gespeichert: Sie konnte nicht gelesen werden.',
  notBackcheckFile: 'Diese Datei wurde nicht von Backcheck gespeichert.',
  noReadableChecks: 'Diese Datei enthält keine Checks, die Backcheck lesen kann.',
  noUsableChecks: (whyLeftOut: string) => `Diese Datei enthält keine Checks, die Backcheck verwenden kann. ${whyLeftOut}`,
  inTheFile: 'in der Datei',
  leftOutBecause: {
    unreadable: (total: number, where: string) =>
      pluralOf('de', total, {
        one: `Ein Check ${where} wurde weggelassen, weil er nicht gelesen werden konnte.`,
        other: `${n(total)} Checks ${where} wurden weggelassen, weil sie nicht gelesen werden konnten.`,
      }),
    future: (total: number, where: string) =>
      pluralOf('de', total, {
        one: `Ein Check ${where} wurde weggelassen, weil er ein Datum nach dem heutigen Tag trägt.`,
        other: `${n(total)} Checks ${where} wurden weggelassen, weil sie ein Datum nach dem heutigen Tag tragen.`,
      }),
    contradicted: (total: number, where: string) =>
      pluralOf('de', total, {
        one: `Ein Check ${where} wurde weggelassen, weil sein Ergebnis nicht zu seinen Antworten passt.`,
        other: `${n(total)} Checks ${where} wurden weggelassen, weil ihre Ergebnisse nicht zu ihren Antworten passen.`,
      }),
  },
  leftOutReason: {
    unreadable: (count: number) =>
      pluralOf('de', count, {
        one: `${n(count)} konnte nicht gelesen werden`,
        other: `${n(count)} konnten nicht gelesen werden`,
      }),
    future: (count: number) =>
      pluralOf('de', count, {
        one: `${n(count)} trägt ein Datum nach dem heutigen Tag`,
        other: `${n(count)} tragen ein Datum nach dem heutigen Tag`,
      }),
    contradicted: (count: number) =>
      pluralOf('de', count, {
        one: `${n(count)} hat ein Ergebnis, das nicht zu seinen Antworten passt`,
        other: `${n(count)} haben Ergebnisse, die nicht zu ihren Antworten passen`,
      }),
  },
  leftOutReasons: (reasons: readonly string[]) => (reasons.length < 2 ? reasons.join('') : `${reasons.slice(0, -1).join(', ')} und ${reasons.at(-1) ?? ''}`),
  leftOutFor: (total: number, where: string, reasons: string) =>
    pluralOf('de', total, {
      one: `Ein Check ${where} wurde weggelassen: ${reasons}.`,
      other: `${n(total)} Checks ${where} wurden weggelassen: ${reasons}.`,
    }),
};
