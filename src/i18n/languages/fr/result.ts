import type { Field } from '../../../triage/answers';
import { countWith } from '../../count';
import type { ResultText } from '../../en/result';

export const result: ResultText = {
  yourResult: 'Votre résultat',
  aResult: 'Un résultat Backcheck',

  // A link that cannot be read.
  damagedTitle: 'Ce lien ne fonctionne pas',
  damagedWhy: 'Il a peut-être été coupé ou modifié quand il a été copié. Backcheck n’affiche pas de résultat, car celui-ci pourrait être faux.',
  answerYourself: 'Vous pouvez plutôt répondre vous-même aux questions.',
  answerYourselfSaved:
    'Vous pouvez plutôt répondre vous-même aux questions. Les réponses que vous avez déjà données sur cet appareil sont toujours enregistrées.',
  whatIsWrong: 'Ce qui ne va pas avec le lien',
  goToSaved: 'Aller à vos réponses enregistrées',
  answerQuestions: 'Répondre vous-même aux questions',
  linkProblems: {
    tooLong: 'Ce lien est bien plus long qu’un lien Backcheck, il a donc peut-être été modifié.',
    brokenCharacters: 'Ce lien contient des caractères abîmés, il a donc peut-être été coupé ou modifié.',
    partName: 'Ce lien contient une partie dont le nom n’est pas utilisé par Backcheck.',
    valueTooLong: 'Ce lien contient une valeur bien plus longue que n’importe quelle réponse.',
    sameAnswerTwice: 'Ce lien donne deux fois la même réponse.',
    unknownPart: 'Ce lien contient une partie qui ne fait pas partie des réponses de Backcheck.',
    cannotRead: 'Ce lien contient une réponse que Backcheck ne peut pas lire.',
    missingAnswer: (name: string) => `Il manque la réponse à « ${name} ».`,
    notAnAnswer: (name: string) => `La réponse à « ${name} » ne fait pas partie des réponses que Backcheck propose.`,
    nameCannotShow: 'Ce lien contient un nom que Backcheck ne peut pas afficher.',
    unsureUnknown: 'Ce lien indique une réponse incertaine pour une question où Backcheck ne propose pas de répondre ainsi.',
    unsureTwice: 'Ce lien indique deux fois la même réponse incertaine.',
    unsureContradicted: 'Ce lien indique qu’une réponse est incertaine, mais donne une autre réponse à cette même question.',
    rulesVersion: 'Ce lien contient une version des règles qui n’est pas un numéro utilisé par Backcheck.',
    notRealDate: 'Ce lien contient une date qui n’existe pas.',
    datedAfterToday: 'Ce lien porte une date qui n’est pas encore arrivée, il a donc peut-être été modifié.',
    unknownRecipient: 'Ce lien indique qu’il a été envoyé à une personne que Backcheck ne connaît pas.',
  },
  answerNames: {
    area: 'Où est la douleur',
    side: 'De quel côté',
    activity: 'La séance',
    timing: 'Quand elle a commencé',
    suddenMoment: 'Un début soudain',
    character: 'Ce que vous ressentez',
    severity: 'La force de la douleur',
    radiation: 'Où elle s’étend',
    rest: 'Repos ou mouvement',
    loadedArea: 'Là où vos muscles ont le plus travaillé',
    daysSince: 'Jours depuis le début',
    trend: 'Amélioration ou aggravation',
    age: 'Âge',
    painkillers: 'Antidouleurs',
    redFlags: 'Signes d’alerte',
  } satisfies Record<Field, string>,

  // Where a result came from.
  linkFrom: (name: string) => `Ce sont les réponses de ${name}, issues d’un lien que cette personne a partagé. Le résultat la concerne.`,
  linkFromSomeone: 'Ces réponses viennent d’un lien que quelqu’un a partagé. Le résultat concerne la personne qui a répondu.',
  answersGivenOn: (date: string) => `Les réponses ont été données le ${date}.`,
  answersUndated: 'Le lien n’indique pas quand les réponses ont été données.',
  answerForYourself: 'Répondre pour vous-même',
  olderRules: (linkVersion: number, version: number) =>
    `Ce lien a été créé avec une version plus ancienne des règles de Backcheck (version ${linkVersion}). Le résultat ci-dessous a été calculé à nouveau avec les règles actuelles (version ${version}).`,
  newerRules: (linkVersion: number, version: number) =>
    `Ce lien a été créé avec une version plus récente de Backcheck (version ${linkVersion} des règles). Le résultat ci-dessous a été calculé avec les règles de cette version-ci (version ${version}). Rechargez la page pour obtenir la version la plus récente.`,
  keptNotice: (date: string) => `Voici votre bilan du ${date}, conservé sur cet appareil.`,
  yourChecks: 'Vos bilans',
  earlierNotice: 'Voici votre résultat précédent, obtenu avec vos réponses d’avant vos modifications.',
  seeLatest: 'Voir votre dernier résultat',
  notSureAnswer: 'Je ne sais pas',

  // The sections after the result.
  whatChanged: 'Ce qui a changé depuis votre dernier bilan',
  backToTraining: 'Reprendre l’entraînement',
  traineesList: 'Votre liste d’athlètes',
  seeHowItGoes: 'Suivre l’évolution',
  checkAgainWhen:
    'Refaites un bilan dans 2 à 3 jours, ou plus tôt si les choses changent. Chaque bilan est conservé ici, pour que vous puissiez voir comment les choses évoluent.',
  checkAgain: 'Refaire le point',
  changeSomething: 'Modifier quelque chose',
  changeAnswers: 'Modifier vos réponses',
  startAgain: 'Recommencer',

  // Whether the result is kept as a check.
  notKept: 'Ce bilan n’est pas conservé sur cet appareil.',
  couldNotKeep:
    'Ce bilan n’a pas pu être conservé : cet appareil ne permet pas à Backcheck d’enregistrer (son stockage est peut-être plein ou désactivé). Le résultat ci-dessus reste juste.',
  keptIn: (checks: string, date: string) => `Conservé dans ${checks} sur cet appareil, à la date du ${date}.`,
  replacesKept: (checks: string, date: string) =>
    `Ce résultat remplace celui que vous avez vu il y a un instant : seul celui-ci est conservé. Il se trouve dans ${checks} sur cet appareil, à la date du ${date}.`,
  yourChecksLink: 'vos bilans',
  doNotKeep: 'Ne pas le conserver',

  // A result a coach keeps.
  keptForTeamLine: 'Conservé dans votre liste d’athlètes sur cet appareil.',
  keepForTeam: 'Conserver dans ma liste d’athlètes',
  keptForTeamNamed: (name: string) => `Le résultat de ${name} est conservé dans votre liste d’athlètes, sur cet appareil uniquement.`,
  keptForTeam: 'Ce résultat est conservé dans votre liste d’athlètes, sur cet appareil uniquement.',
  couldNotKeepForTeam: 'Ce résultat n’a pas pu être conservé : cet appareil ne permet pas à Backcheck d’enregistrer.',

  // The result itself.
  printedOn: (date: string) => `Résultat Backcheck, imprimé le ${date}.`,
  origin: {
    own: 'Réponses données sur cet appareil.',
    earlier: 'Réponses données plus tôt sur cet appareil, avant d’être modifiées.',
    kept: 'Réponses d’un bilan conservé sur cet appareil.',
    keptOn: (date: string) => `Réponses d’un bilan conservé sur cet appareil, du ${date}.`,
    link: 'Réponses issues d’un lien que quelqu’un a partagé.',
    linkFrom: (name: string) => `Réponses de ${name}, issues d’un lien que cette personne a partagé.`,
  },
  callOrLocal: (number: string) => `${number} (ou le numéro d’urgence local)`,
  callNumber: (number: string) => `Appeler le ${number}`,
  works112: 'Le 112 fonctionne depuis la plupart des téléphones portables. Si vous connaissez le numéro d’urgence local, vous pouvez l’appeler à la place.',
  whyThisResult: 'Pourquoi ce résultat',
  showMoreReasons: (count: number) => `Afficher ${countWith('fr', count, { one: 'autre raison', many: 'autres raisons', other: 'autres raisons' })}`,
  aboutThisRule: 'À propos de cette règle',
  aboutRule: (title: string) => `À propos de cette règle : ${title}`,
  whereNotSure: 'Les questions où vous ne saviez pas :',
  youAnswered: (question: string, answer: string) => `${question} Vous avez répondu « ${answer} ».`,
  carefulAnswer: 'Pour ces questions, Backcheck a retenu la réponse la plus prudente, donc ce résultat penche du côté de la prudence.',
  workedOut: (version: number, date: string) =>
    `Calculé sur cet appareil avec les règles de Backcheck, version ${version}, modifiées pour la dernière fois le ${date}.`,
  howBackcheckDecides: 'Comment Backcheck décide',
  notADiagnosis: 'Backcheck donne des conseils généraux, pas un diagnostic.',
  ifWorried: 'Si vous vous inquiétez, ou si les choses changent, contactez un médecin.',
  yourAnswers: 'Vos réponses',
  keepACopy: 'Garder une copie',
  printForDoctor: 'Imprimez cette page, ou enregistrez-la en PDF, pour la montrer à un médecin ou à un kinésithérapeute.',
  printOrSave: 'Imprimer ou enregistrer en PDF',

  // Sharing.
  shareThisResult: 'Partager ce résultat',
  linkHoldsAnswers:
    'Le lien contient vos réponses. Elles se trouvent dans la partie du lien après le signe #, qui n’est jamais envoyée à un site web : seules les personnes à qui vous l’envoyez peuvent les voir.',
  share: 'Partager',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  copyBelow: 'Copiez le lien ci-dessous.',
  myResult: 'Mon résultat Backcheck',
  sendToMyCoach: (coach: string) => `Envoyer à mon coach ${coach}`,
  yourFirstName: 'Votre prénom (facultatif)',
  firstNameHint: (coach: string) => `Pour que ${coach} sache à qui est ce résultat. Il figure seulement dans le lien que vous envoyez.`,
  firstNameError: 'Saisissez votre prénom, ou laissez le champ vide',
  sendTo: (coach: string) => `Envoyer à ${coach}`,
  messageToCoach: (coach: string) => `Bonjour ${coach}, voici mon résultat Backcheck.`,
  messageToCoachWithLink: (coach: string, address: string) => `Bonjour ${coach}, voici mon résultat Backcheck : ${address}`,
  messageCopied: 'Message copié. Collez-le dans un message à votre coach.',
  copyBelowForCoach: 'Copiez le lien ci-dessous et envoyez-le à votre coach.',
  linkToResult: 'Lien vers ce résultat',
  forgetCoach: (coach: string) => `Oublier le coach ${coach}`,
};
