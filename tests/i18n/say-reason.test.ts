import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reasons } from '../../src/i18n/en/reasons';
import { englishRules, type RulesCatalog } from '../../src/i18n/rule-text';
import { sayReason } from '../../src/i18n/say-reason';
import { answersSchema, mixedPicture, rules, triage, triageWarningSigns, type Answers, type Reason } from '../../src/triage';
import { RED_FLAGS, UNSURE_FIELDS, type UnsureField } from '../../src/triage/vocabulary';
import { answerSpace, sorenessPicture } from '../triage/answer-arbitraries';
import cases from '../triage/vignettes.json';
import inHouse from '../triage/in-house-vignettes.json';

/*
 * The English reasons catalog must say every reason word for word as the rules module does: then
 * a translation of the catalog says what the contract says. A second catalog, with every text
 * marked, proves each sentence came from the catalog and not from the English fallback.
 */

const english = { reasons, rules: englishRules() };

/** Every text of a catalog wrapped in ⟦ ⟧, functions and nested groups too. */
const marked = <T>(text: T): T => {
  if (typeof text === 'string') return `⟦${text}⟧` as T;
  if (typeof text === 'function') return ((...args: unknown[]) => `⟦${(text as (...a: unknown[]) => string)(...args)}⟧`) as T;
  if (typeof text === 'object' && text !== null) return Object.fromEntries(Object.entries(text).map(([key, value]) => [key, marked(value)])) as T;
  return text;
};
const markedCatalog = {
  reasons: marked(reasons),
  rules: Object.fromEntries(Object.entries(englishRules()).map(([id, rule]) => [id, { ...rule, why: `⟦${rule.why}⟧` }])) satisfies RulesCatalog,
};

type Vignette = { id: string; answers: unknown; unsure?: UnsureField[] };
const vignettes = [...cases, ...inHouse] as unknown as Vignette[];

/**
 * Every reason triage gives these answers, said from the English catalog and from the marked one.
 * Gives the rule ids said, each marked "(not sure)" where the rule reads a field the person was not sure of.
 */
function checkAll(answers: Answers, unsure: readonly UnsureField[]): string[] {
  return triage(answers, { unsure }).reasons.map((reason) => {
    expect(sayReason(reason, answers, unsure, english)).toBe(reason.text);
    const fromCatalog = sayReason(reason, answers, unsure, markedCatalog);
    expect(fromCatalog).toMatch(/^⟦.*⟧$/);
    const rule = rules.find(({ id }) => id === reason.id);
    return rule !== undefined && unsure.some((field) => rule.reads.includes(field)) ? `${reason.id} (not sure)` : reason.id;
  });
}

/** What "I'm not sure" stands for in the answers the questionnaire keeps: the careful value. */
const CAREFUL: Partial<Answers> = { suddenMoment: true, loadedArea: false, trend: 'same' };
const careful = (answers: Answers, unsure: readonly UnsureField[]) =>
  ({ ...answers, ...Object.fromEntries(unsure.filter((field) => field in CAREFUL).map((field) => [field, CAREFUL[field]])) }) as Answers;

/** Pictures a random sample seldom reaches: the emergency muscle-pain rule, and a trend not sure of on its own. */
const RARE: [Partial<Answers>, UnsureField[]][] = [
  [{ severity: 9, painkillers: 'not-helped', daysSince: 2 }, []],
  [{ severity: 9, painkillers: 'not-helped', daysSince: 2, suddenMoment: true }, ['suddenMoment']],
  [{ severity: 9, painkillers: 'not-helped', daysSince: 2, timing: 'unclear' }, ['timing']],
  [{ daysSince: 2 }, ['trend']],
  [{ daysSince: 5 }, ['trend']],
  [{ daysSince: 9, trend: 'better' }, ['trend']],
];

const anyUnsure = fc.shuffledSubarray([...UNSURE_FIELDS]);

describe('sayReason', () => {
  it.each(vignettes.map((v) => [v.id, v] as const))('should say every reason of vignette %s as the rules module does', (_id, vignette) => {
    checkAll(answersSchema.parse(vignette.answers), vignette.unsure ?? []);
  });

  it('should say every reason of generated answers as the rules module does, with any fields not sure of', () => {
    fc.assert(
      fc.property(answerSpace, anyUnsure, fc.boolean(), (answers, unsure, asKept) => {
        checkAll(asKept ? careful(answers, unsure) : answers, unsure);
      }),
      { numRuns: 600 },
    );
  });

  it('should reach every rule, and every rule that reads an answer the person may not be sure of, with and without doubt', () => {
    // A fixed sample, so what is reached does not depend on the run, and the rare pictures by hand.
    const sample = fc.sample(fc.tuple(answerSpace, anyUnsure, fc.boolean()), { seed: 20_260_101, numRuns: 3000 });
    const said = new Set([
      ...sample.flatMap(([answers, unsure, asKept]) => checkAll(asKept ? careful(answers, unsure) : answers, unsure)),
      ...RARE.flatMap(([change, unsure]) => checkAll({ ...sorenessPicture, ...change }, unsure)),
    ]);
    const expected = [...rules, mixedPicture].map(({ id }) => id);
    const withDoubt = rules
      .filter((rule) => rule.reads.some((field) => (UNSURE_FIELDS as readonly string[]).includes(field)))
      .map(({ id }) => `${id} (not sure)`);
    expect([...expected, ...withDoubt].filter((id) => !said.has(id))).toEqual([]);
  });

  it('should say the warning signs of the emergency stop, from the signs alone', () => {
    for (const flag of RED_FLAGS) {
      const result = triageWarningSigns([flag]);
      for (const reason of result?.reasons ?? []) {
        expect(sayReason(reason, { redFlags: [flag] }, [], english)).toBe(reason.text);
        expect(sayReason(reason, {}, [], english)).toBe(reason.text);
        expect(sayReason(reason, { redFlags: [flag] }, [], markedCatalog)).toBe(`⟦${reason.text}⟧`);
      }
    }
    const all = triageWarningSigns([...RED_FLAGS]);
    expect(all?.reasons.map((reason) => sayReason(reason, { redFlags: [...RED_FLAGS] }, [], english))).toEqual(all?.reasons.map((r) => r.text));
  });

  it('should give the English sentence as it is without a catalog, for an id it does not know, or for answers that lack what it needs', () => {
    const reason = triage({ ...sorenessPicture, severity: 9, rest: 'no-relief' }).reasons[0] as Reason;
    expect(sayReason(reason, sorenessPicture, [], undefined)).toBe(reason.text);
    const newer: Reason = { id: 'a-rule-from-a-newer-version', text: 'A sentence from a newer version.' };
    expect(sayReason(newer, sorenessPicture, [], markedCatalog)).toBe(newer.text);
    const { severity: _left, ...withoutSeverity } = sorenessPicture;
    expect(sayReason({ id: 'severe-pain', text: 'You rated it 9 out of 10.' }, withoutSeverity, [], markedCatalog)).toBe('You rated it 9 out of 10.');
  });

  it('should say what the person was not sure of in their own order', () => {
    const answers: Answers = { ...sorenessPicture, severity: 9, suddenMoment: true, timing: 'unclear', daysSince: 2, painkillers: 'not-helped' };
    for (const unsure of [
      ['timing', 'suddenMoment'],
      ['suddenMoment', 'timing'],
    ] satisfies UnsureField[][]) {
      const reason = triage(answers, { unsure }).reasons.find(({ id }) => id === 'muscle-pain-despite-painkillers');
      expect(reason).toBeDefined();
      if (reason) expect(sayReason(reason, answers, unsure, english)).toBe(reason.text);
    }
  });
});
