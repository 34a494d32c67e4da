import { describe, expect, it } from 'vitest';
import { answersSchema, triage } from '../../src/triage';
import type { UnsureField } from '../../src/triage/vocabulary';
import cases from './vignettes.json';
import inHouse from './in-house-vignettes.json';

/** A worked case may carry the fields the person was not sure of beside its answers (rules v3). */
type Vignette = (typeof cases)[number] & { unsure?: UnsureField[] };

/** The public worked cases, and our own drawn from published cases of severe pain after training (rules v3). */
const vignettes = [...cases, ...inHouse] as unknown as Vignette[];

describe('worked cases (vignettes)', () => {
  it.each(vignettes.map((v) => [v.id, v.note, v] as const))('%s (%s) should get the expected result', (_id, _note, vignette) => {
    const answers = answersSchema.parse(vignette.answers);
    const result = triage(answers, { unsure: vignette.unsure });

    expect(result.level).toBe(vignette.expect.level);
    expect(result.level === 'doctor' ? result.urgency : undefined).toBe(vignette.expect.urgency);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('should name each red flag a vignette has among its reasons', () => {
    for (const vignette of vignettes) {
      const ids = triage(answersSchema.parse(vignette.answers), { unsure: vignette.unsure }).reasons.map((r) => r.id);
      for (const flag of vignette.answers.redFlags) expect(ids).toContain(`red-flag-${flag}`);
    }
  });
});
