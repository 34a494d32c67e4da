import { countWith } from '../../count';
import type { GuidanceText } from '../../en/guidance';

/** A sentence set inside another ("Por enquanto: …") starts with a small letter. */
const lowerFirst = (sentence: string) => `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;

const days = (count: number) => countWith('pt-BR', count, { one: 'dia', many: 'de dias', other: 'dias' });

export const guidance: GuidanceText = {
  resultHeading: {
    soreness: 'Parece uma dor muscular normal',
    strain: 'Parece uma distensão muscular',
    today: 'Procure ajuda médica hoje',
    soon: 'Consulte um médico nos próximos dias',
    emergencyDepartment: 'Vá agora a um pronto-socorro',
    emergency: (number: string) => `Ligue para o ${number} agora`,
  },
  resultLead: {
    soreness: 'Músculos que trabalharam muito costumam doer por alguns dias depois. Isso é normal e melhora sozinho.',
    strain:
      'Você provavelmente teve uma distensão em um músculo ou ligamento das costas. A maioria das distensões melhora sozinha em 1 a 2 semanas, com os cuidados certos.',
    strainSevere:
      'Você provavelmente teve uma distensão em um músculo ou ligamento das costas. Como a dor está muito forte, comece pelo que fazer agora, logo abaixo.',
    emergencyDepartment: 'Uma dor nos músculos tão forte, que os analgésicos não aliviam, precisa ser avaliada imediatamente em um pronto-socorro.',
    emergency: (call: string) =>
      `Algumas das suas respostas precisam ser avaliadas imediatamente. Ligue para o ${call} agora ou vá ao pronto-socorro mais próximo.`,
    today: 'Algumas das suas respostas precisam ser avaliadas por um médico hoje. Isso não quer dizer que haja algo grave, mas não deve esperar.',
    soon: 'Uma dor nas costas como esta raramente é grave, mas algumas das suas respostas mostram que um médico deve avaliá-la. Marque uma consulta para os próximos dias.',
  },
  sectionHeadings: {
    doNow: 'O que fazer agora',
    stretches: 'Alongamentos e movimentos leves',
    avoid: 'O que evitar',
    trainAgain: 'Quando voltar a treinar',
    checkAgain: 'Quando verificar de novo',
    seeADoctorIf: 'Procure um médico se algo mudar',
    mobility: 'Mobilidade leve',
    buildStrength: 'Depois: ganhe força para que a dor não volte',
    youngAthletes: 'Para atletas jovens',
    tellTheDepartment: 'O que dizer no pronto-socorro',
    tellWhenYouCall: 'O que dizer quando ligar',
    tellTheDoctor: 'O que dizer ao médico',
    untilSeen: 'Até você consultar um médico',
    onTheWay: 'No caminho',
    whileYouWait: 'Enquanto você espera',
  },
  seeADoctorIf: {
    worseOrNotBetter: 'A dor piora depois de 3 dias, ou não melhorou depois de uma semana.',
    spreadsOrRestDoesNotEase: 'A dor se espalha abaixo do joelho, ou o repouso deixa de aliviá-la.',
    feverOrBurning: 'Você tem febre, se sente mal ou sente ardência ao fazer xixi.',
  },
  painRelief: 'Para aliviar a dor, peça orientação a um farmacêutico ou a um médico.',
  soreness: {
    keepMoving: 'Continue se movimentando. Caminhar e fazer atividades leves aliviam a dor muscular mais rápido do que descansar.',
    stretchGently: 'Alongue-se com cuidado e experimente os movimentos fáceis em “Alongamentos e movimentos leves”. Pule os que doerem.',
    foamRoller: 'Usar um rolo de espuma nas nádegas e nas coxas pode ajudar. Faça com cuidado.',
    stretchesIntro: 'Mantenha cada alongamento por 3 respirações lentas, ou faça o movimento devagar de 5 a 10 vezes. Pule os que doerem.',
    sameMusclesHard: 'Treinar pesado os mesmos músculos antes de a dor muscular ter passado quase toda.',
    avoid: {
      lifting: 'Levantamento terra e agachamento pesados por um ou dois treinos.',
      running: 'Corridas puxadas e subidas até a dor aliviar. Corridas leves não têm problema.',
      cycling: 'Pedaladas longas ou puxadas até a dor aliviar. Pedaladas leves não têm problema.',
      sport: 'Jogos em intensidade máxima até a dor aliviar. Treinos técnicos leves não têm problema.',
      other: 'Fazer a mesma aula ou o mesmo treino em alta intensidade até a dor aliviar.',
    },
    trainWhenGone: (eases: string) => `${eases} Volte a treinar quando ela tiver passado quase toda, começando mais leve e aumentando aos poucos.`,
    warmUp: {
      lifting:
        'Aqueça com algumas séries leves antes de chegar à sua carga de treino, e aumente o peso aos poucos. Confira a sua técnica: filmar uma série ajuda.',
      running: 'Aqueça caminhando e depois trotando devagar, antes de passar ao seu ritmo de sempre. Aumente a distância aos poucos.',
      cycling: 'Aqueça com alguns minutos de pedalada leve, e aumente a duração e o esforço das pedaladas aos poucos.',
      sport: 'Aqueça bem antes de jogar, e volte à intensidade máxima ao longo de alguns treinos.',
      other: 'Aqueça bem antes de começar, e volte ao seu ritmo de sempre aos poucos.',
    },
    afterSomethingNew:
      'A dor muscular é mais comum depois de algo novo: um exercício novo, mais peso ou o primeiro treino depois de uma pausa. Ela diminui à medida que o corpo se acostuma com o esforço.',
  },
  strain: {
    stopTheExercise: 'Pare o exercício que causou a dor. Não continue forçando com dor.',
    restForNow: (stage1: string) => `Descanse na posição que doer menos quando precisar, mas não fique na cama. Por enquanto: ${lowerFirst(stage1)}`,
    avoid: {
      lifting: 'Levantamento terra, agachamento e exercícios de empurrar peso acima da cabeça com carga pesada, até a dor se acalmar.',
      running: 'Correr, até a dor se acalmar. Em vez disso, caminhe.',
      cycling: 'Pedaladas longas ou puxadas, até a dor se acalmar.',
      sport: 'Jogos, contato físico e corridas de velocidade, até a dor se acalmar.',
      other: 'O movimento que causou a dor, até ela se acalmar.',
    },
    stopIfSharpPain: 'Pare se a dor aguda voltar.',
    stopIfPain: 'Pare se a dor voltar ou piorar.',
    trainAgainIntro: (stop: string) =>
      `O que fazer agora é a etapa 1. Suba uma etapa de cada vez, no máximo uma por dia. ${stop} Se isso acontecer, ou se a manhã seguinte for pior, volte uma etapa.`,
    /** `moveOnWhen` is a clause said after “quando” (see `stages`). */
    stageStep: (what: string, moveOnWhen: string) => `${what} Avance quando ${lowerFirst(moveOnWhen)}`,
    mobilityIntro: 'A partir da etapa 2. Faça estes movimentos quando eles aliviarem as suas costas; pule os que doerem.',
    buildStrengthIntro:
      'A partir da etapa 3: exercícios com o peso do corpo para o abdômen, as costas e os quadris, dos mais fáceis aos mais difíceis. Comece pelos 4 primeiros que você consegue fazer devagar, sem dor e com boa postura, em 3 séries de 8 a 12 repetições, e avance quando ficarem fáceis. Se a dor continuar voltando, um fisioterapeuta esportivo pode avaliar como você se movimenta e levanta peso.',
    checkAgain: 'Responda às perguntas de novo em 2 a 3 dias. A maioria das distensões está claramente melhor em 1 a 2 semanas.',
  },
  strengthProgramme: {
    superman: {
      name: 'Super-Homem',
      how: 'Deite-se de barriga para baixo, com os braços estendidos acima da cabeça. Tire um pouco os braços e as pernas do chão, segure por 2 respirações e desça devagar.',
    },
    deadBug: {
      name: 'Inseto morto (dead bug)',
      how: 'Deite-se de costas, com os braços para cima e os joelhos dobrados acima do quadril. Mantenha a parte baixa das costas no chão enquanto abaixa devagar um braço e a perna oposta; depois troque.',
    },
    balanceAndReach: {
      name: 'Equilíbrio em uma perna com alcance',
      how: 'Fique em pé sobre uma perna, com o joelho levemente dobrado. Leve o outro pé para a frente, para o lado e para trás, tocando o chão de leve.',
    },
    plankLegLifts: {
      name: 'Prancha alta com elevação de perna',
      how: 'Fique na posição de flexão de braço, com o corpo em linha reta da cabeça aos calcanhares. Levante um pouco um pé, segure e troque, sem deixar o quadril cair.',
    },
    singleLegBridge: {
      name: 'Ponte com uma perna',
      how: 'Deite-se de costas, com os joelhos dobrados. Estique uma perna e empurre o chão com o calcanhar da outra para levantar o quadril, até o corpo ficar em linha reta.',
    },
    sidePlankLifts: {
      name: 'Prancha lateral baixa com elevação do quadril, joelhos dobrados',
      how: 'Deite-se de lado, com o antebraço no chão e os joelhos dobrados. Levante o quadril até o corpo ficar em linha reta da cabeça aos joelhos, e depois desça devagar.',
    },
    birdDog: {
      name: 'Quatro apoios com braço e perna opostos (bird dog)',
      how: 'Apoie as mãos e os joelhos no chão. Estenda um braço para a frente e a perna oposta para trás, até os dois ficarem na linha do corpo. Mantenha as costas paradas e depois troque.',
    },
    supermanPull: {
      name: 'Super-Homem com puxada',
      how: 'Deite-se de barriga para baixo, com os braços acima da cabeça. Levante um pouco o peito e os braços e puxe os cotovelos para baixo, junto ao corpo, como se puxasse uma barra.',
    },
    singleLegDeadlift: {
      name: 'Levantamento terra com uma perna',
      how: 'Fique em pé sobre uma perna e incline o tronco para a frente a partir do quadril, levando as mãos em direção ao chão enquanto a outra perna vai para trás. Mantenha as costas retas; vá só até onde for confortável.',
    },
    plankArmAndLegRaises: {
      name: 'Prancha alta com elevação de braço e perna',
      how: 'Na posição de flexão de braço, levante um braço e a perna oposta, segure por uma respiração e troque, mantendo o quadril nivelado.',
    },
  },
  moves: {
    catCow: {
      name: 'Gato e vaca',
      how: 'Com as mãos e os joelhos no chão, arredonde as costas devagar para cima e depois deixe que elas afundem com suavidade. Mova-se só até onde for confortável.',
    },
    figure4: {
      name: 'Alongamento em “4” deitado, para os músculos das nádegas (glúteos), de cada lado',
      how: 'Deite-se de costas, cruze um tornozelo sobre o joelho da outra perna e puxe com cuidado a perna de baixo na sua direção, até sentir o alongamento nas nádegas.',
    },
    lyingTwist: {
      name: 'Torção na posição deitada, de cada lado',
      nameOnceSharpPainGone: 'Torção na posição deitada, de cada lado, depois que a dor aguda passar',
      how: 'Deite-se de costas, com os joelhos dobrados, e deixe que eles caiam devagar para um lado, mantendo os ombros no chão.',
    },
    thighStretch: {
      name: 'Alongamento da parte de trás das coxas (posteriores da coxa), de cada lado',
      how: 'Deite-se de costas e levante uma perna esticada, segurando-a por trás da coxa, até sentir um alongamento leve. Segure por 3 respirações lentas.',
    },
    hipStretch: {
      name: 'Alongamento da parte da frente do quadril (flexores do quadril), de cada lado',
      how: 'Apoie um joelho no chão, com o outro pé à frente. Mantenha as costas retas e leve o quadril devagar para a frente, até sentir um alongamento na frente do quadril.',
    },
  },
  /**
   * `moveOnWhen` is a clause in the future subjunctive, said after “quando”
   * (“Avance quando a dor estiver em 2 de 10 ou menos…”), not a sentence of its own.
   */
  stages: {
    1: {
      name: 'Descanso do movimento que dói',
      what: 'Atividades do dia a dia e caminhada. Nada de treinar o movimento que dói.',
      moveOnWhen: 'os movimentos do dia a dia estiverem confortáveis e a dor estiver em 3 de 10 ou menos.',
    },
    2: {
      name: 'Movimento',
      what: 'Caminhada, natação ou pedalada leve, e mobilidade leve.',
      moveOnWhen: (count: number) =>
        `você tiver passado ${days(count)} sem dor aguda, e a dor estiver em 2 de 10 ou menos durante a atividade e na manhã seguinte.`,
    },
    3: {
      name: 'Treino leve',
      what: 'Treinar sem o movimento que doeu, e os exercícios de força com o peso do corpo, dos mais fáceis aos mais difíceis.',
      moveOnWhen: 'não houver dor aguda e a dor estiver em 2 de 10 ou menos durante o treino e na manhã seguinte.',
    },
    4: {
      name: 'Um treino mais leve',
      what: 'O seu treino de sempre com cerca de metade da carga ou do ritmo, com mais repetições e boa técnica.',
      moveOnWhen: 'não houver dor aguda, a dor estiver em 2 de 10 ou menos durante o treino e na manhã seguinte, e essa manhã não for pior do que a anterior.',
    },
    5: {
      name: 'Treino completo',
      what: 'O seu treino de sempre, voltando ao nível normal ao longo de uma ou duas semanas.',
    },
  },
  moveOnToStage: (stage: number, moveOnWhen: string) => `Passe para a etapa ${stage} quando ${lowerFirst(moveOnWhen)}`,
  stopAndGoBack: 'Se sentir uma dor aguda, pare esse treino e volte uma etapa. Volte uma etapa também se a manhã seguinte for pior.',
  ckAdvice: {
    sayAndAsk: 'Diga que a dor apareceu depois de um treino puxado e pergunte se você precisa de um exame de sangue para lesão muscular (chamado CK).',
    sayAndAskIfNotSudden:
      'Se a dor não começou em um momento exato, diga que ela apareceu depois de um treino puxado e pergunte se você precisa de um exame de sangue para lesão muscular (chamado CK).',
    ask: 'Pergunte se você precisa de um exame de sangue para lesão muscular (chamado CK).',
    askIfNotSudden: 'Se a dor não começou em um momento exato, pergunte se você precisa de um exame de sangue para lesão muscular (chamado CK).',
  },
  doctor: {
    getSeenToday: 'Procure atendimento hoje, em um pronto-atendimento ou em um pronto-socorro.',
    getSeenTodayAndCk: (ck: string) => `Procure atendimento hoje, em um pronto-atendimento ou em um pronto-socorro. ${ck}`,
    getHelpToday: 'Procure ajuda médica hoje: peça uma consulta de urgência ao seu médico, ou vá a um pronto-atendimento ou a um pronto-socorro.',
    seriousAccident: (call: string) => `Se foi um acidente grave, ligue para o ${call}.`,
    confusedOrDrowsy: (call: string) => `Se você sentir confusão mental ou muita sonolência, ligue para o ${call}.`,
    stopAndDrink: 'Não treine até receber atendimento, e beba mais água do que o normal.',
    goToDepartment: (call: string) =>
      `Vá agora ao pronto-socorro mais próximo. Se não conseguir chegar lá com segurança, ou se os músculos incharem ou ficarem duros, ligue para o ${call}.`,
    askSomeoneToTakeYou: 'Pare de se exercitar e não vá dirigindo: peça para alguém levar você.',
    askSomeoneToStay: 'Se puder, peça para alguém ficar com você.',
    callNow: (call: string) => `Ligue para o ${call} agora ou vá ao pronto-socorro mais próximo.`,
    doNotDrive: 'Não vá dirigindo.',
    keepStill: 'Pare de se exercitar e fique sem se mexer, na posição mais confortável.',
    askSomeoneToStayUntilHelp: 'Se puder, peça para alguém ficar com você até a ajuda chegar.',
    bookDoctorOrPhysio: 'Marque uma consulta com um médico ou um fisioterapeuta nos próximos dias, para descobrir por que a dor está demorando a passar.',
    bookDoctor: 'Marque uma consulta com um médico nos próximos dias.',
    stayGentlyActive: 'Até lá, continue se movimentando com calma, dentro do que for confortável: caminhar e fazer as atividades do dia a dia ajudam.',
    youngStressFracture:
      'Em atletas jovens, a dor nas costas que dura mais de 2 semanas, principalmente a dor ao inclinar as costas para trás, às vezes é causada por uma pequena fratura por estresse na coluna. Um médico pode investigar isso.',
    youngTellSport: 'Diga ao médico qual esporte você pratica e com que frequência treina.',
    youngDecideWithDoctor: 'Decida com um médico ou fisioterapeuta quando voltar ao treino completo.',
    loadJump:
      'Se a dor veio depois de um primeiro treino puxado após uma pausa, ou de um grande aumento de carga: os dois tornam a lesão muscular mais provável.',
    tellSevereMusclePain:
      'Que você está com uma dor forte nos músculos, que ela apareceu depois de um treino puxado, que os analgésicos não ajudaram e quando ela começou.',
    tellYourAnswers: 'As suas respostas, no fim desta página.',
    sayAfterTraining:
      'Diga que você está com dor nas costas depois de treinar, e diga os sinais de alerta listados em “Por que este resultado”. Se for mais fácil, leia em voz alta.',
    sayNotLinked:
      'Diga que você está com uma dor nas costas sem ligação clara com um treino, e diga os sinais de alerta listados em “Por que este resultado”. Se for mais fácil, leia em voz alta.',
    sayWhenAndWhat: 'Diga quando a dor começou e o que você estava fazendo.',
    answerTheirQuestions: 'Responda às perguntas que fizerem: quem atender vai dizer o que fazer em seguida.',
    tellNotLinked: 'Que a sua dor nas costas não tem uma ligação clara com um treino.',
    tellAfterTraining: 'Que as suas costas começaram a doer depois de treinar, e qual foi o treino.',
    tellMuchWorse: 'Que a dor é muito pior do que a dor muscular normal depois de um treino.',
    tellWarningSigns: {
      began: (began: string) => `Os sinais de alerta listados em “Por que este resultado”, e que a dor começou ${began}.`,
      unknown: 'Os sinais de alerta listados em “Por que este resultado”, e quando a dor começou.',
    },
    tellWhenAndTrend: {
      began: (began: string) => `Que a dor começou ${began}, e se está melhorando ou piorando.`,
      unknown: 'Quando a dor começou, e se está melhorando ou piorando.',
    },
    showThisPage: 'As suas respostas, no fim desta página: mostre esta página ao médico, impressa ou no celular.',
    takeMedicinesList: 'Leve uma lista de todos os remédios que você toma.',
    haveMedicinesList: 'Tenha à mão uma lista de todos os remédios que você toma, para mostrar.',
    doNotTrainUntilSeen: 'Não treine as costas, e não treine com dor, até receber atendimento médico.',
  },
  /** Said after “se” in `callAtOnce`: clauses in the future subjunctive. */
  callAtOnceSigns: {
    chest: {
      you: 'você tiver dor no peito ou falta de ar, ou tiver tosse com sangue',
      they: 'a pessoa tiver dor no peito ou falta de ar, ou tiver tosse com sangue',
    },
    darkPee: { you: 'o seu xixi ficar marrom-escuro ou cor de Coca-Cola', they: 'o xixi da pessoa ficar marrom-escuro ou cor de Coca-Cola' },
    swollenMuscles: { you: 'os músculos doloridos incharem ou ficarem duros', they: 'os músculos doloridos incharem ou ficarem duros' },
    numbness: {
      you: 'você sentir dormência na região dos genitais ou das nádegas, ou tiver dificuldade para fazer xixi',
      they: 'a pessoa sentir dormência na região dos genitais ou das nádegas, ou tiver dificuldade para fazer xixi',
    },
    weakLeg: { you: 'uma perna ficar fraca ou dormente', they: 'uma perna ficar fraca ou dormente' },
  },
  callAtOnce: (signs: readonly string[], call: string) =>
    `Ligue imediatamente para o ${call} se ${signs.length < 2 ? signs.join('') : `${signs.slice(0, -1).join('; ')}; ou ${signs.at(-1) ?? ''}`}.`,
  heatOrCold:
    'Calor ou frio: nos 2 primeiros dias depois de uma distensão súbita, use frio, como uma bolsa de gelo enrolada em um pano, e não use calor. Depois disso, use calor ou frio, o que aliviar mais.',
  sorenessCourse: {
    firstDays: {
      eases: 'A dor muscular costuma aliviar em 2 a 3 dias.',
      checkAgain: 'Se a dor não estiver aliviando depois de 3 dias, responda às perguntas de novo.',
      coach: 'Peça para a pessoa verificar de novo se a dor não estiver aliviando depois de 3 dias.',
      helper: 'Se a dor não estiver aliviando depois de 3 dias, a pessoa pode responder às perguntas de novo.',
    },
    later: {
      eases: 'A dor muscular costuma passar em cerca de uma semana desde que começou.',
      checkAgain: 'Se a dor não tiver passado uma semana depois de começar, responda às perguntas de novo, ou procure um médico ou um fisioterapeuta.',
      coach: 'Peça para a pessoa verificar de novo se a dor não tiver passado uma semana depois de começar.',
      helper:
        'Se a dor não tiver passado uma semana depois de começar, a pessoa pode responder às perguntas de novo, ou procurar um médico ou um fisioterapeuta.',
    },
  },
  severeStrainWatch: {
    firstDays: {
      you: 'Uma dor tão forte precisa ser acompanhada. Ela deve começar a aliviar em até 3 dias desde que começou: se isso não acontecer, ou se os analgésicos não ajudarem, procure um médico no mesmo dia.',
      they: 'Uma dor tão forte precisa ser acompanhada. Ela deve começar a aliviar em até 3 dias desde que começou: se isso não acontecer, ou se os analgésicos não ajudarem, a pessoa deve procurar um médico no mesmo dia.',
    },
    later: {
      you: (severe: number) =>
        `Uma dor tão forte precisa ser acompanhada. Procure um médico se ela parar de melhorar, ou se ainda estiver em ${severe} de 10 ou mais daqui a 3 dias.`,
      they: (severe: number) =>
        `Uma dor tão forte precisa ser acompanhada. A pessoa deve procurar um médico se a dor parar de melhorar, ou se ainda estiver em ${severe} de 10 ou mais daqui a 3 dias.`,
    },
  },
  forTheCoach: {
    heading: 'Para o treinador',
    noMoreDetails: 'Você não precisa de mais detalhes do que a pessoa escolheu enviar.',
    doNotPush: 'Não pressione ninguém a treinar com dor.',
    youngAndLasting: {
      named: (name: string) =>
        `${name} tem menos de 18 anos e está com dor há 2 semanas ou mais: um médico ou fisioterapeuta deve concordar antes de a pessoa voltar ao treino completo.`,
      unnamed:
        'A pessoa que você treina tem menos de 18 anos e está com dor há 2 semanas ou mais: um médico ou fisioterapeuta deve concordar antes de ela voltar ao treino completo.',
    },
    sorenessLead: {
      named: (name: string) => `Parece uma dor muscular normal. ${name} pode continuar treinando, mais leve por um ou dois dias.`,
      unnamed: 'Parece uma dor muscular normal. A pessoa que você treina pode continuar treinando, mais leve por um ou dois dias.',
    },
    lighterSession: 'Passe um treino mais leve, ou trabalhe outros grupos musculares, por um ou dois dias.',
    warmUp: 'Garanta que a pessoa faça um bom aquecimento.',
    somethingNew: 'A dor muscular é mais comum depois de algo novo ou de um aumento de carga: ajuste o plano se foi isso que aconteceu.',
    strainLead: {
      named: (name: string) => `Parece uma distensão muscular. ${name} não deve colocar carga no movimento que dói.`,
      unnamed: 'Parece uma distensão muscular. A pessoa que você treina não deve colocar carga no movimento que dói.',
    },
    noLoading: 'Nada de carga no movimento que dói até a dor se acalmar.',
    stageByStage:
      'Traga a pessoa de volta etapa por etapa, como em “Quando voltar a treinar”: no máximo uma etapa por dia, e uma etapa para trás se a dor aguda voltar ou se a manhã seguinte for pior.',
    checkTechnique: 'Antes do próximo treino pesado, confira a técnica da pessoa e se houve algum aumento recente de carga.',
    checkAgain: 'Peça para a pessoa verificar de novo em 2 a 3 dias.',
    soonLead: {
      named: (name: string) => `${name} deve consultar um médico nos próximos dias.`,
      unnamed: 'A pessoa que você treina deve consultar um médico nos próximos dias.',
    },
    noBackTraining: 'Nada de treino para as costas até a pessoa receber atendimento médico.',
    bookIt: 'Garanta que a pessoa marque a consulta.',
    todayLead: {
      named: (name: string) => `${name} precisa de ajuda médica hoje.`,
      unnamed: 'A pessoa que você treina precisa de ajuda médica hoje.',
    },
    helpSeenToday: 'Ajude a pessoa a ser atendida hoje.',
    doNotTrainOrDrive: 'A pessoa não deve treinar e, se a dor for forte, não deve ir dirigindo.',
    departmentLead: {
      named: (name: string) => `${name} precisa ir a um pronto-socorro agora.`,
      unnamed: 'A pessoa que você treina precisa ir a um pronto-socorro agora.',
    },
    takeThemToDepartment: {
      named: (name: string, call: string) =>
        `Se você estiver com ${name}, leve a pessoa a um pronto-socorro agora e fique com ela. Não deixe que ela dirija. Ligue para o ${call} se ela não conseguir chegar lá com segurança, ou se os músculos incharem ou ficarem duros.`,
      unnamed: (call: string) =>
        `Se você estiver com a pessoa que você treina, leve-a a um pronto-socorro agora e fique com ela. Não deixe que ela dirija. Ligue para o ${call} se ela não conseguir chegar lá com segurança, ou se os músculos incharem ou ficarem duros.`,
    },
    someoneTakingThem: 'Se você não estiver com a pessoa, garanta que alguém esteja e que vá levá-la.',
    emergencyLead: {
      named: (name: string) => `${name} precisa de ajuda agora.`,
      unnamed: 'A pessoa que você treina precisa de ajuda agora.',
    },
    callNow: {
      named: (name: string, call: string) => `Se você estiver com ${name}, ligue para o ${call} agora e fique com a pessoa. Não deixe que ela dirija.`,
      unnamed: (call: string) => `Se você estiver com a pessoa que você treina, ligue para o ${call} agora e fique com ela. Não deixe que ela dirija.`,
    },
    someoneHasCalled: (call: string) => `Se você não estiver com a pessoa, garanta que alguém esteja e que já tenha ligado para o ${call}.`,
  },
  forAHelper: {
    heading: {
      named: (name: string) => `Se você está ajudando ${name}`,
      unnamed: 'Se você está ajudando a pessoa que respondeu',
    },
    sorenessLead: 'Parece uma dor muscular normal. Ela melhora sozinha.',
    keepGentlyActive: 'Incentive a pessoa a continuar se movimentando com calma: caminhar ajuda mais do que descansar.',
    strainLead: 'Parece uma distensão muscular. A maioria das distensões melhora sozinha em 1 a 2 semanas.',
    restFromTheMovement: 'Ajude a pessoa a poupar o movimento que dói, sem deixar de se movimentar com calma.',
    answerAgain: 'A pessoa pode responder às perguntas de novo em 2 a 3 dias.',
    soonLead: {
      named: (name: string) => `${name} deve consultar um médico nos próximos dias.`,
      unnamed: 'A pessoa deve consultar um médico nos próximos dias.',
    },
    bookIt: 'Ajude a pessoa a marcar a consulta.',
    todayLead: {
      named: (name: string) => `${name} precisa de ajuda médica hoje.`,
      unnamed: 'A pessoa precisa de ajuda médica hoje.',
    },
    helpSeenToday: 'Ajude a pessoa a ser atendida hoje.',
    doNotDrive: 'A pessoa não deve dirigir se a dor for forte.',
    departmentLead: {
      named: (name: string) => `${name} precisa ir a um pronto-socorro agora.`,
      unnamed: 'A pessoa precisa ir a um pronto-socorro agora.',
    },
    takeThemToDepartment: (call: string) =>
      `Se você estiver com a pessoa, leve-a a um pronto-socorro agora e fique com ela. Não deixe que ela dirija. Ligue para o ${call} se ela não conseguir chegar lá com segurança, ou se os músculos incharem ou ficarem duros.`,
    someoneTakingThem: 'Se você não estiver com a pessoa, garanta que alguém esteja e que vá levá-la.',
    emergencyLead: {
      named: (name: string) => `${name} precisa de ajuda agora.`,
      unnamed: 'A pessoa precisa de ajuda agora.',
    },
    callNow: (call: string) => `Se você estiver com a pessoa, ligue para o ${call} agora e fique com ela. Não deixe que ela dirija.`,
    someoneHasCalled: (call: string) => `Se você não estiver com a pessoa, garanta que alguém esteja e que já tenha ligado para o ${call}.`,
  },
};
