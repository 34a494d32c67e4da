/*
 * Which rules decided a result. A link records the version it was made under, so a result
 * opened later can say when it was worked out again with newer rules.
 */

export const RULES_VERSION = 3;

export interface RulesChange {
  version: number;
  /** YYYY-MM-DD */
  date: string;
  changes: readonly string[];
}

/** Newest first. */
export const RULES_CHANGES: readonly RulesChange[] = [
  {
    version: 3,
    date: '2026-12-04',
    changes: [
      'New question, asked only when the worst pain is 8 out of 10 or more: have painkillers helped?',
      'New, an emergency: severe muscle pain after a workout, with no sudden moment, in the first 7 days, that painkillers have not helped.',
      'New, to be seen the same day: severe pain that painkillers have not helped, and severe pain that is not easing 4 to 13 days after it started.',
      'Severe pain that nothing eases is now seen the same day up to 13 days after it started, whatever started it, not only in the first 3 days after a workout.',
      'Where a person is not sure of an answer, the severe-pain rules now count any answer they might have meant, so being unsure never lowers the advice for severe pain.',
    ],
  },
  {
    version: 2,
    date: '2026-11-30',
    changes: [
      'New warning sign, an emergency: sore back muscles that are swollen, hard or tight as a drum, or with numb skin over them.',
      'New warning sign, to be seen the same day: sharp pain in the upper back, side or chest when breathing in.',
      'Coughing up blood now counts with chest pain and breathlessness, as an emergency.',
      'New: severe muscle pain (8 out of 10 or worse) in the first 3 days after a hard workout, and severe pain that nothing eases soon after one, are seen the same day.',
      'New: age 50 or over with pain not linked to a workout is seen within a few days.',
      'The warning signs now say what does not count (sore leg muscles, dark yellow pee), so ordinary soreness is not sent to the emergency number.',
      'Where a person was not sure of an answer, the reasons say so instead of stating it as a fact.',
    ],
  },
  {
    version: 1,
    date: '2026-11-21',
    changes: ['The first rules: 15 warning signs, 5 other reasons to see a doctor, and the soreness picture.'],
  },
];

/** When the rules in force were last changed. */
export const RULES_DATE = RULES_CHANGES[0]?.date ?? '';
