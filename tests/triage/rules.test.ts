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
 * Rules v2, each at its edges (as rules v3 keeps them): severity 7 against 8, day 3 against 4, age 49 against 50, a
 * sudden moment, a pain not where they trained. Each row changes the plain soreness picture.
 */
const v2Table: [string, Partial<Answers>, Expected, string | null][] = [
  ['severe the day after, in the trained muscles', { severity: 8 }, today, 'severe-delayed-muscle-pain'],
  ['severe some hours after', { severity: 9, timing: 'hours-after', daysSince: 0 }, today, 'severe-delayed-muscle-pain'],
  ['10 out of 10 on day 3', { severity: 10, daysSince: 3 }, today, 'severe-delayed-muscle-pain'],
  ['7 out of 10 is not severe enough', { severity: 7 }, { level: 'soreness' }, null],
  ['8 out of 10 on day 4 and easing, no longer the first days', { severity: 8, daysSince: 4, trend: 'better' }, { level: 'strain' }, 'severe-pain'],
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
  ['aged 50, not linked to a workout', { age: 50, timing: 'unclear' }, soon, 'over-50-not-linked'],
  ['aged 80, not linked to a workout', { age: 80, timing: 'unclear' }, soon, 'over-50-not-linked'],
  ['aged 49, not linked to a workout', { age: 49, timing: 'unclear' }, { level: 'strain' }, 'not-linked-to-workout'],
  ['aged 50, the day after a workout', { age: 50 }, { level: 'soreness' }, null],
  ['age not given, not linked to a workout', { timing: 'unclear' }, { level: 'strain' }, 'not-linked-to-workout'],
];

