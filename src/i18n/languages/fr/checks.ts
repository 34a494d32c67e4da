import type { Answers, Level, Urgency } from '../../../triage';
import { countWith, numberIn, pluralOf } from '../../count';
import type { ChecksText } from '../../en/checks';

const n = (count: number) => numberIn('fr', count);
const days = (count: number) => countWith('fr', count, { one: 'jour', many: 'jours', other: 'jours' });
/** A count of checks, big numbers grouped as French writes them: « 1 000 bilans ». */
const checksCount = (count: number) =>
  `${new Intl.NumberFormat('fr', { numberingSystem: 'latn' }).format(count)} ${pluralOf('fr', count, { one: 'bilan', many: 'bilans', other: 'bilans' })}`;
const bigNumber = (count: number) => new Intl.NumberFormat('fr', { numberingSystem: 'latn' }).format(count);
const lowerFirst = (text: string) => `${text.charAt(0).toLocaleLowerCase('fr')}${text.slice(1)}`;

export const checks: ChecksText = {
  // « Vos bilans »
  yourChecks: 'Vos bilans',
  noChecksYet:
    'Aucun bilan n’est encore conservé sur cet appareil. Quand vous aurez répondu aux questions, votre résultat sera conservé ici avec sa date, pour que vous puissiez suivre l’évolution au fil des jours.',
  startNow: 'Commencer',
  keptOnDevice: 'Conservés sur cet appareil uniquement. Personne d’autre ne les voit, sauf si vous les partagez ou les imprimez.',
  painStartedToday: 'La douleur a commencé aujourd’hui.',
  painStartedDaysAgo: (count: number, date: string) => `La douleur a commencé il y a ${days(count)}, le ${date}.`,
  checkAgain: 'Refaire le point',
  backToTraining: 'Reprendre l’entraînement',
  painOverDays: 'Votre douleur au fil des jours',
  everyCheck: 'Tous vos bilans, du plus récent au plus ancien',
  showingNewest: (total: number, shown: number) =>
    pluralOf('fr', shown, {
      one: `Seul le plus récent de vos ${checksCount(total)} est affiché.`,
      many: `Les ${shown} plus récents de vos ${checksCount(total)} sont affichés.`,
      other: `Les ${shown} plus récents de vos ${checksCount(total)} sont affichés.`,
    }),
  showOlder: (count: number) => `Afficher ${countWith('fr', count, { one: 'bilan plus ancien', many: 'bilans plus anciens', other: 'bilans plus anciens' })}`,
  takeToPhysio: 'À montrer à un kinésithérapeute ou à un médecin',
  printOrSave: 'Imprimez vos bilans, ou enregistrez-les dans un fichier pour les garder. Un fichier enregistré peut être chargé sur un autre appareil.',
  printChecks: 'Imprimer vos bilans',
  saveAsFile: 'Enregistrer dans un fichier',
  loadFromFile: 'Charger des bilans depuis un fichier',
  fileLabel: 'Un fichier de bilans enregistré par Backcheck',
  errorPrefix: 'Erreur :',
  addedFromFile: (count: number, whyLeftOut: string | undefined) =>
    `${pluralOf('fr', count, {
      one: `${bigNumber(count)} bilan ajouté depuis le fichier.`,
      many: `${bigNumber(count)} bilans ajoutés depuis le fichier.`,
      other: `${bigNumber(count)} bilans ajoutés depuis le fichier.`,
    })}${whyLeftOut ? ` ${whyLeftOut}` : ''}`,
  deleteEverything: 'Tout supprimer',
  deleteEverythingWhat: 'Supprime tout ce que Backcheck conserve sur cet appareil : vos réponses, vos bilans, votre coach et votre pays.',
  deleteEverythingQuestion: 'Supprimer vos réponses, vos bilans, votre coach et votre pays de cet appareil ? Il ne sera pas possible de revenir en arrière.',
  yesDeleteEverything: 'Oui, tout supprimer',
  everythingDeleted: 'Tout ce que Backcheck conservait sur cet appareil a été supprimé.',

  // Un bilan de la liste ; `date` est déjà écrite en toutes lettres
  checkResult: (result: string) => `Résultat : ${result}.`,
  warningSignsOnly: 'Signes d’alerte seulement : les questions se sont arrêtées là.',
  painOutOf10: (pain: number) => `Douleur : ${n(pain)} sur 10.`,
  sameAsCheckBefore: 'Comme au bilan précédent.',
  downFrom: (before: number) => `En baisse : ${n(before)} au bilan précédent.`,
  upFrom: (before: number) => `En hausse : ${n(before)} au bilan précédent.`,
  onStage: (stage: number, name: string) => `Reprise de l’entraînement : étape ${n(stage)}, ${name.toLocaleLowerCase('fr')}.`,
  seeThisResult: 'Voir ce résultat',
  seeResultOf: (date: string) => `Voir le résultat du ${date}`,
  deleteCheckQuestion: (date: string) => `Supprimer le bilan du ${date} ?`,
  yesDeleteIt: 'Oui, le supprimer',
  deleteThisCheck: 'Supprimer ce bilan',
  deleteCheckOf: (date: string) => `Supprimer le bilan du ${date}`,

  // Le graphique de la douleur
  chartTitle: 'Votre douleur sur 10, bilan après bilan',
  chartPoint: (pain: number, date: string) => `${n(pain)} le ${date}`,
  chartDescription: (points: readonly string[]) => `Douleur sur 10 : ${points.join(' ; ')}.`,
  chartCaption: {
    check: (points: readonly string[]) => `Douleur sur 10 à chaque bilan : ${points.join(' ; ')}.`,
    result: (points: readonly string[]) => `Douleur sur 10 à chaque résultat : ${points.join(' ; ')}.`,
  },
  chartDate: (day: number, month: string) => `${day === 1 ? '1er' : n(day)} ${month}`,

  // Garder les bilans
  safariMayClear:
    'Safari peut effacer vos bilans si vous n’ouvrez pas Backcheck pendant 7 jours. Pour les garder, ajoutez Backcheck à votre écran d’accueil, ou enregistrez-les dans un fichier.',
  browserMayClear:
    'Votre navigateur peut effacer vos bilans s’il manque de place ou si Backcheck n’est pas utilisé pendant un certain temps. Pour les garder, ajoutez Backcheck à votre écran d’accueil, ou enregistrez-les dans un fichier.',
  howToAdd:
    'Pour l’ajouter, ouvrez le menu de votre navigateur (dans Safari, le bouton Partager) et choisissez « Sur l’écran d’accueil » ou « Ajouter à l’écran d’accueil ».',
  howToSave: 'Pour enregistrer un fichier, utilisez le bouton plus bas sur cette page :',

  // « Me le rappeler » et le fichier de calendrier qu’il crée
  remindMe: (count: number) => `Me le rappeler dans ${days(count)}`,
  reminderSummary: 'Refaire le point sur votre dos avec Backcheck',
  reminderDescription: (checksUrl: string) =>
    `Comment va votre dos aujourd’hui ? Répondez à quelques questions courtes pour voir comment ça évolue, et ce qu’il faut faire ensuite : ${checksUrl}`,

  // Les étapes de reprise de l’entraînement : pourquoi la personne en est là
  ladderOff:
    'Un résultat qui oriente vers un médecin vous fait sortir des étapes de reprise, jusqu’à ce qu’un médecin ou un kinésithérapeute vous dise que vous pouvez les reprendre.',
  ladderStart: (stage: number, name: string) => `Vous commencez à l’étape ${n(stage)} : ${name.toLocaleLowerCase('fr')}.`,
  ladderSharpAgain: 'La douleur est de nouveau vive : vous revenez donc une étape en arrière.',
  ladderWorse: 'La douleur est pire qu’avant : vous revenez donc une étape en arrière.',
  ladderUp: (stage: number) => `Vous remplissez les conditions de l’étape ${n(stage)} : vous pouvez donc monter d’une étape.`,
  ladderTop: 'Vous avez repris l’entraînement complet.',
  ladderOneADay: 'Vous remplissez les conditions, mais vous ne pouvez monter que d’une étape par jour au maximum : refaites le point demain.',
  ladderSharpFree: (count: number) =>
    `Vous remplissez les autres conditions, mais vous ne pourrez passer à l’étape suivante qu’après ${days(count)} sans douleur vive : refaites le point demain.`,
  ladderStay: (moveOnWhen: string) => `Restez à cette étape : vous passerez à la suivante quand ${lowerFirst(moveOnWhen)}`,
  stageOf: (stage: number, stages: number, name: string) => `Étape ${n(stage)} sur ${stages} : ${name}.`,

  // Les résultats et « Refaire le point »
  resultWords: {
    soreness: 'des courbatures normales',
    strain: 'une élongation probable',
    emergency: 'demander de l’aide tout de suite',
    today: 'consulter un médecin aujourd’hui',
    soon: 'consulter un médecin dans les prochains jours',
  } satisfies Record<Exclude<Level, 'doctor'> | Urgency, string>,
  begunOnAnswerDayUnknown: 'le jour où ces réponses ont été données (la date de ces réponses n’est pas connue)',
  begunBeforeUnknown: (count: number) => `${days(count)} avant le jour où ces réponses ont été données (la date de ces réponses n’est pas connue)`,
  begunOnAnswerDay: (date: string) => `le ${date}, le jour où ces réponses ont été données`,
  begunBefore: (count: number, date: string) => `le ${date}, ${days(count)} avant le jour où ces réponses ont été données`,
  painSame: (pain: number, date: string) => `Votre douleur est de ${n(pain)} sur 10, comme le ${date}.`,
  painWent: (before: number, now: number, date: string) => `Votre douleur est passée de ${n(before)} à ${now} sur 10 depuis le ${date}.`,
  feelings: {
    dull: 'une douleur sourde',
    tight: 'une tension ou une raideur',
    sharp: 'une douleur vive',
    shooting: 'une douleur fulgurante',
    burning: 'une sensation de brûlure',
  } satisfies Record<Answers['character'], string>,
  feelsDifferent: (now: string, before: string) => `La sensation a changé : ${now} maintenant, ${before} avant.`,
  spreadsNow: {
    none: 'La douleur ne s’étend plus en dehors du dos.',
    'buttock-thigh': 'La douleur s’étend maintenant dans une fesse ou une cuisse.',
    'below-knee': 'La douleur descend maintenant en dessous du genou.',
  } satisfies Record<Answers['radiation'], string>,
  newWarningSign: 'Vous avez un signe d’alerte que vous n’aviez pas avant.',
  answerChanged: (then: string, now: string, reason: string | undefined) =>
    `La dernière fois, la réponse était : ${then}. Maintenant, c’est : ${now}.${reason ? ` La raison principale : ${lowerFirst(reason)}` : ''}`,
  answerSame: (now: string) => `La réponse est la même que la dernière fois : ${now}.`,
  rulesChanged: (then: number, now: number) =>
    `Les règles de Backcheck ont changé depuis votre dernier bilan (version ${n(then)} à ce moment-là, ${now} maintenant) : une partie du changement peut donc venir de là.`,

  // Un fichier de bilans, relu
  fileTooBig: (megabytes: number) => `Ce fichier est trop volumineux. Un fichier de bilans doit faire moins de ${n(megabytes)} Mo.`,
  tooManyChecks: (max: number) => `Ce fichier contient plus de ${checksCount(max)}. Backcheck peut charger jusqu’à ${checksCount(max)} depuis un seul fichier.`,
  notReadable: 'Ce fichier n’a pas été enregistré par Backcheck : il n’a pas pu être lu.',
  notBackcheckFile: 'Ce fichier n’a pas été enregistré par Backcheck.',
  noReadableChecks: 'Ce fichier ne contient aucun bilan que Backcheck puisse lire.',
  noUsableChecks: (whyLeftOut: string) => `Ce fichier ne contient aucun bilan que Backcheck puisse utiliser. ${whyLeftOut}`,
  inTheFile: 'dans le fichier',
  leftOutBecause: {
    unreadable: (total: number, where: string) =>
      pluralOf('fr', total, {
        one: `${n(total)} bilan ${where} a été écarté, car il n’a pas pu être lu.`,
        many: `${n(total)} bilans ${where} ont été écartés, car ils n’ont pas pu être lus.`,
        other: `${n(total)} bilans ${where} ont été écartés, car ils n’ont pas pu être lus.`,
      }),
    future: (total: number, where: string) =>
      pluralOf('fr', total, {
        one: `${n(total)} bilan ${where} a été écarté, car il porte une date qui n’est pas encore arrivée.`,
        many: `${n(total)} bilans ${where} ont été écartés, car ils portent une date qui n’est pas encore arrivée.`,
        other: `${n(total)} bilans ${where} ont été écartés, car ils portent une date qui n’est pas encore arrivée.`,
      }),
    contradicted: (total: number, where: string) =>
      pluralOf('fr', total, {
        one: `${n(total)} bilan ${where} a été écarté, car son résultat ne correspond pas à ses réponses.`,
        many: `${n(total)} bilans ${where} ont été écartés, car leurs résultats ne correspondent pas à leurs réponses.`,
        other: `${n(total)} bilans ${where} ont été écartés, car leurs résultats ne correspondent pas à leurs réponses.`,
      }),
  },
  leftOutReason: {
    unreadable: (count: number) =>
      pluralOf('fr', count, {
        one: `${n(count)} n’a pas pu être lu`,
        many: `${n(count)} n’ont pas pu être lus`,
        other: `${n(count)} n’ont pas pu être lus`,
      }),
    future: (count: number) =>
      pluralOf('fr', count, {
        one: `${n(count)} porte une date qui n’est pas encore arrivée`,
        many: `${n(count)} portent une date qui n’est pas encore arrivée`,
        other: `${n(count)} portent une date qui n’est pas encore arrivée`,
      }),
    contradicted: (count: number) =>
      pluralOf('fr', count, {
        one: `${n(count)} a un résultat qui ne correspond pas à ses réponses`,
        many: `${n(count)} ont des résultats qui ne correspondent pas à leurs réponses`,
        other: `${n(count)} ont des résultats qui ne correspondent pas à leurs réponses`,
      }),
  },
  leftOutReasons: (reasons: readonly string[]) => (reasons.length < 2 ? reasons.join('') : `${reasons.slice(0, -1).join(', ')} et ${reasons.at(-1) ?? ''}`),
  leftOutFor: (total: number, where: string, reasons: string) =>
    pluralOf('fr', total, {
      one: `${n(total)} bilan ${where} a été écarté : ${reasons}.`,
      many: `${n(total)} bilans ${where} ont été écartés : ${reasons}.`,
      other: `${n(total)} bilans ${where} ont été écartés : ${reasons}.`,
    }),
};
