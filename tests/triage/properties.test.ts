import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triage, type Answers, type Triage } from '../../src/triage';
import { RED_FLAGS, SEVERITY_RANGE, type RedFlag } from '../../src/triage/vocabulary';
import { answerSpace, harmlessAnswers } from './answer-arbitraries';

const EMERGENCY_FLAGS: RedFlag[] = ['saddle-numbness', 'bladder-bowel', 'both-legs', 'leg-weakness', 'dark-urine', 'chest-symptoms', 'swollen-muscles'];
const TODAY_FLAGS: RedFlag[] = ['trauma', 'fever', 'urinary', 'cannot-walk', 'breathing-pain'];
const urgencyOfFlag = (flag: RedFlag) => (EMERGENCY_FLAGS.includes(flag) ? 'emergency' : TODAY_FLAGS.includes(flag) ? 'today' : 'soon');

/** soreness < strain < doctor soon < doctor today < doctor emergency */
const rank = (result: Triage) => (result.level === 'doctor' ? { soon: 2, today: 3, emergency: 4 }[result.urgency] : result.level === 'strain' ? 1 : 0);

const runs = { numRuns: 2000 };

describe('triage over the whole answer space', () => {
  it('should give doctor/emergency for any emergency red flag, whatever else is answered', () => {
    fc.assert(
      fc.property(answerSpace, fc.constantFrom(...EMERGENCY_FLAGS), (answers, flag) => {
        const redFlags = answers.redFlags.includes(flag) ? answers.redFlags : [...answers.redFlags, flag];
        const result = triage({ ...answers, redFlags });
        expect(result).toMatchObject({ level: 'doctor', urgency: 'emergency' });
      }),
      runs,
    );
  });

  it('should never lower the result when a red flag is added', () => {
    fc.assert(
      fc.property(answerSpace, fc.constantFrom(...RED_FLAGS), (answers, flag) => {
        fc.pre(!answers.redFlags.includes(flag));
        expect(rank(triage({ ...answers, redFlags: [...answers.redFlags, flag] }))).toBeGreaterThanOrEqual(rank(triage(answers)));
      }),
      runs,
    );
  });

  it('should never lower the result when severity rises', () => {
    fc.assert(
      fc.property(answerSpace, fc.integer({ min: 1, max: SEVERITY_RANGE.max }), (answers, rise) => {
        const severity = Math.min(SEVERITY_RANGE.max, answers.severity + rise);
        expect(rank(triage({ ...answers, severity }))).toBeGreaterThanOrEqual(rank(triage(answers)));
      }),
      runs,
    );
  });

  it('should never lower the result when the trend turns worse', () => {
    fc.assert(
      fc.property(answerSpace, (answers) => {
        expect(rank(triage({ ...answers, trend: 'worse' }))).toBeGreaterThanOrEqual(rank(triage(answers)));
      }),
      runs,
    );
  });

  it('should tell a harmless picture that it is soreness', () => {
    fc.assert(
      fc.property(harmlessAnswers, (answers) => {
        expect(triage(answers).level).toBe('soreness');
      }),
      runs,
    );
  });

  const doctorRules: [string, (a: Answers) => Answers, 'emergency' | 'today' | 'soon', string][] = [
    ...RED_FLAGS.map((flag): [string, (a: Answers) => Answers, 'emergency' | 'today' | 'soon', string] => [
      `red flag ${flag}`,
      (a) => ({ ...a, redFlags: [flag] }),
      urgencyOfFlag(flag),
      `red-flag-${flag}`,
    ]),
    ['severe muscle pain in the first days', (a) => ({ ...a, severity: 8 + (a.severity % 3) }), 'today', 'severe-delayed-muscle-pain'],
    ['severe pain that nothing eases', (a) => ({ ...a, severity: 8 + (a.severity % 3), rest: 'no-relief' }), 'today', 'severe-unrelenting'],
    [
      'severe pain that painkillers have not helped, after a twinge',
      (a) => ({ ...a, severity: 8 + (a.severity % 3), suddenMoment: true, painkillers: 'not-helped' }),
      'today',
      'severe-despite-painkillers',
    ],
    [
      'severe muscle pain that painkillers have not helped',
      (a) => ({ ...a, severity: 8 + (a.severity % 3), painkillers: 'not-helped' }),
      'emergency',
      'muscle-pain-despite-painkillers',
    ],
    ['50 or over, not linked to a workout', (a) => ({ ...a, age: 50 + a.severity * 5, timing: 'unclear' }), 'soon', 'over-50-not-linked'],
    ['pain below the knee', (a) => ({ ...a, radiation: 'below-knee' }), 'soon', 'pain-below-knee'],
    ['no relief at rest', (a) => ({ ...a, rest: 'no-relief' }), 'soon', 'no-relief-at-rest'],
    ['worse after 3 days', (a) => ({ ...a, trend: 'worse', daysSince: 3 + a.daysSince }), 'soon', 'worse-after-3-days'],
    ['not better after 7 days', (a) => ({ ...a, trend: 'same', daysSince: 7 + a.daysSince }), 'soon', 'not-improving-after-7-days'],
    ['still there after 14 days', (a) => ({ ...a, trend: 'better', daysSince: 14 + a.daysSince }), 'soon', 'lasting-14-days'],
  ];

  it.each(doctorRules)('%s alone, on a harmless picture, should give a doctor result', (_name, apply, urgency, reasonId) => {
    fc.assert(
      fc.property(harmlessAnswers, (answers) => {
        const result = triage(apply(answers));
        expect(result).toMatchObject({ level: 'doctor', urgency });
        expect(result.reasons.map((r) => r.id)).toContain(reasonId);
      }),
      { numRuns: 200 },
    );
  });

  it('should give the same result for the same answers', () => {
    fc.assert(
      fc.property(answerSpace, (answers) => {
        expect(triage(structuredClone(answers))).toEqual(triage(answers));
      }),
      runs,
    );
  });

  it('should always give reasons, each with an id and a sentence, none twice', () => {
    fc.assert(
      fc.property(answerSpace, (answers) => {
        const { reasons } = triage(answers);
        expect(reasons.length).toBeGreaterThan(0);
        expect(new Set(reasons.map((r) => r.id)).size).toBe(reasons.length);
        for (const reason of reasons) expect(reason.text).toMatch(/^[A-Z].*\.$/);
      }),
      runs,
    );
  });

  it('should give soreness only when the whole soreness picture holds', () => {
    fc.assert(
      fc.property(answerSpace, (answers) => {
        fc.pre(triage(answers).level === 'soreness');
        expect(answers.redFlags).toEqual([]);
        expect(answers.suddenMoment).toBe(false);
        expect(['hours-after', 'next-day']).toContain(answers.timing);
        expect(['dull', 'tight']).toContain(answers.character);
        expect(answers.side).not.toBe('one-side');
        expect(answers.rest).toBe('eases');
        expect(answers.loadedArea).toBe(true);
        expect(answers.radiation).toBe('none');
      }),
      runs,
    );
  });

  it('should list the reasons of a doctor result most serious first', () => {
    fc.assert(
      fc.property(answerSpace, (answers) => {
        const result = triage(answers);
        fc.pre(result.level === 'doctor');
        const rankOf = { emergency: 0, today: 1, soon: 2 };
        const TODAY_RULES = ['severe-delayed-muscle-pain', 'severe-unrelenting', 'severe-not-easing', 'severe-despite-painkillers'];
        const order = result.reasons.map((r) => {
          const flag = RED_FLAGS.find((f) => r.id === `red-flag-${f}`);
          if (r.id === 'muscle-pain-despite-painkillers') return 0;
          return flag ? rankOf[urgencyOfFlag(flag)] : TODAY_RULES.includes(r.id) ? 1 : 2;
        });
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      runs,
    );
  });
});
