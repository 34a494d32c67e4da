import type { Answers, Triage } from '../triage';
import type { UnsureField } from '../triage/vocabulary';
import type { IsoDate } from '../dates/dates';
import { whenItBegan } from '../checks/recheck';
import { STAGES } from './stages';
import { CAT_COW, FIGURE_4, HIP_STRETCH, LYING_TWIST, LYING_TWIST_LATER, THIGH_STRETCH, type Exercise } from './moves';
import { callAtOnce, emergencyDepartmentOnly, HEAT_OR_COLD, kindOf, MUSCLE_EMERGENCY_RULE, severeStrainWatch, sorenessCourse } from './one-voice';

export type { Exercise } from './moves';
export { callAtOnce } from './one-voice';

/*
 * What to do, what to avoid, when to train again and when to check again, for each result.
 * Every line rests on docs/clinical-basis.md, "What Backcheck tells people to do", and its sources. No medication
 * advice beyond "ask a pharmacist or doctor"; none of the seeds' myths (lactic acid,
 * flushing, kidney cleansing).
 */

export interface Section {
  id: string;
  heading: string;
  intro?: string;
  items: (string | Exercise)[];
  /** Ordered where the order matters, as in a programme from easiest to hardest. */
  ordered?: boolean;
  /** For later, not for today: the page folds it, so what to do now comes first. */
  later?: boolean;
}

type Activity = Answers['activity'];

export interface GuidanceContext {
  activity?: Activity | undefined;
  daysSince?: number | undefined;
  /** The local date the answers were given, which the days since it began count back from; undefined where a link does not say. */
  answeredOn?: IsoDate | undefined;
  /** The number to call, already phrased: "999", or "112 (or your local emergency number)". */
  callNumber: string;
  /** The answers the person was not sure of: their values in the answers are the careful ones. */
  unsure?: readonly UnsureField[] | undefined;
}

const byActivity = (activity: Activity | undefined, lines: Record<Activity, string>) => lines[activity ?? 'other'];

const watchFor = (call: string, { withCall = true } = {}): Section => ({
  id: 'see-a-doctor-if',
  heading: 'See a doctor if things change',
  items: [
    'It gets worse after 3 days, or is not better after a week.',
    'The pain spreads below your knee, or rest stops easing it.',
    'You get a fever, feel unwell, or it burns when you pee.',
    // Said once a page: where what to do now already gives it, not again here.
    ...(withCall ? [callAtOnce(call)] : []),
  ],
});

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The rules for severe pain that send a person to be seen today (rules v3; docs/clinical-basis.md, "Severe pain soon after a hard workout"). */
const SEVERE_TODAY_RULES = ['severe-delayed-muscle-pain', 'severe-unrelenting', 'severe-not-easing', 'severe-despite-painkillers'];

/** The blood test for muscle damage, said the same way wherever it is given (docs/clinical-basis.md). */
const CK_QUESTION = 'ask whether you need a blood test for muscle damage (called CK)';
const CK_TEST = `say that it came on after a hard workout, and ${CK_QUESTION}`;

/**
 * Whether to ask about the blood test for muscle damage: only where the pain did not start at one
 * moment and followed a workout. A strain that began with a sudden twinge is never told to; where
 * the person was not sure of a sudden moment, the page says it only for the case that it did not.
 * `said` is what to ask, where the page has already said it came on after a workout.
 */
function ckAdvice(answers: Partial<Answers>, unsure: readonly UnsureField[], said = CK_TEST): string | undefined {
  if (answers.timing === undefined || answers.timing === 'unclear') return undefined;
  if (answers.suddenMoment === false) return `${capitalise(said)}.`;
  if (unsure.includes('suddenMoment')) return `If it did not start at one moment, ${said}.`;
  return undefined;
}

/** The gentle stretches and moves for soreness, each with how to do it. */
const SORENESS_MOVES: Exercise[] = [THIGH_STRETCH, FIGURE_4, HIP_STRETCH, CAT_COW, LYING_TWIST];

