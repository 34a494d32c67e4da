import type { RulesCatalog } from '../../rule-text';

export const rules: RulesCatalog = {
  'red-flag-saddle-numbness': {
    title: 'Engourdissement autour des parties génitales ou des fesses',
    trigger: 'Engourdissement ou fourmillements autour des parties génitales, des fesses ou de l’intérieur des cuisses.',
    why: 'Avec un mal de dos, cela peut vouloir dire que les nerfs du bas de la colonne vertébrale sont comprimés (syndrome de la queue de cheval). Il faut un traitement dans les heures qui suivent pour protéger la vessie, les intestins et les jambes.',
  },
  'red-flag-bladder-bowel': {
    title: 'Nouvelles difficultés pour uriner ou aller à la selle',
    trigger: 'De nouvelles difficultés pour uriner, des fuites d’urine ou de selles, ou vous ne sentez pas quand vous avez besoin d’aller aux toilettes.',
    why: 'Avec un mal de dos, cela peut vouloir dire que les nerfs du bas de la colonne vertébrale sont comprimés (syndrome de la queue de cheval). Il faut un traitement dans les heures qui suivent pour protéger la vessie, les intestins et les jambes.',
  },
  'red-flag-both-legs': {
    title: 'Douleur ou engourdissement qui descend dans les deux jambes',
    trigger:
      'Douleur, engourdissement ou fourmillements qui descendent du dos dans les deux jambes (pas des courbatures dans les muscles des jambes dues à l’entraînement).',
    why: 'Avec un mal de dos, cela peut vouloir dire que les nerfs du bas de la colonne vertébrale sont comprimés (syndrome de la queue de cheval). Il faut un traitement dans les heures qui suivent pour protéger la vessie, les intestins et les jambes.',
  },
  'red-flag-leg-weakness': {
    title: 'Nouvelle faiblesse dans une jambe ou un pied',
    trigger:
      'Une nouvelle faiblesse dans une jambe ou un pied : la jambe se dérobe, le pied traîne ou claque au sol, ou la personne ne peut pas se tenir sur la pointe des pieds ou sur les talons.',
    why: 'Un nerf assez comprimé pour affaiblir un muscle demande un avis médical rapide. Les recommandations médicales acceptent un avis le jour même quand une seule jambe est touchée ; par prudence, Backcheck en fait une urgence.',
  },
  'red-flag-dark-urine': {
    title: 'Urine couleur cola, ou presque pas d’urine',
    trigger: 'Urine brun foncé ou couleur cola (pas simplement jaune foncé), ou presque pas d’urine pendant 12 heures alors que la personne boit.',
    why: 'Après un gros effort, cela peut vouloir dire que des muscles se dégradent (rhabdomyolyse d’effort), ce qui peut abîmer les reins et demande des soins tout de suite. Cela peut commencer des jours après une séance inhabituelle ou très dure, et ce peuvent être les muscles du dos qui sont touchés.',
  },
  'red-flag-chest-symptoms': {
    title: 'Douleur dans la poitrine ou difficulté à respirer',
    trigger: 'Douleur ou pression dans la poitrine, difficulté à respirer, crachats de sang, douleur qui s’étend au bras ou à la mâchoire, ou sueurs froides.',
    why: 'Un mal de dos avec l’un de ces signes peut venir du cœur, d’une déchirure du principal vaisseau sanguin du corps (dissection aortique) ou d’un caillot dans le poumon (embolie pulmonaire). Chacun demande des soins en urgence.',
  },
  'red-flag-swollen-muscles': {
    title: 'Muscles du dos gonflés ou durs comme de la pierre',
    trigger: 'Les muscles du dos qui font mal sont gonflés, semblent durs ou tendus comme un tambour, ou la peau qui les recouvre est engourdie.',
    why: 'Après du soulevé de terre, du rowing ou des extensions du dos, la pression peut monter à l’intérieur des muscles du dos (syndrome des loges), et certaines personnes doivent être opérées tout de suite. Le gonflement est aussi un signe que des muscles se dégradent (rhabdomyolyse).',
  },
  'muscle-pain-despite-painkillers': {
    title: 'Douleur musculaire intense après une séance, que les antidouleurs n’ont pas soulagée',
    trigger:
      '8 sur 10 ou pire ; des antidouleurs ont été pris et n’ont pas soulagé ; pas de début soudain ; liée à une séance ; et 7 jours ou moins depuis le début.',
    why: 'Une douleur hors de toute proportion, sur laquelle les antidouleurs n’ont aucun effet, est le premier signe d’une pression qui monte à l’intérieur des muscles du dos (syndrome des loges), ce qui peut demander une opération tout de suite. Après une séance difficile, c’est aussi ainsi que se manifestent des muscles qui se dégradent (rhabdomyolyse). Dans les deux cas, il faut aller aux urgences.',
  },
  'red-flag-trauma': {
    title: 'Elle a commencé par une chute ou un coup',
    trigger: 'La douleur a commencé avec une chute, une collision, un coup, ou un poids tombé sur la personne.',
    why: 'Un os est peut-être cassé, ce qu’un médecin doit vérifier le jour même. Après un accident grave, il faut appeler le numéro d’urgence.',
  },
  'red-flag-fever': {
    title: 'Fièvre, ou ne pas se sentir bien',
    trigger: 'De la fièvre, des frissons, ou ne pas se sentir bien de manière générale.',
    why: 'Un mal de dos avec de la fièvre peut venir d’une infection, dans la colonne vertébrale ou dans les reins. Chez 1 000 personnes vues aux urgences pour un mal de dos, la fièvre était le signe le plus fort d’une cause grave.',
  },
  'red-flag-urinary': {
    title: 'Brûlures ou sang en urinant, ou douleur sur le côté',
    trigger: 'Des brûlures en urinant, du sang dans l’urine, ou une douleur sur le côté, sous les côtes.',
    why: 'Ces signes orientent vers les reins ou la vessie plutôt que vers les muscles du dos, et une infection du rein doit être traitée le jour même.',
  },
  'red-flag-cannot-walk': {
    title: 'Vous ne pouvez pas marcher, ou vous occuper de vous',
    trigger: 'La personne ne peut pas marcher ni tenir debout, ou ne peut pas s’occuper d’elle-même à cause de la douleur.',
    why: 'Une douleur qui empêche une personne de se déplacer ou de s’occuper d’elle-même demande l’aide d’un médecin le jour même, quelle qu’en soit la cause.',
  },
  'red-flag-breathing-pain': {
    title: 'Douleur vive en inspirant',
    trigger: 'Douleur vive dans le haut du dos, sur le côté ou dans la poitrine en inspirant profondément.',
    why: 'Le plus souvent, il s’agit d’une élongation d’un muscle entre les côtes. Mais chez des coureurs, un caillot dans le poumon (embolie pulmonaire) a commencé par une douleur à une seule omoplate, vive à l’inspiration, et un poumon affaissé fait mal de la même façon. Avec une difficulté à respirer ou des crachats de sang, c’est une urgence.',
  },
  'severe-delayed-muscle-pain': {
    title: 'Douleur musculaire intense dans les jours qui suivent une séance difficile',
    trigger:
      'Pas de début soudain ; elle est apparue quelques heures ou un jour après la séance, dans les muscles qui ont le plus travaillé ; 8 sur 10 ou pire ; et 3 jours ou moins depuis le début.',
    why: 'Des muscles qui se dégradent (rhabdomyolyse d’effort) et une pression qui monte dans les muscles du dos (syndrome des loges) commencent comme des courbatures, mais en bien pire. Des cas survenus après du soulevé de terre, des extensions du dos, du rowing ou des cours de spinning se sont terminés à l’hôpital. Une simple prise de sang qui recherche une atteinte des muscles (CPK) permet de le savoir : il faut donc vérifier le jour même.',
  },
  'severe-unrelenting': {
    title: 'Douleur intense que rien ne soulage',
    trigger: '8 sur 10 ou pire, pas mieux au repos ni dans aucune position, et 13 jours ou moins depuis le début.',
    why: 'Une douleur que ni le repos, ni un changement de position, ni les antidouleurs ne soulagent : c’est ainsi que se sont manifestés une pression dans les muscles du dos (syndrome des loges) et des muscles qui se dégradent (rhabdomyolyse), des jours après l’entraînement comme peu après. Une douleur aussi forte que rien ne soulage doit être vérifiée le jour même, quel que soit ce qui l’a déclenchée.',
  },
  'severe-not-easing': {
    title: 'Douleur intense qui ne diminue pas après 3 jours',
    trigger: '8 sur 10 ou pire, 4 à 13 jours depuis le début, et ça ne s’améliore pas.',
    why: 'Les courbatures sont à leur maximum pendant les 3 premiers jours, puis diminuent, et une élongation devrait aussi commencer à diminuer. Une douleur intense qui ne diminue toujours pas à ce moment-là n’est pas un effet de l’entraînement : chez une personne qui faisait de la musculation, des courbatures devenues une douleur constante à 9 sur 10 au 4e jour ont demandé un passage aux urgences. Elle doit être vérifiée le jour même.',
  },
  'severe-despite-painkillers': {
    title: 'Douleur intense que les antidouleurs n’ont pas soulagée',
    trigger: '8 sur 10 ou pire, des antidouleurs ont été pris et n’ont pas soulagé, et 13 jours ou moins depuis le début.',
    why: 'Une douleur hors de proportion que les antidouleurs ne soulagent pas est un signe précoce classique d’une pression qui monte dans les muscles (syndrome des loges). Après un pincement soudain, il s’agit plus probablement d’une forte élongation, mais une douleur aussi intense demande quand même de voir un médecin le jour même.',
  },
  'red-flag-cancer-history': {
    title: 'Cancer actuel ou passé',
    trigger: 'La personne a ou a eu un cancer.',
    why: 'Avoir ou avoir eu un cancer est un signe que les médecins recherchent, car cela rend plus probable une cause rare et grave (une fracture, une infection ou un cancer). Ce n’est pas une urgence, mais un médecin doit vérifier d’ici quelques jours.',
  },
  'red-flag-weight-loss': {
    title: 'Perte de poids sans le vouloir',
    trigger: 'La personne a perdu du poids sans le vouloir.',
    why: 'Perdre du poids sans le vouloir est un signe que les médecins recherchent, car cela rend plus probable une cause rare et grave (une fracture, une infection ou un cancer). Ce n’est pas une urgence, mais un médecin doit vérifier d’ici quelques jours.',
  },
  'red-flag-night-pain': {
    title: 'Douleur constante la nuit',
    trigger: 'Une douleur constante la nuit, qu’aucune position ne soulage.',
    why: 'La douleur due à l’entraînement diminue avec le repos et un changement de position. Une douleur qui ne diminue pas est un signe que les médecins recherchent, car cela rend plus probable une cause rare et grave (une fracture, une infection ou un cancer). Ce n’est pas une urgence, mais un médecin doit vérifier d’ici quelques jours.',
  },
  'red-flag-steroids': {
    title: 'Corticoïdes depuis longtemps, ou os amincis',
    trigger: 'La personne prend des corticoïdes en comprimés depuis longtemps, ou a de l’ostéoporose (des os qui s’amincissent).',
    why: 'Des os plus fins peuvent se casser sous les charges de l’entraînement : c’est donc un signe que les médecins recherchent, car cela rend plus probable une cause rare et grave (une fracture, une infection ou un cancer). Ce n’est pas une urgence, mais un médecin doit vérifier d’ici quelques jours.',
  },
  'red-flag-immune': {
    title: 'Un système immunitaire faible, ou des drogues injectées',
    trigger: 'Un système immunitaire affaibli, ou la personne s’injecte des drogues.',
    why: 'Les deux rendent une infection de la colonne vertébrale plus probable : c’est donc un signe que les médecins recherchent, car cela rend plus probable une cause rare et grave (une fracture, une infection ou un cancer). Ce n’est pas une urgence, mais un médecin doit vérifier d’ici quelques jours.',
  },
  'over-50-not-linked': {
    title: '50 ans ou plus, et pas liée à une séance',
    trigger: '50 ans ou plus, et la douleur n’est pas clairement liée à une séance.',
    why: 'À partir de 50 ans, une cause rare et grave de mal de dos, comme un cancer, devient plus probable, et une douleur qui n’a pas suivi une séance ne peut pas s’expliquer par l’entraînement.',
  },
  'pain-below-knee': {
    title: 'Douleur qui descend en dessous du genou',
    trigger: 'La douleur s’étend en dessous du genou, dans le mollet ou le pied.',
    why: 'C’est ainsi que se manifeste un nerf comprimé dans le dos (sciatique). En général, elle se calme en 4 à 6 semaines, mais un médecin doit vérifier les nerfs.',
  },
  'no-relief-at-rest': {
    title: 'Pas de soulagement au repos',
    trigger: 'Le repos n’aide pas, ou aucune position n’est confortable.',
    why: 'La douleur des muscles qui ont travaillé diminue quand ils se reposent. Une douleur qui ne diminue pas peut avoir une autre cause.',
  },
  'worse-after-3-days': {
    title: 'Ça s’aggrave après 3 jours',
    trigger: 'Ça s’aggrave, et 3 jours ou plus sont passés depuis le début.',
    why: 'Les courbatures sont à leur maximum 1 à 3 jours après une séance, puis diminuent. Une douleur qui continue d’augmenter ensuite n’est pas due à des courbatures.',
  },
  'not-improving-after-7-days': {
    title: 'Pas d’amélioration après une semaine',
    trigger: 'Ça ne s’améliore pas, et 7 jours ou plus sont passés depuis le début.',
    why: 'Les courbatures disparaissent en 5 à 7 jours environ, et la plupart des élongations ont commencé à s’améliorer en une semaine.',
  },
  'lasting-14-days': {
    title: 'Toujours là après 2 semaines',
    trigger: '14 jours ou plus sont passés depuis le début.',
    why: 'La plupart des douleurs de dos dues à l’entraînement vont beaucoup mieux en 2 semaines, bien au-delà de la durée des courbatures.',
  },
  'sudden-moment': {
    title: 'Un début soudain',
    trigger:
      'La personne peut dire à quel moment précis la douleur a commencé : un pincement, un claquement, un blocage, ou la sensation que quelque chose a lâché.',
    why: 'Une élongation commence à un moment précis, pendant le mouvement qui l’a causée. Les courbatures arrivent petit à petit.',
  },
  'started-during-workout': {
    title: 'Elle a commencé pendant la séance',
    trigger: 'La douleur a commencé pendant la séance.',
    why: 'Une élongation commence juste après le mouvement qui l’a causée. Les courbatures arrivent 12 à 24 heures plus tard.',
  },
  'not-linked-to-workout': {
    title: 'Pas liée à une séance',
    trigger: 'La douleur n’est pas clairement liée à une séance.',
    why: 'Les courbatures suivent une séance, 12 à 24 heures après. Sans ce lien, ce ne sont pas des courbatures.',
  },
  'sharp-pain': {
    title: 'Douleur vive, fulgurante ou comme une brûlure',
    trigger: 'La douleur est vive ou comme un coup de couteau, fulgurante ou comme une décharge électrique, ou comme une brûlure.',
    why: 'Les courbatures donnent une douleur sourde ou une raideur répartie sur les muscles. Une élongation est plus vive.',
  },
  'one-side': {
    title: 'D’un seul côté',
    trigger: 'La douleur est d’un seul côté.',
    why: 'Une élongation se situe généralement à un seul endroit, souvent d’un seul côté. Les courbatures sont réparties sur les muscles qui ont travaillé, souvent des deux côtés.',
  },
  'aches-at-rest': {
    title: 'Ça fait mal au repos',
    trigger: 'C’est mieux au repos, mais ça fait encore mal.',
    why: 'Les courbatures font mal quand les muscles bougent ou s’étirent, pas au repos. Une élongation fait mal aussi au repos.',
  },
  'not-where-you-trained': {
    title: 'Pas là où les muscles ont le plus travaillé',
    trigger: 'La douleur n’est pas là où les muscles ont le plus travaillé pendant cette séance.',
    why: 'Les courbatures se font sentir exactement dans les muscles qui ont été sollicités.',
  },
  'spreads-to-buttock-or-thigh': {
    title: 'S’étend dans une fesse ou une cuisse',
    trigger: 'La douleur s’étend dans une fesse ou une cuisse, mais pas plus bas que le genou.',
    why: 'Les courbatures restent dans les muscles qui ont travaillé. Une douleur qui s’étend ailleurs fait moins penser à des courbatures.',
  },
  'severe-pain': {
    title: '8 sur 10 ou pire',
    trigger: 'La douleur la plus forte des dernières 24 heures est de 8 sur 10 ou plus.',
    why: 'Une douleur musculaire plus forte que prévu n’est pas due à des courbatures ordinaires. Quand rien ne la soulage, qu’elle ne diminue pas après 3 jours, que les antidouleurs n’ont pas aidé, ou qu’elle est apparue dans les premiers jours après une séance difficile, les règles ci-dessus orientent vers un médecin.',
  },
  'outlasting-soreness': {
    title: 'Dure plus longtemps que des courbatures',
    trigger: '7 jours ou plus depuis le début, ou 4 jours ou plus et ça ne s’améliore pas.',
    why: 'Les courbatures sont à leur maximum pendant les 3 premiers jours, puis diminuent, et disparaissent en une semaine environ.',
  },
  'came-on-gradually': {
    title: 'Elle est apparue petit à petit, après la séance',
    trigger: 'Pas de début soudain, et elle est apparue quelques heures ou 1 à 3 jours après la séance.',
    why: 'Les courbatures commencent 12 à 24 heures après un effort difficile ou inhabituel, et sont à leur maximum après 1 à 3 jours.',
  },
  'dull-or-tight': {
    title: 'Une douleur sourde, ou une sensation de tension et de raideur',
    trigger: 'La douleur est sourde, ou donne une sensation de tension ou de raideur.',
    why: 'Les courbatures donnent une douleur sourde, diffuse, avec de la raideur.',
  },
  'eases-at-rest': {
    title: 'Tout va bien au repos',
    trigger: 'Ça fait mal seulement en bougeant, en se penchant ou en s’étirant, et tout va bien au repos.',
    why: 'Les courbatures font mal quand les muscles bougent, pas quand ils se reposent.',
  },
  'where-you-trained': {
    title: 'Dans les muscles qui ont travaillé',
    trigger: 'La douleur est là où les muscles ont le plus travaillé, reste dans le dos, et se situe au milieu ou des deux côtés.',
    why: 'Les courbatures se font sentir exactement là où les muscles ont été sollicités, souvent des deux côtés.',
  },
  'within-soreness-window': {
    title: 'Dans les jours que durent les courbatures',
    trigger: 'Moins de 4 jours depuis le début, ou moins de 7 et ça s’améliore.',
    why: 'Les courbatures sont à leur maximum 1 à 3 jours après une séance et disparaissent en 5 à 7 jours.',
  },
  'mixed-picture': {
    title: 'Certaines réponses correspondent à des courbatures, d’autres non',
    trigger: 'Au moins une réponse correspond au tableau des courbatures, et au moins une autre le contredit.',
    why: 'Les courbatures n’expliquent un mal de dos que si chaque élément de leur tableau est présent. Tout ce qui est soudain, vif, d’un seul côté ou douloureux au repos fait pencher vers une élongation.',
  },
};
