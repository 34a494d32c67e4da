import type { Answers, Triage } from '../triage';

/*
 * What to do, what to avoid, when to train again and when to check again, for each result.
 * Every line rests on clinical.md's "Guidance, by result" or a seed it cites. No medication
 * advice beyond "ask a pharmacist or doctor"; none of the seeds' myths (lactic acid,
 * flushing, kidney cleansing).
 */

export interface Section {
  id: string;
  heading: string;
  intro?: string;
  items: string[];
  /** Ordered where the order matters, as in a programme from easiest to hardest. */
  ordered?: boolean;
}

type Activity = Answers['activity'];

export interface GuidanceContext {
  activity?: Activity | undefined;
  daysSince?: number | undefined;
  /** The number to call, already phrased: "999", or "112 (or your local emergency number)". */
  callNumber: string;
}

const byActivity = (activity: Activity | undefined, lines: Record<Activity, string>) => lines[activity ?? 'other'];

const watchFor = (call: string): Section => ({
  id: 'see-a-doctor-if',
  heading: 'See a doctor if things change',
  items: [
    'It gets worse after 3 days, or is not better after a week.',
    'The pain spreads below your knee, or rest stops easing it.',
    'You get a fever, feel unwell, or it burns when you pee.',
    `Call ${call} at once if your pee turns dark brown or cola-coloured, the sore muscles swell or go hard, you get chest pain or shortness of breath, numbness around your genitals or bottom, trouble peeing, or weakness or numbness in your legs.`,
  ],
});

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

const STRENGTH_PROGRAMME = [
  'Superman',
  'Dead bug (beetle)',
  'Single-leg balance and reach',
  'High plank leg lifts',
  'Single-leg bridge',
  'Low side plank lifts, knees bent',
  'Bird dog (on hands and knees, raise the opposite arm and leg)',
  'Superman pull',
  'Single-leg deadlift',
  'High plank arm and leg raises',
  'V-ups',
  'Single-leg jump squats',
];

function strain({ activity, callNumber }: GuidanceContext): Section[] {
  return [
    {
      id: 'do-now',
      heading: 'What to do now',
      items: [
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
        'When everyday movement feels comfortable, go back gradually. Stop if the sharp pain comes back.',
        byActivity(activity, {
          lifting: 'Start with lighter weights and more reps, and build back up over a few weeks.',
          running: 'Start with short, easy runs at a comfortable pace, and build back up over a few weeks.',
          cycling: 'Start with short, easy rides, and build back up over a few weeks.',
          sport: 'Start with training drills before matches or contact, and build back up over a few weeks.',
          other: 'Start with shorter, easier sessions, and build back up over a few weeks.',
        }),
      ],
    },
    {
      id: 'build-strength',
      heading: 'Later: build strength so it does not come back',
      intro:
        'Once it has settled, these bodyweight exercises strengthen your core, back and hips. They go from easiest to hardest. Start with the first 4 you can do slowly, without pain and with good form: 3 sets of 8 to 12 reps. Move on to harder ones as they get easy.',
      items: STRENGTH_PROGRAMME,
      ordered: true,
    },
    {
      id: 'mobility',
      heading: 'Gentle mobility, any day',
      intro: 'If these make your back feel better, do them before the exercises above, after training, or whenever you like.',
      items: ['Cat-cow', 'Lying figure-4 stretch, each side', 'Lying twist, each side'],
    },
    {
      id: 'check-again',
      heading: 'When to check again',
      items: ['Answer the questions again in 2 to 3 days. Most strains are clearly better within 1 to 2 weeks.'],
    },
    watchFor(callNumber),
  ];
}

function doctor(result: Extract<Triage, { level: 'doctor' }>, answers: Partial<Answers>, { daysSince, callNumber }: GuidanceContext): Section[] {
  const { urgency } = result;
  const redFlags = answers.redFlags ?? [];
  const fired = (id: string) => result.reasons.some((reason) => reason.id === id);
  const muscleDamage = MUSCLE_DAMAGE_RULES.some(fired);
  const began = daysSince === undefined ? 'when it began' : daysSince === 0 ? 'that it began today' : `that it began ${daysSince === 1 ? '1 day' : `${daysSince} days`} ago`;
  const afterTraining = answers.timing === 'unclear' ? 'That your back pain is not clearly linked to a workout.' : 'That your back started hurting after training, and which workout it was.';

  const todayItems = muscleDamage
    ? [
        'Get seen today, at an urgent care centre or an emergency department.',
        'Say that it came on after a hard workout, and ask whether you need a blood test for muscle damage (called CK).',
        'Drink as you normally would.',
        `Call ${callNumber} at once if the muscles swell or go hard, your pee turns dark, or a leg goes weak or numb.`,
      ]
    : [
        'Get medical help today: ask your doctor for an urgent appointment, or go to an urgent care centre.',
        redFlags.includes('trauma') ? `If it was a serious accident, call ${callNumber}.` : `If you feel confused or very drowsy, call ${callNumber}.`,
      ];
  if (redFlags.includes('breathing-pain')) todayItems.push(`Call ${callNumber} at once if you become short of breath, cough up blood, or get chest pain.`);

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
              'Book an appointment with a doctor in the next few days.',
              'Until then, stay gently active within what is comfortable.',
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

  return [
    now,
    urgency === 'emergency'
      ? {
          id: 'tell-the-clinician',
          heading: 'What to say when you call',
          items: [
            'Say that you have back pain after training, and that you have the signs listed under “Why this result”. Read them out if that is easier.',
            'Say when the pain began and what you were doing.',
            'Answer their questions: they will tell you what to do next.',
          ],
        }
      : {
          id: 'tell-the-clinician',
          heading: 'What to tell the doctor',
          items: [
            afterTraining,
            ...(muscleDamage ? ['That the pain is much worse than normal soreness after a workout, and whether it was a hard first session after a break or a big jump in load.'] : []),
            `The answers listed under “Why this result”, and ${began}.`,
            'Your answers, below. You can print this page or show it on your phone.',
          ],
        },
    ...young,
    {
      id: 'avoid',
      heading: urgency === 'emergency' ? 'While you wait' : 'Until you have seen a doctor',
      items: [
        'Do not train.',
        'Do not put heat on a fresh injury.',
        urgency === 'emergency' ? 'Have a list of any medicines you take ready to show.' : 'For pain relief, ask a pharmacist or doctor.',
        ...(urgency === 'emergency'
          ? []
          : [`Call ${callNumber} if you get numbness around your genitals or bottom, trouble peeing, weakness or numbness in your legs, chest pain, shortness of breath, swollen or hard back muscles, or dark brown pee.`]),
      ],
    },
  ];
}

export function guidanceFor(result: Triage, answers: Partial<Answers>, context: GuidanceContext): Section[] {
  switch (result.level) {
    case 'soreness':
      return soreness(context);
    case 'strain':
      return strain(context);
    case 'doctor':
      return doctor(result, answers, context);
  }
}
