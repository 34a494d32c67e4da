import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/triage';
import { coachFragment, COACH_NAME_PATTERN } from '../../src/share-link/coach-link';
import { coachNameSchema, readCoachQuery } from '../../src/share-link/coach-schema';
import { readResultQuery, resultFragment } from '../../src/share-link/result-link';
import vignettes from '../triage/vignettes.json';

/** The reader's date: the links here carry none, so any date does. */
const TODAY = '2026-12-04';

// A name shown on the page (a coach's, or a trainee's in `from=`) may put at most 3 combining
// marks on one letter: Vietnamese needs 2, and a taller stack is drawn over the lines around it.

const ACUTE = '\u0301';
const CIRCUMFLEX = '\u0302';
const TILDE = '\u0303';
const DOT_BELOW = '\u0323';

const query = (fragment: string) => fragment.slice(fragment.indexOf('?') + 1);
const soreness = answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers);

describe('marks on one letter', () => {
  it.each([
    ['no marks', 'Sam'],
    ['letters with their accents built in', 'Zoë Nguyễn'],
    ['one mark', `Zoe${'\u0308'}`],
    ['two marks, as Vietnamese writes ễ in parts', `Nguye${CIRCUMFLEX}${TILDE}n`],
    ['three marks', `A${ACUTE}${CIRCUMFLEX}${TILDE}`],
    ['three marks on each of several letters', `A${ACUTE}${CIRCUMFLEX}${TILDE}B${DOT_BELOW}${TILDE}${ACUTE} C${ACUTE}${ACUTE}${ACUTE}`],
    ['a name in Devanagari, whose vowel signs are marks', 'क्षितिज'],
    ['a name in Thai, with a vowel and a tone mark over one letter', 'สมชื่น'],
  ])('should accept a name with %s', (_what, name) => {
    expect(coachNameSchema.safeParse(name).success).toBe(true);
    expect(COACH_NAME_PATTERN.test(name)).toBe(true);
    expect(readCoachQuery(query(coachFragment({ name })))).toEqual({ ok: true, coach: { name } });
    expect(readResultQuery(query(resultFragment(soreness, [], { from: name })), TODAY)).toMatchObject({ ok: true, from: name });
  });

  it.each([
    ['four marks', `A${ACUTE}${CIRCUMFLEX}${TILDE}${DOT_BELOW}`],
    ['four marks after three good letters', `Sam${ACUTE}${ACUTE}${ACUTE}${ACUTE}`],
    ['39 marks on one letter', `A${ACUTE.repeat(39)}`],
    ['four marks on a space', `Sam ${TILDE.repeat(4)}`],
  ])('should refuse a name with %s, saying why', (_what, name) => {
    const parsed = coachNameSchema.safeParse(name);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Your name can only have up to 3 accents on each letter');
    expect(COACH_NAME_PATTERN.test(name)).toBe(false);
  });

  it.each([
    ['from=', (name: string) => `${query(resultFragment(soreness))}&from=${encodeURIComponent(name)}`],
    ['from=, with + for its spaces', (name: string) => `${query(resultFragment(soreness))}&from=${encodeURIComponent(name).replaceAll('%20', '+')}`],
  ])('should call a result link damaged when %s has 4 marks on one letter', (_what, link) => {
    expect(readResultQuery(link(`Al${ACUTE}${CIRCUMFLEX}${TILDE}${DOT_BELOW}ex`), TODAY)).toEqual({
      ok: false,
      problems: ['This link has a name that Backcheck cannot show.'],
    });
    expect(readResultQuery(link(`Al${ACUTE}${CIRCUMFLEX}${TILDE}ex`), TODAY).ok).toBe(true);
  });

  it('should refuse a coach link whose name has 4 marks on one letter', () => {
    expect(readCoachQuery(`coach=${encodeURIComponent(`Sam${ACUTE.repeat(4)}`)}`)).toEqual({ ok: false });
    expect(readCoachQuery(`coach=${encodeURIComponent(`Sam${ACUTE.repeat(3)}`)}`)).toMatchObject({ ok: true });
  });
});
