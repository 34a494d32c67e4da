import type { Level, Urgency } from '../../../triage';
import type { RulesPageText } from '../../en/rules-page-text';

export const rulesPage: RulesPageText = {
  title: 'Comment Backcheck décide',
  lead: 'Backcheck calcule chaque résultat sur votre appareil, à partir d’une liste fixe de règles. Cette page montre toutes les règles : ce qui déclenche chacune, le résultat auquel elle mène, pourquoi, et d’où elle vient.',
  rulesVersion: (version: number, date: string) => `Règles en version ${version}, modifiées pour la dernière fois le ${date}.`,

  howHeading: 'Comment un résultat est calculé',
  warningSignsFirst:
    'Les signes d’alerte sont demandés en premier. Un seul d’entre eux suffit pour orienter vers un médecin, même si les autres réponses semblent sans gravité.',
  mostSerious:
    'Le résultat est le plus sérieux de tous ceux que donnent les règles, dans cet ordre : une urgence, puis le jour même, puis dans les prochains jours, puis une élongation probable, puis des courbatures normales.',
  sorenessPicture:
    'La réponse « courbatures normales » n’est donnée que si tous les éléments du tableau des courbatures sont présents. S’il en manque un seul, une élongation est plus probable.',
  notSure:
    'Quand vous répondez « Je ne sais pas », Backcheck retient la réponse la plus prudente, et le résultat indique que vous ne saviez pas. Les règles sur la douleur intense tiennent compte de toutes les réponses que vous auriez pu vouloir donner : une hésitation ne fait donc jamais baisser le niveau de conseil pour une douleur intense.',
  painkillersAsked: (severe: number) =>
    `La question de savoir si les antidouleurs ont soulagé la douleur n’est posée que si la douleur la plus forte est de ${severe} sur 10 ou plus.`,
  resultLinks: 'Le résultat indique chaque règle qui l’a déterminé, avec un lien vers cette règle sur cette page.',

  notHeading: 'Ce que Backcheck n’est pas',
  notADiagnosis: 'Backcheck ne donne pas de diagnostic. Il ne peut pas vous examiner, et il ne sait que ce que vous lui dites.',
  notADevice:
    'Ce n’est pas un dispositif médical, et il ne remplace pas un médecin, un infirmier ou un kinésithérapeute. Si vous vous inquiétez, ou si les choses changent, contactez l’un d’eux.',
  afterTraining: 'Il est fait pour le mal de dos qui suit l’entraînement. Il ne juge pas les autres douleurs, ni le mal de dos pendant la grossesse.',
  seriousCausesRare:
    'Les causes graves de mal de dos sont rares. Sur 1 172 personnes qui ont consulté un médecin généraliste pour une douleur récente dans le bas du dos, moins de 1 sur 100 (0,9 %) avaient une cause grave, et pourtant 80 % de l’ensemble avaient au moins un signe d’alerte. Ici, un signe d’alerte veut donc dire « faites vérifier », et non « quelque chose ne va pas ».',
  source: (citation: string) => `Source : ${citation}`,

  contentsHeading: 'Les règles, par résultat',
  groups: {
    emergency: {
      heading: 'Appelez le numéro d’urgence maintenant',
      result: 'Appeler le numéro d’urgence maintenant, ou aller aux urgences.',
      intro: 'Un seul de ces signes arrête les questions tout de suite. Ils sont rares, mais ils demandent une aide immédiate.',
    },
    today: {
      heading: 'Consultez un médecin aujourd’hui',
      result: 'Consulter un médecin le jour même.',
      intro: 'Un seul de ces signes suffit pour qu’un médecin doive vérifier le jour même.',
    },
    soon: {
      heading: 'Consultez un médecin dans les prochains jours',
      result: 'Prendre rendez-vous avec un médecin dans les prochains jours.',
      intro: 'Un seul de ces signes veut dire qu’un médecin doit vérifier la douleur, mais cela peut attendre quelques jours.',
    },
    strain: {
      heading: 'Une élongation probable',
      result: 'Une élongation probable, sauf si une règle ci-dessus s’applique.',
      intro:
        'Chacun de ces éléments est une façon dont le tableau des courbatures n’est pas respecté. S’il n’y a pas de raison de voir un médecin, un seul d’entre eux donne une élongation probable.',
    },
    soreness: {
      heading: 'Courbatures normales',
      result: 'Fait partie du tableau des courbatures normales.',
      intro: 'Voici les éléments du tableau des courbatures. La réponse « courbatures normales » n’est donnée que si tous sont présents.',
    },
  } satisfies Record<Urgency | Exclude<Level, 'doctor'>, { heading: string; result: string; intro: string }>,
  ruleTerms: { when: 'Quand', result: 'Résultat', why: 'Pourquoi', sources: 'Références' },
  ruleId: (id: string) => `Identifiant de la règle : ${id}`,

  notARuleHeading: 'Des conseils qui ne sont pas des règles',
  youngAthletes:
    'Aux jeunes sportifs (moins de 18 ans) qui ont mal depuis 2 semaines ou plus, Backcheck dit qu’un médecin peut rechercher une petite fracture de fatigue de la colonne vertébrale, et qu’ils doivent décider avec un médecin ou un kinésithérapeute du moment où reprendre l’entraînement complet. C’est une cause fréquente de douleur dans le bas du dos à cet âge : elle a été trouvée chez 47 jeunes sportifs sur 100 ayant mal dans le bas du dos, contre 5 adultes sur 100.',

  changesHeading: 'Modifications des règles',
  changesVersion: (version: number, date: string) => `Version ${version} du ${date}`,
  changes: {
    3: [
      'Nouvelle question, posée seulement quand la douleur la plus forte est de 8 sur 10 ou plus : les antidouleurs ont-ils soulagé la douleur ?',
      'Nouveau, une urgence : une douleur musculaire intense après une séance, sans début soudain, dans les 7 premiers jours, que les antidouleurs n’ont pas soulagée.',
      'Nouveau, à voir le jour même : une douleur intense que les antidouleurs n’ont pas soulagée, et une douleur intense qui ne diminue pas 4 à 13 jours après son début.',
      'Une douleur intense que rien ne soulage est maintenant vue le jour même jusqu’à 13 jours après son début, quel que soit ce qui l’a déclenchée, et pas seulement dans les 3 premiers jours après une séance.',
      'Quand une personne ne sait pas quoi répondre, les règles sur la douleur intense tiennent maintenant compte de toutes les réponses qu’elle aurait pu vouloir donner : une hésitation ne fait donc jamais baisser le niveau de conseil pour une douleur intense.',
    ],
    2: [
      'Nouveau signe d’alerte, une urgence : des muscles du dos douloureux qui sont gonflés, durs ou tendus comme un tambour, ou dont la peau qui les recouvre est engourdie.',
      'Nouveau signe d’alerte, à voir le jour même : une douleur vive dans le haut du dos, sur le côté ou dans la poitrine quand on inspire.',
      'Les crachats de sang comptent maintenant comme une urgence, avec la douleur dans la poitrine et la difficulté à respirer.',
      'Nouveau : une douleur musculaire intense (8 sur 10 ou pire) dans les 3 premiers jours après une séance difficile, et une douleur intense que rien ne soulage peu après une séance, sont vues le jour même.',
      'Nouveau : à 50 ans ou plus, une douleur qui n’est pas liée à une séance est vue dans les prochains jours.',
      'Les signes d’alerte précisent maintenant ce qui ne compte pas (des courbatures dans les muscles des jambes, une urine jaune foncé), pour que des courbatures ordinaires ne mènent pas à appeler le numéro d’urgence.',
      'Quand une personne ne savait pas quoi répondre, les raisons le disent, au lieu de présenter sa réponse comme un fait.',
    ],
    1: ['Les premières règles : 15 signes d’alerte, 5 autres raisons de voir un médecin, et le tableau des courbatures.'],
  } satisfies Record<number, string[]>,
};
