import { describe, expect, it } from 'vitest';
import { triage, type Answers } from '../../src/triage';
import { RED_FLAGS } from '../../src/triage/vocabulary';
import { sorenessPicture } from './answer-arbitraries';

type Expected = { level: 'soreness' | 'strain' } | { level: 'doctor'; urgency: 'emergency' | 'today' | 'soon' };

const URGENCY_OF_FLAG = {
  'saddle-numbness': 'emergency',
  'bladder-bowel': 'emergency',
  'both-legs': 'emergency',
  'leg-weakness': 'emergency',
  'dark-urine': 'emergency',
  'chest-symptoms': 'emergency',
  'swollen-muscles': 'emergency',
  trauma: 'today',
  fever: 'today',
  urinary: 'today',
  'cannot-walk': 'today',
  'breathing-pain': 'today',
  'cancer-history': 'soon',
  'weight-loss': 'soon',
  'night-pain': 'soon',
  steroids: 'soon',
  immune: 'soon',
} as const;

/** Each row: a change to the plain soreness picture, the result it should give, and the reason that says why. */
const table: [string, Partial<Answers>, Expected, string][] = [
  ...RED_FLAGS.map((flag): [string, Partial<Answers>, Expected, string] => [
    `red flag ${flag}`,
    { redFlags: [flag] },
    { level: 'doctor', urgency: URGENCY_OF_FLAG[flag] },
    `red-flag-${flag}`,
  ]),
  ['pain below the knee', { radiation: 'below-knee' }, { level: 'doctor', urgency: 'soon' }, 'pain-below-knee'],
  ['no relief at rest', { rest: 'no-relief' }, { level: 'doctor', urgency: 'soon' }, 'no-relief-at-rest'],
  ['worse on day 3', { trend: 'worse', daysSince: 3 }, { level: 'doctor', urgency: 'soon' }, 'worse-after-3-days'],
  ['the same on day 7', { trend: 'same', daysSince: 7 }, { level: 'doctor', urgency: 'soon' }, 'not-improving-after-7-days'],
  ['better but still there on day 14', { trend: 'better', daysSince: 14 }, { level: 'doctor', urgency: 'soon' }, 'lasting-14-days'],
  ['a sudden twinge', { suddenMoment: true }, { level: 'strain' }, 'sudden-moment'],
  ['started during the workout', { timing: 'during' }, { level: 'strain' }, 'started-during-workout'],
  ['not linked to a workout', { timing: 'unclear' }, { level: 'strain' }, 'not-linked-to-workout'],
  ['sharp', { character: 'sharp' }, { level: 'strain' }, 'sharp-pain'],
  ['shooting', { character: 'shooting' }, { level: 'strain' }, 'sharp-pain'],
  ['burning', { character: 'burning' }, { level: 'strain' }, 'sharp-pain'],
  ['one side only', { side: 'one-side' }, { level: 'strain' }, 'one-side'],
  ['aches at rest', { rest: 'partly' }, { level: 'strain' }, 'aches-at-rest'],
  ['not where the muscles worked', { loadedArea: false }, { level: 'strain' }, 'not-where-you-trained'],
  ['spreads into the buttock', { radiation: 'buttock-thigh' }, { level: 'strain' }, 'spreads-to-buttock-or-thigh'],
  ['8 out of 10, past the first days and easing', { severity: 8, daysSince: 4, trend: 'better' }, { level: 'strain' }, 'severe-pain'],
  ['the same on day 4', { daysSince: 4, trend: 'same' }, { level: 'strain' }, 'outlasting-soreness'],
  ['better but still there on day 8', { daysSince: 8, trend: 'better' }, { level: 'strain' }, 'outlasting-soreness'],
  ['the plain soreness picture', {}, { level: 'soreness' }, 'came-on-gradually'],
  ['hours after, tight, along the middle', { timing: 'hours-after', character: 'tight', side: 'center' }, { level: 'soreness' }, 'where-you-trained'],
  ['7 out of 10 but otherwise soreness', { severity: 7 }, { level: 'soreness' }, 'dull-or-tight'],
  ['getting worse on day 2, as soreness peaks', { daysSince: 2, trend: 'worse' }, { level: 'soreness' }, 'within-soreness-window'],
  ['easing on day 5', { daysSince: 5, trend: 'better' }, { level: 'soreness' }, 'within-soreness-window'],
];

const today = { level: 'doctor', urgency: 'today' } as const;
const soon = { level: 'doctor', urgency: 'soon' } as const;

/**
 * Rules v2, each at its edges: severity 7 against 8, day 3 against 4, age 49 against 50, a
 * sudden moment, a pain not where they trained. Each row changes the plain soreness picture.
 */
