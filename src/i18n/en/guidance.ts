import { countWith } from '../count';

/*
 * What a person reads in the guidance, in English, the reference for every translation (catalog.ts):
 * the answer's heading and lead, what to do now, what to avoid, when to train and check again, the
 * named moves, the stages back to training, and the coach's and the helper's parts. The signs to
 * call about, heat or cold and soreness by the day are written once, as every page says them the
 * same way (guidance/one-voice.ts).
 */

/** A sentence set inside another ("Move on when …", "For now: …") starts with a small letter in English. */
const lowerFirst = (sentence: string) => `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;

export const guidance = {
  /** The heading of the person's page: the answer. */
  resultHeading: {
    soreness: 'This sounds like normal soreness',
    strain: 'This sounds like a strain',
    today: 'Get medical help today',
    soon: 'See a doctor in the next few days',
    emergencyDepartment: 'Go to an emergency department now',
    /** `number` is the bare number to call: "999". */
    emergency: (number: string) => `Call ${number} now`,
  },
  /** The sentence under the heading: what the answer means. */
  resultLead: {
    soreness: 'Muscles that worked hard often ache for a few days afterwards. That is normal, and it gets better on its own.',
    strain: 'You have most likely strained a muscle or ligament in your back. Most strains get better on their own within 1 to 2 weeks with the right care.',
    /** Pain of 8 or more gets the watch first, not the promise that it passes. */
    strainSevere: 'You have most likely strained a muscle or ligament in your back. As the pain is so strong, start with what to do now, below.',
    emergencyDepartment: 'Muscle pain this bad, that painkillers do not touch, needs checking straight away at an emergency department.',
    /** `call` is the number, already phrased: "999", or "112 (or your local emergency number)". */
    emergency: (call: string) => `Some of your answers need checking straight away. Call ${call} now, or go to the nearest emergency department.`,
    today: 'Some of your answers need a doctor to check them today. It does not mean something serious is wrong, but it should not wait.',
    soon: 'Back pain like this is rarely serious, but some of your answers mean a doctor should check it. Book an appointment in the next few days.',
  },
  sectionHeadings: {
    doNow: 'What to do now',
    stretches: 'Gentle stretches and moves',
    avoid: 'What to avoid',
    trainAgain: 'When to train again',
    checkAgain: 'When to check again',
    seeADoctorIf: 'See a doctor if things change',
    mobility: 'Gentle mobility',
    buildStrength: 'Later: build strength so it does not come back',
    youngAthletes: 'For young athletes',
    tellTheDepartment: 'What to tell them at the emergency department',
    tellWhenYouCall: 'What to say when you call',
    tellTheDoctor: 'What to tell the doctor',
    untilSeen: 'Until you have seen a doctor',
    onTheWay: 'On the way',
    whileYouWait: 'While you wait',
  },
  /** "See a doctor if things change", after soreness or a strain. */
  seeADoctorIf: {
    worseOrNotBetter: 'It gets worse after 3 days, or is not better after a week.',
    spreadsOrRestDoesNotEase: 'The pain spreads below your knee, or rest stops easing it.',
    feverOrBurning: 'You get a fever, feel unwell, or it burns when you pee.',
  },
  painRelief: 'For pain relief, ask a pharmacist or doctor.',
  soreness: {
    keepMoving: 'Keep moving. Walking and light activity ease soreness faster than resting.',
    stretchGently: 'Stretch gently, and try the easy moves under “Gentle stretches and moves”. Skip any that hurt.',
    foamRoller: 'A foam roller on your bottom and thighs can help. Go gently.',
    stretchesIntro: 'Hold each stretch for 3 slow breaths, or move slowly 5 to 10 times. Skip any that hurt.',
    sameMusclesHard: 'Training the same muscles hard until the soreness has mostly gone.',
    avoid: {
      lifting: 'Heavy deadlifts and squats for a session or two.',
      running: 'Hard runs and hills until it eases. Easy runs are fine.',
      cycling: 'Long or hard rides until it eases. Easy spins are fine.',
      sport: 'Full-intensity matches until it eases. Light drills are fine.',
      other: 'Going hard at the same class or session until it eases.',
    },
    /** `eases` is when soreness usually eases, a sentence from `sorenessCourse`. */
    trainWhenGone: (eases: string) => `${eases} Train again when it has mostly gone, starting lighter and building up.`,
    warmUp: {
      lifting: 'Warm up with a few light sets before your working weight, and add load a little at a time. Check your technique: filming a set helps.',
      running: 'Warm up by walking, then jogging slowly, before your usual pace. Build up distance a little at a time.',
      cycling: 'Warm up with a few minutes of easy spinning, and build up the length and effort of rides a little at a time.',
      sport: 'Warm up well before play, and build back to full intensity over a few sessions.',
      other: 'Warm up well before you start, and build back up a little at a time.',
    },
    afterSomethingNew:
      'Soreness is most common after something new: a new exercise, more weight, or the first session after a break. It gets less as your body gets used to the work.',
  },
  strain: {
    stopTheExercise: 'Stop the exercise that caused it. Do not push through the pain.',
    /** `stage1` is what stage 1 of the ladder is, as a sentence: "Everyday activity and walking. …" */
    restForNow: (stage1: string) => `Rest in the position that hurts least when you need to, but do not stay in bed. For now: ${lowerFirst(stage1)}`,
    avoid: {
      lifting: 'Heavy deadlifts, squats and overhead pressing until it has settled.',
      running: 'Running until it has settled. Walk instead.',
      cycling: 'Long or hard rides until it has settled.',
      sport: 'Matches, contact and sprinting until it has settled.',
      other: 'The movement that caused it until it has settled.',
    },
    stopIfSharpPain: 'Stop if the sharp pain comes back.',
    stopIfPain: 'Stop if the pain comes back or gets worse.',
    /** `stop` is when to stop: `stopIfSharpPain` or `stopIfPain`. */
    trainAgainIntro: (stop: string) =>
      `What to do now is stage 1. Move up one stage at a time, at most one a day. ${stop} If it does, or the next morning is worse, go back one stage.`,
    /** A stage as the strain page lists it: `what` is the stage, `moveOnWhen` its bar for moving on, each a sentence. */
    stageStep: (what: string, moveOnWhen: string) => `${what} Move on when ${lowerFirst(moveOnWhen)}`,
    mobilityIntro: 'From stage 2. Do them when they make your back feel better; skip any that hurt.',
    buildStrengthIntro:
      'From stage 3: bodyweight exercises for your core, back and hips, easiest first. Start with the first 4 you can do slowly, without pain and with good form, 3 sets of 8 to 12 reps, and move on as they get easy. If it keeps coming back, a sports physiotherapist can check how you move and lift.',
    checkAgain: 'Answer the questions again in 2 to 3 days. Most strains are clearly better within 1 to 2 weeks.',
  },
  /** The bodyweight programme after a strain, easiest first. */
  strengthProgramme: {
    superman: {
      name: 'Superman',
      how: 'Lie on your front, arms overhead. Lift your arms and legs a little off the floor, hold for 2 breaths, and lower slowly.',
    },
    deadBug: {
      name: 'Dead bug',
      how: 'Lie on your back, arms up and knees bent above your hips. Keep your lower back on the floor as you slowly lower one arm and the opposite leg, then swap.',
    },
    balanceAndReach: {
      name: 'Single-leg balance and reach',
      how: 'Stand on one leg with a soft knee. Reach the other foot forwards, to the side and behind you, tapping the floor lightly.',
    },
    plankLegLifts: {
      name: 'High plank leg lifts',
      how: 'Hold a push-up position with a straight line from head to heels. Lift one foot a little, hold, and swap, without letting your hips drop.',
    },
    singleLegBridge: {
      name: 'Single-leg bridge',
      how: 'Lie on your back, knees bent. Straighten one leg, then push through the other heel to lift your hips until your body is in a line.',
    },
    sidePlankLifts: {
      name: 'Low side plank lifts, knees bent',
      how: 'Lie on your side on your forearm, knees bent. Lift your hips until your body is in a line from head to knees, then lower slowly.',
    },
    birdDog: {
      name: 'Bird dog',
      how: 'On hands and knees, reach one arm forwards and the opposite leg back until both are level with your body. Keep your back still, then swap.',
    },
    supermanPull: {
      name: 'Superman pull',
      how: 'Lie on your front with your arms overhead. Lift your chest and arms a little and pull your elbows down to your sides, as if pulling a bar.',
    },
    singleLegDeadlift: {
      name: 'Single-leg deadlift',
      how: 'Stand on one leg and hinge at the hips, reaching your hands towards the floor as the other leg goes back. Keep your back flat; go only as far as is comfortable.',
    },
    plankArmAndLegRaises: {
      name: 'High plank arm and leg raises',
      how: 'In a push-up position, lift one arm and the opposite leg, hold for a breath, and swap, keeping your hips level.',
    },
  },
  /** The named moves, each with how to do it. Plain words first: a gym word, where it helps, follows in brackets. */
  moves: {
    catCow: {
      name: 'Cat-cow',
      how: 'On hands and knees, slowly round your back up, then let it sag gently down. Move within what is comfortable.',
    },
    figure4: {
      name: 'Lying figure-4 stretch, for the muscles of your bottom (glutes), each side',
      how: 'Lie on your back, cross one ankle over the other knee, and pull the lower leg gently towards you until you feel a stretch in your bottom.',
    },
    lyingTwist: {
      name: 'Lying twist, each side',
      /** After a strain the twist waits until the sharp pain has gone. */
      nameOnceSharpPainGone: 'Lying twist, each side, once the sharp pain has gone',
      how: 'Lie on your back, knees bent, and let them fall slowly to one side while your shoulders stay on the floor.',
    },
    thighStretch: {
      name: 'Stretch for the backs of your thighs (hamstrings), each side',
      how: 'Lie on your back and lift one straight leg, holding it behind the thigh, until you feel a gentle stretch. Hold for 3 slow breaths.',
    },
    hipStretch: {
      name: 'Stretch for the fronts of your hips (hip flexors), each side',
      how: 'Kneel on one knee, the other foot in front. Keep your back upright and ease your hips forwards until you feel a stretch at the front of the hip.',
    },
  },
  /** The stages back to training: each one's name, what it is, and the bar for moving on from it, each a sentence of its own. */
  stages: {
    1: {
      name: 'Rest from the movement',
      what: 'Everyday activity and walking. No training of the movement that hurts.',
      moveOnWhen: 'Everyday movement is comfortable, and the pain is 3 out of 10 or less.',
    },
    2: {
      name: 'Move',
      what: 'Walking, swimming or easy cycling, and gentle mobility.',
      /** `days` is how many days without sharp pain move a person on. */
      moveOnWhen: (days: number) =>
        `You have had ${countWith('en', days, { one: 'day', other: 'days' })} without sharp pain, and the pain is 2 out of 10 or less during activity and the next morning.`,
    },
    3: {
      name: 'Light training',
      what: 'Training without the movement that hurt, and the bodyweight strength exercises, easiest first.',
      moveOnWhen: 'There is no sharp pain, and the pain is 2 out of 10 or less during training and the next morning.',
    },
    4: {
      name: 'A lighter session',
      what: 'Your usual session at about half the load or pace, with more reps and good technique.',
      moveOnWhen:
        'There is no sharp pain, the pain is 2 out of 10 or less during the session and the next morning, and that morning is no worse than the one before.',
    },
    5: {
      name: 'Full training',
      what: 'Your usual session, building back up over a week or two.',
    },
  },
  /** `moveOnWhen` is the stage's bar for moving on, a sentence of its own. */
  moveOnToStage: (stage: number, moveOnWhen: string) => `Move on to stage ${stage} when ${lowerFirst(moveOnWhen)}`,
  stopAndGoBack: 'If you get a sharp pain, stop that session and go back one stage. Go back one stage too if the next morning is worse.',
  /** The blood test for muscle damage, said the same way wherever it is given. */
  ckAdvice: {
    sayAndAsk: 'Say that it came on after a hard workout, and ask whether you need a blood test for muscle damage (called CK).',
    sayAndAskIfNotSudden:
      'If it did not start at one moment, say that it came on after a hard workout, and ask whether you need a blood test for muscle damage (called CK).',
    /** Where the page has already said it came on after a hard workout. */
    ask: 'Ask whether you need a blood test for muscle damage (called CK).',
    askIfNotSudden: 'If it did not start at one moment, ask whether you need a blood test for muscle damage (called CK).',
  },
  /** What a doctor result says to do; `call` is the number, already phrased: "999", or "112 (or your local emergency number)". */
  doctor: {
    getSeenToday: 'Get seen today, at an urgent care centre or an emergency department.',
    /** `ck` is the advice on the blood test for muscle damage, a sentence from `ckAdvice`. */
    getSeenTodayAndCk: (ck: string) => `Get seen today, at an urgent care centre or an emergency department. ${ck}`,
    getHelpToday: 'Get medical help today: ask your doctor for an urgent appointment, or go to an urgent care centre or emergency department.',
    seriousAccident: (call: string) => `If it was a serious accident, call ${call}.`,
    confusedOrDrowsy: (call: string) => `If you feel confused or very drowsy, call ${call}.`,
    stopAndDrink: 'Stop training until you have been seen, and drink more water than usual.',
    goToDepartment: (call: string) =>
      `Go to the nearest emergency department now. If you cannot get there safely, or the muscles swell or go hard, call ${call}.`,
    askSomeoneToTakeYou: 'Stop exercising, and do not drive yourself: ask someone to take you.',
    askSomeoneToStay: 'If you can, ask someone to stay with you.',
    callNow: (call: string) => `Call ${call} now, or go to the nearest emergency department.`,
    doNotDrive: 'Do not drive yourself.',
    keepStill: 'Stop exercising, and keep still in the position that is most comfortable.',
    askSomeoneToStayUntilHelp: 'If you can, ask someone to stay with you until help comes.',
    bookDoctorOrPhysio: 'Book an appointment with a doctor or a physiotherapist in the next few days, so they can find out why it is taking a while to settle.',
    bookDoctor: 'Book an appointment with a doctor in the next few days.',
    stayGentlyActive: 'Until then, stay gently active within what is comfortable: walking and everyday activity help.',
    youngStressFracture:
      'In young athletes, back pain that lasts more than 2 weeks, especially pain when arching backwards, is sometimes caused by a small stress fracture in the spine. A doctor can check for it.',
    youngTellSport: 'Tell the doctor which sport you do and how often you train.',
    youngDecideWithDoctor: 'Decide when to go back to full training with a doctor or physiotherapist.',
    loadJump: 'Whether it followed a hard first session after a break, or a big jump in load: both make muscle damage more likely.',
    tellSevereMusclePain: 'That you have severe muscle pain that came on after a hard workout, that painkillers have not helped, and when it began.',
    tellYourAnswers: 'Your answers, at the end of this page.',
    sayAfterTraining: 'Say that you have back pain after training, and the warning signs listed under “Why this result”. Read them out if that is easier.',
    sayNotLinked:
      'Say that you have back pain that is not clearly linked to a workout, and the warning signs listed under “Why this result”. Read them out if that is easier.',
    sayWhenAndWhat: 'Say when the pain began and what you were doing.',
    answerTheirQuestions: 'Answer their questions: they will tell you what to do next.',
    tellNotLinked: 'That your back pain is not clearly linked to a workout.',
    tellAfterTraining: 'That your back started hurting after training, and which workout it was.',
    tellMuchWorse: 'That the pain is much worse than normal soreness after a workout.',
    /**
     * `began` is when it began, from whenItBegan: "on Tuesday 1 December 2026, 2 days before these
     * answers were given"; `unknown` where the answers do not say how many days ago it began.
     */
    tellWarningSigns: {
      began: (began: string) => `The warning signs listed under “Why this result”, and that it began ${began}.`,
      unknown: 'The warning signs listed under “Why this result”, and when it began.',
    },
    /** `began` as for `tellWarningSigns`. */
    tellWhenAndTrend: {
      began: (began: string) => `That it began ${began}, and whether it is getting better or worse.`,
      unknown: 'When it began, and whether it is getting better or worse.',
    },
    showThisPage: 'Your answers, at the end of this page: show the doctor this page, on paper or on your phone.',
    takeMedicinesList: 'Take a list of any medicines you take with you.',
    haveMedicinesList: 'Have a list of any medicines you take ready to show.',
    doNotTrainUntilSeen: 'Do not train your back, and do not train through pain, until you have been seen.',
  },
  /** The signs that mean calling the emergency number at once, said to the person (`you`) or about them (`they`). */
  callAtOnceSigns: {
    chest: { you: 'you get chest pain or shortness of breath, or cough up blood', they: 'they get chest pain or shortness of breath, or cough up blood' },
    darkPee: { you: 'your pee turns dark brown or cola-coloured', they: 'their pee turns dark brown or cola-coloured' },
    swollenMuscles: { you: 'the sore muscles swell or go hard', they: 'the sore muscles swell or go hard' },
    numbness: {
      you: 'you get numbness around your genitals or bottom, or trouble peeing',
      they: 'they get numbness around their genitals or bottom, or trouble peeing',
    },
    weakLeg: { you: 'a leg goes weak or numb', they: 'a leg goes weak or numb' },
  },
  /**
   * "Call 999 at once if …": `signs` are the signs from `callAtOnceSigns`, in order; `call` is the
   * number, already phrased. Semicolons, as each sign has an "or" of its own.
   */
  callAtOnce: (signs: readonly string[], call: string) =>
    `Call ${call} at once if ${signs.length < 2 ? signs.join('') : `${signs.slice(0, -1).join('; ')}; or ${signs.at(-1) ?? ''}`}.`,
  heatOrCold:
    'Heat or cold: in the first 2 days after a sudden strain, use cold, such as a cold pack wrapped in a cloth, and no heat. After that, use heat or cold, whichever eases it.',
  /** Soreness, said to fit the day: to the person, to their coach and to anyone helping. */
  sorenessCourse: {
    firstDays: {
      eases: 'Soreness usually eases in 2 to 3 days.',
      checkAgain: 'If it is not easing after 3 days, answer the questions again.',
      coach: 'Ask them to check again if it is not easing after 3 days.',
      helper: 'If it is not easing after 3 days, they can answer the questions again.',
    },
    later: {
      eases: 'Soreness is usually gone within about a week of when it started.',
      checkAgain: 'If it is not gone within a week of when it started, answer the questions again, or see a doctor or physiotherapist.',
      coach: 'Ask them to check again if it is not gone within a week of when it started.',
      helper: 'If it is not gone within a week of when it started, they can answer the questions again, or see a doctor or physiotherapist.',
    },
  },
  /** A strain with pain of 8 or more, said to the person (`you`) or about them (`they`). */
  severeStrainWatch: {
    firstDays: {
      you: 'Pain this strong needs watching. It should start to ease within 3 days of when it started: if it has not, or painkillers do not help, you should get seen by a doctor that day.',
      they: 'Pain this strong needs watching. It should start to ease within 3 days of when it started: if it has not, or painkillers do not help, they should get seen by a doctor that day.',
    },
    /** `severe` is the pain out of 10 that counts as severe: 8. */
    later: {
      you: (severe: number) =>
        `Pain this strong needs watching. See a doctor if it stops getting better, or if it is still ${severe} out of 10 or more in 3 days.`,
      they: (severe: number) =>
        `Pain this strong needs watching. They should see a doctor if it stops getting better, or if it is still ${severe} out of 10 or more in 3 days.`,
    },
  },
  /**
   * The coach's part of a result from a trainee's link. Where a text names the trainee, `named`
   * takes their first name, and `unnamed` is said where the link gives none.
   */
  forTheCoach: {
    heading: 'For the coach',
    noMoreDetails: 'You do not need more details than they chose to send you.',
    doNotPush: 'Do not push anyone to train through pain.',
    youngAndLasting: {
      named: (name: string) =>
        `${name} is under 18 with pain for 2 weeks or more: a doctor or physiotherapist should agree before they go back to full training.`,
      unnamed: 'Your trainee is under 18 with pain for 2 weeks or more: a doctor or physiotherapist should agree before they go back to full training.',
    },
    sorenessLead: {
      named: (name: string) => `This sounds like normal soreness. ${name} can keep training, lighter for a day or two.`,
      unnamed: 'This sounds like normal soreness. Your trainee can keep training, lighter for a day or two.',
    },
    lighterSession: 'Give them a lighter session, or work other muscle groups, for a day or two.',
    warmUp: 'Make sure they warm up well.',
    somethingNew: 'Soreness is most common after something new or a jump in load: adjust the plan if that is what happened.',
    strainLead: {
      named: (name: string) => `This sounds like a strain. ${name} should not load the movement that hurts.`,
      unnamed: 'This sounds like a strain. Your trainee should not load the movement that hurts.',
    },
    noLoading: 'No loading of the painful movement until it has settled.',
    stageByStage:
      'Bring them back stage by stage, as under “When to train again”: one stage a day at most, and back one stage if the sharp pain returns or the next morning is worse.',
    checkTechnique: 'Before their next heavy session, check their technique and any recent jumps in load.',
    checkAgain: 'Ask them to check again in 2 to 3 days.',
    soonLead: {
      named: (name: string) => `${name} should see a doctor in the next few days.`,
      unnamed: 'Your trainee should see a doctor in the next few days.',
    },
    noBackTraining: 'No training of the back until they have been seen.',
    bookIt: 'Make sure they book the appointment.',
    todayLead: {
      named: (name: string) => `${name} needs medical help today.`,
      unnamed: 'Your trainee needs medical help today.',
    },
    helpSeenToday: 'Help them get seen today.',
    doNotTrainOrDrive: 'They should not train, and should not drive themselves if the pain is severe.',
    departmentLead: {
      named: (name: string) => `${name} needs an emergency department now.`,
      unnamed: 'Your trainee needs an emergency department now.',
    },
    /** `call` is the number, already phrased: "999", or "112 (or your local emergency number)". */
    takeThemToDepartment: {
      named: (name: string, call: string) =>
        `If you are with ${name}, get them to an emergency department now and stay with them. Do not let them drive. Call ${call} if they cannot get there safely, or the muscles swell or go hard.`,
      unnamed: (call: string) =>
        `If you are with your trainee, get them to an emergency department now and stay with them. Do not let them drive. Call ${call} if they cannot get there safely, or the muscles swell or go hard.`,
    },
    someoneTakingThem: 'If you are not with them, make sure someone is, and is taking them.',
    emergencyLead: {
      named: (name: string) => `${name} needs help now.`,
      unnamed: 'Your trainee needs help now.',
    },
    /** `call` as for `takeThemToDepartment`. */
    callNow: {
      named: (name: string, call: string) => `If you are with ${name}, call ${call} now and stay with them. Do not let them drive.`,
      unnamed: (call: string) => `If you are with your trainee, call ${call} now and stay with them. Do not let them drive.`,
    },
    someoneHasCalled: (call: string) => `If you are not with them, make sure someone is, and that they have called ${call}.`,
  },
  /**
   * The part for anyone else helping the person. Where a text names the person, `named` takes their
   * first name, and `unnamed` is said where the link gives none.
   */
  forAHelper: {
    heading: {
      named: (name: string) => `If you are helping ${name}`,
      unnamed: 'If you are helping the person who answered',
    },
    sorenessLead: 'This sounds like normal soreness. It gets better on its own.',
    keepGentlyActive: 'Encourage them to keep gently active: walking helps more than rest.',
    strainLead: 'This sounds like a strain. Most get better on their own within 1 to 2 weeks.',
    restFromTheMovement: 'Help them rest from the movement that hurts, while staying gently active.',
    answerAgain: 'They can answer the questions again in 2 to 3 days.',
    soonLead: {
      named: (name: string) => `${name} should see a doctor in the next few days.`,
      unnamed: 'They should see a doctor in the next few days.',
    },
    bookIt: 'Help them book the appointment.',
    todayLead: {
      named: (name: string) => `${name} needs medical help today.`,
      unnamed: 'They need medical help today.',
    },
    helpSeenToday: 'Help them get seen today.',
    doNotDrive: 'They should not drive themselves if the pain is severe.',
    departmentLead: {
      named: (name: string) => `${name} needs an emergency department now.`,
      unnamed: 'They need an emergency department now.',
    },
    /** `call` is the number, already phrased: "999", or "112 (or your local emergency number)". */
    takeThemToDepartment: (call: string) =>
      `If you are with them, get them to an emergency department now and stay with them. Do not let them drive. Call ${call} if they cannot get there safely, or the muscles swell or go hard.`,
    someoneTakingThem: 'If you are not with them, make sure someone is, and is taking them.',
    emergencyLead: {
      named: (name: string) => `${name} needs help now.`,
      unnamed: 'They need help now.',
    },
    callNow: (call: string) => `If you are with them, call ${call} now and stay with them. Do not let them drive.`,
    someoneHasCalled: (call: string) => `If you are not with them, make sure someone is, and that they have called ${call}.`,
  },
};

export type GuidanceText = typeof guidance;
