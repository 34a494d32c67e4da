import { countWith } from '../../count';
import type { SavedProgressText } from '../../en/saved-progress';

/** « de » before a name, as « d’ » before a vowel: « Passer d’Anne à Sam ». */
const of = (name: string) => (/^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(name) && !/^y[aeiou]/i.test(name) ? `d’${name}` : `de ${name}`);

export const savedProgress: SavedProgressText = {
  resultToday: 'Vous avez un résultat d’aujourd’hui.',
  lastCheckOn: (date: string) => `Votre dernier bilan date du ${date}.`,
  seeResult: 'Voir votre résultat',
  checkAgain: 'Refaire le point',
  startAboutNewProblem: 'Commencer pour un nouveau problème',
  begunOn: (date: string) =>
    `Vous avez commencé à répondre le ${date}. Backcheck vous demandera de nouveau comment ça va maintenant, et calculera le nombre de jours depuis le début de la douleur.`,
  answersSaved: 'Vous avez des réponses enregistrées sur cet appareil.',
  continueWhereLeft: 'Reprendre là où vous en étiez',
  startAgain: 'Recommencer',
  checksKept: (count: number) =>
    `Vous avez ${countWith('fr', count, { one: 'bilan conservé', many: 'bilans conservés', other: 'bilans conservés' })} sur cet appareil.`,
  seeChecks: 'Voir vos bilans, ou refaire le point',

  // Un lien d’un autre coach que celui qui est retenu.
  switchCoachQuestion: (from: string, to: string) => `Passer ${of(from)} à ${to} ?`,
  switchCoachWhy: (to: string) =>
    `Ce lien vient ${of(to)}. Backcheck ne retient qu’un seul coach sur cet appareil, et vous propose de lui envoyer votre résultat.`,
  switchTo: (name: string) => `Passer à ${name}`,
  keepCoach: (name: string) => `Garder ${name}`,
};
