import { countWith } from '../../count';
import type { GuidanceText } from '../../en/guidance';

/** A sentence set inside another ("Pasa a la etapa 3 cuando …", "Por ahora: …") starts with a small letter. */
const lowerFirst = (sentence: string) => `${sentence.charAt(0).toLocaleLowerCase('es')}${sentence.slice(1)}`;

const days = (count: number) => countWith('es', count, { one: 'día', many: 'días', other: 'días' });

export const guidance: GuidanceText = {
  resultHeading: {
    soreness: 'Parece dolor muscular normal',
    strain: 'Parece una distensión muscular',
    today: 'Busca atención médica hoy',
    soon: 'Ve al médico en los próximos días',
    emergencyDepartment: 'Ve a urgencias ahora',
    emergency: (number: string) => `Llama al ${number} ahora`,
  },
  resultLead: {
    soreness: 'Es frecuente que los músculos que han trabajado mucho duelan durante unos días. Es normal, y el dolor mejora por sí solo.',
    strain:
      'Lo más probable es que tengas una distensión en un músculo o un ligamento de la espalda. La mayoría de las distensiones mejoran por sí solas en 1 o 2 semanas con los cuidados adecuados.',
    strainSevere:
      'Lo más probable es que tengas una distensión en un músculo o un ligamento de la espalda. Como el dolor es tan fuerte, empieza por lo que tienes que hacer ahora, más abajo.',
    emergencyDepartment: 'Un dolor muscular tan fuerte, que no se alivia con analgésicos, hay que revisarlo de inmediato en urgencias.',
    emergency: (call: string) => `Algunas de tus respuestas hay que revisarlas de inmediato. Llama al ${call} ahora o ve al servicio de urgencias más cercano.`,
    today: 'Algunas de tus respuestas necesitan que un médico las revise hoy. No significa que tengas algo grave, pero no debería esperar.',
    soon: 'Un dolor de espalda así rara vez es grave, pero algunas de tus respuestas indican que un médico debería revisarlo. Pide cita para los próximos días.',
  },
  sectionHeadings: {
    doNow: 'Qué hacer ahora',
    stretches: 'Estiramientos y movimientos suaves',
    avoid: 'Qué evitar',
    trainAgain: 'Cuándo volver a entrenar',
    checkAgain: 'Cuándo volver a comprobarlo',
    seeADoctorIf: 'Ve al médico si las cosas cambian',
    mobility: 'Movilidad suave',
    buildStrength: 'Más adelante: gana fuerza para que no vuelva',
    youngAthletes: 'Para deportistas jóvenes',
    tellTheDepartment: 'Qué decir en urgencias',
    tellWhenYouCall: 'Qué decir cuando llames',
    tellTheDoctor: 'Qué decirle al médico',
    untilSeen: 'Hasta que te vea un médico',
    onTheWay: 'De camino',
    whileYouWait: 'Mientras esperas',
  },
  seeADoctorIf: {
    worseOrNotBetter: 'Empeora después de 3 días, o no ha mejorado después de una semana.',
    spreadsOrRestDoesNotEase: 'El dolor se extiende por debajo de la rodilla, o descansar deja de aliviarlo.',
    feverOrBurning: 'Tienes fiebre, te encuentras mal o te arde al orinar.',
  },
  painRelief: 'Para aliviar el dolor, pregunta a un farmacéutico o a un médico.',
  soreness: {
    keepMoving: 'Sigue moviéndote. Caminar y hacer actividad suave alivian el dolor muscular antes que descansar.',
    stretchGently: 'Estira con suavidad y prueba los movimientos sencillos de «Estiramientos y movimientos suaves». Sáltate los que te duelan.',
    foamRoller: 'Pasar un rodillo de espuma por el trasero y los muslos puede ayudar. Hazlo con suavidad.',
    stretchesIntro: 'Mantén cada estiramiento durante 3 respiraciones lentas, o haz el movimiento despacio de 5 a 10 veces. Sáltate los que te duelan.',
    sameMusclesHard: 'Entrenar duro los mismos músculos hasta que el dolor muscular casi haya desaparecido.',
    avoid: {
      lifting: 'El peso muerto y las sentadillas con mucha carga durante una o dos sesiones.',
      running: 'Las carreras intensas y las cuestas hasta que se alivie. Puedes correr suave.',
      cycling: 'Las salidas largas o intensas hasta que se alivie. Puedes pedalear suave.',
      sport: 'Los partidos a máxima intensidad hasta que se alivie. Puedes hacer ejercicios técnicos suaves.',
      other: 'Esforzarte al máximo en la misma clase o sesión hasta que se alivie.',
    },
    trainWhenGone: (eases: string) => `${eases} Vuelve a entrenar cuando casi haya desaparecido, empezando con menos carga y aumentando poco a poco.`,
    warmUp: {
      lifting:
        'Calienta con unas cuantas series ligeras antes de llegar a tu peso de trabajo, y aumenta la carga poco a poco. Revisa tu técnica: grabarte haciendo una serie ayuda.',
      running: 'Calienta caminando y después trotando despacio, antes de ir a tu ritmo habitual. Aumenta la distancia poco a poco.',
      cycling: 'Calienta con unos minutos de pedaleo suave, y aumenta poco a poco la duración y el esfuerzo de las salidas.',
      sport: 'Calienta bien antes de jugar, y vuelve a la máxima intensidad a lo largo de unas cuantas sesiones.',
      other: 'Calienta bien antes de empezar, y vuelve a tu nivel poco a poco.',
    },
    afterSomethingNew:
      'El dolor muscular es más frecuente después de algo nuevo: un ejercicio nuevo, más peso o la primera sesión después de un descanso. Disminuye a medida que el cuerpo se acostumbra al esfuerzo.',
  },
  strain: {
    stopTheExercise: 'Deja el ejercicio que lo causó. No sigas a pesar del dolor.',
    restForNow: (stage1: string) =>
      `Descansa en la postura que menos te duela cuando lo necesites, pero no te quedes en la cama. Por ahora: ${lowerFirst(stage1)}`,
    avoid: {
      lifting: 'El peso muerto, las sentadillas y los press por encima de la cabeza con mucha carga, hasta que se haya calmado.',
      running: 'Correr, hasta que se haya calmado. Camina en su lugar.',
      cycling: 'Las salidas largas o intensas, hasta que se haya calmado.',
      sport: 'Los partidos, el contacto y los sprints, hasta que se haya calmado.',
      other: 'El movimiento que lo causó, hasta que se haya calmado.',
    },
    stopIfSharpPain: 'Detente si vuelve el dolor agudo.',
    stopIfPain: 'Detente si el dolor vuelve o empeora.',
    trainAgainIntro: (stop: string) =>
      `Lo que tienes que hacer ahora es la etapa 1. Sube de etapa en etapa, como mucho una al día. ${stop} Si pasa, o a la mañana siguiente estás peor, baja una etapa.`,
    stageStep: (what: string, moveOnWhen: string) => `${what} Pasa a la siguiente etapa cuando ${lowerFirst(moveOnWhen)}`,
    mobilityIntro: 'Desde la etapa 2. Hazlos cuando te hagan sentir mejor la espalda; sáltate los que te duelan.',
    buildStrengthIntro:
      'Desde la etapa 3: ejercicios con el peso del cuerpo para el abdomen, la espalda y las caderas, de más fácil a más difícil. Empieza con los 4 primeros que puedas hacer despacio, sin dolor y con buena técnica, 3 series de 8 a 12 repeticiones, y avanza a medida que te resulten fáciles. Si el dolor vuelve una y otra vez, un fisioterapeuta deportivo puede revisar cómo te mueves y cómo levantas peso.',
    checkAgain: 'Vuelve a responder las preguntas dentro de 2 o 3 días. La mayoría de las distensiones están claramente mejor en 1 o 2 semanas.',
  },
  strengthProgramme: {
    superman: {
      name: 'Superman boca abajo',
      how: 'Túmbate boca abajo, con los brazos estirados por encima de la cabeza. Levanta un poco los brazos y las piernas del suelo, aguanta 2 respiraciones y bájalos despacio.',
    },
    deadBug: {
      name: 'Bicho muerto',
      how: 'Túmbate boca arriba, con los brazos hacia el techo y las rodillas dobladas por encima de las caderas. Mantén la parte baja de la espalda pegada al suelo mientras bajas despacio un brazo y la pierna contraria, y luego cambia.',
    },
    balanceAndReach: {
      name: 'Equilibrio sobre una pierna y alcance con el pie',
      how: 'Ponte de pie sobre una pierna, con la rodilla un poco flexionada. Lleva el otro pie hacia delante, hacia el lado y hacia atrás, tocando el suelo con suavidad.',
    },
    plankLegLifts: {
      name: 'Plancha alta con elevación de pierna',
      how: 'Colócate en posición de flexión, con el cuerpo en línea recta de la cabeza a los talones. Levanta un poco un pie, aguanta y cambia, sin dejar que bajen las caderas.',
    },
    singleLegBridge: {
      name: 'Puente sobre una pierna',
      how: 'Túmbate boca arriba, con las rodillas dobladas. Estira una pierna y empuja con el talón de la otra para subir las caderas hasta que el cuerpo quede en línea.',
    },
    sidePlankLifts: {
      name: 'Plancha lateral baja con elevaciones, rodillas dobladas',
      how: 'Túmbate de lado, apoyándote en el antebrazo, con las rodillas dobladas. Sube las caderas hasta que el cuerpo quede en línea de la cabeza a las rodillas, y bájalas despacio.',
    },
    birdDog: {
      name: 'Brazo y pierna contrarios a cuatro patas',
      how: 'A cuatro patas, estira un brazo hacia delante y la pierna contraria hacia atrás hasta que los dos queden a la altura del cuerpo. Mantén la espalda quieta y luego cambia.',
    },
    supermanPull: {
      name: 'Superman con tirón',
      how: 'Túmbate boca abajo con los brazos por encima de la cabeza. Levanta un poco el pecho y los brazos, y lleva los codos hacia los costados, como si tiraras de una barra.',
    },
    singleLegDeadlift: {
      name: 'Peso muerto sobre una pierna',
      how: 'Ponte de pie sobre una pierna e inclínate desde las caderas, llevando las manos hacia el suelo mientras la otra pierna va hacia atrás. Mantén la espalda recta; baja solo hasta donde te resulte cómodo.',
    },
    plankArmAndLegRaises: {
      name: 'Plancha alta con elevación de brazo y pierna',
      how: 'En posición de flexión, levanta un brazo y la pierna contraria, aguanta una respiración y cambia, manteniendo las caderas a la misma altura.',
    },
  },
  moves: {
    catCow: {
      name: 'Gato-vaca',
      how: 'A cuatro patas, redondea despacio la espalda hacia arriba y luego deja que baje con suavidad. Muévete dentro de lo que te resulte cómodo.',
    },
    figure4: {
      name: 'Estiramiento en figura de 4 tumbado, para los músculos del trasero (glúteos), con cada pierna',
      how: 'Túmbate boca arriba, cruza un tobillo sobre la otra rodilla y tira suavemente de la pierna de abajo hacia ti hasta que notes el estiramiento en el trasero.',
    },
    lyingTwist: {
      name: 'Giro tumbado, hacia cada lado',
      nameOnceSharpPainGone: 'Giro tumbado, hacia cada lado, cuando ya no haya dolor agudo',
      how: 'Túmbate boca arriba, con las rodillas dobladas, y déjalas caer despacio hacia un lado mientras los hombros se quedan en el suelo.',
    },
    thighStretch: {
      name: 'Estiramiento de la parte de atrás de los muslos (isquiotibiales), con cada pierna',
      how: 'Túmbate boca arriba y levanta una pierna estirada, sujetándola por detrás del muslo, hasta que notes un estiramiento suave. Aguanta 3 respiraciones lentas.',
    },
    hipStretch: {
      name: 'Estiramiento de la parte delantera de las caderas (flexores de cadera), con cada pierna',
      how: 'Apoya una rodilla en el suelo, con el otro pie delante. Mantén la espalda recta y lleva suavemente las caderas hacia delante hasta que notes un estiramiento en la parte delantera de la cadera.',
    },
  },
  /**
   * The stages back to training. Each `moveOnWhen` is written to follow «cuando» or «hasta que»
   * (subjunctive), as every page sets it inside a sentence.
   */
  stages: {
    1: {
      name: 'Descanso del movimiento',
      what: 'Actividad diaria y caminar. Nada de entrenar el movimiento que duele.',
      moveOnWhen: 'Los movimientos del día a día te resulten cómodos, y el dolor sea de 3 sobre 10 o menos.',
    },
    2: {
      name: 'Movimiento',
      what: 'Caminar, nadar o montar en bici con calma, y movilidad suave.',
      moveOnWhen: (count: number) =>
        `Lleves ${days(count)} sin dolor agudo, y el dolor sea de 2 sobre 10 o menos durante la actividad y a la mañana siguiente.`,
    },
    3: {
      name: 'Entrenamiento ligero',
      what: 'Entrenar sin el movimiento que dolía, y los ejercicios de fuerza con el peso del cuerpo, de más fácil a más difícil.',
      moveOnWhen: 'No haya dolor agudo, y el dolor sea de 2 sobre 10 o menos durante el entrenamiento y a la mañana siguiente.',
    },
    4: {
      name: 'Una sesión más ligera',
      what: 'Tu sesión habitual a más o menos la mitad de carga o de ritmo, con más repeticiones y buena técnica.',
      moveOnWhen:
        'No haya dolor agudo, el dolor sea de 2 sobre 10 o menos durante la sesión y a la mañana siguiente, y esa mañana no estés peor que la anterior.',
    },
    5: {
      name: 'Entrenamiento completo',
      what: 'Tu sesión habitual, volviendo a tu nivel a lo largo de una o dos semanas.',
    },
  },
  moveOnToStage: (stage: number, moveOnWhen: string) => `Pasa a la etapa ${stage} cuando ${lowerFirst(moveOnWhen)}`,
  stopAndGoBack: 'Si notas un dolor agudo, deja esa sesión y baja una etapa. Baja una etapa también si a la mañana siguiente estás peor.',
  ckAdvice: {
    sayAndAsk: 'Di que apareció después de un entrenamiento duro, y pregunta si necesitas un análisis de sangre que mide el daño muscular (llamado CK).',
    sayAndAskIfNotSudden:
      'Si no empezó en un momento concreto, di que apareció después de un entrenamiento duro, y pregunta si necesitas un análisis de sangre que mide el daño muscular (llamado CK).',
    ask: 'Pregunta si necesitas un análisis de sangre que mide el daño muscular (llamado CK).',
    askIfNotSudden: 'Si no empezó en un momento concreto, pregunta si necesitas un análisis de sangre que mide el daño muscular (llamado CK).',
  },
  doctor: {
    getSeenToday: 'Haz que te vea un médico hoy, en un centro de atención urgente o en urgencias.',
    getSeenTodayAndCk: (ck: string) => `Haz que te vea un médico hoy, en un centro de atención urgente o en urgencias. ${ck}`,
    getHelpToday: 'Busca atención médica hoy: pide a tu médico una cita urgente, o ve a un centro de atención urgente o a urgencias.',
    seriousAccident: (call: string) => `Si fue un accidente grave, llama al ${call}.`,
    confusedOrDrowsy: (call: string) => `Si notas confusión o mucha somnolencia, llama al ${call}.`,
    stopAndDrink: 'Deja de entrenar hasta que te vea un médico, y bebe más agua de lo habitual.',
    goToDepartment: (call: string) =>
      `Ve ahora al servicio de urgencias más cercano. Si no puedes llegar de forma segura, o si los músculos se hinchan o se ponen duros, llama al ${call}.`,
    askSomeoneToTakeYou: 'Deja de hacer ejercicio, y no conduzcas tú: pide a alguien que te lleve.',
    askSomeoneToStay: 'Si puedes, pide a alguien que se quede contigo.',
    callNow: (call: string) => `Llama al ${call} ahora, o ve al servicio de urgencias más cercano.`,
    doNotDrive: 'No conduzcas tú.',
    keepStill: 'Deja de hacer ejercicio, y no te muevas de la postura que te resulte más cómoda.',
    askSomeoneToStayUntilHelp: 'Si puedes, pide a alguien que se quede contigo hasta que llegue la ayuda.',
    bookDoctorOrPhysio: 'Pide cita con un médico o un fisioterapeuta para los próximos días, para que averigüe por qué está tardando en calmarse.',
    bookDoctor: 'Pide cita con un médico para los próximos días.',
    stayGentlyActive: 'Mientras tanto, sigue moviéndote con suavidad dentro de lo que te resulte cómodo: caminar y las tareas del día a día ayudan.',
    youngStressFracture:
      'En deportistas jóvenes, un dolor de espalda que dura más de 2 semanas, sobre todo si duele al arquear la espalda hacia atrás, a veces se debe a una pequeña fractura por sobrecarga en la columna. Un médico puede comprobarlo.',
    youngTellSport: 'Dile al médico qué deporte haces y cada cuánto entrenas.',
    youngDecideWithDoctor: 'Decide con un médico o un fisioterapeuta cuándo volver a entrenar al máximo.',
    loadJump:
      'Si apareció después de una primera sesión dura tras un descanso, o de un gran aumento de la carga: las dos cosas hacen más probable el daño muscular.',
    tellSevereMusclePain:
      'Que tienes un dolor muscular intenso que apareció después de un entrenamiento duro, que los analgésicos no han ayudado, y cuándo empezó.',
    tellYourAnswers: 'Tus respuestas, al final de esta página.',
    sayAfterTraining:
      'Di que tienes dolor de espalda después de entrenar, y las señales de alarma que aparecen en «Por qué este resultado». Léelas en voz alta si te resulta más fácil.',
    sayNotLinked:
      'Di que tienes un dolor de espalda que no está claramente relacionado con un entrenamiento, y las señales de alarma que aparecen en «Por qué este resultado». Léelas en voz alta si te resulta más fácil.',
    sayWhenAndWhat: 'Di cuándo empezó el dolor y qué estabas haciendo.',
    answerTheirQuestions: 'Responde a sus preguntas: te dirán qué hacer después.',
    tellNotLinked: 'Que tu dolor de espalda no está claramente relacionado con un entrenamiento.',
    tellAfterTraining: 'Que la espalda te empezó a doler después de entrenar, y qué entrenamiento hiciste.',
    tellMuchWorse: 'Que el dolor es mucho peor que el dolor muscular normal después de un entrenamiento.',
    tellWarningSigns: {
      began: (began: string) => `Las señales de alarma que aparecen en «Por qué este resultado», y que empezó ${began}.`,
      unknown: 'Las señales de alarma que aparecen en «Por qué este resultado», y cuándo empezó.',
    },
    tellWhenAndTrend: {
      began: (began: string) => `Que empezó ${began}, y si está mejorando o empeorando.`,
      unknown: 'Cuándo empezó, y si está mejorando o empeorando.',
    },
    showThisPage: 'Tus respuestas, al final de esta página: enséñale esta página al médico, en papel o en el teléfono.',
    takeMedicinesList: 'Lleva contigo una lista de los medicamentos que tomes.',
    haveMedicinesList: 'Ten preparada una lista de los medicamentos que tomes, para enseñarla.',
    doNotTrainUntilSeen: 'No entrenes la espalda, ni entrenes con dolor, hasta que te vea un médico.',
  },
  callAtOnceSigns: {
    chest: {
      you: 'tienes dolor en el pecho o falta de aire, o toses sangre',
      they: 'tiene dolor en el pecho o falta de aire, o tose sangre',
    },
    darkPee: {
      you: 'tu orina se vuelve de color marrón oscuro o de color cola',
      they: 'su orina se vuelve de color marrón oscuro o de color cola',
    },
    swollenMuscles: {
      you: 'los músculos que te duelen se hinchan o se ponen duros',
      they: 'los músculos que le duelen se hinchan o se ponen duros',
    },
    numbness: {
      you: 'notas entumecimiento alrededor de los genitales o el trasero, o tienes problemas para orinar',
      they: 'nota entumecimiento alrededor de los genitales o el trasero, o tiene problemas para orinar',
    },
    weakLeg: {
      you: 'una pierna se te debilita o se te queda entumecida',
      they: 'una pierna se le debilita o se le queda entumecida',
    },
  },
  /** "Llama al 112 de inmediato si …": the signs from `callAtOnceSigns`, in order, with semicolons. */
  callAtOnce: (signs: readonly string[], call: string) =>
    `Llama al ${call} de inmediato si ${signs.length < 2 ? signs.join('') : `${signs.slice(0, -1).join('; si ')}; o si ${signs.at(-1) ?? ''}`}.`,
  heatOrCold:
    'Calor o frío: en los primeros 2 días después de una distensión repentina, usa frío, como una bolsa de frío envuelta en un paño, y nada de calor. Después, usa calor o frío, lo que más te alivie.',
  sorenessCourse: {
    firstDays: {
      eases: 'El dolor muscular suele aliviarse en 2 o 3 días.',
      checkAgain: 'Si no se está aliviando después de 3 días, vuelve a responder las preguntas.',
      coach: 'Pídele que lo vuelva a comprobar si no se está aliviando después de 3 días.',
      helper: 'Si no se está aliviando después de 3 días, puede volver a responder las preguntas.',
    },
    later: {
      eases: 'El dolor muscular suele desaparecer en más o menos una semana desde que empezó.',
      checkAgain: 'Si no ha desaparecido en una semana desde que empezó, vuelve a responder las preguntas, o ve a un médico o a un fisioterapeuta.',
      coach: 'Pídele que lo vuelva a comprobar si no ha desaparecido en una semana desde que empezó.',
      helper: 'Si no ha desaparecido en una semana desde que empezó, puede volver a responder las preguntas, o ir a un médico o a un fisioterapeuta.',
    },
  },
  severeStrainWatch: {
    firstDays: {
      you: 'Un dolor tan fuerte hay que vigilarlo. Debería empezar a aliviarse en los 3 días siguientes a su inicio: si no es así, o si los analgésicos no ayudan, deberías ir al médico ese mismo día.',
      they: 'Un dolor tan fuerte hay que vigilarlo. Debería empezar a aliviarse en los 3 días siguientes a su inicio: si no es así, o si los analgésicos no ayudan, esa persona debería ir al médico ese mismo día.',
    },
    later: {
      you: (severe: number) =>
        `Un dolor tan fuerte hay que vigilarlo. Ve al médico si deja de mejorar, o si dentro de 3 días sigue en ${severe} sobre 10 o más.`,
      they: (severe: number) =>
        `Un dolor tan fuerte hay que vigilarlo. Esa persona debería ir al médico si deja de mejorar, o si dentro de 3 días sigue en ${severe} sobre 10 o más.`,
    },
  },
  forTheCoach: {
    heading: 'Para el entrenador',
    noMoreDetails: 'No necesitas más detalles que los que ha decidido enviarte.',
    doNotPush: 'No presiones a nadie para que entrene con dolor.',
    youngAndLasting: {
      named: (name: string) =>
        `${name} tiene menos de 18 años y lleva 2 semanas o más con dolor: un médico o un fisioterapeuta debería dar el visto bueno antes de que vuelva a entrenar al máximo.`,
      unnamed:
        'Tu deportista tiene menos de 18 años y lleva 2 semanas o más con dolor: un médico o un fisioterapeuta debería dar el visto bueno antes de que vuelva a entrenar al máximo.',
    },
    sorenessLead: {
      named: (name: string) => `Parece dolor muscular normal. ${name} puede seguir entrenando, con menos carga durante uno o dos días.`,
      unnamed: 'Parece dolor muscular normal. Tu deportista puede seguir entrenando, con menos carga durante uno o dos días.',
    },
    lighterSession: 'Ponle una sesión más ligera, o que trabaje otros grupos musculares, durante uno o dos días.',
    warmUp: 'Asegúrate de que caliente bien.',
    somethingNew: 'El dolor muscular es más frecuente después de algo nuevo o de un aumento brusco de la carga: ajusta el plan si es eso lo que ha pasado.',
    strainLead: {
      named: (name: string) => `Parece una distensión muscular. ${name} no debería cargar el movimiento que le duele.`,
      unnamed: 'Parece una distensión muscular. Tu deportista no debería cargar el movimiento que le duele.',
    },
    noLoading: 'Nada de carga en el movimiento que duele hasta que se haya calmado.',
    stageByStage:
      'Haz que vuelva etapa por etapa, como se indica en «Cuándo volver a entrenar»: como mucho una etapa al día, y una etapa atrás si vuelve el dolor agudo o a la mañana siguiente está peor.',
    checkTechnique: 'Antes de su próxima sesión pesada, revisa su técnica y cualquier aumento reciente de la carga.',
    checkAgain: 'Pídele que lo vuelva a comprobar dentro de 2 o 3 días.',
    soonLead: {
      named: (name: string) => `${name} debería ir al médico en los próximos días.`,
      unnamed: 'Tu deportista debería ir al médico en los próximos días.',
    },
    noBackTraining: 'Nada de entrenar la espalda hasta que haya ido al médico.',
    bookIt: 'Asegúrate de que pida la cita.',
    todayLead: {
      named: (name: string) => `${name} necesita atención médica hoy.`,
      unnamed: 'Tu deportista necesita atención médica hoy.',
    },
    helpSeenToday: 'Ayúdale a conseguir atención médica hoy.',
    doNotTrainOrDrive: 'No debería entrenar. Si el dolor es intenso, tampoco debería conducir.',
    departmentLead: {
      named: (name: string) => `${name} necesita ir a urgencias ahora.`,
      unnamed: 'Tu deportista necesita ir a urgencias ahora.',
    },
    takeThemToDepartment: {
      named: (name: string, call: string) =>
        `Si estás con ${name}, haz que llegue a urgencias ahora y quédate a su lado. No dejes que conduzca. Llama al ${call} si no puede llegar de forma segura, o si los músculos se hinchan o se ponen duros.`,
      unnamed: (call: string) =>
        `Si estás con tu deportista, haz que llegue a urgencias ahora y quédate a su lado. No dejes que conduzca. Llama al ${call} si no puede llegar de forma segura, o si los músculos se hinchan o se ponen duros.`,
    },
    someoneTakingThem: 'Si no estás con esa persona, asegúrate de que alguien esté a su lado y la lleve.',
    emergencyLead: {
      named: (name: string) => `${name} necesita ayuda ahora.`,
      unnamed: 'Tu deportista necesita ayuda ahora.',
    },
    callNow: {
      named: (name: string, call: string) => `Si estás con ${name}, llama al ${call} ahora y quédate a su lado. No dejes que conduzca.`,
      unnamed: (call: string) => `Si estás con tu deportista, llama al ${call} ahora y quédate a su lado. No dejes que conduzca.`,
    },
    someoneHasCalled: (call: string) => `Si no estás con esa persona, asegúrate de que alguien esté a su lado y de que haya llamado al ${call}.`,
  },
  forAHelper: {
    heading: {
      named: (name: string) => `Si estás ayudando a ${name}`,
      unnamed: 'Si estás ayudando a la persona que respondió',
    },
    sorenessLead: 'Parece dolor muscular normal. Mejora por sí solo.',
    keepGentlyActive: 'Anima a esa persona a seguir moviéndose con suavidad: caminar ayuda más que descansar.',
    strainLead: 'Parece una distensión muscular. La mayoría de las distensiones mejoran por sí solas en 1 o 2 semanas.',
    restFromTheMovement: 'Ayúdale a descansar del movimiento que le duele, sin dejar de moverse con suavidad.',
    answerAgain: 'Puede volver a responder las preguntas dentro de 2 o 3 días.',
    soonLead: {
      named: (name: string) => `${name} debería ir al médico en los próximos días.`,
      unnamed: 'Esa persona debería ir al médico en los próximos días.',
    },
    bookIt: 'Ayúdale a pedir la cita.',
    todayLead: {
      named: (name: string) => `${name} necesita atención médica hoy.`,
      unnamed: 'Esa persona necesita atención médica hoy.',
    },
    helpSeenToday: 'Ayúdale a conseguir atención médica hoy.',
    doNotDrive: 'No debería conducir si el dolor es intenso.',
    departmentLead: {
      named: (name: string) => `${name} necesita ir a urgencias ahora.`,
      unnamed: 'Esa persona necesita ir a urgencias ahora.',
    },
    takeThemToDepartment: (call: string) =>
      `Si estás con esa persona, haz que llegue a urgencias ahora y quédate a su lado. No dejes que conduzca. Llama al ${call} si no puede llegar de forma segura, o si los músculos se hinchan o se ponen duros.`,
    someoneTakingThem: 'Si no estás con esa persona, asegúrate de que alguien esté a su lado y la lleve.',
    emergencyLead: {
      named: (name: string) => `${name} necesita ayuda ahora.`,
      unnamed: 'Esa persona necesita ayuda ahora.',
    },
    callNow: (call: string) => `Si estás con esa persona, llama al ${call} ahora y quédate a su lado. No dejes que conduzca.`,
    someoneHasCalled: (call: string) => `Si no estás con esa persona, asegúrate de que alguien esté a su lado y de que haya llamado al ${call}.`,
  },
};
