import type { AppText } from '../../en/app';
import type { ReviewLevel } from '../../languages';

export const app: AppText = {
  skipToMain: 'Aller au contenu principal',
  /** The app's name and description where a browser offers to install it (the web manifest). */
  manifestName: 'Backcheck : mal au dos après l’entraînement',
  manifestDescription:
    'Mal au dos après l’entraînement ? Découvrez s’il s’agit de courbatures normales, d’une élongation probable, ou d’une raison de voir un médecin.',
  /** The page's name in the browser tab. */
  title: (page: string) => `${page} – Backcheck`,
  errorTitle: (page: string) => `Erreur : ${page} – Backcheck`,
  footer: 'Backcheck donne des conseils généraux après l’entraînement. Ce n’est pas un diagnostic. Vos réponses restent sur cet appareil.',
  yourChecks: 'Vos bilans',
  forCoaches: 'Coachs : créez un lien pour vos athlètes',
  languageLabel: 'Langue',
  languageNotLoaded: 'Cette langue n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
  translationStatus: {
    machine: 'Traduit automatiquement, pas encore vérifié par une personne ni par un professionnel de santé.',
    reviewed: 'Traduit et vérifié par une personne qui parle couramment la langue, pas encore par un professionnel de santé.',
    'clinically-reviewed': 'Traduit et vérifié par un professionnel de santé qui parle la langue.',
  } satisfies Record<ReviewLevel, string>,
  inEnglish: 'Lire cette page en anglais',
  savedNoticeLabel: 'Vos réponses enregistrées',
  hideMessage: 'Masquer ce message',
  newVersionLabel: 'Une nouvelle version',
  newVersionReady: 'Une nouvelle version de Backcheck est disponible.',
  useNewVersion: 'Utiliser la nouvelle version',
  notFound: 'Page introuvable',
  notFoundCheck: 'Si vous avez saisi ou collé l’adresse, vérifiez qu’elle est correcte.',
  goToStart: 'Aller à la page d’accueil',
  notLoaded: 'Cette page n’a pas pu être chargée',
  notLoadedWhy:
    'Backcheck n’a pas pu récupérer cette page. La connexion a peut-être été coupée, ou une nouvelle version de Backcheck est peut-être sortie depuis l’ouverture de cette page.',
  wentWrong: 'Désolé, un problème est survenu',
  wentWrongWhy: 'Backcheck n’a pas pu afficher cette page.',
  nothingLost: 'Aucune de vos réponses n’a été perdue : elles sont conservées sur cet appareil.',
  tryAgain: 'Réessayer',
  errorSummary: 'Il y a un problème',
  back: 'Retour',
  /** Before an error message, for screen readers. */
  errorPrefix: 'Erreur :',
  cancel: 'Annuler',
  showFewer: 'Afficher moins',
  change: 'Modifier',
  /** Read by screen readers after "Modifier", for a row whose key is a question. */
  changeAnswerTo: (question: string) => `Modifier votre réponse à la question : ${question}`,
  /** For a row whose key is not a question. */
  changeThing: (thing: string) => `Modifier « ${thing.toLocaleLowerCase('fr')} »`,
};
