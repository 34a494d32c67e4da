import type { Answers, Triage } from '../triage';
import type { IsoDate } from '../dates/dates';
import { whenItBegan } from '../checks/recheck';

/*
 * What to do, what to avoid, when to train again and when to check again, for each result.
 * Every line rests on docs/clinical-basis.md, "What Backcheck tells people to do", and its sources. No medication
 * advice beyond "ask a pharmacist or doctor"; none of the seeds' myths (lactic acid,
 * flushing, kidney cleansing).
 */

/** An exercise, with the one or two lines a person needs to do it. */
export interface Exercise {
  name: string;
  how: string;
}

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
}

const byActivity = (activity: Activity | undefined, lines: Record<Activity, string>) => lines[activity ?? 'other'];

// Semicolons, as each sign has an "or" of its own.
const joinOr = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join('; ')}; or ${parts.at(-1) ?? ''}`);

/**
 * The signs that mean calling the emergency number at once, said the same way on every result.
 * Chest pain and breathlessness lead, as they do on the doctor pages [NHS-BP] [PE].
 */
const CALL_AT_ONCE = [
  'you get chest pain or shortness of breath, or cough up blood',
  'your pee turns dark brown or cola-coloured',
  'the sore muscles swell or go hard',
  'you get numbness around your genitals or bottom, or trouble peeing',
  'a leg goes weak or numb',
];

export const callAtOnce = (call: string) => `Call ${call} at once if ${joinOr(CALL_AT_ONCE)}.`;

const watchFor = (call: string): Section => ({
  id: 'see-a-doctor-if',
  heading: 'See a doctor if things change',
  items: [
    'It gets worse after 3 days, or is not better after a week.',
    'The pain spreads below your knee, or rest stops easing it.',
    'You get a fever, feel unwell, or it burns when you pee.',
    callAtOnce(call),
  ],
});

/** Severe muscle pain after a workout, said the same way wherever it is given (docs/clinical-basis.md). */
const CK_TEST = 'say that it came on after a hard workout, and ask whether you need a blood test for muscle damage (called CK)';

/** Rules v2: severe muscle pain soon after a hard workout, which a blood test for muscle damage checks. */
const MUSCLE_DAMAGE_RULES = ['severe-delayed-muscle-pain', 'severe-unrelenting'];

function soreness({ activity, callNumber }: GuidanceContext): Section[] {
  return [
    {
      id: 'do-now',
      heading: 'What to do now',
      items: [
        'Keep moving. Walking and light activity ease soreness faster than resting.',
        'Stretch gently: the backs of your thighs (hamstrings), your buttocks (glutes and piriformis) and the fronts of your hips.',
        'Try easy mobility moves such as cat-cow, a lying figure-4 stretch and a lying twist. Skip any that hurt.',
        'A foam roller on your buttocks and thighs can help. Go gently.',
      ],
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
        'Soreness usually eases in 2 to 3 days. Train again when it has mostly gone, starting lighter and building up.',
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
      items: ['If it is not easing after 3 days, answer the questions again.'],
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

function strain(result: Triage, answers: Partial<Answers>, { activity, callNumber }: GuidanceContext): Section[] {
  // Pain of 8 or more is more than a strain usually brings; rules v2 gives it the same-day check
  // in the first days, and the advice carries on past them (docs/clinical-basis.md).
  const severe = result.reasons.some((reason) => reason.id === 'severe-pain');
  return [
    {
      id: 'do-now',
      heading: 'What to do now',
      items: [
        ...(severe
          ? [
              `Pain this strong should be checked. If it is still ${answers.severity ?? 8} out of 10 or is not easing, get seen today: ${CK_TEST}.`,
              callAtOnce(callNumber),
            ]
          : []),
        'Stop the exercise that caused it. Do not push through the pain.',
        'Rest in the position that hurts least, but do not stay in bed: gentle walking or swimming helps it heal.',
        'For the first 2 to 3 days, a cold pack wrapped in a cloth on the sore spot can ease the pain.',
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
          sport: 'Matches, contact, sprinting and twisting until it has settled.',
          other: 'The movement that caused it until it has settled.',
        }),
        'Heat on the sore spot in the first 2 days.',
      ],
    },
    {
      id: 'train-again',
      heading: 'When to train again',
      items: [
        `When everyday movement feels comfortable, go back gradually. ${stopIf(answers.character)}`,
        byActivity(activity, {
          lifting: 'Start with lighter weights and more reps, and build back up over a few weeks.',
          running: 'Start with short, easy runs at a comfortable pace, and build back up over a few weeks.',
          cycling: 'Start with short, easy rides, and build back up over a few weeks.',
          sport: 'Start with training drills before matches or contact, and build back up over a few weeks.',
          other: 'Start with shorter, easier sessions, and build back up over a few weeks.',
        }),
      ],
      later: true,
    },
    {
      id: 'build-strength',
      heading: 'Later: build strength so it does not come back',
      intro:
        'Once it has settled, these bodyweight exercises strengthen your core, back and hips. They go from easiest to hardest. Start with the first 4 you can do slowly, without pain and with good form: 3 sets of 8 to 12 reps. Move on to harder ones as they get easy. If it keeps coming back, a sports physiotherapist can check how you move and lift.',
      items: STRENGTH_PROGRAMME,
      ordered: true,
      later: true,
    },
    {
      id: 'mobility',
      heading: 'Gentle mobility',
      intro: 'If these make your back feel better, do them before the exercises above, after training, or whenever you like. Skip any that hurt.',
      items: [
        { name: 'Cat-cow', how: 'On hands and knees, slowly round your back up, then let it sag gently down. Move within what is comfortable.' },
        {
          name: 'Lying figure-4 stretch, each side',
          how: 'Lie on your back, cross one ankle over the other knee, and pull the lower leg gently towards you until you feel a stretch in your buttock.',
        },
        {
          name: 'Lying twist, each side, once the sharp pain has gone',
          how: 'Lie on your back, knees bent, and let them fall slowly to one side while your shoulders stay on the floor. Twisting can strain a back that is still healing, so wait for it.',
        },
      ],
      later: true,
    },
    {
      id: 'check-again',
      heading: 'When to check again',
      items: ['Answer the questions again in 2 to 3 days. Most strains are clearly better within 1 to 2 weeks.'],
    },
    watchFor(callNumber),
  ];
}

/** Rules that send a person to a doctor only because the pain has lasted, with no warning sign. */
const DURATION_RULES = ['lasting-14-days', 'not-improving-after-7-days', 'worse-after-3-days'];

function doctor(result: Extract<Triage, { level: 'doctor' }>, answers: Partial<Answers>, { daysSince, answeredOn, callNumber }: GuidanceContext): Section[] {
  const { urgency } = result;
  const redFlags = answers.redFlags ?? [];
  const fired = (id: string) => result.reasons.some((reason) => reason.id === id);
  const muscleDamage = MUSCLE_DAMAGE_RULES.some(fired);
  const hasWarningSign = result.reasons.some((reason) => reason.id.startsWith('red-flag-'));
  const onlyLasted = result.reasons.every((reason) => DURATION_RULES.includes(reason.id));
  const notLinked = answers.timing === 'unclear';
  // Said as a date, not "2 days ago": this is read on paper and from links, days after.
  const began = daysSince === undefined ? 'when it began' : `that it began ${whenItBegan(daysSince, answeredOn)}`;
  // "Fresh" as the strain advice has it: heat is for later, not the first 2 days.
  const fresh = daysSince === undefined || daysSince <= 2;

  const todayItems = muscleDamage
    ? [
        `Get seen today, at an urgent care centre or an emergency department. ${CK_TEST.charAt(0).toUpperCase()}${CK_TEST.slice(1)}.`,
        'Drink as you normally would.',
        callAtOnce(callNumber),
      ]
    : [
        'Get medical help today: ask your doctor for an urgent appointment, or go to an urgent care centre or emergency department.',
        ...(redFlags.includes('trauma') ? [`If it was a serious accident, call ${callNumber}.`] : []),
        // Confusion or drowsiness with an infection is a call to the emergency number [NHS-KI].
        ...(redFlags.includes('fever') || redFlags.includes('urinary') ? [`If you feel confused or very drowsy, call ${callNumber}.`] : []),
        callAtOnce(callNumber),
      ];

  const now: Section =
    urgency === 'emergency'
      ? {
          id: 'do-now',
          heading: 'What to do now',
          items: [
            `Call ${callNumber} now, or go to the nearest emergency department.`,
            'Do not drive yourself.',
            'Stop exercising, and keep still in the position that is most comfortable.',
            'If you can, ask someone to stay with you until help comes.',
          ],
        }
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

  const whatHappened = notLinked ? 'back pain that is not clearly linked to a workout' : 'back pain after training';
  const tell: Section =
    urgency === 'emergency'
      ? {
          id: 'tell-the-clinician',
          heading: 'What to say when you call',
          items: [
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
            ...(muscleDamage
              ? [
                  'That the pain is much worse than normal soreness after a workout, and whether it was a hard first session after a break or a big jump in load.',
                ]
              : []),
            hasWarningSign
              ? `The warning signs listed under “Why this result”, and ${began}.`
              : `${began.charAt(0).toUpperCase()}${began.slice(1)}, and whether it is getting better or worse.`,
            'Your answers, below. You can print this page or show it on your phone.',
          ],
        };

  const meanwhile: string[] =
    urgency === 'emergency'
      ? ['Do not exercise or train.', 'Have a list of any medicines you take ready to show.']
      : [
          'Do not train your back, and do not train through pain, until you have been seen.',
          ...(fresh ? ['Do not put heat on the sore spot in the first 2 days.'] : []),
          'For pain relief, ask a pharmacist or doctor.',
          // The today list already ends with the signs to call about; say them once.
          ...(urgency === 'today' ? [] : [callAtOnce(callNumber)]),
        ];

  return [now, tell, ...young, { id: 'avoid', heading: urgency === 'emergency' ? 'While you wait' : 'Until you have seen a doctor', items: meanwhile }];
}

export function guidanceFor(result: Triage, answers: Partial<Answers>, context: GuidanceContext): Section[] {
  switch (result.level) {
    case 'soreness':
      return soreness(context);
    case 'strain':
      return strain(result, answers, context);
    case 'doctor':
      return doctor(result, answers, context);
  }
}
