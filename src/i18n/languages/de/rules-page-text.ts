import type { Level, Urgency } from '../../../triage';
import type { RulesPageText } from '../../en/rules-page-text';

export const rulesPage: RulesPageText = {
  title: 'Wie Backcheck entscheidet',
  lead: 'Backcheck berechnet jedes Ergebnis auf deinem Gerät, nach einer festen Liste von Regeln. Diese Seite zeigt alle Regeln: was sie auslöst, zu welchem Ergebnis sie führen, warum, und woher sie stammen.',
  rulesVersion: (version: number, date: string) => `Regeln in Version ${version}, zuletzt geändert am ${date}.`,

  howHeading: 'Wie ein Ergebnis berechnet wird',
  warningSignsFirst:
    'Zuerst wird nach Warnzeichen gefragt. Jedes einzelne davon führt zum Arzt oder zur Ärztin, wie harmlos die anderen Antworten auch aussehen.',
  mostSerious:
    'Das Ergebnis ist das ernsteste, das eine der Regeln ergibt: zuerst ein Notfall, dann noch am selben Tag, dann innerhalb weniger Tage, dann wahrscheinlich eine Zerrung, dann normaler Muskelkater.',
  sorenessPicture:
    'Normaler Muskelkater ist nur dann die Antwort, wenn jeder Teil des Bildes von Muskelkater zutrifft. Wenn ein Teil nicht zutrifft, ist eine Zerrung wahrscheinlicher.',
  notSure:
    'Wenn du „Ich bin mir nicht sicher“ antwortest, geht Backcheck von der vorsichtigeren Antwort aus, und im Ergebnis steht, dass du dir nicht sicher warst. Die Regeln für starke Schmerzen berücksichtigen jede Antwort, die du gemeint haben könntest. Wenn du unsicher bist, wird der Rat bei starken Schmerzen also nie schwächer.',
  painkillersAsked: (severe: number) =>
    `Ob Schmerzmittel geholfen haben, wird nur gefragt, wenn die stärksten Schmerzen bei ${severe} von 10 oder mehr liegen.`,
  resultLinks: 'Im Ergebnis stehen alle Regeln, die es bestimmt haben, jeweils mit einem Link hierher.',

  notHeading: 'Was Backcheck nicht ist',
  notADiagnosis: 'Es ist keine Diagnose. Backcheck kann dich nicht untersuchen und weiß nur, was du angibst.',
  notADevice:
    'Es ist kein Medizinprodukt und ersetzt keinen Arzt, keine Ärztin, keine Pflegefachkraft und keine Physiotherapie. Wenn du dir Sorgen machst oder sich etwas verändert, wende dich an eine dieser Fachpersonen.',
  afterTraining:
    'Es ist für Rückenschmerzen gedacht, die nach dem Training auftreten. Andere Schmerzen oder Rückenschmerzen in der Schwangerschaft beurteilt es nicht.',
  seriousCausesRare:
    'Ernste Ursachen für Rückenschmerzen sind selten. Von 1.172 Menschen, die mit neuen Schmerzen im unteren Rücken in eine Hausarztpraxis kamen, hatte weniger als 1 von 100 (0,9 %) eine. Und doch hatten 80 % von allen mindestens ein Warnzeichen. Ein Warnzeichen heißt hier also „lass es abklären“, nicht „etwas stimmt nicht“.',
  source: (citation: string) => `Quelle: ${citation}`,

  contentsHeading: 'Die Regeln, nach Ergebnis',
  groups: {
    emergency: {
      heading: 'Ruf jetzt den Notruf an',
      result: 'Ruf jetzt den Notruf an, oder geh in eine Notaufnahme.',
      intro: 'Jedes einzelne davon beendet die Fragen sofort. Sie sind selten, aber dann brauchst du sofort Hilfe.',
    },
    today: {
      heading: 'Hol dir heute noch ärztliche Hilfe',
      result: 'Hol dir noch am selben Tag ärztliche Hilfe.',
      intro: 'Bei jedem einzelnen davon muss ein Arzt oder eine Ärztin noch am selben Tag nachsehen.',
    },
    soon: {
      heading: 'Lass dich in den nächsten Tagen ärztlich untersuchen',
      result: 'Mach innerhalb weniger Tage einen Termin in einer Arztpraxis.',
      intro: 'Jedes einzelne davon heißt, dass ein Arzt oder eine Ärztin die Schmerzen abklären sollte, aber es kann ein paar Tage warten.',
    },
    strain: {
      heading: 'Wahrscheinlich eine Zerrung',
      result: 'Wahrscheinlich eine Zerrung, außer eine Regel weiter oben trifft zu.',
      intro:
        'Jedes davon ist eine Art, wie das Bild von Muskelkater nicht passt. Wenn es keinen Grund gibt, zum Arzt oder zur Ärztin zu gehen, führt jedes einzelne davon zum Ergebnis „wahrscheinlich eine Zerrung“.',
    },
    soreness: {
      heading: 'Normaler Muskelkater',
      result: 'Teil des Bildes von normalem Muskelkater.',
      intro: 'Das sind die Teile des Bildes von Muskelkater. Normaler Muskelkater ist nur dann die Antwort, wenn jeder einzelne davon zutrifft.',
    },
  } satisfies Record<Urgency | Exclude<Level, 'doctor'>, { heading: string; result: string; intro: string }>,
  ruleTerms: { when: 'Wann', result: 'Ergebnis', why: 'Warum', sources: 'Quellen' },
  ruleId: (id: string) => `Kennung der Regel: ${id}`,

  notARuleHeading: 'Ein Rat, der keine Regel ist',
  youngAthletes:
    'Junge Sportlerinnen und Sportler (unter 18), deren Schmerzen 2 Wochen oder länger anhalten, erfahren, dass ein Arzt oder eine Ärztin nach einem kleinen Ermüdungsbruch in der Wirbelsäule sehen kann, und dass sie gemeinsam mit einem Arzt, einer Ärztin oder der Physiotherapie entscheiden sollten, wann sie wieder voll trainieren. In diesem Alter ist das eine häufige Ursache für Schmerzen im unteren Rücken: Sie wurde bei 47 von 100 jungen Sportlerinnen und Sportlern mit Schmerzen im unteren Rücken gefunden, aber nur bei 5 von 100 Erwachsenen.',

  changesHeading: 'Änderungen an den Regeln',
  changesVersion: (version: number, date: string) => `Version ${version} vom ${date}`,
  changes: {
    3: [
      'Neue Frage, nur wenn die stärksten Schmerzen bei 8 von 10 oder mehr liegen: Haben Schmerzmittel geholfen?',
      'Neu, ein Notfall: starke Muskelschmerzen nach einem Training, ohne plötzlichen Moment, in den ersten 7 Tagen, bei denen Schmerzmittel nicht geholfen haben.',
      'Neu, am selben Tag abzuklären: starke Schmerzen, bei denen Schmerzmittel nicht geholfen haben, und starke Schmerzen, die 4 bis 13 Tage nach dem Beginn nicht nachlassen.',
      'Starke Schmerzen, die durch nichts besser werden, werden jetzt bis 13 Tage nach dem Beginn noch am selben Tag abgeklärt, egal, wodurch sie angefangen haben, und nicht nur in den ersten 3 Tagen nach einem Training.',
      'Wenn sich jemand bei einer Antwort nicht sicher ist, berücksichtigen die Regeln für starke Schmerzen jetzt jede Antwort, die gemeint sein könnte. So wird der Rat bei starken Schmerzen durch Unsicherheit nie schwächer.',
    ],
    2: [
      'Neues Warnzeichen, ein Notfall: schmerzende Rückenmuskeln, die geschwollen, hart oder gespannt wie eine Trommel sind, oder taube Haut darüber.',
      'Neues Warnzeichen, am selben Tag abzuklären: scharfe Schmerzen im oberen Rücken, in der Seite oder in der Brust beim Einatmen.',
      'Blut husten zählt jetzt, wie Brustschmerzen und Atemnot, als Notfall.',
      'Neu: Starke Muskelschmerzen (8 von 10 oder schlimmer) in den ersten 3 Tagen nach einem harten Training, und starke Schmerzen, die kurz nach einem Training durch nichts besser werden, werden am selben Tag abgeklärt.',
      'Neu: Bei Menschen ab 50 Jahren werden Schmerzen, die nicht mit einem Training zusammenhängen, innerhalb weniger Tage abgeklärt.',
      'Die Warnzeichen sagen jetzt, was nicht gemeint ist (schmerzende Beinmuskeln, dunkelgelber Urin), damit gewöhnlicher Muskelkater nicht zum Notruf führt.',
      'Wenn sich jemand bei einer Antwort nicht sicher war, sagen die Gründe das, statt es als Tatsache hinzustellen.',
    ],
    1: ['Die ersten Regeln: 15 Warnzeichen, 5 weitere Gründe, zum Arzt oder zur Ärztin zu gehen, und das Bild von Muskelkater.'],
  } satisfies Record<number, string[]>,
};
