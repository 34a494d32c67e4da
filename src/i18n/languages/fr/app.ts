import type { AppText } from '../../en/app';
export const app: AppText = {
  skipToMain: 'Aller au contenu principal',
  /** The page's name in the browser tab. */
  title: (page: string) => `${page} – Backcheck`,
  errorTitle: (page: string) => `Erreur : ${page} – Backcheck`,
  footer: 'Backcheck donne des conseils généraux après l’entraînement. Ce n’est pas un diagnostic. Vos réponses restent sur cet appareil.',
  yourChecks: 'Vos bilans',
  forCoaches: 'Coachs : créez un lien pour vos athlètes',
  languageLabel: 'Langue',
  languageNotLoaded: 'Cette langue n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
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
};
