import { countWith } from '../../count';
import type { GuidanceText } from '../../en/guidance';

export const guidance: GuidanceText = {
  resultHeading: {
    soreness: 'Das klingt nach normalem Muskelkater',
    strain: 'Das klingt nach einer Zerrung',
    today: 'Hol dir heute noch ärztliche Hilfe',
    soon: 'Lass dich in den nächsten Tagen ärztlich untersuchen',
    emergencyDepartment: 'Geh jetzt in eine Notaufnahme',
    emergency: (number: string) => `Ruf jetzt ${number} an`,
  },
  resultLead: {
    soreness: 'Muskeln, die hart gearbeitet haben, tun danach oft ein paar Tage lang weh. Das ist normal und wird von selbst besser.',
    strain:
      'Du hast dir wahrscheinlich eine Zerrung an einem Muskel oder Band im Rücken zugezogen. Die meisten Zerrungen werden innerhalb von 1 bis 2 Wochen von selbst besser, wenn du richtig damit umgehst.',
    strainSevere:
      'Du hast dir wahrscheinlich eine Zerrung an einem Muskel oder Band im Rücken zugezogen. Weil die Schmerzen so stark sind, lies zuerst unten, was du jetzt tun solltest.',
    emergencyDepartment: 'So starke Muskelschmerzen, gegen die Schmerzmittel nichts ausrichten, müssen sofort in einer Notaufnahme untersucht werden.',
    emergency: (call: string) => `Einige deiner Antworten müssen sofort abgeklärt werden. Ruf jetzt ${call} an, oder geh in die nächste Notaufnahme.`,
    today: 'Einige deiner Antworten sollten heute noch ärztlich abgeklärt werden. Das heißt nicht, dass etwas Ernstes vorliegt, aber es sollte nicht warten.',
    soon: 'Rückenschmerzen wie diese sind selten etwas Ernstes, aber wegen einiger deiner Antworten sollten sie ärztlich abgeklärt werden. Mach in den nächsten Tagen einen Termin.',
  },
  sectionHeadings: {
    doNow: 'Was du jetzt tun solltest',
    stretches: 'Sanfte Dehnungen und Bewegungen',
    avoid: 'Was du vermeiden solltest',
    trainAgain: 'Wann du wieder trainieren kannst',
    checkAgain: 'Wann du die Fragen noch einmal beantworten solltest',
    seeADoctorIf: 'Lass dich ärztlich untersuchen, wenn sich etwas ändert',
    mobility: 'Sanfte Beweglichkeitsübungen',
    buildStrength: 'Später: Kraft aufbauen, damit es nicht wiederkommt',
    youngAthletes: 'Für junge Sportlerinnen und Sportler',
    tellTheDepartment: 'Was du in der Notaufnahme sagen solltest',
    tellWhenYouCall: 'Was du am Telefon sagen solltest',
    tellTheDoctor: 'Was du dem Arzt oder der Ärztin sagen solltest',
    untilSeen: 'Bis du ärztlich untersucht wurdest',
    onTheWay: 'Auf dem Weg',
    whileYouWait: 'Während du wartest',
  },
  seeADoctorIf: {
    worseOrNotBetter: 'Es wird nach 3 Tagen schlechter, oder es ist nach einer Woche nicht besser.',
    spreadsOrRestDoesNotEase: 'Die Schmerzen strahlen bis unter das Knie aus, oder Ausruhen lindert sie nicht mehr.',
    feverOrBurning: 'Du bekommst Fieber, fühlst dich krank, oder es brennt beim Urinlassen.',
  },
  painRelief: 'Wenn du etwas gegen die Schmerzen brauchst, frag in der Apotheke oder in einer Arztpraxis nach.',
  soreness: {
    keepMoving: 'Bleib in Bewegung. Gehen und leichte Aktivität lassen Muskelkater schneller abklingen als Ausruhen.',
    stretchGently: 'Dehn dich sanft und probier die leichten Übungen unter „Sanfte Dehnungen und Bewegungen“. Lass alle weg, die wehtun.',
    foamRoller: 'Mit einer Faszienrolle über deinen Po und deine Oberschenkel zu rollen, kann helfen. Geh dabei sanft vor.',
    stretchesIntro: 'Halte jede Dehnung 3 langsame Atemzüge lang, oder beweg dich langsam 5- bis 10-mal. Lass alle weg, die wehtun.',
    sameMusclesHard: 'Dieselben Muskeln hart zu trainieren, bevor der Muskelkater weitgehend abgeklungen ist.',
    avoid: {
      lifting: 'Schweres Kreuzheben und schwere Kniebeugen für ein oder zwei Einheiten.',
      running: 'Harte Läufe und Bergläufe, bis es nachlässt. Lockere Läufe sind in Ordnung.',
      cycling: 'Lange oder harte Fahrten, bis es nachlässt. Lockeres Radeln ist in Ordnung.',
      sport: 'Spiele mit voller Intensität, bis es nachlässt. Leichte Übungen sind in Ordnung.',
      other: 'Im selben Kurs oder in derselben Einheit voll Gas zu geben, bis es nachlässt.',
    },
    trainWhenGone: (eases: string) => `${eases} Trainiere wieder, wenn er weitgehend abgeklungen ist: Fang leichter an und steigere dich nach und nach.`,
    warmUp: {
      lifting:
        'Wärm dich mit ein paar leichten Sätzen auf, bevor du dein Arbeitsgewicht nimmst, und steigere die Last nach und nach. Prüf deine Technik: Es hilft, einen Satz zu filmen.',
      running: 'Wärm dich auf, indem du erst gehst und dann langsam joggst, bevor du in dein übliches Tempo wechselst. Steigere die Strecke nach und nach.',
      cycling: 'Wärm dich mit ein paar Minuten lockerem Treten auf, und steigere Länge und Intensität deiner Fahrten nach und nach.',
      sport: 'Wärm dich vor dem Spiel gut auf, und steigere dich über ein paar Einheiten wieder bis zur vollen Intensität.',
      other: 'Wärm dich gut auf, bevor du anfängst, und steigere dich nach und nach wieder.',
    },
    afterSomethingNew:
      'Muskelkater kommt am häufigsten nach etwas Neuem: einer neuen Übung, mehr Gewicht oder der ersten Einheit nach einer Pause. Er wird weniger, wenn sich dein Körper an die Belastung gewöhnt.',
  },
  strain: {
    stopTheExercise: 'Hör mit der Übung auf, die es ausgelöst hat. Trainiere nicht gegen den Schmerz an.',
    restForNow: (stage1: string) => `Ruh dich bei Bedarf in der Position aus, die am wenigsten wehtut, aber bleib nicht im Bett. Vorerst gilt: ${stage1}`,
    avoid: {
      lifting: 'Schweres Kreuzheben, schwere Kniebeugen und Drücken über Kopf, bis es sich beruhigt hat.',
      running: 'Laufen, bis es sich beruhigt hat. Geh stattdessen spazieren.',
      cycling: 'Lange oder harte Fahrten, bis es sich beruhigt hat.',
      sport: 'Spiele, Körperkontakt und Sprints, bis es sich beruhigt hat.',
      other: 'Die Bewegung, die es ausgelöst hat, bis es sich beruhigt hat.',
    },
    stopIfSharpPain: 'Hör auf, wenn der scharfe Schmerz wiederkommt.',
    stopIfPain: 'Hör auf, wenn die Schmerzen wiederkommen oder schlimmer werden.',
    trainAgainIntro: (stop: string) =>
      `Die Schritte unter „Was du jetzt tun solltest“ sind Stufe 1. Geh immer nur eine Stufe weiter, höchstens eine pro Tag. ${stop} Wenn das passiert oder der nächste Morgen schlimmer ist, geh eine Stufe zurück.`,
    stageStep: (what: string, moveOnWhen: string) => `${what} Geh zur nächsten Stufe, sobald gilt: ${moveOnWhen}`,
    mobilityIntro: 'Ab Stufe 2. Mach sie, wenn sie deinem Rücken guttun; lass alle weg, die wehtun.',
    buildStrengthIntro:
      'Ab Stufe 3: Übungen mit dem eigenen Körpergewicht für Rumpf, Rücken und Hüften, die leichtesten zuerst. Fang mit den ersten 4 an, die du langsam, ohne Schmerzen und sauber ausführen kannst, 3 Sätze mit 8 bis 12 Wiederholungen, und geh weiter, wenn sie dir leichtfallen. Wenn es immer wiederkommt, kann sich eine Sportphysiotherapeutin oder ein Sportphysiotherapeut ansehen, wie du dich bewegst und hebst.',
    checkAgain: 'Beantworte die Fragen in 2 bis 3 Tagen noch einmal. Die meisten Zerrungen sind innerhalb von 1 bis 2 Wochen deutlich besser.',
  },
  strengthProgramme: {
    superman: {
      name: 'Superman-Übung',
      how: 'Leg dich auf den Bauch, die Arme über dem Kopf ausgestreckt. Heb Arme und Beine ein wenig vom Boden ab, halte sie 2 Atemzüge lang und senk sie langsam ab.',
    },
    deadBug: {
      name: 'Toter Käfer (Dead Bug)',
      how: 'Leg dich auf den Rücken, die Arme nach oben gestreckt und die Knie gebeugt über den Hüften. Halte den unteren Rücken am Boden, während du langsam einen Arm und das gegenüberliegende Bein absenkst. Dann wechsle.',
    },
    balanceAndReach: {
      name: 'Einbeinstand mit Fußtippen',
      how: 'Stell dich mit leicht gebeugtem Knie auf ein Bein. Führ den anderen Fuß nach vorn, zur Seite und nach hinten und tippe dabei leicht auf den Boden.',
    },
    plankLegLifts: {
      name: 'Beinheben im Liegestütz',
      how: 'Geh in die Liegestützposition, mit einer geraden Linie vom Kopf bis zu den Fersen. Heb einen Fuß ein wenig an, halte ihn und wechsle, ohne die Hüften absinken zu lassen.',
    },
    singleLegBridge: {
      name: 'Einbeinige Brücke',
      how: 'Leg dich auf den Rücken, die Knie gebeugt. Streck ein Bein aus, drück dann die andere Ferse in den Boden und heb die Hüften an, bis dein Körper eine gerade Linie bildet.',
    },
    sidePlankLifts: {
      name: 'Seitstütz auf dem Unterarm mit Hüftheben, Knie gebeugt',
      how: 'Leg dich auf die Seite und stütz dich auf den Unterarm, die Knie gebeugt. Heb die Hüften, bis dein Körper vom Kopf bis zu den Knien eine Linie bildet, und senk sie dann langsam ab.',
    },
    birdDog: {
      name: 'Diagonales Strecken im Vierfüßlerstand (Bird Dog)',
      how: 'Streck im Vierfüßlerstand einen Arm nach vorn und das gegenüberliegende Bein nach hinten, bis beide auf einer Höhe mit deinem Körper sind. Halte den Rücken ruhig, dann wechsle.',
    },
    supermanPull: {
      name: 'Superman-Übung mit Armzug',
      how: 'Leg dich auf den Bauch, die Arme über dem Kopf. Heb Brust und Arme ein wenig an und zieh die Ellbogen nach unten an deine Seiten, als würdest du an einer Stange ziehen.',
    },
    singleLegDeadlift: {
      name: 'Einbeiniges Kreuzheben',
      how: 'Stell dich auf ein Bein und beug dich aus der Hüfte nach vorn. Führ die Hände Richtung Boden, während das andere Bein nach hinten geht. Halte den Rücken gerade und geh nur so weit, wie es angenehm ist.',
    },
    plankArmAndLegRaises: {
      name: 'Arm- und Beinheben im Liegestütz',
      how: 'Heb in der Liegestützposition einen Arm und das gegenüberliegende Bein an, halte sie einen Atemzug lang und wechsle. Halte die Hüften dabei waagerecht.',
    },
  },
  moves: {
    catCow: {
      name: 'Katze-Kuh',
      how: 'Mach im Vierfüßlerstand langsam einen runden Rücken und lass ihn dann sanft nach unten durchhängen. Beweg dich nur so weit, wie es angenehm ist.',
    },
    figure4: {
      name: 'Figur-4-Dehnung im Liegen für deinen Po (Gesäßmuskeln), jede Seite',
      how: 'Leg dich auf den Rücken, leg einen Knöchel auf das andere Knie und zieh das untere Bein sanft zu dir heran, bis du eine Dehnung spürst, die durch deinen Po zieht.',
    },
    lyingTwist: {
      name: 'Drehung im Liegen, jede Seite',
      nameOnceSharpPainGone: 'Drehung im Liegen, jede Seite, sobald der scharfe Schmerz weg ist',
      how: 'Leg dich auf den Rücken, die Knie gebeugt, und lass sie langsam zu einer Seite sinken, während deine Schultern auf dem Boden bleiben.',
    },
    thighStretch: {
      name: 'Dehnung für die Oberschenkelrückseite (Hamstrings), jede Seite',
      how: 'Leg dich auf den Rücken und heb ein Bein gestreckt an. Halte es hinter dem Oberschenkel fest, bis du eine sanfte Dehnung spürst. Halte sie 3 langsame Atemzüge lang.',
    },
    hipStretch: {
      name: 'Dehnung für die Vorderseite deiner Hüften (Hüftbeuger), jede Seite',
      how: 'Knie dich auf ein Knie, den anderen Fuß vor dir. Halte den Rücken aufrecht und schieb die Hüften langsam nach vorn, bis du vorn an der Hüfte eine Dehnung spürst.',
    },
  },
  stages: {
    1: {
      name: 'Pause von der Bewegung',
      what: 'Alltägliche Aktivitäten und Gehen. Kein Training der Bewegung, die wehtut.',
      moveOnWhen: 'Alltägliche Bewegungen fühlen sich gut an, und die Schmerzen liegen bei 3 von 10 oder weniger.',
    },
    2: {
      name: 'Bewegen',
      what: 'Gehen, Schwimmen oder lockeres Radfahren, und sanfte Beweglichkeitsübungen.',
      moveOnWhen: (days: number) =>
        `Du hattest ${countWith('de', days, { one: 'Tag', other: 'Tage' })} lang keine scharfen Schmerzen, und die Schmerzen liegen bei 2 von 10 oder weniger, während der Aktivität und am nächsten Morgen.`,
    },
    3: {
      name: 'Leichtes Training',
      what: 'Training ohne die Bewegung, die wehgetan hat, und die Kraftübungen mit dem eigenen Körpergewicht, die leichtesten zuerst.',
      moveOnWhen: 'Es gibt keine scharfen Schmerzen, und die Schmerzen liegen bei 2 von 10 oder weniger, während des Trainings und am nächsten Morgen.',
    },
    4: {
      name: 'Eine leichtere Einheit',
      what: 'Deine übliche Einheit mit etwa halber Last oder halbem Tempo, mit mehr Wiederholungen und guter Technik.',
      moveOnWhen:
        'Es gibt keine scharfen Schmerzen, die Schmerzen liegen bei 2 von 10 oder weniger, während der Einheit und am nächsten Morgen, und dieser Morgen ist nicht schlimmer als der davor.',
    },
    5: {
      name: 'Volles Training',
      what: 'Deine übliche Einheit, die du über ein oder zwei Wochen wieder steigerst.',
    },
  },
  moveOnToStage: (stage: number, moveOnWhen: string) => `Geh zu Stufe ${stage} weiter, sobald gilt: ${moveOnWhen}`,
  stopAndGoBack:
    'Wenn du einen scharfen Schmerz bekommst, brich die Einheit ab und geh eine Stufe zurück. Geh auch eine Stufe zurück, wenn der nächste Morgen schlimmer ist.',
  ckAdvice: {
    sayAndAsk: 'Sag, dass es nach einem harten Training angefangen hat, und frag, ob du einen Bluttest auf Muskelschäden (CK-Wert) brauchst.',
    sayAndAskIfNotSudden:
      'Wenn es nicht in einem bestimmten Moment angefangen hat, sag, dass es nach einem harten Training angefangen hat, und frag, ob du einen Bluttest auf Muskelschäden (CK-Wert) brauchst.',
    ask: 'Frag, ob du einen Bluttest auf Muskelschäden (CK-Wert) brauchst.',
    askIfNotSudden: 'Wenn es nicht in einem bestimmten Moment angefangen hat, frag, ob du einen Bluttest auf Muskelschäden (CK-Wert) brauchst.',
  },
  doctor: {
    getSeenToday: 'Lass dich heute noch untersuchen, in einer Bereitschaftspraxis oder einer Notaufnahme.',
    getSeenTodayAndCk: (ck: string) => `Lass dich heute noch untersuchen, in einer Bereitschaftspraxis oder einer Notaufnahme. ${ck}`,
    getHelpToday:
      'Hol dir heute noch ärztliche Hilfe: Bitte deine Arztpraxis um einen dringenden Termin, oder geh in eine Bereitschaftspraxis oder eine Notaufnahme.',
    seriousAccident: (call: string) => `Wenn es ein schwerer Unfall war, ruf ${call} an.`,
    confusedOrDrowsy: (call: string) => `Wenn du dich verwirrt oder sehr schläfrig fühlst, ruf ${call} an.`,
    stopAndDrink: 'Hör mit dem Training auf, bis du untersucht wurdest, und trink mehr Wasser als sonst.',
    goToDepartment: (call: string) =>
      `Geh jetzt in die nächste Notaufnahme. Wenn du nicht sicher dorthin kommst, oder wenn die Muskeln anschwellen oder hart werden, ruf ${call} an.`,
    askSomeoneToTakeYou: 'Hör mit dem Training auf und fahr nicht selbst: Bitte jemanden, dich hinzubringen.',
    askSomeoneToStay: 'Wenn möglich, bitte jemanden, bei dir zu bleiben.',
    callNow: (call: string) => `Ruf jetzt ${call} an, oder geh in die nächste Notaufnahme.`,
    doNotDrive: 'Fahr nicht selbst.',
    keepStill: 'Hör mit dem Training auf, beweg dich möglichst wenig und bleib in der Position, die am angenehmsten ist.',
    askSomeoneToStayUntilHelp: 'Wenn möglich, bitte jemanden, bei dir zu bleiben, bis Hilfe kommt.',
    bookDoctorOrPhysio:
      'Mach in den nächsten Tagen einen Termin in einer Arztpraxis oder in der Physiotherapie, damit geklärt wird, warum es so lange braucht, um abzuklingen.',
    bookDoctor: 'Mach in den nächsten Tagen einen Termin in einer Arztpraxis.',
    stayGentlyActive: 'Bleib bis dahin sanft aktiv, so weit es angenehm ist: Gehen und alltägliche Aktivitäten helfen.',
    youngStressFracture:
      'Bei jungen Sportlerinnen und Sportlern kommen Rückenschmerzen, die länger als 2 Wochen dauern, manchmal von einem kleinen Ermüdungsbruch in der Wirbelsäule, vor allem, wenn es beim Beugen nach hinten wehtut. Ein Arzt oder eine Ärztin kann das untersuchen.',
    youngTellSport: 'Sag dem Arzt oder der Ärztin, welchen Sport du machst und wie oft du trainierst.',
    youngDecideWithDoctor: 'Entscheide gemeinsam mit einem Arzt, einer Ärztin oder deiner Physiotherapie, wann du wieder voll trainierst.',
    loadJump:
      'Ob es nach einer harten ersten Einheit nach einer Pause kam oder nach einer großen Steigerung der Belastung: Beides macht Muskelschäden wahrscheinlicher.',
    tellSevereMusclePain:
      'Dass du starke Muskelschmerzen hast, die nach einem harten Training angefangen haben, dass Schmerzmittel nicht geholfen haben, und wann es angefangen hat.',
    tellYourAnswers: 'Deine Antworten, am Ende dieser Seite.',
    sayAfterTraining:
      'Sag, dass du nach dem Training Rückenschmerzen hast, und nenne die Warnzeichen unter „Warum dieses Ergebnis“. Lies sie vor, wenn das einfacher ist.',
    sayNotLinked:
      'Sag, dass du Rückenschmerzen hast, die nicht klar mit einem Training zusammenhängen, und nenne die Warnzeichen unter „Warum dieses Ergebnis“. Lies sie vor, wenn das einfacher ist.',
    sayWhenAndWhat: 'Sag, wann die Schmerzen angefangen haben und was du gerade gemacht hast.',
    answerTheirQuestions: 'Beantworte die Fragen, die dir gestellt werden: Dann erfährst du, was du als Nächstes tun sollst.',
    tellNotLinked: 'Dass deine Rückenschmerzen nicht klar mit einem Training zusammenhängen.',
    tellAfterTraining: 'Dass dein Rücken nach dem Training angefangen hat wehzutun, und bei welchem Training.',
    tellMuchWorse: 'Dass die Schmerzen viel schlimmer sind als normaler Muskelkater nach einem Training.',
    tellWarningSigns: {
      began: (began: string) => `Die Warnzeichen unter „Warum dieses Ergebnis“, und wann es angefangen hat: ${began}.`,
      unknown: 'Die Warnzeichen unter „Warum dieses Ergebnis“, und wann es angefangen hat.',
    },
    tellWhenAndTrend: {
      began: (began: string) => `Ob es besser oder schlechter wird, und wann es angefangen hat: ${began}.`,
      unknown: 'Wann es angefangen hat, und ob es besser oder schlechter wird.',
    },
    showThisPage: 'Deine Antworten, am Ende dieser Seite: Zeig dem Arzt oder der Ärztin diese Seite, ausgedruckt oder auf deinem Handy.',
    takeMedicinesList: 'Nimm eine Liste aller Medikamente mit, die du nimmst.',
    haveMedicinesList: 'Halte eine Liste aller Medikamente bereit, die du nimmst, um sie zeigen zu können.',
    doNotTrainUntilSeen: 'Trainiere deinen Rücken nicht, und trainiere nicht gegen Schmerzen an, bis du untersucht wurdest.',
  },
  // Each sign as a short phrase, so one list serves the person (`you`) and anyone reading about them (`they`).
  callAtOnceSigns: {
    chest: { you: 'Brustschmerzen oder Atemnot, oder Blut husten', they: 'Brustschmerzen oder Atemnot, oder Blut husten' },
    darkPee: { you: 'dunkelbrauner oder colafarbener Urin', they: 'dunkelbrauner oder colafarbener Urin' },
    swollenMuscles: { you: 'schmerzende Muskeln, die anschwellen oder hart werden', they: 'schmerzende Muskeln, die anschwellen oder hart werden' },
    numbness: {
      you: 'Taubheitsgefühl rund um deine Geschlechtsteile oder deinen Po, oder Probleme beim Urinlassen',
      they: 'Taubheitsgefühl rund um die Geschlechtsteile oder den Po, oder Probleme beim Urinlassen',
    },
    weakLeg: { you: 'ein Bein, das schwach oder taub wird', they: 'ein Bein, das schwach oder taub wird' },
  },
  callAtOnce: (signs: readonly string[], call: string) =>
    signs.length < 2
      ? `Ruf sofort ${call} an, wenn das auftritt: ${signs.join('')}.`
      : `Ruf sofort ${call} an, sobald eines davon auftritt: ${signs.slice(0, -1).join('; ')}; oder ${signs.at(-1) ?? ''}.`,
  heatOrCold:
    'Wärme oder Kälte: Nimm in den ersten 2 Tagen nach einer plötzlichen Zerrung Kälte, zum Beispiel ein Kühlpack, in ein Tuch gewickelt, und keine Wärme. Danach nimm Wärme oder Kälte, je nachdem, was besser hilft.',
  sorenessCourse: {
    firstDays: {
      eases: 'Muskelkater lässt meist nach 2 bis 3 Tagen nach.',
      checkAgain: 'Wenn es nach 3 Tagen nicht nachlässt, beantworte die Fragen noch einmal.',
      coach: 'Bitte die Person, die Fragen noch einmal zu beantworten, wenn es nach 3 Tagen nicht nachlässt.',
      helper: 'Wenn es nach 3 Tagen nicht nachlässt, kann die Person die Fragen noch einmal beantworten.',
    },
    later: {
      eases: 'Muskelkater ist meist etwa eine Woche nach Beginn vorbei.',
      checkAgain:
        'Wenn es eine Woche nach Beginn nicht vorbei ist, beantworte die Fragen noch einmal, oder lass dich ärztlich oder physiotherapeutisch untersuchen.',
      coach: 'Bitte die Person, die Fragen noch einmal zu beantworten, wenn es eine Woche nach Beginn nicht vorbei ist.',
      helper:
        'Wenn es eine Woche nach Beginn nicht vorbei ist, kann die Person die Fragen noch einmal beantworten oder sich ärztlich oder physiotherapeutisch untersuchen lassen.',
    },
  },
  severeStrainWatch: {
    firstDays: {
      you: 'So starke Schmerzen musst du im Blick behalten. Sie sollten innerhalb von 3 Tagen nach Beginn anfangen nachzulassen. Wenn nicht, oder wenn Schmerzmittel nicht helfen, lass dich noch am selben Tag ärztlich untersuchen.',
      they: 'So starke Schmerzen muss man im Blick behalten. Sie sollten innerhalb von 3 Tagen nach Beginn anfangen nachzulassen. Wenn nicht, oder wenn Schmerzmittel nicht helfen, sollte sich die Person noch am selben Tag ärztlich untersuchen lassen.',
    },
    later: {
      you: (severe: number) =>
        `So starke Schmerzen musst du im Blick behalten. Lass dich ärztlich untersuchen, wenn sie nicht mehr besser werden oder wenn sie in 3 Tagen immer noch bei ${severe} von 10 oder mehr liegen.`,
      they: (severe: number) =>
        `So starke Schmerzen muss man im Blick behalten. Die Person sollte sich ärztlich untersuchen lassen, wenn die Schmerzen nicht mehr besser werden oder wenn sie in 3 Tagen immer noch bei ${severe} von 10 oder mehr liegen.`,
    },
  },
  forTheCoach: {
    heading: 'Für Trainerinnen und Trainer',
    noMoreDetails: 'Du brauchst nicht mehr Einzelheiten, als dir die Person schicken wollte.',
    doNotPush: 'Dräng niemanden dazu, trotz Schmerzen zu trainieren.',
    youngAndLasting: {
      named: (name: string) =>
        `${name} ist unter 18 und hat seit 2 Wochen oder länger Schmerzen: Bevor ${name} wieder voll trainiert, sollte ein Arzt, eine Ärztin oder die Physiotherapie zustimmen.`,
      unnamed:
        'Die Person, die du trainierst, ist unter 18 und hat seit 2 Wochen oder länger Schmerzen: Bevor sie wieder voll trainiert, sollte ein Arzt, eine Ärztin oder die Physiotherapie zustimmen.',
    },
    sorenessLead: {
      named: (name: string) => `Das klingt nach normalem Muskelkater. ${name} kann weiter trainieren, ein oder zwei Tage lang etwas leichter.`,
      unnamed: 'Das klingt nach normalem Muskelkater. Die Person, die du trainierst, kann weiter trainieren, ein oder zwei Tage lang etwas leichter.',
    },
    lighterSession: 'Plane für ein oder zwei Tage eine leichtere Einheit ein, oder lass andere Muskelgruppen arbeiten.',
    warmUp: 'Achte auf ein gutes Aufwärmen.',
    somethingNew: 'Muskelkater kommt am häufigsten nach etwas Neuem oder einer Steigerung der Belastung: Pass den Plan an, wenn das der Fall war.',
    strainLead: {
      named: (name: string) => `Das klingt nach einer Zerrung. ${name} sollte die Bewegung, die wehtut, nicht belasten.`,
      unnamed: 'Das klingt nach einer Zerrung. Die Person, die du trainierst, sollte die Bewegung, die wehtut, nicht belasten.',
    },
    noLoading: 'Keine Belastung der schmerzhaften Bewegung, bis es sich beruhigt hat.',
    stageByStage:
      'Bau das Training Stufe für Stufe wieder auf, wie unter „Wann du wieder trainieren kannst“ beschrieben: höchstens eine Stufe pro Tag, und eine Stufe zurück, wenn der scharfe Schmerz wiederkommt oder der nächste Morgen schlimmer ist.',
    checkTechnique: 'Prüf vor der nächsten schweren Einheit die Technik, und ob die Belastung zuletzt stark gesteigert wurde.',
    checkAgain: 'Bitte die Person, die Fragen in 2 bis 3 Tagen noch einmal zu beantworten.',
    soonLead: {
      named: (name: string) => `${name} sollte sich in den nächsten Tagen ärztlich untersuchen lassen.`,
      unnamed: 'Die Person, die du trainierst, sollte sich in den nächsten Tagen ärztlich untersuchen lassen.',
    },
    noBackTraining: 'Kein Training für den Rücken bis zur ärztlichen Untersuchung.',
    bookIt: 'Achte darauf, dass der Termin auch gemacht wird.',
    todayLead: {
      named: (name: string) => `${name} braucht heute noch ärztliche Hilfe.`,
      unnamed: 'Die Person, die du trainierst, braucht heute noch ärztliche Hilfe.',
    },
    helpSeenToday: 'Hilf dabei, dass die Person heute noch untersucht wird.',
    doNotTrainOrDrive: 'Kein Training, und bei starken Schmerzen nicht selbst Auto fahren.',
    departmentLead: {
      named: (name: string) => `${name} muss jetzt in eine Notaufnahme.`,
      unnamed: 'Die Person, die du trainierst, muss jetzt in eine Notaufnahme.',
    },
    takeThemToDepartment: {
      named: (name: string, call: string) =>
        `Wenn du bei ${name} bist, bring ${name} jetzt in eine Notaufnahme und bleib bei ${name}. Lass ${name} nicht selbst fahren. Ruf ${call} an, wenn ${name} nicht sicher dorthin kommt, oder wenn die Muskeln anschwellen oder hart werden.`,
      unnamed: (call: string) =>
        `Wenn du bei der Person bist, die du trainierst, bring sie jetzt in eine Notaufnahme und bleib bei ihr. Lass sie nicht selbst fahren. Ruf ${call} an, wenn sie nicht sicher dorthin kommt, oder wenn die Muskeln anschwellen oder hart werden.`,
    },
    someoneTakingThem: 'Wenn du nicht dabei bist, sorg dafür, dass jemand bei der Person ist und sie hinbringt.',
    emergencyLead: {
      named: (name: string) => `${name} braucht jetzt Hilfe.`,
      unnamed: 'Die Person, die du trainierst, braucht jetzt Hilfe.',
    },
    callNow: {
      named: (name: string, call: string) => `Wenn du bei ${name} bist, ruf jetzt ${call} an und bleib bei ${name}. Lass ${name} nicht selbst fahren.`,
      unnamed: (call: string) => `Wenn du bei der Person bist, die du trainierst, ruf jetzt ${call} an und bleib bei ihr. Lass sie nicht selbst fahren.`,
    },
    someoneHasCalled: (call: string) => `Wenn du nicht dabei bist, sorg dafür, dass jemand bei der Person ist und ${call} angerufen hat.`,
  },
  forAHelper: {
    heading: {
      named: (name: string) => `Wenn du ${name} hilfst`,
      unnamed: 'Wenn du der Person hilfst, die die Fragen beantwortet hat',
    },
    sorenessLead: 'Das klingt nach normalem Muskelkater. Er wird von selbst besser.',
    keepGentlyActive: 'Ermutige die Person, sanft aktiv zu bleiben: Gehen hilft mehr als Ausruhen.',
    strainLead: 'Das klingt nach einer Zerrung. Die meisten Zerrungen werden innerhalb von 1 bis 2 Wochen von selbst besser.',
    restFromTheMovement: 'Hilf der Person, die Bewegung zu meiden, die wehtut, und trotzdem sanft aktiv zu bleiben.',
    answerAgain: 'Die Person kann die Fragen in 2 bis 3 Tagen noch einmal beantworten.',
    soonLead: {
      named: (name: string) => `${name} sollte sich in den nächsten Tagen ärztlich untersuchen lassen.`,
      unnamed: 'Die Person sollte sich in den nächsten Tagen ärztlich untersuchen lassen.',
    },
    bookIt: 'Hilf dabei, den Termin zu machen.',
    todayLead: {
      named: (name: string) => `${name} braucht heute noch ärztliche Hilfe.`,
      unnamed: 'Die Person braucht heute noch ärztliche Hilfe.',
    },
    helpSeenToday: 'Hilf dabei, dass die Person heute noch untersucht wird.',
    doNotDrive: 'Bei starken Schmerzen sollte die Person nicht selbst Auto fahren.',
    departmentLead: {
      named: (name: string) => `${name} muss jetzt in eine Notaufnahme.`,
      unnamed: 'Die Person muss jetzt in eine Notaufnahme.',
    },
    takeThemToDepartment: (call: string) =>
      `Wenn du bei der Person bist, bring sie jetzt in eine Notaufnahme und bleib bei ihr. Lass sie nicht selbst fahren. Ruf ${call} an, wenn sie nicht sicher dorthin kommt, oder wenn die Muskeln anschwellen oder hart werden.`,
    someoneTakingThem: 'Wenn du nicht dabei bist, sorg dafür, dass jemand bei der Person ist und sie hinbringt.',
    emergencyLead: {
      named: (name: string) => `${name} braucht jetzt Hilfe.`,
      unnamed: 'Die Person braucht jetzt Hilfe.',
    },
    callNow: (call: string) => `Wenn du bei der Person bist, ruf jetzt ${call} an und bleib bei ihr. Lass sie nicht selbst fahren.`,
    someoneHasCalled: (call: string) => `Wenn du nicht dabei bist, sorg dafür, dass jemand bei der Person ist und ${call} angerufen hat.`,
  },
};
