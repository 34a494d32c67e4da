import { describe, expect, it } from 'vitest';
import { mixedPicture, rules, RULES_CHANGES, RULES_VERSION, SOURCES, triage } from '../../src/triage';
import { RED_FLAGS } from '../../src/triage/vocabulary';
import { anyAnswers } from './answer-arbitraries';
import fc from 'fast-check';

const described = [...rules, mixedPicture];

describe('the rules table', () => {
  it('should be version 3, with the newest change first and dated', () => {
    expect(RULES_VERSION).toBe(3);
    expect(RULES_CHANGES[0]?.version).toBe(RULES_VERSION);
    expect(RULES_CHANGES.map((change) => change.version)).toEqual([3, 2, 1]);
    for (const change of RULES_CHANGES) {
      expect(change.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(change.changes.length).toBeGreaterThan(0);
    }
  });

  it('should give every rule a unique id', () => {
    const ids = described.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(described.map((rule) => [rule.id, rule] as const))('%s should have a title, a trigger, a reason why and at least one known source', (_id, rule) => {
    expect(rule.title).toMatch(/^\S/);
    expect(rule.trigger).toMatch(/^[A-Z0-9].*\.$/);
    expect(rule.why).toMatch(/^[A-Z].*\.$/);
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const key of rule.sources) expect(Object.keys(SOURCES)).toContain(key);
  });

  it('should cite every source it lists, and give each a readable citation', () => {
    // The rules page cites these two in its own words: how rare serious causes are, and young athletes.
    const cited = new Set<string>([...described.flatMap((rule) => rule.sources), 'HENSCHKE', 'SPONDY']);
    for (const [key, source] of Object.entries(SOURCES)) {
      expect({ key, cited: cited.has(key) }).toEqual({ key, cited: true });
      expect(source.citation.length).toBeGreaterThan(10);
      if ('url' in source) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('should have one rule for each warning sign, with the urgency the contract gives it', () => {
    const urgencies = Object.fromEntries(
      rules
        .filter((rule) => rule.id.startsWith('red-flag-'))
        .map((rule) => [rule.id.replace('red-flag-', ''), rule.outcome.level === 'doctor' ? rule.outcome.urgency : rule.outcome.level]),
    );
    expect(Object.keys(urgencies).sort()).toEqual([...RED_FLAGS].sort());
    expect(urgencies['swollen-muscles']).toBe('emergency');
    expect(urgencies['breathing-pain']).toBe('today');
  });

  it('should put emergency rules first, then same day, then within days, then the soreness picture', () => {
    const rank = (rule: (typeof rules)[number]) => (rule.outcome.level === 'doctor' ? { emergency: 0, today: 1, soon: 2 }[rule.outcome.urgency] : 3);
    const ranks = rules.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('should only ever give reasons whose ids are rules in the table', () => {
    const ids = new Set(described.map((rule) => rule.id));
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        for (const reason of triage(answers).reasons) expect(ids.has(reason.id)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
