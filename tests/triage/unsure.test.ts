import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triage, type Answers } from '../../src/triage';
import type { UnsureField } from '../../src/triage/vocabulary';
import { answerSpace, sorenessPicture } from './answer-arbitraries';

/** What "I'm not sure" stands for in the answers: the careful value the questionnaire takes. */
const CAREFUL = { suddenMoment: true, loadedArea: false, trend: 'same' } as const satisfies Partial<Answers>;
type CarefulField = keyof typeof CAREFUL;

/** Sentences that state an answer as fact, which must not appear where the person was not sure of it. */
const STATED_AS_FACT: Record<CarefulField, RegExp> = {
  suddenMoment: /You can name the moment/,
  loadedArea: /It is not where your muscles worked hardest/,
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

  it('should decide exactly as the careful answer does', () => {
    fc.assert(
      fc.property(answerSpace, fc.subarray(Object.keys(CAREFUL) as CarefulField[]), (picked, unsure) => {
        const answers = { ...picked, ...Object.fromEntries(unsure.map((field) => [field, CAREFUL[field]])) } as Answers;
        const sure = triage(answers);
        const notSure = triage(answers, { unsure });
        expect({ ...notSure, reasons: notSure.reasons.map((r) => r.id) }).toEqual({ ...sure, reasons: sure.reasons.map((r) => r.id) });
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