const v2Table: [string, Partial<Answers>, Expected, string | null][] = [
  ['severe the day after, in the trained muscles', { severity: 8 }, today, 'severe-delayed-muscle-pain'],
  ['severe some hours after', { severity: 9, timing: 'hours-after', daysSince: 0 }, today, 'severe-delayed-muscle-pain'],
  ['10 out of 10 on day 3', { severity: 10, daysSince: 3 }, today, 'severe-delayed-muscle-pain'],
  ['7 out of 10 is not severe enough', { severity: 7 }, { level: 'soreness' }, null],
  ['8 out of 10 on day 4, no longer the first days', { severity: 8, daysSince: 4 }, { level: 'strain' }, 'severe-pain'],
  ['8 out of 10 after a sudden moment, a strain', { severity: 8, suddenMoment: true }, { level: 'strain' }, 'sudden-moment'],
  ['8 out of 10 during the workout, a strain', { severity: 8, timing: 'during' }, { level: 'strain' }, 'started-during-workout'],
  ['8 out of 10 not where they trained', { severity: 8, loadedArea: false }, { level: 'strain' }, 'not-where-you-trained'],
  ['severe and nothing eases it, on day 2', { severity: 8, rest: 'no-relief', suddenMoment: true, daysSince: 2 }, today, 'severe-unrelenting'],
  [
    'severe and nothing eases it, started during the workout',
    { severity: 9, rest: 'no-relief', timing: 'during', suddenMoment: true, daysSince: 0 },
    today,
    'severe-unrelenting',
  ],
  ['7 out of 10 and nothing eases it', { severity: 7, rest: 'no-relief' }, soon, 'no-relief-at-rest'],
  ['severe and nothing eases it, on day 4', { severity: 8, rest: 'no-relief', daysSince: 4 }, soon, 'no-relief-at-rest'],
  ['severe and nothing eases it, not linked to a workout', { severity: 8, rest: 'no-relief', timing: 'unclear', daysSince: 1 }, soon, 'no-relief-at-rest'],
  ['aged 50, not linked to a workout', { age: 50, timing: 'unclear' }, soon, 'over-50-not-linked'],
  ['aged 80, not linked to a workout', { age: 80, timing: 'unclear' }, soon, 'over-50-not-linked'],
  ['aged 49, not linked to a workout', { age: 49, timing: 'unclear' }, { level: 'strain' }, 'not-linked-to-workout'],
  ['aged 50, the day after a workout', { age: 50 }, { level: 'soreness' }, null],
  ['age not given, not linked to a workout', { timing: 'unclear' }, { level: 'strain' }, 'not-linked-to-workout'],
];

describe('rules v2', () => {
  it.each(v2Table)('%s should give the expected result', (_name, change, expected, reasonId) => {
    const result = triage({ ...sorenessPicture, ...change });

    expect(result.level === 'doctor' ? { level: result.level, urgency: result.urgency } : { level: result.level }).toEqual(expected);
    if (reasonId) expect(result.reasons.map((r) => r.id)).toContain(reasonId);
    for (const id of ['severe-delayed-muscle-pain', 'severe-unrelenting', 'over-50-not-linked']) {
      if (id !== reasonId) expect(result.reasons.map((r) => r.id)).not.toContain(id);
    }
  });

  it('should say what decided a severe ache after a workout, in plain words', () => {
    const result = triage({ ...sorenessPicture, severity: 9 });

    expect(result.reasons.map((r) => r.text)).toEqual([
      'You rated it 9 out of 10, in the muscles you trained, and it came on the day after the workout. Muscle pain this bad in the first days after a hard session should be checked today.',
    ]);
  });

  it('should name the age and the missing link to a workout', () => {
    const result = triage({ ...sorenessPicture, age: 58, timing: 'unclear' });

    expect(result.reasons.find((r) => r.id === 'over-50-not-linked')?.text).toBe(
      'You are 58, and the pain is not clearly linked to a workout. From 50, a doctor should check back pain that training does not explain.',
    );
  });
});

describe('rules', () => {
  it.each(table)('%s should give the expected result and reason', (_name, change, expected, reasonId) => {
    const result = triage({ ...sorenessPicture, ...change });

    expect(result.level === 'doctor' ? { level: result.level, urgency: result.urgency } : { level: result.level }).toEqual(expected);
    expect(result.reasons.map((r) => r.id)).toContain(reasonId);
  });

  it('should list doctor reasons most serious first, every one that fired', () => {
    const result = triage({ ...sorenessPicture, rest: 'no-relief', redFlags: ['night-pain', 'fever', 'both-legs'] });

    expect(result.reasons.map((r) => r.id)).toEqual(['red-flag-both-legs', 'red-flag-fever', 'red-flag-night-pain', 'no-relief-at-rest']);
  });

  it('should name the answers behind a strain and say why soreness does not fit', () => {
    const result = triage({ ...sorenessPicture, timing: 'during', suddenMoment: true, character: 'sharp', side: 'one-side' });

    expect(result.level).toBe('strain');
    expect(result.reasons.map((r) => r.text)).toEqual([
      'You can name the moment it started, like a twinge, pop or catch. Soreness comes on gradually.',
      'It started during the workout. Soreness comes on hours later.',
      'It is a sharp or stabbing pain. Soreness feels like a dull ache or stiffness.',
      'It is on one side only. Soreness is usually felt evenly across the muscles you trained.',
      'Some of your answers fit normal soreness, but soreness explains back pain only when they all do, so a strain is more likely.',
    ]);
  });

  it('should give the soreness picture back in plain words', () => {
    const result = triage(sorenessPicture);

    expect(result.reasons.map((r) => r.text)).toEqual([
      'It came on gradually, the day after the workout, as soreness does.',
      'It is a dull ache, as soreness does.',
      'It only hurts when you move or stretch, and is fine when you rest.',
      'It is on both sides, in the muscles that worked hardest, and stays in your back.',
      'It started 1 day ago. Soreness is at its worst in the first 3 days, then eases.',
    ]);
  });
});
