import { pluralOf } from '../../count';
import type { NoticesText } from '../../en/notices';

export const notices: NoticesText = {
  savedNotice: {
    unreadable: 'Vos réponses enregistrées n’ont pas pu être lues : Backcheck repart donc de zéro.',
    older: 'Vos réponses enregistrées venaient d’une ancienne version de Backcheck : Backcheck repart donc de zéro.',
    newer:
      'Vos réponses ont été enregistrées par une version de Backcheck plus récente que cette page. Rechargez la page pour obtenir la version la plus récente.',
    notReadYet:
      'Vos réponses et vos bilans enregistrés n’ont pas pu être lus pour le moment, mais ils sont toujours sur cet appareil. Backcheck les lira de nouveau dès que possible ; d’ici là, ce que vous répondez ici n’est pas enregistré.',
    otherTab: 'Vos réponses ont été modifiées dans un autre onglet ou une autre fenêtre : cette page affiche maintenant les plus récentes.',
    wrongClock: 'Si la date de cet appareil est fausse, corrigez-la maintenant, puis ouvrez de nouveau Backcheck.',
  },
  leftOutPart: {
    answer: (question: string) => `votre réponse à « ${question} »`,
    retiredAnswer: 'une réponse à une question que Backcheck ne pose plus',
    coachActivity: (coach: string) => `le type d’entraînement choisi par votre coach ${coach}`,
    coach: 'les informations de votre coach',
    checks: (count: number) =>
      count === 1
        ? 'un de vos bilans conservés'
        : pluralOf('fr', count, { one: `${count} bilan conservé`, many: `${count} bilans conservés`, other: `${count} bilans conservés` }),
    allChecks: 'vos bilans conservés',
    futureChecks: (count: number) =>
      count === 1
        ? 'un bilan conservé qui porte une date pas encore arrivée'
        : pluralOf('fr', count, {
            one: `${count} bilan conservé qui porte une date pas encore arrivée`,
            many: `${count} bilans conservés qui portent une date pas encore arrivée`,
            other: `${count} bilans conservés qui portent une date pas encore arrivée`,
          }),
    contradictedChecks: (count: number) =>
      count === 1
        ? 'un bilan conservé dont le résultat ne correspond pas à ses réponses'
        : pluralOf('fr', count, {
            one: `${count} bilan conservé dont le résultat ne correspond pas à ses réponses`,
            many: `${count} bilans conservés dont les résultats ne correspondent pas à leurs réponses`,
            other: `${count} bilans conservés dont les résultats ne correspondent pas à leurs réponses`,
          }),
    // The English type is its own two texts, so this one is read as any string.
    team: ((count: number): string =>
      count === 1 ? 'un des résultats de votre liste d’athlètes' : 'des résultats de votre liste d’athlètes') as NoticesText['leftOutPart']['team'],
    allTeam: 'les résultats de votre liste d’athlètes',
  },
  leftOut: (parts: string[]) =>
    `Backcheck n’a pas pu utiliser ${parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1) ?? ''}`} : ${
      parts.length === 1 ? 'cet élément a donc été laissé de côté' : 'ces éléments ont donc été laissés de côté'
    }. Tout le reste de ce que vous avez enregistré est conservé.`,
};
