import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/triage';
import { sorenessPicture } from './answer-arbitraries';
import vignettes from './vignettes.json';

const valid: Record<string, unknown> = { ...sorenessPicture, age: 34 };

/** The messages of a rejected input, which a page shows to the person. */
const rejection = (input: unknown) => {
  const result = answersSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues.map((issue) => issue.message) ?? [];
};

const FIELDS = Object.keys(valid);

describe('answersSchema', () => {
  it('should accept every public vignette', () => {
    for (const vignette of vignettes) expect(answersSchema.safeParse(vignette.answers).success).toBe(true);
  });

  it('should accept answers without an age, and with no warning signs', () => {
    const { age: _age, ...withoutAge } = valid;
    expect(answersSchema.safeParse(withoutAge).success).toBe(true);
    expect(answersSchema.safeParse({ ...valid, redFlags: [] }).success).toBe(true);
  });

  it.each(FIELDS.filter((field) => field !== 'age'))('should reject answers missing %s, naming it', (field) => {
    const { [field]: _missing, ...rest } = valid;
    expect(rejection(rest)).toEqual([expect.stringMatching(new RegExp(`\\(${field}\\) is missing`))]);
  });

  const wrong: [string, unknown][] = [
    ['area', 'neck'],
    ['area', 1],
    ['side', 'left'],
    ['activity', 'golf'],
    ['timing', 'yesterday'],
    ['suddenMoment', 'yes'],
    ['suddenMoment', 1],
    ['character', 'throbbing'],
    ['severity', -1],
    ['severity', 11],
    ['severity', 5.5],
    ['severity', '5'],
    ['severity', Number.NaN],
    ['severity', Number.POSITIVE_INFINITY],
    ['radiation', 'foot'],
    ['rest', 'never'],
    ['loadedArea', null],
    ['daysSince', -1],
    ['daysSince', 366],
    ['daysSince', 1e21],
    ['trend', 'improving'],
    ['age', 9],
    ['age', 101],
    ['age', null],
    ['redFlags', 'fever'],
    ['redFlags', null],
  ];

  it.each(wrong)('should reject %s = %o, naming the field', (field, value) => {
    expect(rejection({ ...valid, [field]: value })).toEqual([expect.stringContaining(`(${field})`)]);
  });

  it('should reject an unknown warning sign, naming it', () => {
    expect(rejection({ ...valid, redFlags: ['fever', 'headache'] })).toEqual(['Warning signs (redFlags) has an unknown sign "headache".']);
  });

  it('should reject a warning sign given twice', () => {
    expect(rejection({ ...valid, redFlags: ['fever', 'trauma', 'fever'] })).toEqual(['Warning signs (redFlags) lists the same sign twice.']);
  });

  it('should reject an unknown field, naming it', () => {
    expect(rejection({ ...valid, mood: 'fine' })).toEqual(['Unknown answer "mood".']);
  });

  it('should explain in plain words what a wrong value must be', () => {
    expect(rejection({ ...valid, severity: 12 })).toEqual(['How bad it is (severity) must be a whole number from 0 to 10, not "12".']);
    expect(rejection({ ...valid, area: 'neck' })).toEqual(['Where the pain is (area) must be one of lower, middle, upper, not "neck".']);
  });

  it('should quote only a short piece of a long or hostile value', () => {
    const [message] = rejection({ ...valid, area: `<script>${'x'.repeat(5000)}</script>` });
    expect(message).toBe('Where the pain is (area) must be one of lower, middle, upper, not "<script>xxxxxxxxxxxxxxxx…".');
  });

  it.each([null, undefined, 'lower', 42, []])('should reject %o as not a set of answers', (input) => {
    expect(rejection(input)).toEqual(['The answers must be a set of named fields.']);
  });
});