function soreness({ activity, daysSince, callNumber }: GuidanceContext): Section[] {
  const course = sorenessCourse(daysSince);
  return [
    {
      id: 'do-now',
      heading: 'What to do now',
      items: [
        'Keep moving. Walking and light activity ease soreness faster than resting.',
        'Stretch gently, and try the easy moves under “Gentle stretches and moves”. Skip any that hurt.',
        'A foam roller on your bottom and thighs can help. Go gently.',
      ],
    },
    {
      id: 'stretches',
      heading: 'Gentle stretches and moves',
      intro: 'Hold each stretch for 3 slow breaths, or move slowly 5 to 10 times. Skip any that hurt.',
      items: SORENESS_MOVES,
      later: true,
    },
    {
      id: 'avoid',
      heading: 'What to avoid',
      items: [
        'Training the same muscles hard until the soreness has mostly gone.',
        byActivity(activity, {
          lifting: 'Heavy deadlifts and squats for a session or two.',
          running: 'Hard runs and hills until it eases. Easy runs are fine.',
          cycling: 'Long or hard rides until it eases. Easy spins are fine.',
          sport: 'Full-intensity matches until it eases. Light drills are fine.',
          other: 'Going hard at the same class or session until it eases.',
        }),
      ],
    },
    {
      id: 'train-again',
      heading: 'When to train again',
      items: [
        `${course.eases} Train again when it has mostly gone, starting lighter and building up.`,
        byActivity(activity, {
          lifting: 'Warm up with a few light sets before your working weight, and add load a little at a time. Check your technique: filming a set helps.',
          running: 'Warm up by walking, then jogging slowly, before your usual pace. Build up distance a little at a time.',
          cycling: 'Warm up with a few minutes of easy spinning, and build up the length and effort of rides a little at a time.',
          sport: 'Warm up well before play, and build back to full intensity over a few sessions.',
          other: 'Warm up well before you start, and build back up a little at a time.',
        }),
        'Soreness is most common after something new: a new exercise, more weight, or the first session after a break. It gets less as your body gets used to the work.',
      ],
    },
    {
      id: 'check-again',
      heading: 'When to check again',
      items: [course.checkAgain],
    },
    watchFor(callNumber),
  ];
}

/*
 * Seed 003's programme, easiest first, kept to what suits a back that is healing: V-ups and
 * jump squats load a sore back hard and fast, so they are left out; the twist waits until the
 * sharp pain has gone (seed 001: no twisting in the first days).
 */
const STRENGTH_PROGRAMME: Exercise[] = [
  { name: 'Superman', how: 'Lie on your front, arms overhead. Lift your arms and legs a little off the floor, hold for 2 breaths, and lower slowly.' },
  {
    name: 'Dead bug',
    how: 'Lie on your back, arms up and knees bent above your hips. Keep your lower back on the floor as you slowly lower one arm and the opposite leg, then swap.',
  },
  {
    name: 'Single-leg balance and reach',
    how: 'Stand on one leg with a soft knee. Reach the other foot forwards, to the side and behind you, tapping the floor lightly.',
  },
  {
    name: 'High plank leg lifts',
    how: 'Hold a push-up position with a straight line from head to heels. Lift one foot a little, hold, and swap, without letting your hips drop.',
  },
  {
    name: 'Single-leg bridge',
    how: 'Lie on your back, knees bent. Straighten one leg, then push through the other heel to lift your hips until your body is in a line.',
  },
  {
    name: 'Low side plank lifts, knees bent',
    how: 'Lie on your side on your forearm, knees bent. Lift your hips until your body is in a line from head to knees, then lower slowly.',
  },
  {
    name: 'Bird dog',
    how: 'On hands and knees, reach one arm forwards and the opposite leg back until both are level with your body. Keep your back still, then swap.',
  },
  {
    name: 'Superman pull',
    how: 'Lie on your front with your arms overhead. Lift your chest and arms a little and pull your elbows down to your sides, as if pulling a bar.',
  },
  {
    name: 'Single-leg deadlift',
    how: 'Stand on one leg and hinge at the hips, reaching your hands towards the floor as the other leg goes back. Keep your back flat; go only as far as is comfortable.',
  },
  {
    name: 'High plank arm and leg raises',
    how: 'In a push-up position, lift one arm and the opposite leg, hold for a breath, and swap, keeping your hips level.',
  },
];

