import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triage, type Answers, type Triage } from '../../src/triage';
import { UNSURE_FIELDS, type UnsureField } from '../../src/triage/vocabulary';
import { answerSpace, sorenessPicture } from './answer-arbitraries';

/** Rules v3: the five severe-pain rules count "not sure" toward any answer the person might have meant. */
const SEVERE_RULES = ['muscle-pain-despite-painkillers', 'severe-delayed-muscle-pain', 'severe-unrelenting', 'severe-not-easing', 'severe-despite-painkillers'];

/** Every answer a person might have meant to each field, written out here rather than taken from the module. */
const MIGHT_HAVE_MEANT: Record<UnsureField, readonly unknown[]> = {
  suddenMoment: [true, false],
  loadedArea: [true, false],
  timing: ['during', 'hours-after', 'next-day', 'unclear'],
  radiation: ['none', 'buttock-thigh', 'below-knee'],
  trend: ['better', 'same', 'worse'],
};

const meant = (answers: Answers, unsure: readonly UnsureField[]): Answers[] =>
  unsure.reduce<Answers[]>((all, field) => all.flatMap((a) => MIGHT_HAVE_MEANT[field].map((value) => ({ ...a, [field]: value }) as Answers)), [answers]);

const rank = (result: Triage) => (result.level === 'doctor' ? { soon: 2, today: 3, emergency: 4 }[result.urgency] : result.level === 'strain' ? 1 : 0);
const URGENCY_RANK = { soon: 2, today: 3, emergency: 4 } as const;

/** The most serious result the five severe-pain rules give these answers, 0 where none fires. */
const severeRank = (answers: Answers) => {
  const result = triage(answers);
  return result.level === 'doctor' && result.reasons.some((r) => SEVERE_RULES.includes(r.id)) ? URGENCY_RANK[result.urgency] : 0;
};

const nonSevereIds = (result: Triage) => result.reasons.map((r) => r.id).filter((id) => !SEVERE_RULES.includes(id));

/** What "I'm not sure" stands for in the answers: the careful value the questionnaire takes. */
const CAREFUL = { suddenMoment: true, loadedArea: false, trend: 'same' } as const satisfies Partial<Answers>;
type CarefulField = keyof typeof CAREFUL;

/** Sentences that state an answer as fact, which must not appear where the person was not sure of it. */
const STATED_AS_FACT: Record<CarefulField, RegExp> = {
  suddenMoment: /You can name the moment|did not start at one moment/,
  loadedArea: /It is not where your muscles worked hardest|, in the muscles you trained/,
  trend: /is not getting better|is not easing yet|is getting worse/,
};

const texts = (answers: Answers, unsure: UnsureField[]) => triage(answers, { unsure }).reasons.map((r) => r.text);