describe('rules v2, as kept in v3', () => {
  it.each(v2Table)('%s should give the expected result', (_name, change, expected, reasonId) => {
    const result = triage({ ...sorenessPicture, ...change });

    expect(result.level === 'doctor' ? { level: result.level, urgency: result.urgency } : { level: result.level }).toEqual(expected);
    if (reasonId) expect(result.reasons.map((r) => r.id)).toContain(reasonId);
    for (const id of ['severe-delayed-muscle-pain', 'severe-unrelenting', 'severe-not-easing', 'severe-despite-painkillers', 'over-50-not-linked']) {
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

const emergency = { level: 'doctor', urgency: 'emergency' } as const;
const strain = { level: 'strain' } as const;
const soreness = { level: 'soreness' } as const;

/** The five rules of rules v3 where "not sure" counts toward the more serious answer. */
const SEVERE_RULES = ['muscle-pain-despite-painkillers', 'severe-delayed-muscle-pain', 'severe-unrelenting', 'severe-not-easing', 'severe-despite-painkillers'];

/** A sudden twinge during a lift: a strain, so none of the muscle-damage rules read into it. */
const twinge: Partial<Answers> = { suddenMoment: true, timing: 'during', character: 'sharp', side: 'one-side' };

/**
 * Rules v3 at each new edge: severity 7 and 8; days 3, 4, 7, 8, 13 and 14; better against the
 * same; a sudden moment or not; painkillers helped, not helped, not taken and not asked. Each row
 * changes the plain soreness picture and names every severe-pain rule that should fire.
 */
const v3Table: [string, Partial<Answers>, Expected, string[]][] = [
  // Severe and not easing, from day 4 to day 13.
  ['a twinge at 8 on day 3, the same', { ...twinge, severity: 8, daysSince: 3 }, strain, []],
  ['a twinge at 8 on day 4, the same', { ...twinge, severity: 8, daysSince: 4 }, today, ['severe-not-easing']],
  ['a twinge at 7 on day 4, the same', { ...twinge, severity: 7, daysSince: 4 }, strain, []],
  ['a twinge at 9 on day 5, getting worse', { ...twinge, severity: 9, daysSince: 5, trend: 'worse' }, today, ['severe-not-easing']],
  ['a twinge at 8 on day 5, getting better', { ...twinge, severity: 8, daysSince: 5, trend: 'better' }, strain, []],
  ['a twinge at 8 on day 7, the same', { ...twinge, severity: 8, daysSince: 7 }, today, ['severe-not-easing']],
  ['a twinge at 8 on day 8, the same', { ...twinge, severity: 8, daysSince: 8 }, today, ['severe-not-easing']],
  ['a twinge at 8 on day 13, the same', { ...twinge, severity: 8, daysSince: 13 }, today, ['severe-not-easing']],
  ['a twinge at 8 on day 14, the same: long-standing pain', { ...twinge, severity: 8, daysSince: 14 }, soon, []],
  ['a twinge at 10 on day 13, getting better', { ...twinge, severity: 10, daysSince: 13, trend: 'better' }, strain, []],
  ['soreness at 8 on day 4 and easing', { severity: 8, daysSince: 4, trend: 'better' }, strain, []],
  ['soreness at 8 on day 4, the same', { severity: 8, daysSince: 4 }, today, ['severe-not-easing']],
  // Severe and nothing eases it, any timing, up to day 13.
  ['severe, nothing eases it, on day 4', { severity: 8, rest: 'no-relief', daysSince: 4, trend: 'better' }, today, ['severe-unrelenting']],
  ['severe, nothing eases it, on day 13', { severity: 8, rest: 'no-relief', daysSince: 13, trend: 'better' }, today, ['severe-unrelenting']],
  ['severe, nothing eases it, on day 14', { severity: 8, rest: 'no-relief', daysSince: 14, trend: 'better' }, soon, []],
  ['severe, nothing eases it, not linked to a workout', { severity: 8, rest: 'no-relief', timing: 'unclear', daysSince: 1 }, today, ['severe-unrelenting']],
  ['7, nothing eases it, on day 1', { severity: 7, rest: 'no-relief' }, soon, []],
  // Painkillers that have not helped: the same day after a twinge, an emergency for muscle pain.
  ['a twinge at 8, painkillers not helped', { ...twinge, severity: 8, daysSince: 0, painkillers: 'not-helped' }, today, ['severe-despite-painkillers']],
  ['a twinge at 8, painkillers helped', { ...twinge, severity: 8, daysSince: 0, painkillers: 'helped' }, strain, []],
  ['a twinge at 8, painkillers not taken', { ...twinge, severity: 8, daysSince: 0, painkillers: 'not-taken' }, strain, []],
  ['a twinge at 8, painkillers not asked', { ...twinge, severity: 8, daysSince: 0 }, strain, []],
  ['a twinge at 7, painkillers not helped: not asked at 7, ignored', { ...twinge, severity: 7, daysSince: 0, painkillers: 'not-helped' }, strain, []],
  [
    'a twinge at 8 on day 13, painkillers not helped',
    { ...twinge, severity: 8, daysSince: 13, trend: 'better', painkillers: 'not-helped' },
    today,
    ['severe-despite-painkillers'],
  ],
  ['a twinge at 8 on day 14, painkillers not helped', { ...twinge, severity: 8, daysSince: 14, trend: 'better', painkillers: 'not-helped' }, soon, []],
  [
    'soreness at 8, painkillers not helped',
    { severity: 8, painkillers: 'not-helped' },
    emergency,
    ['muscle-pain-despite-painkillers', 'severe-delayed-muscle-pain', 'severe-despite-painkillers'],
  ],
  ['soreness at 7, painkillers not helped: ignored', { severity: 7, painkillers: 'not-helped' }, soreness, []],
  ['soreness at 9, painkillers helped', { severity: 9, painkillers: 'helped' }, today, ['severe-delayed-muscle-pain']],
  ['soreness at 9, painkillers not taken', { severity: 9, painkillers: 'not-taken' }, today, ['severe-delayed-muscle-pain']],
  [
    'muscle pain at 8 on day 7, better, painkillers not helped',
    { severity: 8, daysSince: 7, trend: 'better', painkillers: 'not-helped' },
    emergency,
    ['muscle-pain-despite-painkillers', 'severe-despite-painkillers'],
  ],
  [
    'muscle pain at 8 on day 8, better, painkillers not helped',
    { severity: 8, daysSince: 8, trend: 'better', painkillers: 'not-helped' },
    today,
    ['severe-despite-painkillers'],
  ],
  [
    'started during the workout with no twinge, painkillers not helped',
    { severity: 8, timing: 'during', daysSince: 0, painkillers: 'not-helped' },
    emergency,
    ['muscle-pain-despite-painkillers', 'severe-despite-painkillers'],
  ],
  [
    'not linked to a workout, painkillers not helped',
    { severity: 8, timing: 'unclear', daysSince: 1, painkillers: 'not-helped' },
    today,
    ['severe-despite-painkillers'],
  ],
];

describe('rules v3: severe pain', () => {
  it.each(v3Table)('%s should give the expected result', (_name, change, expected, severeIds) => {
    const result = triage({ ...sorenessPicture, ...change });

    expect(result.level === 'doctor' ? { level: result.level, urgency: result.urgency } : { level: result.level }).toEqual(expected);
    expect(result.reasons.map((r) => r.id).filter((id) => SEVERE_RULES.includes(id))).toEqual(severeIds);
  });

  it('should say what decided severe pain that is not easing, in plain words', () => {
    const result = triage({ ...sorenessPicture, ...twinge, severity: 9, daysSince: 5 });

    expect(result.reasons[0]?.text).toBe(
      'You rated it 9 out of 10, it started 5 days ago, and it is not getting better. Pain this bad should be easing after 3 days, so it should be checked today.',
    );
  });

  it('should say what decided muscle pain that painkillers have not helped, in plain words', () => {
    const result = triage({ ...sorenessPicture, severity: 9, painkillers: 'not-helped' });

    expect(result.reasons[0]?.text).toBe(
      'You rated it 9 out of 10, it did not start at one moment, it came on the day after the workout, and painkillers have not helped. Muscle pain this bad after a workout, that painkillers do not touch, needs an emergency department now.',
    );
  });
});