/** Stop when the pain the person described comes back: sharp pain only for those who had it. */
const stopIf = (character: Answers['character'] | undefined) =>
  character === 'sharp' || character === 'shooting' || character === 'burning'
    ? 'Stop if the sharp pain comes back.'
    : 'Stop if the pain comes back or gets worse.';

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** The stages back to training, as the ladder has them (checks/ladder.ts): one text for both. */
const STAGE_STEPS: Exercise[] = STAGES.map((stage) => ({
  name: stage.name,
  how: stage.moveOnWhen ? `${stage.what} Move on when ${lowerFirst(stage.moveOnWhen)}` : stage.what,
}));

/** What to do now after a strain is stage 1 of the ladder: everyday activity and walking. */
const STAGE_1 = STAGES[0]?.what ?? '';

function strain(answers: Partial<Answers>, { activity, callNumber }: GuidanceContext): Section[] {
  // Pain of 8 or more that the rules keep as a strain: watch it, in one message (rules v3).
  const watch = severeStrainWatch(answers, 'you');
  return [
    {
      id: 'do-now',
      heading: 'What to do now',
      items: [
        ...(watch ? [watch, callAtOnce(callNumber)] : []),
        'Stop the exercise that caused it. Do not push through the pain.',
        `Rest in the position that hurts least when you need to, but do not stay in bed. For now: ${lowerFirst(STAGE_1)}`,
        HEAT_OR_COLD,
        'For pain relief, ask a pharmacist or doctor.',
      ],
    },
    {
      id: 'avoid',
      heading: 'What to avoid',
      items: [
        byActivity(activity, {
          lifting: 'Heavy deadlifts, squats and overhead pressing until it has settled.',
          running: 'Running until it has settled. Walk instead.',
          cycling: 'Long or hard rides until it has settled.',
          sport: 'Matches, contact and sprinting until it has settled.',
          other: 'The movement that caused it until it has settled.',
        }),
      ],
    },
    {
      id: 'train-again',
      heading: 'When to train again',
      // Each thing once: how to come back lighter is stage 4's to say.
      intro: `What to do now is stage 1. Move up one stage at a time, at most one a day. ${stopIf(answers.character)} If it does, or the next morning is worse, go back one stage.`,
      items: STAGE_STEPS,
      ordered: true,
      later: true,
    },
    {
      id: 'mobility',
      heading: 'Gentle mobility',
      intro: 'From stage 2. Do them when they make your back feel better; skip any that hurt.',
      items: [CAT_COW, FIGURE_4, LYING_TWIST_LATER],
      later: true,
    },
    {
      id: 'build-strength',
      heading: 'Later: build strength so it does not come back',
      intro:
        'From stage 3: bodyweight exercises for your core, back and hips, easiest first. Start with the first 4 you can do slowly, without pain and with good form, 3 sets of 8 to 12 reps, and move on as they get easy. If it keeps coming back, a sports physiotherapist can check how you move and lift.',
      items: STRENGTH_PROGRAMME,
      ordered: true,
      later: true,
    },
    {
      id: 'check-again',
      heading: 'When to check again',
      items: ['Answer the questions again in 2 to 3 days. Most strains are clearly better within 1 to 2 weeks.'],
    },
    watchFor(callNumber, { withCall: !watch }),
  ];
}

/** Rules that send a person to a doctor only because the pain has lasted, with no warning sign. */
const DURATION_RULES = ['lasting-14-days', 'not-improving-after-7-days', 'worse-after-3-days'];

