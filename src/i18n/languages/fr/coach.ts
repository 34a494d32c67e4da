import { countWith } from '../../count';
import type { CoachText } from '../../en/coach';

const characters = (max: number) => countWith('fr', max, { one: 'caractère', many: 'caractères', other: 'caractères' });
/** « de » before a name, as « d’ » before a vowel: « le résultat d’Anne ». */
const of = (name: string) => (/^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(name) && !/^y[aeiou]/i.test(name) ? `d’${name}` : `de ${name}`);

export const coach: CoachText = {
  // La page du coach
  makeLinkTitle: 'Créez un lien pour vos athlètes',
  makeLinkIntro: 'Envoyez à vos athlètes un lien vers Backcheck qui porte votre nom, ou affichez son code QR au mur.',
  traineesAnswer:
    'Vos athlètes répondent à quelques questions courtes sur leur propre téléphone, et voient ce qu’il faut faire. Rien n’est envoyé, ni à vous ni à personne d’autre.',
  theySendResult: 'S’ils le souhaitent, ils vous envoient leur résultat sous forme de lien, avec leur prénom s’ils le veulent.',
  youSeeWhatItMeans:
    'Vous voyez ce que cela veut dire pour leur entraînement, et vous pouvez le conserver dans votre liste d’athlètes, sur cet appareil uniquement.',
  seeTraineesList: 'Voir votre liste d’athlètes',
  yourName: 'Votre nom',
  nameHint: (max: number) => `Vos athlètes verront « Envoyé par votre coach » et ce nom. ${characters(max)} au maximum.`,
  sportLegend: 'Dans quel sport entraînez-vous ?',
  sportHint: 'Vos athlètes n’auront pas à dire quelle séance ils ont faite.',
  sportRequired: 'Sélectionnez le sport dans lequel vous entraînez, ou laissez chaque athlète le dire',
  letEachTraineeSay: 'Laisser chaque athlète le dire',
  makeLink: 'Créer le lien',
  yourLink: 'Votre lien',
  sendThisLink: 'Envoyez ce lien à vos athlètes',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  selectAndCopy: 'Sélectionnez le lien ci-dessus et copiez-le.',

  // Le nom d’un coach, tel qu’il le saisit, et le prénom d’un athlète, vérifié de la même façon
  nameRequired: 'Saisissez votre nom',
  nameTooLong: (max: number) => `Votre nom doit faire ${characters(max)} au maximum`,
  nameStartsWithLetter: 'Votre nom doit commencer par une lettre',
  nameCharacters: 'Votre nom ne peut contenir que des lettres, des chiffres, des espaces, des points, des traits d’union et des apostrophes',
  nameAccents: 'Votre nom ne peut pas avoir plus de 3 accents sur chaque lettre',

  // Le code QR et l’affiche
  qrHeading: 'Code QR',
  qrScan: 'Vos athlètes peuvent le scanner avec l’appareil photo de leur téléphone pour ouvrir votre lien.',
  qrLabel: (url: string) => `Code QR de votre lien : ${url}`,
  downloadSvg: 'Télécharger le code QR (SVG)',
  downloadPng: 'Télécharger le code QR (PNG)',
  printPoster: 'Imprimer une affiche',
  posterTitle: 'Mal au dos après l’entraînement ?',
  posterLead: 'Scannez pour savoir en 2 minutes s’il s’agit de courbatures normales, d’une élongation probable, ou d’une raison de voir un médecin.',
  posterSentBy: (name: string) =>
    `Envoyé par votre coach ${name}. Pas de compte : vos réponses restent sur votre téléphone, sauf si vous choisissez de les envoyer.`,

  // La liste d’athlètes
  teamTitle: 'Les résultats de vos athlètes',
  keptHere:
    'Conservés sur cet appareil uniquement. Rien n’est envoyé nulle part : chaque résultat est arrivé dans un lien qu’un athlète a choisi de vous envoyer, et reste ici jusqu’à ce que vous le supprimiez.',
  noResultsYet:
    'Aucun résultat conservé pour l’instant. Quand un athlète vous envoie son résultat, ouvrez le lien et choisissez « Conserver dans ma liste d’athlètes ».',
  newestFirst:
    'Du plus récent au plus ancien. Les résultats envoyés sans nom sont présentés un par un, car Backcheck ne peut pas savoir à qui ils appartiennent.',
  latestResult: (result: string, on: string) => `Dernier résultat, du ${on} : ${result}.`,
  latestResultUndated: (result: string) => `Dernier résultat, à une date inconnue : ${result}.`,
  painChartTitle: (name: string) => `La douleur ${of(name)} sur 10, résultat après résultat`,
  dateNotKnown: 'Date inconnue',
  unnamedHeading: (on: string) => `Athlète sans nom, ${on}`,
  unnamedHeadingUndated: 'Athlète sans nom, date inconnue',
  sentWithoutName: 'Ce résultat a été envoyé sans nom : il est donc présenté à part.',
  summary: (result: string, severity: number, began: string, kept: string) =>
    `Résultat : ${result}. Douleur : ${severity} sur 10. Elle a commencé ${began}. Conservé le ${kept}.`,
  resultLabel: (name: string, on: string) => `le résultat ${of(name)} du ${on}`,
  resultLabelUndated: (name: string, kept: string) => `le résultat ${of(name)} d’une date inconnue, conservé le ${kept}`,
  unnamedLabel: (on: string) => `le résultat d’un athlète sans nom, du ${on}`,
  unnamedLabelUndated: (kept: string) => `le résultat d’un athlète sans nom, d’une date inconnue, conservé le ${kept}`,
  numberedLabel: (label: string, position: number, count: number) => `${label}, ${position} sur ${count}`,
  seeTheResult: 'Voir le résultat',
  seeResult: (label: string) => `Voir ${label}`,
  deleteFromTheList: 'Supprimer de la liste',
  deleteResult: (label: string) => `Supprimer ${label} de la liste`,
  deleteQuestion: (label: string) => `Supprimer ${label} de votre liste ?`,
  yesDeleteIt: 'Oui, le supprimer',
  deleteAll: 'Tout supprimer',
  deleteAllQuestion: 'Supprimer tous les résultats de votre liste d’athlètes sur cet appareil ?',
  yesDeleteAll: 'Oui, tout supprimer',
};
