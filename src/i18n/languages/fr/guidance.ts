import { countWith } from '../../count';
import type { GuidanceText } from '../../en/guidance';

/** A sentence set inside another (« Passez à l’étape suivante quand … », « Pour l’instant : … ») starts with a small letter. */
const lowerFirst = (sentence: string) => `${sentence.charAt(0).toLocaleLowerCase('fr')}${sentence.slice(1)}`;

export const guidance: GuidanceText = {
  resultHeading: {
    soreness: 'Cela ressemble à des courbatures normales',
    strain: 'Cela ressemble à une élongation',
    today: 'Consultez un médecin aujourd’hui',
    soon: 'Consultez un médecin dans les prochains jours',
    emergencyDepartment: 'Allez aux urgences maintenant',
    emergency: (number: string) => `Appelez le ${number} maintenant`,
  },
  resultLead: {
    soreness: 'Des muscles qui ont beaucoup travaillé restent souvent douloureux pendant quelques jours. C’est normal, et cela passe tout seul.',
    strain:
      'Vous vous êtes très probablement fait une élongation d’un muscle ou d’un ligament du dos. La plupart des élongations guérissent toutes seules en 1 à 2 semaines, avec les bons soins.',
    strainSevere:
      'Vous vous êtes très probablement fait une élongation d’un muscle ou d’un ligament du dos. Comme la douleur est très forte, commencez par ce qu’il faut faire maintenant, ci-dessous.',
    emergencyDepartment: 'Une douleur musculaire aussi forte, que les antidouleurs ne soulagent pas, doit être vérifiée tout de suite aux urgences.',
    emergency: (call: string) =>
      `Certaines de vos réponses doivent être vérifiées tout de suite. Appelez le ${call} maintenant, ou allez aux urgences les plus proches.`,
    today:
      'Certaines de vos réponses doivent être vérifiées par un médecin aujourd’hui. Cela ne veut pas dire que c’est grave, mais cela ne doit pas attendre.',
    soon: 'Un mal de dos comme celui-ci est rarement grave, mais certaines de vos réponses font qu’un médecin doit le vérifier. Prenez rendez-vous dans les prochains jours.',
  },
  sectionHeadings: {
    doNow: 'Que faire maintenant',
    stretches: 'Étirements et mouvements doux',
    avoid: 'Ce qu’il faut éviter',
    trainAgain: 'Quand reprendre l’entraînement',
    checkAgain: 'Quand refaire le point',
    seeADoctorIf: 'Consultez un médecin si les choses changent',
    mobility: 'Mobilité en douceur',
    buildStrength: 'Plus tard : renforcez-vous pour que cela ne revienne pas',
    youngAthletes: 'Pour les jeunes sportifs',
    tellTheDepartment: 'Ce qu’il faut dire aux urgences',
    tellWhenYouCall: 'Ce qu’il faut dire quand vous appelez',
    tellTheDoctor: 'Ce qu’il faut dire au médecin',
    untilSeen: 'En attendant de voir un médecin',
    onTheWay: 'Pendant le trajet',
    whileYouWait: 'En attendant les secours',
  },
  seeADoctorIf: {
    worseOrNotBetter: 'Ça s’aggrave après 3 jours, ou ça ne va pas mieux après une semaine.',
    spreadsOrRestDoesNotEase: 'La douleur descend en dessous du genou, ou le repos ne la soulage plus.',
    feverOrBurning: 'Vous avez de la fièvre, vous ne vous sentez pas bien, ou vous avez des brûlures quand vous urinez.',
  },
  painRelief: 'Pour soulager la douleur, demandez conseil à un pharmacien ou à un médecin.',
  soreness: {
    keepMoving: 'Continuez à bouger. La marche et une activité légère soulagent les courbatures plus vite que le repos.',
    stretchGently:
      'Étirez-vous doucement, et essayez les mouvements faciles de la partie « Étirements et mouvements doux ». Laissez de côté ceux qui font mal.',
    foamRoller: 'Passer un rouleau de massage sur les fesses et les cuisses peut aider. Allez-y doucement.',
    stretchesIntro: 'Tenez chaque étirement pendant 3 respirations lentes, ou faites le mouvement lentement 5 à 10 fois. Laissez de côté ceux qui font mal.',
    sameMusclesHard: 'Faire travailler dur les mêmes muscles tant que les courbatures n’ont pas en grande partie disparu.',
    avoid: {
      lifting: 'Le soulevé de terre et les squats lourds pendant une séance ou deux.',
      running: 'Les courses intenses et les côtes jusqu’à ce que ça se calme. Les footings faciles ne posent pas de problème.',
      cycling: 'Les sorties longues ou intenses jusqu’à ce que ça se calme. Pédaler tranquillement ne pose pas de problème.',
      sport: 'Les matchs à pleine intensité jusqu’à ce que ça se calme. Les exercices légers ne posent pas de problème.',
      other: 'Forcer pendant le même cours ou la même séance jusqu’à ce que ça se calme.',
    },
    trainWhenGone: (eases: string) =>
      `${eases} Reprenez l’entraînement quand les courbatures ont presque disparu, en commençant plus léger et en augmentant petit à petit.`,
    warmUp: {
      lifting:
        'Échauffez-vous avec quelques séries légères avant votre charge de travail, et augmentez la charge petit à petit. Vérifiez votre technique : vous filmer pendant une série aide.',
      running: 'Échauffez-vous en marchant, puis en trottinant lentement, avant de reprendre votre allure habituelle. Augmentez la distance petit à petit.',
      cycling: 'Échauffez-vous en pédalant tranquillement quelques minutes, et augmentez petit à petit la durée et l’intensité de vos sorties.',
      sport: 'Échauffez-vous bien avant de jouer, et revenez à pleine intensité en quelques séances.',
      other: 'Échauffez-vous bien avant de commencer, et reprenez petit à petit.',
    },
    afterSomethingNew:
      'Les courbatures sont plus fréquentes après quelque chose de nouveau : un nouvel exercice, plus de poids, ou la première séance après une pause. Elles diminuent à mesure que votre corps s’habitue à l’effort.',
  },
  strain: {
    stopTheExercise: 'Arrêtez l’exercice qui a provoqué l’élongation. Ne forcez pas malgré la douleur.',
    restForNow: (stage1: string) =>
      `Reposez-vous dans la position la moins douloureuse quand vous en avez besoin, mais ne restez pas au lit. Pour l’instant : ${lowerFirst(stage1)}`,
    avoid: {
      lifting: 'Les charges lourdes en soulevé de terre, en squat et en développé au-dessus de la tête, jusqu’à ce que ça se soit calmé.',
      running: 'La course à pied jusqu’à ce que ça se soit calmé. Marchez à la place.',
      cycling: 'Les sorties longues ou intenses jusqu’à ce que ça se soit calmé.',
      sport: 'Les matchs, les contacts et les sprints jusqu’à ce que ça se soit calmé.',
      other: 'Le mouvement qui a provoqué la douleur, jusqu’à ce que ça se soit calmé.',
    },
    stopIfSharpPain: 'Arrêtez si la douleur vive revient.',
    stopIfPain: 'Arrêtez si la douleur revient ou s’aggrave.',
    trainAgainIntro: (stop: string) =>
      `Ce qu’il faut faire maintenant correspond à l’étape 1. Montez d’une étape à la fois, au maximum une par jour. ${stop} Si c’est le cas, ou si vous avez plus mal le lendemain matin, revenez une étape en arrière.`,
    stageStep: (what: string, moveOnWhen: string) => `${what} Passez à l’étape suivante quand ${lowerFirst(moveOnWhen)}`,
    mobilityIntro: 'À partir de l’étape 2. Faites ces mouvements quand ils font du bien à votre dos ; laissez de côté ceux qui font mal.',
    buildStrengthIntro:
      'À partir de l’étape 3 : des exercices au poids du corps pour la sangle abdominale, le dos et les hanches, du plus facile au plus difficile. Commencez par les 4 premiers que vous pouvez faire lentement, sans douleur et avec une bonne technique, en 3 séries de 8 à 12 répétitions, et passez aux suivants quand ils deviennent faciles. Si la douleur revient sans cesse, un kinésithérapeute du sport peut vérifier votre façon de bouger et de soulever des charges.',
    checkAgain: 'Répondez de nouveau aux questions dans 2 à 3 jours. La plupart des élongations vont nettement mieux en 1 à 2 semaines.',
  },
  strengthProgramme: {
    superman: {
      name: 'Le superman',
      how: 'Allongez-vous sur le ventre, les bras tendus devant la tête. Soulevez un peu les bras et les jambes du sol, tenez pendant 2 respirations, puis redescendez lentement.',
    },
    deadBug: {
      name: 'L’insecte mort (dead bug)',
      how: 'Allongez-vous sur le dos, les bras vers le plafond et les genoux pliés au-dessus des hanches. Gardez le bas du dos au sol pendant que vous descendez lentement un bras et la jambe opposée, puis changez de côté.',
    },
    balanceAndReach: {
      name: 'Équilibre sur une jambe, avec touches du pied',
      how: 'Tenez-vous sur une jambe, le genou légèrement fléchi. Avec l’autre pied, allez toucher légèrement le sol devant vous, sur le côté, puis derrière vous.',
    },
    plankLegLifts: {
      name: 'Planche bras tendus, avec levers de jambe',
      how: 'Placez-vous en position de pompe, le corps bien aligné de la tête aux talons. Soulevez un peu un pied, tenez, puis changez, sans laisser tomber les hanches.',
    },
    singleLegBridge: {
      name: 'Pont sur une jambe',
      how: 'Allongez-vous sur le dos, genoux pliés. Tendez une jambe, puis poussez sur le talon de l’autre pour soulever les hanches jusqu’à ce que votre corps soit aligné.',
    },
    sidePlankLifts: {
      name: 'Relevés de hanches en planche latérale basse, genoux pliés',
      how: 'Allongez-vous sur le côté, en appui sur l’avant-bras, genoux pliés. Soulevez les hanches jusqu’à ce que votre corps soit aligné de la tête aux genoux, puis redescendez lentement.',
    },
    birdDog: {
      name: 'Le chien d’arrêt (bird dog)',
      how: 'À quatre pattes, tendez un bras vers l’avant et la jambe opposée vers l’arrière, jusqu’à ce qu’ils soient dans l’alignement du corps. Gardez le dos immobile, puis changez de côté.',
    },
    supermanPull: {
      name: 'Le superman avec tirage',
      how: 'Allongez-vous sur le ventre, les bras tendus devant la tête. Soulevez un peu la poitrine et les bras, et ramenez les coudes le long du corps, comme si vous tiriez une barre.',
    },
    singleLegDeadlift: {
      name: 'Soulevé de terre sur une jambe',
      how: 'Tenez-vous sur une jambe et penchez-vous en avant à partir des hanches, en tendant les mains vers le sol pendant que l’autre jambe part vers l’arrière. Gardez le dos droit ; n’allez pas plus loin que ce qui reste confortable.',
    },
    plankArmAndLegRaises: {
      name: 'Planche bras tendus, avec levers de bras et de jambe',
      how: 'En position de pompe, levez un bras et la jambe opposée, tenez le temps d’une respiration, puis changez, en gardant les hanches à niveau.',
    },
  },
  moves: {
    catCow: {
      name: 'Dos rond, dos creux (chat-vache)',
      how: 'À quatre pattes, arrondissez lentement le dos vers le haut, puis laissez-le se creuser doucement vers le bas. Restez dans ce qui est confortable.',
    },
    figure4: {
      name: 'Étirement en 4, allongé, pour les muscles des fesses (fessiers), de chaque côté',
      how: 'Allongez-vous sur le dos, posez une cheville sur le genou opposé, et tirez doucement la jambe du dessous vers vous jusqu’à sentir un étirement dans la fesse.',
    },
    lyingTwist: {
      name: 'Torsion allongée, de chaque côté',
      nameOnceSharpPainGone: 'Torsion allongée, de chaque côté, une fois que la douleur vive a disparu',
      how: 'Allongez-vous sur le dos, genoux pliés, et laissez-les tomber lentement d’un côté en gardant les épaules au sol.',
    },
    thighStretch: {
      name: 'Étirement de l’arrière des cuisses (ischio-jambiers), de chaque côté',
      how: 'Allongez-vous sur le dos et levez une jambe tendue, en la tenant derrière la cuisse, jusqu’à sentir un léger étirement. Tenez pendant 3 respirations lentes.',
    },
    hipStretch: {
      name: 'Étirement de l’avant des hanches (fléchisseurs de la hanche), de chaque côté',
      how: 'Mettez un genou au sol, l’autre pied devant. Gardez le dos droit et avancez doucement les hanches jusqu’à sentir un étirement à l’avant de la hanche.',
    },
  },
  stages: {
    1: {
      name: 'Mettre le mouvement au repos',
      what: 'Activités du quotidien et marche. Pas d’entraînement du mouvement qui fait mal.',
      moveOnWhen: 'Les mouvements du quotidien sont confortables, et la douleur est de 3 sur 10 ou moins.',
    },
    2: {
      name: 'Bouger',
      what: 'Marche, natation ou vélo tranquille, et mobilité en douceur.',
      moveOnWhen: (days: number) =>
        `Vous avez passé ${countWith('fr', days, { one: 'jour', many: 'jours', other: 'jours' })} sans douleur vive, et la douleur est de 2 sur 10 ou moins pendant l’activité et le lendemain matin.`,
    },
    3: {
      name: 'Entraînement léger',
      what: 'Entraînement sans le mouvement qui a fait mal, et exercices de renforcement au poids du corps, du plus facile au plus difficile.',
      moveOnWhen: 'Il n’y a pas de douleur vive, et la douleur est de 2 sur 10 ou moins pendant l’entraînement et le lendemain matin.',
    },
    4: {
      name: 'Une séance plus légère',
      what: 'Votre séance habituelle à environ la moitié de la charge ou de l’allure, avec plus de répétitions et une bonne technique.',
      moveOnWhen:
        'Il n’y a pas de douleur vive, la douleur est de 2 sur 10 ou moins pendant la séance et le lendemain matin, et ce matin-là n’est pas pire que le précédent.',
    },
    5: {
      name: 'Entraînement complet',
      what: 'Votre séance habituelle, en augmentant petit à petit sur une à deux semaines.',
    },
  },
  moveOnToStage: (stage: number, moveOnWhen: string) => `Passez à l’étape ${stage} quand ${lowerFirst(moveOnWhen)}`,
  stopAndGoBack:
    'Si vous avez une douleur vive, arrêtez la séance et revenez une étape en arrière. Revenez aussi une étape en arrière si vous avez plus mal le lendemain matin.',
  ckAdvice: {
    sayAndAsk:
      'Dites que la douleur est apparue après une séance difficile, et demandez si vous avez besoin d’une prise de sang qui recherche une atteinte des muscles (appelée CPK).',
    sayAndAskIfNotSudden:
      'Si la douleur n’a pas commencé à un moment précis, dites qu’elle est apparue après une séance difficile, et demandez si vous avez besoin d’une prise de sang qui recherche une atteinte des muscles (appelée CPK).',
    ask: 'Demandez si vous avez besoin d’une prise de sang qui recherche une atteinte des muscles (appelée CPK).',
    askIfNotSudden:
      'Si la douleur n’a pas commencé à un moment précis, demandez si vous avez besoin d’une prise de sang qui recherche une atteinte des muscles (appelée CPK).',
  },
  doctor: {
    getSeenToday: 'Faites-vous examiner aujourd’hui, dans un centre de soins sans rendez-vous ou aux urgences.',
    getSeenTodayAndCk: (ck: string) => `Faites-vous examiner aujourd’hui, dans un centre de soins sans rendez-vous ou aux urgences. ${ck}`,
    getHelpToday:
      'Consultez un médecin aujourd’hui : demandez un rendez-vous en urgence à votre médecin, ou allez dans un centre de soins sans rendez-vous ou aux urgences.',
    seriousAccident: (call: string) => `S’il s’agit d’un accident grave, appelez le ${call}.`,
    confusedOrDrowsy: (call: string) => `En cas de confusion ou de forte somnolence, appelez le ${call}.`,
    stopAndDrink: 'Arrêtez l’entraînement jusqu’à votre consultation, et buvez plus d’eau que d’habitude.',
    goToDepartment: (call: string) =>
      `Allez tout de suite aux urgences les plus proches. Si vous ne pouvez pas vous y rendre en sécurité, ou si les muscles gonflent ou deviennent durs, appelez le ${call}.`,
    askSomeoneToTakeYou: 'Arrêtez l’effort, et ne conduisez pas vous-même : demandez à quelqu’un de vous emmener.',
    askSomeoneToStay: 'Si vous le pouvez, demandez à quelqu’un de rester avec vous.',
    callNow: (call: string) => `Appelez le ${call} maintenant, ou allez aux urgences les plus proches.`,
    doNotDrive: 'Ne conduisez pas vous-même.',
    keepStill: 'Arrêtez l’effort, et restez immobile dans la position la plus confortable.',
    askSomeoneToStayUntilHelp: 'Si vous le pouvez, demandez à quelqu’un de rester avec vous jusqu’à l’arrivée des secours.',
    bookDoctorOrPhysio:
      'Prenez rendez-vous avec un médecin ou un kinésithérapeute dans les prochains jours, pour comprendre pourquoi la douleur met du temps à passer.',
    bookDoctor: 'Prenez rendez-vous avec un médecin dans les prochains jours.',
    stayGentlyActive: 'D’ici là, continuez à bouger en douceur, dans ce qui reste confortable : la marche et les activités du quotidien aident.',
    youngStressFracture:
      'Chez les jeunes sportifs, un mal de dos qui dure plus de 2 semaines, surtout s’il fait mal quand on se cambre en arrière, est parfois dû à une petite fracture de fatigue de la colonne vertébrale. Un médecin peut le vérifier.',
    youngTellSport: 'Dites au médecin quel sport vous pratiquez et à quelle fréquence vous vous entraînez.',
    youngDecideWithDoctor: 'Décidez avec un médecin ou un kinésithérapeute du moment où reprendre l’entraînement complet.',
    loadJump:
      'Si la douleur a suivi une première séance difficile après une pause, ou une forte hausse de la charge d’entraînement : les deux rendent une atteinte des muscles plus probable.',
    tellSevereMusclePain:
      'Que vous avez une douleur musculaire intense, apparue après une séance difficile, que les antidouleurs n’ont pas soulagée, et quand elle a commencé.',
    tellYourAnswers: 'Vos réponses, à la fin de cette page.',
    sayAfterTraining:
      'Dites que vous avez mal au dos après l’entraînement, et donnez les signes d’alerte indiqués sous « Pourquoi ce résultat ». Lisez-les à voix haute si c’est plus simple.',
    sayNotLinked:
      'Dites que vous avez mal au dos sans lien clair avec une séance, et donnez les signes d’alerte indiqués sous « Pourquoi ce résultat ». Lisez-les à voix haute si c’est plus simple.',
    sayWhenAndWhat: 'Dites quand la douleur a commencé et ce que vous faisiez.',
    answerTheirQuestions: 'Répondez à leurs questions : on vous dira quoi faire ensuite.',
    tellNotLinked: 'Que votre mal de dos n’est pas clairement lié à une séance.',
    tellAfterTraining: 'Que votre mal de dos a commencé après l’entraînement, et après quelle séance.',
    tellMuchWorse: 'Que la douleur est bien pire que des courbatures normales après une séance.',
    tellWarningSigns: {
      began: (began: string) => `Les signes d’alerte indiqués sous « Pourquoi ce résultat », et que la douleur a commencé ${began}.`,
      unknown: 'Les signes d’alerte indiqués sous « Pourquoi ce résultat », et quand la douleur a commencé.',
    },
    tellWhenAndTrend: {
      began: (began: string) => `Que la douleur a commencé ${began}, et si elle s’améliore ou s’aggrave.`,
      unknown: 'Quand la douleur a commencé, et si elle s’améliore ou s’aggrave.',
    },
    showThisPage: 'Vos réponses, à la fin de cette page : montrez cette page au médecin, sur papier ou sur votre téléphone.',
    takeMedicinesList: 'Emportez la liste des médicaments que vous prenez.',
    haveMedicinesList: 'Préparez la liste des médicaments que vous prenez, pour pouvoir la montrer.',
    doNotTrainUntilSeen: 'N’entraînez pas votre dos, et ne vous entraînez pas malgré la douleur, avant d’avoir vu un médecin.',
  },
  callAtOnceSigns: {
    chest: {
      you: 'vous avez une douleur dans la poitrine ou une difficulté à respirer, ou vous crachez du sang',
      they: 'la personne a une douleur dans la poitrine ou une difficulté à respirer, ou crache du sang',
    },
    darkPee: { you: 'vous avez une urine couleur cola ou brun foncé', they: 'la personne a une urine couleur cola ou brun foncé' },
    swollenMuscles: { you: 'les muscles douloureux gonflent ou deviennent durs', they: 'les muscles douloureux gonflent ou deviennent durs' },
    numbness: {
      you: 'vous avez un engourdissement autour des parties génitales ou des fesses, ou des difficultés pour uriner',
      they: 'la personne a un engourdissement autour des parties génitales ou des fesses, ou des difficultés pour uriner',
    },
    weakLeg: { you: 'une jambe devient faible ou engourdie', they: 'une jambe devient faible ou engourdie' },
  },
  callAtOnce: (signs: readonly string[], call: string) =>
    `Appelez le ${call} immédiatement si ${signs.length < 2 ? signs.join('') : `${signs.slice(0, -1).join(' ; ')} ; ou ${signs.at(-1) ?? ''}`}.`,
  heatOrCold:
    'Chaud ou froid : pendant les 2 premiers jours après une élongation soudaine, utilisez du froid, par exemple une poche de froid entourée d’un linge, et pas de chaleur. Ensuite, utilisez le chaud ou le froid, selon ce qui vous soulage le plus.',
  sorenessCourse: {
    firstDays: {
      eases: 'Les courbatures diminuent en général en 2 à 3 jours.',
      checkAgain: 'Si la douleur ne diminue pas après 3 jours, répondez de nouveau aux questions.',
      coach: 'Demandez à la personne de refaire le point si la douleur ne diminue pas après 3 jours.',
      helper: 'Si la douleur ne diminue pas après 3 jours, la personne peut répondre de nouveau aux questions.',
    },
    later: {
      eases: 'Les courbatures disparaissent en général environ une semaine après leur début.',
      checkAgain:
        'Si la douleur n’a pas disparu une semaine après son début, répondez de nouveau aux questions, ou consultez un médecin ou un kinésithérapeute.',
      coach: 'Demandez à la personne de refaire le point si la douleur n’a pas disparu une semaine après son début.',
      helper:
        'Si la douleur n’a pas disparu une semaine après son début, la personne peut répondre de nouveau aux questions, ou consulter un médecin ou un kinésithérapeute.',
    },
  },
  severeStrainWatch: {
    firstDays: {
      you: 'Une douleur aussi forte doit être surveillée. Elle devrait commencer à diminuer dans les 3 jours après son début : si ce n’est pas le cas, ou si les antidouleurs ne la soulagent pas, faites-vous examiner par un médecin le jour même.',
      they: 'Une douleur aussi forte doit être surveillée. Elle devrait commencer à diminuer dans les 3 jours après son début : si ce n’est pas le cas, ou si les antidouleurs ne la soulagent pas, la personne doit être examinée par un médecin le jour même.',
    },
    later: {
      you: (severe: number) =>
        `Une douleur aussi forte doit être surveillée. Consultez un médecin si elle cesse de s’améliorer, ou si elle est encore à ${severe} sur 10 ou plus dans 3 jours.`,
      they: (severe: number) =>
        `Une douleur aussi forte doit être surveillée. La personne doit consulter un médecin si la douleur cesse de s’améliorer, ou si elle est encore à ${severe} sur 10 ou plus dans 3 jours.`,
    },
  },
  forTheCoach: {
    heading: 'Pour le coach',
    noMoreDetails: 'Vous n’avez pas besoin de plus de détails que ceux que la personne a choisi de vous envoyer.',
    doNotPush: 'Ne poussez personne à s’entraîner malgré la douleur.',
    youngAndLasting: {
      named: (name: string) =>
        `${name} a moins de 18 ans et a mal depuis 2 semaines ou plus : un médecin ou un kinésithérapeute doit donner son accord avant la reprise de l’entraînement complet.`,
      unnamed:
        'La personne que vous entraînez a moins de 18 ans et a mal depuis 2 semaines ou plus : un médecin ou un kinésithérapeute doit donner son accord avant la reprise de l’entraînement complet.',
    },
    sorenessLead: {
      named: (name: string) => `Cela ressemble à des courbatures normales. ${name} peut continuer à s’entraîner, plus légèrement pendant un jour ou deux.`,
      unnamed:
        'Cela ressemble à des courbatures normales. La personne que vous entraînez peut continuer à s’entraîner, plus légèrement pendant un jour ou deux.',
    },
    lighterSession: 'Proposez-lui une séance plus légère, ou faites travailler d’autres groupes musculaires, pendant un jour ou deux.',
    warmUp: 'Veillez à un bon échauffement.',
    somethingNew:
      'Les courbatures sont plus fréquentes après quelque chose de nouveau ou une forte hausse de la charge : adaptez le programme si c’est ce qui s’est passé.',
    strainLead: {
      named: (name: string) => `Cela ressemble à une élongation. ${name} ne doit pas mettre de charge sur le mouvement qui fait mal.`,
      unnamed: 'Cela ressemble à une élongation. La personne que vous entraînez ne doit pas mettre de charge sur le mouvement qui fait mal.',
    },
    noLoading: 'Pas de charge sur le mouvement douloureux tant que ça ne s’est pas calmé.',
    stageByStage:
      'Faites-lui reprendre étape par étape, comme indiqué sous « Quand reprendre l’entraînement » : au maximum une étape par jour, et une étape en arrière si la douleur vive revient ou si la douleur est pire le lendemain matin.',
    checkTechnique: 'Avant sa prochaine séance lourde, vérifiez sa technique et toute hausse récente de la charge.',
    checkAgain: 'Demandez-lui de refaire le point dans 2 à 3 jours.',
    soonLead: {
      named: (name: string) => `${name} doit consulter un médecin dans les prochains jours.`,
      unnamed: 'La personne que vous entraînez doit consulter un médecin dans les prochains jours.',
    },
    noBackTraining: 'Pas d’entraînement du dos avant la consultation.',
    bookIt: 'Assurez-vous que le rendez-vous est bien pris.',
    todayLead: {
      named: (name: string) => `${name} a besoin de soins médicaux aujourd’hui.`,
      unnamed: 'La personne que vous entraînez a besoin de soins médicaux aujourd’hui.',
    },
    helpSeenToday: 'Aidez la personne à consulter un médecin aujourd’hui.',
    doNotTrainOrDrive: 'La personne ne doit pas s’entraîner, ni conduire elle-même si la douleur est intense.',
    departmentLead: {
      named: (name: string) => `${name} doit aller aux urgences maintenant.`,
      unnamed: 'La personne que vous entraînez doit aller aux urgences maintenant.',
    },
    takeThemToDepartment: {
      named: (name: string, call: string) =>
        `Si vous êtes avec ${name}, emmenez cette personne aux urgences maintenant et restez avec elle. Ne la laissez pas conduire. Appelez le ${call} si elle ne peut pas s’y rendre en sécurité, ou si les muscles gonflent ou deviennent durs.`,
      unnamed: (call: string) =>
        `Si vous êtes avec la personne que vous entraînez, emmenez-la aux urgences maintenant et restez avec elle. Ne la laissez pas conduire. Appelez le ${call} si elle ne peut pas s’y rendre en sécurité, ou si les muscles gonflent ou deviennent durs.`,
    },
    someoneTakingThem: 'Si vous n’êtes pas avec la personne, assurez-vous que quelqu’un est avec elle et l’emmène.',
    emergencyLead: {
      named: (name: string) => `${name} a besoin d’aide maintenant.`,
      unnamed: 'La personne que vous entraînez a besoin d’aide maintenant.',
    },
    callNow: {
      named: (name: string, call: string) =>
        `Si vous êtes avec ${name}, appelez le ${call} maintenant et restez avec cette personne. Ne la laissez pas conduire.`,
      unnamed: (call: string) =>
        `Si vous êtes avec la personne que vous entraînez, appelez le ${call} maintenant et restez avec elle. Ne la laissez pas conduire.`,
    },
    someoneHasCalled: (call: string) => `Si vous n’êtes pas avec la personne, assurez-vous que quelqu’un est avec elle et a appelé le ${call}.`,
  },
  forAHelper: {
    heading: {
      named: (name: string) => `Si vous aidez ${name}`,
      unnamed: 'Si vous aidez la personne qui a répondu',
    },
    sorenessLead: 'Cela ressemble à des courbatures normales. Elles passent toutes seules.',
    keepGentlyActive: 'Encouragez la personne à continuer de bouger en douceur : la marche aide plus que le repos.',
    strainLead: 'Cela ressemble à une élongation. La plupart guérissent toutes seules en 1 à 2 semaines.',
    restFromTheMovement: 'Aidez la personne à éviter le mouvement qui fait mal, tout en continuant de bouger en douceur.',
    answerAgain: 'La personne peut répondre de nouveau aux questions dans 2 à 3 jours.',
    soonLead: {
      named: (name: string) => `${name} doit consulter un médecin dans les prochains jours.`,
      unnamed: 'La personne doit consulter un médecin dans les prochains jours.',
    },
    bookIt: 'Aidez la personne à prendre rendez-vous.',
    todayLead: {
      named: (name: string) => `${name} a besoin de soins médicaux aujourd’hui.`,
      unnamed: 'La personne a besoin de soins médicaux aujourd’hui.',
    },
    helpSeenToday: 'Aidez la personne à consulter un médecin aujourd’hui.',
    doNotDrive: 'La personne ne doit pas conduire elle-même si la douleur est intense.',
    departmentLead: {
      named: (name: string) => `${name} doit aller aux urgences maintenant.`,
      unnamed: 'La personne doit aller aux urgences maintenant.',
    },
    takeThemToDepartment: (call: string) =>
      `Si vous êtes avec la personne, emmenez-la aux urgences maintenant et restez avec elle. Ne la laissez pas conduire. Appelez le ${call} si elle ne peut pas s’y rendre en sécurité, ou si les muscles gonflent ou deviennent durs.`,
    someoneTakingThem: 'Si vous n’êtes pas avec la personne, assurez-vous que quelqu’un est avec elle et l’emmène.',
    emergencyLead: {
      named: (name: string) => `${name} a besoin d’aide maintenant.`,
      unnamed: 'La personne a besoin d’aide maintenant.',
    },
    callNow: (call: string) => `Si vous êtes avec la personne, appelez le ${call} maintenant et restez avec elle. Ne la laissez pas conduire.`,
    someoneHasCalled: (call: string) => `Si vous n’êtes pas avec la personne, assurez-vous que quelqu’un est avec elle et a appelé le ${call}.`,
  },
};
