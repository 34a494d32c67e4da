import type { Answers } from '../../../triage';
import type { RedFlag, UnsureField } from '../../../triage/vocabulary';
import { countWith, pluralOf } from '../../count';
import type { ReasonsText } from '../../en/reasons';

type Timing = Answers['timing'];

const days = (count: number) => countWith('fr', count, { one: 'jour', many: 'jours', other: 'jours' });
const started = (count: number) => (count === 0 ? 'a commencé aujourd’hui' : `a commencé il y a ${days(count)}`);
const startedAgo = (count: number) => `La douleur ${started(count)}`;
const rated = (severity: number) => `vous avez évalué votre douleur à ${severity} sur 10`;

const listAnd = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1) ?? ''}`);
const listOr = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ou ${parts.at(-1) ?? ''}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A severe-pain reason: what the person was not sure of, if anything, then what is known for sure, then why. */
const severe = (notSure: readonly string[], known: readonly string[], then: string) => {
  const facts = `${capitalise(listAnd(known))}. ${then}`;
  return notSure.length === 0 ? facts : `Vous n’avez pas pu dire ${listOr(notSure)}. ${facts}`;
};

export const reasons: ReasonsText = {
  /** Said after "Vous n’avez pas pu dire …". */
  notSureOf: {
    suddenMoment: 'si la douleur a commencé à un moment précis, comme un pincement, un claquement ou un blocage',
    loadedArea: 'si la douleur est là où vos muscles ont le plus travaillé',
    timing: 'quand la douleur a commencé',
    radiation: 'si la douleur s’étend ailleurs',
    trend: 'si la douleur s’améliore ou s’aggrave',
  } satisfies Record<UnsureField, string>,
  tookCarefulAnswer: (notSure: string, why: string) => `Vous n’avez pas pu dire ${notSure}, donc Backcheck a retenu la réponse la plus prudente. ${why}`,
  notSureButFits: (notSure: string, why: string) => `Vous n’avez pas pu dire ${notSure}. ${why}`,

  redFlags: {
    'saddle-numbness': 'Vous avez un engourdissement ou des fourmillements autour des parties génitales, des fesses ou de l’intérieur des cuisses.',
    'bladder-bowel':
      'Vous avez de nouvelles difficultés pour uriner, des fuites d’urine ou de selles, ou vous ne sentez pas quand vous avez besoin d’aller aux toilettes.',
    'both-legs': 'Vous avez une douleur, un engourdissement ou des fourmillements qui descendent du dos dans les deux jambes.',
    'leg-weakness': 'Vous avez une nouvelle faiblesse dans une jambe ou un pied.',
    'dark-urine': 'Vous avez une urine couleur cola ou brun foncé, ou vous n’avez presque pas uriné pendant 12 heures alors que vous buvez.',
    'chest-symptoms':
      'Vous avez une douleur ou pression dans la poitrine, une difficulté à respirer, des crachats de sang, une douleur qui s’étend au bras ou à la mâchoire, ou des sueurs froides.',
    'swollen-muscles':
      'Les muscles de votre dos qui vous font mal sont gonflés, semblent durs ou tendus comme un tambour, ou la peau qui les recouvre est engourdie.',
    trauma: 'Votre douleur a commencé avec une chute, une collision, un coup, ou un poids qui vous est tombé dessus.',
    fever: 'Vous avez de la fièvre ou des frissons, ou vous ne vous sentez pas bien de manière générale.',
    urinary: 'Vous avez des brûlures quand vous urinez, du sang dans l’urine, ou une douleur sur le côté, sous les côtes.',
    'cannot-walk': 'Vous ne pouvez pas marcher ni tenir debout, ou vous ne pouvez pas vous occuper de vous à cause de la douleur.',
    'breathing-pain': 'Vous avez une douleur vive dans le haut du dos, sur le côté ou dans la poitrine quand vous inspirez profondément.',
    'cancer-history': 'Vous avez ou vous avez eu un cancer.',
    'weight-loss': 'Vous avez perdu du poids sans le vouloir.',
    'night-pain': 'Vous avez une douleur constante la nuit, qu’aucune position ne soulage.',
    steroids: 'Vous prenez des corticoïdes en comprimés depuis longtemps, ou vous avez de l’ostéoporose (des os qui s’amincissent).',
    immune: 'Vous avez un système immunitaire affaibli, ou vous vous injectez des drogues.',
  } satisfies Record<RedFlag, string>,

  /** Said after "elle est apparue …". */
  cameOn: {
    during: 'pendant la séance',
    'hours-after': 'quelques heures après la séance',
    'next-day': 'le lendemain de la séance',
  } satisfies Partial<Record<Timing, string>>,
  musclePainDespitePainkillers: (notSure: readonly string[], severity: number, cameOn: string | undefined, gradual: boolean) =>
    severe(
      notSure,
      [
        rated(severity),
        ...(gradual ? ['elle n’a pas commencé à un moment précis'] : []),
        ...(cameOn === undefined ? [] : [`elle est apparue ${cameOn}`]),
        'les antidouleurs ne l’ont pas soulagée',
      ],
      'Une douleur musculaire aussi forte après une séance, sur laquelle les antidouleurs n’ont aucun effet, demande d’aller aux urgences tout de suite.',
    ),
  severeDelayedMusclePain: (notSure: readonly string[], severity: number, cameOn: string | undefined, inTrainedMuscles: boolean) =>
    severe(
      notSure,
      [
        rated(severity),
        ...(inTrainedMuscles ? ['elle est dans les muscles que vous avez fait travailler'] : []),
        ...(cameOn === undefined ? [] : [`elle est apparue ${cameOn}`]),
      ],
      'Une douleur musculaire aussi forte dans les premiers jours après une séance difficile doit être vérifiée aujourd’hui.',
    ),
  severeUnrelenting: (daysSince: number, severity: number) =>
    severe(
      [],
      [rated(severity), 'rien ne la soulage', `elle ${started(daysSince)}`],
      'Une douleur aussi forte que rien ne soulage doit être vérifiée aujourd’hui.',
    ),
  severeNotEasing: (notSure: readonly string[], daysSince: number, severity: number, gettingWorse: boolean | undefined) =>
    severe(
      notSure,
      [rated(severity), `elle ${started(daysSince)}`, ...(gettingWorse === undefined ? [] : [gettingWorse ? 'elle s’aggrave' : 'elle ne s’améliore pas'])],
      'Une douleur aussi forte devrait diminuer après 3 jours, donc elle doit être vérifiée aujourd’hui.',
    ),
  severeDespitePainkillers: (severity: number) =>
    severe(
      [],
      [rated(severity), 'les antidouleurs ne l’ont pas soulagée'],
      'Une douleur aussi forte que les antidouleurs ne soulagent pas doit être vérifiée aujourd’hui.',
    ),

  over50NotLinked: (age: number) =>
    `Vous avez ${age} ${pluralOf('fr', age, { one: 'an', many: 'ans', other: 'ans' })}, et la douleur n’est pas clairement liée à une séance. À partir de 50 ans, un médecin doit vérifier un mal de dos que l’entraînement n’explique pas.`,
  painBelowKnee: 'La douleur s’étend en dessous du genou. Un médecin doit vérifier les nerfs à cet endroit.',
  noReliefAtRest: 'Le repos ne soulage pas la douleur, et aucune position n’est confortable. Une douleur due à l’entraînement diminue quand vous vous reposez.',
  worseAfter3Days: (daysSince: number) => `${startedAgo(daysSince)} et s’aggrave. Les courbatures dues à l’entraînement diminuent après 3 jours.`,
  notImprovingAfter7Days: (daysSince: number) =>
    `${startedAgo(daysSince)} et ne s’améliore pas. La plupart des élongations commencent à s’améliorer en une semaine.`,
  notImprovingAfter7DaysNotSure: (daysSince: number) =>
    `${startedAgo(daysSince)}, et vous n’avez pas pu dire si elle s’améliore, donc Backcheck a retenu la réponse la plus prudente. La plupart des élongations commencent à s’améliorer en une semaine.`,
  lasting14Days: (daysSince: number) =>
    `Vous avez cette douleur depuis ${days(daysSince)}. La plupart des douleurs de dos dues à l’entraînement vont beaucoup mieux en 2 semaines.`,

  suddenMoment:
    'Vous pouvez dire à quel moment précis la douleur a commencé, comme un pincement, un claquement ou un blocage. Les courbatures arrivent petit à petit.',
  suddenMomentNotSure:
    'Vous n’avez pas pu dire si la douleur a commencé à un moment précis, comme un pincement, un claquement ou un blocage, donc Backcheck a retenu la réponse la plus prudente. Une élongation commence de cette façon ; les courbatures arrivent petit à petit.',
  startedDuringWorkout: 'La douleur a commencé pendant la séance. Les courbatures arrivent quelques heures plus tard.',
  notLinkedToWorkout: 'La douleur n’est pas clairement liée à une séance, donc il est peu probable qu’il s’agisse de courbatures dues à l’entraînement.',
  sharpPain: {
    sharp: 'C’est une douleur vive, comme un coup de couteau. Les courbatures donnent une douleur sourde ou une raideur.',
    shooting: 'C’est une douleur fulgurante, comme une décharge électrique. Les courbatures donnent une douleur sourde ou une raideur.',
    burning: 'C’est une douleur comme une brûlure. Les courbatures donnent une douleur sourde ou une raideur.',
  } satisfies Record<Exclude<Answers['character'], 'dull' | 'tight'>, string>,
  oneSide: 'La douleur est d’un seul côté. Les courbatures se font généralement sentir de façon égale dans tous les muscles que vous avez fait travailler.',
  achesAtRest: 'La douleur est encore là quand vous vous reposez. Les courbatures font mal seulement quand vous bougez ou vous étirez.',
  notWhereYouTrained:
    'La douleur n’est pas là où vos muscles ont le plus travaillé. Les courbatures se font sentir dans les muscles que vous avez fait travailler.',
  notWhereYouTrainedNotSure:
    'Vous n’avez pas pu dire si la douleur est là où vos muscles ont le plus travaillé, donc Backcheck a retenu la réponse la plus prudente. Les courbatures se font sentir dans les muscles que vous avez fait travailler.',
  spreadsToButtockOrThigh: 'La douleur s’étend dans une fesse ou une cuisse. Les courbatures restent dans les muscles que vous avez fait travailler.',
  severePain: (severity: number) =>
    `Vous avez évalué votre douleur à ${severity} sur 10. C’est plus que ce que donnent habituellement les courbatures dues à l’entraînement.`,
  outlastingSoreness: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. Les courbatures disparaissent en une semaine environ.`
      : `${startedAgo(daysSince)} et ne diminue pas encore. Les courbatures diminuent après 3 jours environ.`,
  outlastingSorenessNotSure: (daysSince: number) =>
    daysSince >= 7
      ? `${startedAgo(daysSince)}. Les courbatures disparaissent en une semaine environ.`
      : `${startedAgo(daysSince)}, et vous n’avez pas pu dire si elle diminue, donc Backcheck a retenu la réponse la plus prudente. Les courbatures diminuent après 3 jours environ.`,

  cameOnGradually: {
    'next-day': 'La douleur est apparue petit à petit, le lendemain de la séance, comme le font les courbatures.',
    'hours-after': 'La douleur est apparue petit à petit, quelques heures après la séance, comme le font les courbatures.',
  } satisfies Partial<Record<Timing, string>>,
  dullOrTight: {
    dull: 'C’est une douleur sourde, comme celle des courbatures.',
    tight: 'Vous ressentez une tension ou une raideur, comme avec des courbatures.',
  } satisfies Partial<Record<Answers['character'], string>>,
  easesAtRest: 'Vous avez mal seulement quand vous bougez ou vous étirez, et tout va bien quand vous vous reposez.',
  whereYouTrained: {
    'both-sides': 'La douleur est des deux côtés, dans les muscles qui ont le plus travaillé, et elle reste dans le dos.',
    center: 'La douleur est au milieu, dans les muscles qui ont le plus travaillé, et elle reste dans le dos.',
  } satisfies Partial<Record<Answers['side'], string>>,
  withinSorenessWindow: (daysSince: number) => `${startedAgo(daysSince)}. Les courbatures sont à leur maximum pendant les 3 premiers jours, puis diminuent.`,
  withinSorenessWindowEasing: (daysSince: number) => `${startedAgo(daysSince)} et diminue déjà.`,

  mixedPicture:
    'Certaines de vos réponses correspondent à des courbatures normales, mais les courbatures n’expliquent un mal de dos que si toutes vos réponses y correspondent, donc une élongation est plus probable.',
};