describe('answers the person was not sure of', () => {
  const table: [string, Partial<Answers>, UnsureField[], string][] = [
    [
      'a sudden moment',
      { suddenMoment: true },
      ['suddenMoment'],
      'You were not sure whether it started at one moment, like a twinge, pop or catch, so Backcheck took the careful answer. A strain starts that way; soreness comes on gradually.',
    ],
    [
      'where the muscles worked',
      { loadedArea: false },
      ['loadedArea'],
      'You were not sure whether it is where your muscles worked hardest, so Backcheck took the careful answer. Soreness is felt in the muscles you trained.',
    ],
    [
      'the trend, a week on',
      { trend: 'same', daysSince: 8 },
      ['trend'],
      'It started 8 days ago, and you were not sure whether it is getting better, so Backcheck took the careful answer. Most strains start to improve within a week.',
    ],
    [
      'the trend, on day 5',
      { trend: 'same', daysSince: 5 },
      ['trend'],
      'It started 5 days ago, and you were not sure whether it is easing, so Backcheck took the careful answer. Soreness eases after about 3 days.',
    ],
    [
      'the timing, from a link',
      { timing: 'during' },
      ['timing'],
      'You were not sure when it started, so Backcheck took the careful answer. A strain starts right after the movement that caused it. Soreness comes on 12 to 24 hours later.',
    ],
  ];

  it.each(table)('should say the person was not sure of %s, and not state it as fact', (_what, change, unsure, sentence) => {
    const answers = { ...sorenessPicture, ...change };
    expect(texts(answers, unsure)).toContain(sentence);
  });

  it('should decide exactly as the careful answer does, outside the severe-pain rules', () => {
    fc.assert(
      fc.property(answerSpace, fc.subarray(Object.keys(CAREFUL) as CarefulField[]), (picked, unsure) => {
        const answers = { ...picked, ...Object.fromEntries(unsure.map((field) => [field, CAREFUL[field]])) } as Answers;
        const sure = triage(answers);
        const notSure = triage(answers, { unsure });
        if (notSure.reasons.some((r) => SEVERE_RULES.includes(r.id)) || sure.reasons.some((r) => SEVERE_RULES.includes(r.id))) {
          // A severe-pain rule may now fire where it did not, but every other doctor rule is unchanged.
          expect(notSure.level).toBe('doctor');
          expect(nonSevereIds(notSure)).toEqual(sure.level === 'doctor' ? nonSevereIds(sure) : []);
        } else {
          expect({ ...notSure, reasons: notSure.reasons.map((r) => r.id) }).toEqual({ ...sure, reasons: sure.reasons.map((r) => r.id) });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('should never give less than the severe-pain rules give any answer the person might have meant', () => {
    fc.assert(
      fc.property(answerSpace, fc.subarray([...UNSURE_FIELDS]), (answers, unsure) => {
        const notSure = rank(triage(answers, { unsure }));
        for (const alternative of meant(answers, unsure)) expect(notSure).toBeGreaterThanOrEqual(severeRank(alternative));
        expect(notSure).toBeGreaterThanOrEqual(rank(triage(answers)));
      }),
      { numRuns: 1000 },
    );
  });

  it('should never give a lower result for painkillers that have not helped', () => {
    fc.assert(
      fc.property(answerSpace, fc.subarray([...UNSURE_FIELDS]), (answers, unsure) => {
        const { painkillers: _left, ...without } = answers;
        const before = rank(triage(without, { unsure }));
        expect(rank(triage({ ...without, painkillers: 'not-helped' }, { unsure }))).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('should never state an answer as fact where the person was not sure of it', () => {
    fc.assert(
      fc.property(answerSpace, fc.subarray(Object.keys(CAREFUL) as CarefulField[], { minLength: 1 }), (picked, unsure) => {
        const answers = { ...picked, ...Object.fromEntries(unsure.map((field) => [field, CAREFUL[field]])) } as Answers;
        for (const text of texts(answers, unsure)) {
          for (const field of unsure) expect(text).not.toMatch(STATED_AS_FACT[field]);
          expect(text).toMatch(/^[A-Z].*\.$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

type Expected = 'soreness' | 'strain' | 'soon' | 'today' | 'emergency';
const outcome = (result: Triage): Expected => (result.level === 'doctor' ? result.urgency : result.level);

/**
 * Each unsure field alone with each of the five severe-pain rules: the answers hold the careful
 * value (or a link's value), the rule fires only where the field is one it reads and some
 * meant answer sets it off, and its reason then says what the person was not sure of.
 */
const perField: [string, Partial<Answers>, Record<UnsureField, Expected>][] = [
  [
    'severe-delayed-muscle-pain',
    { severity: 9, suddenMoment: true, loadedArea: false, timing: 'during', daysSince: 2 },
    { suddenMoment: 'strain', loadedArea: 'strain', timing: 'strain', radiation: 'strain', trend: 'strain' },
  ],
  [
    'severe-delayed-muscle-pain',
    { severity: 9, suddenMoment: true, daysSince: 2 },
    { suddenMoment: 'today', loadedArea: 'strain', timing: 'strain', radiation: 'strain', trend: 'strain' },
  ],
  [
    'severe-delayed-muscle-pain',
    { severity: 9, loadedArea: false, daysSince: 2 },
    { suddenMoment: 'strain', loadedArea: 'today', timing: 'strain', radiation: 'strain', trend: 'strain' },
  ],
  [
    'severe-delayed-muscle-pain',
    { severity: 9, timing: 'during', daysSince: 2 },
    { suddenMoment: 'strain', loadedArea: 'strain', timing: 'today', radiation: 'strain', trend: 'strain' },
  ],
  [
    'severe-unrelenting',
    { severity: 9, rest: 'no-relief', suddenMoment: true, daysSince: 5, trend: 'better' },
    { suddenMoment: 'today', loadedArea: 'today', timing: 'today', radiation: 'today', trend: 'today' },
  ],
  [
    'severe-not-easing',
    { severity: 8, suddenMoment: true, daysSince: 5, trend: 'better' },
    { suddenMoment: 'strain', loadedArea: 'strain', timing: 'strain', radiation: 'strain', trend: 'today' },
  ],
  [
    'severe-despite-painkillers',
    { severity: 8, suddenMoment: true, timing: 'during', daysSince: 10, trend: 'better', painkillers: 'not-helped' },
    { suddenMoment: 'today', loadedArea: 'today', timing: 'today', radiation: 'today', trend: 'today' },
  ],
  [
    'muscle-pain-despite-painkillers',
    { severity: 8, suddenMoment: true, daysSince: 2, trend: 'better', painkillers: 'not-helped' },
    { suddenMoment: 'emergency', loadedArea: 'today', timing: 'today', radiation: 'today', trend: 'today' },
  ],
  [
    'muscle-pain-despite-painkillers',
    { severity: 8, timing: 'unclear', daysSince: 2, trend: 'better', painkillers: 'not-helped' },
    { suddenMoment: 'today', loadedArea: 'today', timing: 'emergency', radiation: 'today', trend: 'today' },
  ],
];

const READS: Record<string, readonly UnsureField[]> = {
  'severe-delayed-muscle-pain': ['suddenMoment', 'timing', 'loadedArea'],
  'severe-unrelenting': [],
  'severe-not-easing': ['trend'],
  'severe-despite-painkillers': [],
  'muscle-pain-despite-painkillers': ['suddenMoment', 'timing'],
};

describe('not sure, with the severe-pain rules (rules v3)', () => {
  const rows = perField.flatMap(([rule, change, expected]) =>
    UNSURE_FIELDS.map((field) => [rule, field, change, expected[field]] as [string, UnsureField, Partial<Answers>, Expected]),
  );

  it.each(rows)('%s, not sure of %s, on %o, should give %s', (rule, field, change, expected) => {
    const result = triage({ ...sorenessPicture, ...change }, { unsure: [field] });

    expect(outcome(result)).toBe(expected);
    const reason = result.reasons.find((r) => r.id === rule);
    if (expected === 'strain') expect(reason).toBeUndefined();
    if (reason && READS[rule]?.includes(field)) expect(reason.text).toMatch(/^You were not sure /);
    if (reason && !READS[rule]?.includes(field)) expect(reason.text).not.toMatch(/not sure/);
  });

  it('should say what the person was not sure of, and not state it', () => {
    const result = triage({ ...sorenessPicture, severity: 9, suddenMoment: true, daysSince: 1 }, { unsure: ['suddenMoment'] });

    expect(result.reasons.map((r) => r.text)).toEqual([
      'You were not sure whether it started at one moment, like a twinge, pop or catch. You rated it 9 out of 10, in the muscles you trained, and it came on the day after the workout. Muscle pain this bad in the first days after a hard session should be checked today.',
    ]);
  });

  it('should name every field it was not sure of', () => {
    const result = triage({ ...sorenessPicture, severity: 9, suddenMoment: true, loadedArea: false, daysSince: 1 }, { unsure: ['suddenMoment', 'loadedArea'] });

    expect(result.reasons[0]?.text).toBe(
      'You were not sure whether it started at one moment, like a twinge, pop or catch, or whether it is where your muscles worked hardest. You rated it 9 out of 10 and it came on the day after the workout. Muscle pain this bad in the first days after a hard session should be checked today.',
    );
  });

  it('should give the same result for the same answers and the same fields not sure of', () => {
    fc.assert(
      fc.property(answerSpace, fc.subarray([...UNSURE_FIELDS]), (answers, unsure) => {
        expect(triage(structuredClone(answers), { unsure: [...unsure] })).toEqual(triage(answers, { unsure }));
      }),
      { numRuns: 500 },
    );
  });
});