function doctor(
  result: Extract<Triage, { level: 'doctor' }>,
  answers: Partial<Answers>,
  { daysSince, answeredOn, callNumber, unsure = [] }: GuidanceContext,
): Section[] {
  const { urgency } = result;
  const redFlags = answers.redFlags ?? [];
  const fired = (id: string) => result.reasons.some((reason) => reason.id === id);
  const severeToday = urgency === 'today' && SEVERE_TODAY_RULES.some(fired);
  const departmentOnly = emergencyDepartmentOnly(result);
  // The blood test for muscle damage, only where the pain did not start at one moment.
  const ck = severeToday || fired(MUSCLE_EMERGENCY_RULE) ? ckAdvice(answers, unsure) : undefined;
  // The same, where the page has already said it came on after a hard workout.
  const ckAsk = ck ? ckAdvice(answers, unsure, CK_QUESTION) : undefined;
  const hasWarningSign = result.reasons.some((reason) => reason.id.startsWith('red-flag-'));
  const onlyLasted = result.reasons.every((reason) => DURATION_RULES.includes(reason.id));
  const notLinked = answers.timing === 'unclear';
  // Said as a date, not "2 days ago": this is read on paper and from links, days after.
  const began = daysSince === undefined ? 'when it began' : `that it began ${whenItBegan(daysSince, answeredOn)}`;
  // Heat is for later, not the first 2 days; and not a thing to weigh for pain that is seen today.
  const fresh = daysSince === undefined || daysSince <= 2;

  const todayItems = [
    severeToday
      ? `Get seen today, at an urgent care centre or an emergency department.${ck ? ` ${ck}` : ''}`
      : 'Get medical help today: ask your doctor for an urgent appointment, or go to an urgent care centre or emergency department.',
    ...(redFlags.includes('trauma') ? [`If it was a serious accident, call ${callNumber}.`] : []),
    // Confusion or drowsiness with an infection is a call to the emergency number [NHS-KI].
    ...(redFlags.includes('fever') || redFlags.includes('urinary') ? [`If you feel confused or very drowsy, call ${callNumber}.`] : []),
    // CDC first aid for suspected muscle breakdown: stop, drink more, water preferred, be checked [CDC].
    ...(severeToday ? ['Stop training until you have been seen, and drink more water than usual.'] : []),
    callAtOnce(callNumber),
  ];

  const emergencyItems = departmentOnly
    ? [
        `Go to the nearest emergency department now. If you cannot get there safely, or the muscles swell or go hard, call ${callNumber}.`,
        'Stop exercising, and do not drive yourself: ask someone to take you.',
        'If you can, ask someone to stay with you.',
      ]
    : [
        `Call ${callNumber} now, or go to the nearest emergency department.`,
        'Do not drive yourself.',
        'Stop exercising, and keep still in the position that is most comfortable.',
        'If you can, ask someone to stay with you until help comes.',
      ];

  const now: Section =
    urgency === 'emergency'
      ? { id: 'do-now', heading: 'What to do now', items: emergencyItems }
      : urgency === 'today'
        ? { id: 'do-now', heading: 'What to do now', items: todayItems }
        : {
            id: 'do-now',
            heading: 'What to do now',
            items: [
              onlyLasted
                ? 'Book an appointment with a doctor or a physiotherapist in the next few days, so they can find out why it is taking a while to settle.'
                : 'Book an appointment with a doctor in the next few days.',
              'Until then, stay gently active within what is comfortable: walking and everyday activity help.',
            ],
          };

  // Young athletes: a stress fracture of the spine is a common cause of pain that lasts [SPONDY].
  const youngAndLasting = answers.age !== undefined && answers.age < 18 && (daysSince ?? 0) >= 14;
  const young: Section[] = youngAndLasting
    ? [
        {
          id: 'young-athletes',
          heading: 'For young athletes',
          items: [
            'In young athletes, back pain that lasts more than 2 weeks, especially pain when arching backwards, is sometimes caused by a small stress fracture in the spine. A doctor can check for it.',
            'Tell the doctor which sport you do and how often you train.',
            'Decide when to go back to full training with a doctor or physiotherapist.',
          ],
        },
      ]
    : [];

  // Where the pain did not start at one moment: what makes muscle damage more likely [CDC].
  const loadJump = ck ? ['Whether it followed a hard first session after a break, or a big jump in load: both make muscle damage more likely.'] : [];
  const whatHappened = notLinked ? 'back pain that is not clearly linked to a workout' : 'back pain after training';
  const tell: Section =
    urgency === 'emergency'
      ? {
          id: 'tell-the-clinician',
          heading: departmentOnly ? 'What to tell them at the emergency department' : 'What to say when you call',
          items: departmentOnly
            ? [
                'That you have severe muscle pain that came on after a hard workout, that painkillers have not helped, and when it began.',
                ...(ckAsk ? [ckAsk] : []),
                ...loadJump,
                'Your answers, at the end of this page.',
              ]
            : [
                `Say that you have ${whatHappened}, and the warning signs listed under “Why this result”. Read them out if that is easier.`,
                'Say when the pain began and what you were doing.',
                'Answer their questions: they will tell you what to do next.',
              ],
        }
      : {
          id: 'tell-the-clinician',
          heading: 'What to tell the doctor',
          items: [
            notLinked ? 'That your back pain is not clearly linked to a workout.' : 'That your back started hurting after training, and which workout it was.',
            ...(ck ? ['That the pain is much worse than normal soreness after a workout.', ...loadJump] : []),
            hasWarningSign
              ? `The warning signs listed under “Why this result”, and ${began}.`
              : `${capitalise(began)}, and whether it is getting better or worse.`,
            'Your answers, at the end of this page: show the doctor this page, on paper or on your phone.',
          ],
        };

  const meanwhile: string[] =
    urgency === 'emergency'
      ? // What to do now already says to stop exercising.
        [departmentOnly ? 'Take a list of any medicines you take with you.' : 'Have a list of any medicines you take ready to show.']
      : [
          // What to do now already says to stop training until seen, for severe pain.
          ...(severeToday ? [] : ['Do not train your back, and do not train through pain, until you have been seen.']),
          ...(fresh && !severeToday ? [HEAT_OR_COLD] : []),
          'For pain relief, ask a pharmacist or doctor.',
          // The today list already ends with the signs to call about; say them once.
          ...(urgency === 'today' ? [] : [callAtOnce(callNumber)]),
        ];

  const meanwhileHeading = urgency !== 'emergency' ? 'Until you have seen a doctor' : departmentOnly ? 'On the way' : 'While you wait';
  return [now, tell, ...young, { id: 'avoid', heading: meanwhileHeading, items: meanwhile }];
}

