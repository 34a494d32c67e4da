import { pluralOf } from '../../count';
import type { NoticesText } from '../../en/notices';

const listAnd = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} und ${parts.at(-1) ?? ''}`);

export const notices: NoticesText = {
  savedNotice: {
    unreadable: 'Deine gespeicherten Antworten konnten nicht gelesen werden, deshalb hat Backcheck von vorn begonnen.',
    older: 'Deine gespeicherten Antworten stammen aus einer älteren Version von Backcheck, deshalb hat Backcheck von vorn begonnen.',
    newer:
      'Deine Antworten wurden mit einer neueren Version von Backcheck gespeichert als der, die diese Seite verwendet. Lade die Seite neu, um die neueste Version zu bekommen.',
    notReadYet:
      'Deine gespeicherten Antworten und Checks konnten gerade nicht gelesen werden, aber sie sind noch auf diesem Gerät. Backcheck liest sie noch einmal, sobald es geht. Bis dahin wird nicht gespeichert, was du hier beantwortest.',
    otherTab: 'Deine Antworten wurden in einem anderen Tab oder Fenster geändert, deshalb zeigt diese Seite jetzt den neuesten Stand.',
    wrongClock: 'Wenn das Datum auf diesem Gerät falsch ist, korrigiere es jetzt und öffne Backcheck noch einmal.',
  },
  leftOutPart: {
    answer: (question: string) => `deine Antwort auf „${question}“`,
    retiredAnswer: 'eine Antwort auf eine Frage, die Backcheck nicht mehr stellt',
    coachActivity: (coach: string) => `die Art von Training, die dein Coach ${coach} festgelegt hat`,
    coach: 'die Angaben deines Coaches',
    checks: (count: number) => pluralOf('de', count, { one: 'einen deiner gespeicherten Checks', other: `${count} gespeicherte Checks` }),
    allChecks: 'deine gespeicherten Checks',
    futureChecks: (count: number) =>
      pluralOf('de', count, {
        one: 'einen gespeicherten Check mit einem Datum nach dem heutigen Tag',
        other: `${count} gespeicherte Checks mit einem Datum nach dem heutigen Tag`,
      }),
    contradictedChecks: (count: number) =>
      pluralOf('de', count, {
        one: 'einen gespeicherten Check, dessen Ergebnis nicht zu seinen Antworten passt',
        other: `${count} gespeicherte Checks, deren Ergebnisse nicht zu ihren Antworten passen`,
      }),
    // The English type holds its own words; a German text is a string all the same.
    team: ((count: number): string =>
      pluralOf('de', count, {
        one: 'eines der Ergebnisse in der Liste deiner Schützlinge',
        other: 'einige Ergebnisse in der Liste deiner Schützlinge',
      })) as NoticesText['leftOutPart']['team'],
    allTeam: 'die Ergebnisse in der Liste deiner Schützlinge',
  },
  leftOut: (parts: string[]) =>
    `Backcheck konnte ${listAnd(parts)} nicht verwenden, deshalb wurde das weggelassen. Alles andere, was du gespeichert hast, bleibt erhalten.`,
};