export function guidanceFor(result: Triage, answers: Partial<Answers>, context: GuidanceContext): Section[] {
  switch (result.level) {
    case 'soreness':
      return soreness(context);
    case 'strain':
      return strain(answers, context);
    case 'doctor':
      return doctor(result, answers, context);
  }
}

const HEADINGS = {
  soreness: 'This sounds like normal soreness',
  strain: 'This sounds like a strain',
  today: 'Get medical help today',
  soon: 'See a doctor in the next few days',
} as const;

/** The answer, as the heading of the person's page says it; `number` is the bare number to call. */
export function resultHeading(result: Triage, number: string): string {
  const kind = kindOf(result);
  if (kind !== 'emergency') return HEADINGS[kind];
  return emergencyDepartmentOnly(result) ? 'Go to an emergency department now' : `Call ${number} now`;
}

/** The sentence under the heading: what the answer means. */
export function resultLead(result: Triage, answers: Partial<Answers>, call: string): string {
  switch (kindOf(result)) {
    case 'soreness':
      return 'Muscles that worked hard often ache for a few days afterwards. That is normal, and it gets better on its own.';
    case 'strain':
      // Pain of 8 or more gets the watch first, not the promise that it passes.
      return severeStrainWatch(answers, 'you')
        ? 'You have most likely strained a muscle or ligament in your back. As the pain is so strong, start with what to do now, below.'
        : 'You have most likely strained a muscle or ligament in your back. Most strains get better on their own within 1 to 2 weeks with the right care.';
    case 'emergency':
      return emergencyDepartmentOnly(result)
        ? 'Muscle pain this bad, that painkillers do not touch, needs checking straight away at an emergency department.'
        : `Some of your answers need checking straight away. Call ${call} now, or go to the nearest emergency department.`;
    case 'today':
      return 'Some of your answers need a doctor to check them today. It does not mean something serious is wrong, but it should not wait.';
    case 'soon':
      return 'Back pain like this is rarely serious, but some of your answers mean a doctor should check it. Book an appointment in the next few days.';
  }
}
