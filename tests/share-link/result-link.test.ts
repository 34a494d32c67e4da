import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, triage } from '../../src/triage';
import vignettes from '../triage/vignettes.json';
import { readResultQuery, resultFragment } from '../../src/share-link/result-link';
import { coachNameSchema, readCoachQuery } from '../../src/share-link/coach-schema';
import { anyAnswers } from '../triage/answer-arbitraries';
import { addDays } from '../../src/dates/dates';

const queryOf = (fragment: string) => fragment.slice(fragment.indexOf('?') + 1);

/** The reader's own date. */
const TODAY = '2026-12-01';

describe('result links', () => {
  it('should write answers in the contract format', () => {
    const fragment = resultFragment({
      area: 'lower',
      side: 'one-side',
      activity: 'lifting',
      timing: 'during',
      suddenMoment: true,
      character: 'sharp',
      severity: 6,
      radiation: 'none',
      rest: 'partly',
      loadedArea: false,
      daysSince: 0,
      trend: 'same',
      age: 41,
      redFlags: ['fever', 'night-pain'],
    });
    expect(fragment).toBe(
      '#/result?area=lower&side=one-side&activity=lifting&timing=during&suddenMoment=1&character=sharp&severity=6&radiation=none&rest=partly&loadedArea=0&daysSince=0&trend=same&age=41&redFlags=fever,night-pain&rules=3',
    );
  });

  it('should read back exactly the answers it wrote', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(readResultQuery(queryOf(resultFragment(answers)), TODAY)).toEqual({ ok: true, answers, unsure: [], rulesVersion: 3 });
      }),
      { numRuns: 1000 },
    );
  });

  it('should carry the answers the person was not sure of, in the contract order', () => {
    const answers = answersSchema.parse({ ...vignettes[0]?.answers, suddenMoment: true, loadedArea: false, trend: 'same' });
    const fragment = resultFragment(answers, ['trend', 'suddenMoment', 'loadedArea']);

    expect(fragment).toMatch(/&unsure=suddenMoment,loadedArea,trend&rules=3$/);
    expect(readResultQuery(queryOf(fragment), TODAY)).toEqual({ ok: true, answers, unsure: ['suddenMoment', 'loadedArea', 'trend'], rulesVersion: 3 });
  });

  it("should read a link made before rules versions as version 1, and give today's result", () => {
    const v1 =
      'area=lower&side=both-sides&activity=lifting&timing=next-day&suddenMoment=0&character=dull&severity=8&radiation=none&rest=partly&loadedArea=1&daysSince=1&trend=same&redFlags=';
    const read = readResultQuery(v1, TODAY);

    expect(read).toMatchObject({ ok: true, unsure: [], rulesVersion: 1 });
    expect(read.ok && triage(read.answers)).toMatchObject({ level: 'doctor', urgency: 'today' });
  });

  it.each([
    ['2', 2],
    ['3', 3],
    ['99', 99],
  ])('should read a link made under rules version %s, older or newer than today’s, for the page to say so', (rules, version) => {
    const query = queryOf(resultFragment(answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers))).replace(/&rules=3$/, `&rules=${rules}`);
    expect(readResultQuery(query, TODAY)).toMatchObject({ ok: true, rulesVersion: version });
  });

  it.each([
    ['an unknown field', '&unsure=severity', 'This link says an answer was not sure that Backcheck does not ask that way.'],
    ['a field given twice', '&unsure=trend,trend', 'This link names the same not-sure answer twice.'],
    ['a careful answer changed by hand', '&unsure=suddenMoment', 'This link says an answer was not sure, but holds a different answer for it.'],
    ['a rules version that is not a number', '&rules=two', 'This link has a rules version that is not a number Backcheck uses.'],
  ])('should call a link with %s in its not-sure or rules part damaged', (_what, extra, problem) => {
    // The soreness vignette says no sudden moment, so "not sure" of it contradicts the careful answer (yes).
    const query = `${queryOf(resultFragment(answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers))).replace(/&rules=3$/, '')}${extra}`;
    expect(readResultQuery(query, TODAY)).toEqual({ ok: false, problems: [problem] });
  });

  const mutation = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('%', '%E0%A4%A', '&', '=', ',', '+', '%00', '<script>', '1e3', '-1', '0x1', ' 5', '\u202e', '__proto__', 'constructor'),
  );

  it('should never throw, and give answers only from a valid link, for random and mangled links', () => {
    fc.assert(
      fc.property(anyAnswers, fc.nat(), mutation, fc.constantFrom('insert', 'replace', 'cut'), (answers, at, piece, how) => {
        const query = queryOf(resultFragment(answers));
        const cut = at % (query.length + 1);
        const mangled =
          how === 'insert'
            ? query.slice(0, cut) + piece + query.slice(cut)
            : how === 'replace'
              ? query.slice(0, cut) + piece + query.slice(cut + piece.length)
              : query.slice(0, cut);
        const read = readResultQuery(mangled, TODAY);
        if (read.ok) expect(answersSchema.safeParse(read.answers).success).toBe(true);
        else expect(read.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('should never throw for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(readResultQuery(text, TODAY).ok).toBe(false);
        const coach = readCoachQuery(text);
        if (coach.ok) expect(coachNameSchema.safeParse(coach.coach.name).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a field given twice', 'area=lower&area=upper', 'This link gives the same answer twice.'],
    ['a bad escape', 'area=%E0%A4%A', 'This link has broken characters in it, so it may have been cut short or changed.'],
    ['a huge link', `area=${'x'.repeat(2000)}`, 'This link is far longer than a Backcheck link, so it may have been changed.'],
    ['a prototype key', '__proto__=1', 'This link has a part whose name is not one Backcheck uses.'],
  ])('should explain %s', (_what, query, problem) => {
    expect(readResultQuery(query, TODAY)).toEqual({ ok: false, problems: [problem] });
  });
});

describe('the painkillers answer in a link (rules v3)', () => {
  const severe = answersSchema.parse({ ...vignettes.find((v) => v.id === 'p-so01')?.answers, severity: 9, painkillers: 'not-helped' });

  it('should write painkillers= between the age and the warning signs, and read it back', () => {
    const fragment = resultFragment({ ...severe, age: 30 });
    expect(fragment).toMatch(/&severity=9&.*&age=30&painkillers=not-helped&redFlags=&rules=3$/);
    expect(readResultQuery(queryOf(fragment), TODAY)).toEqual({ ok: true, answers: { ...severe, age: 30 }, unsure: [], rulesVersion: 3 });
  });

  it('should read a link without it as before, with no painkillers answer', () => {
    const { painkillers: _, ...without } = severe;
    const read = readResultQuery(queryOf(resultFragment(without)), TODAY);
    expect(read).toEqual({ ok: true, answers: without, unsure: [], rulesVersion: 3 });
    expect(read.ok && read.answers).not.toHaveProperty('painkillers');
  });

  it.each(['maybe', 'Not-helped', 'not helped', '1', ''])('should call a link with painkillers=%s damaged, naming the answer', (value) => {
    const query = queryOf(resultFragment(severe)).replace('painkillers=not-helped', `painkillers=${encodeURIComponent(value)}`);
    expect(readResultQuery(query, TODAY)).toEqual({ ok: false, problems: ['The answer to “Painkillers” is not one Backcheck gives.'] });
  });
});

describe('the date a result link was made on, and whom it was sent to', () => {
  const answers = answersSchema.parse(vignettes.find((v) => v.id === 'p-st01')?.answers);
  const dated = (on: string) => `${queryOf(resultFragment(answers))}&on=${on}`;

  it('should write the date the answers were given, and to=coach, before the rules version, and the name last', () => {
    expect(resultFragment(answers, [], { on: '2026-11-29', from: 'Alex', to: 'coach' })).toMatch(/&redFlags=[^&]*&on=2026-11-29&to=coach&rules=3&from=Alex$/);
    expect(resultFragment(answers, [], { on: '2026-11-29' })).toMatch(/&on=2026-11-29&rules=3$/);
  });

  it.each([
    ['today', '2026-12-01', { ok: true, on: '2026-12-01' }],
    ['days before', '2026-11-20', { ok: true, on: '2026-11-20' }],
    ['a year before', '2025-12-01', { ok: true, on: '2025-12-01' }],
    ['one day ahead, as another time zone can be', '2026-12-02', { ok: true, on: '2026-12-02' }],
    ['two days ahead', '2026-12-03', { ok: false, problems: ['This link is dated after today, so it may have been changed.'] }],
    ['not a real date', '2026-02-30', { ok: false, problems: ['This link has a date that is not a real date.'] }],
    ['a 29 February of a year without one', '2026-02-29', { ok: false, problems: ['This link has a date that is not a real date.'] }],
    ['a thirteenth month', '2026-13-01', { ok: false, problems: ['This link has a date that is not a real date.'] }],
    ['a date in another form', '01/12/2026', { ok: false, problems: ['This link has a date that is not a real date.'] }],
    ['a date and time', '2026-12-01T10:00', { ok: false, problems: ['This link has a date that is not a real date.'] }],
    ['nothing', '', { ok: false, problems: ['This link has a date that is not a real date.'] }],
  ])('should read on= of %s (%s) on 1 December 2026', (_what, on, expected) => {
    expect(readResultQuery(dated(on), TODAY)).toMatchObject(expected);
  });

  it('should accept a real leap day that is not ahead of the reader', () => {
    expect(readResultQuery(dated('2028-02-29'), '2028-03-01')).toMatchObject({ ok: true, on: '2028-02-29' });
  });

  it('should read a link without on= as one whose date is not known', () => {
    const read = readResultQuery(queryOf(resultFragment(answers)), TODAY);
    expect(read.ok).toBe(true);
    expect(read).not.toHaveProperty('on');
  });

  it('should say one day ahead is fine and two days ahead is not, across a month and a year', () => {
    expect(readResultQuery(dated('2027-01-01'), '2026-12-31').ok).toBe(true);
    expect(readResultQuery(dated('2027-01-02'), '2026-12-31').ok).toBe(false);
  });

  it.each([
    ['to=coach', '&to=coach', { ok: true, to: 'coach' }],
    ['no to=', '', { ok: true }],
    ['to= someone else', '&to=boss', { ok: false, problems: ['This link says it was sent to someone Backcheck does not know.'] }],
    ['an empty to=', '&to=', { ok: false, problems: ['This link says it was sent to someone Backcheck does not know.'] }],
  ])('should read %s', (_what, extra, expected) => {
    const read = readResultQuery(`${queryOf(resultFragment(answers))}${extra}`, TODAY);
    expect(read).toMatchObject(expected);
    if (extra === '') expect(read).not.toHaveProperty('to');
  });

  it('should read back exactly the date, name and recipient it wrote', () => {
    fc.assert(
      fc.property(anyAnswers, fc.integer({ min: -1, max: 400 }), fc.boolean(), (any, daysBefore, toCoach) => {
        const on = addDays(TODAY, -daysBefore);
        const fragment = resultFragment(any, [], { on, from: 'Alex', ...(toCoach ? { to: 'coach' as const } : {}) });
        expect(readResultQuery(queryOf(fragment), TODAY)).toEqual({
          ok: true,
          answers: any,
          unsure: [],
          rulesVersion: 3,
          on,
          from: 'Alex',
          ...(toCoach ? { to: 'coach' } : {}),
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('coach links', () => {
  it.each([
    ['coach=Sam', { name: 'Sam' }],
    ['coach=Zo%C3%AB%20O%E2%80%99Neill&activity=sport', { name: 'Zoë O’Neill', activity: 'sport' }],
    ['coach=%20Sam%20', { name: 'Sam' }],
    // What messaging apps and shorteners add is ignored.
    ['coach=Sam&utm_source=whatsapp', { name: 'Sam' }],
    ['fbclid=IwAR0x_y-z&coach=Sam&activity=running&utm_medium=social&ref', { name: 'Sam', activity: 'running' }],
    ['coach=Sam&x=%E0%A4%A&__proto__=1', { name: 'Sam' }],
  ])('should read %s', (query, coach) => {
    expect(readCoachQuery(query)).toEqual({ ok: true, coach });
  });

  it.each([
    'coach=',
    'coach=%3Cb%3E',
    'coach=Sam&activity=golf',
    'coach=Sam&coach=Jo',
    'coach=Sam%E0%A4%A',
    'activity=running',
    `coach=${'a'.repeat(41)}`,
    'coach=1Sam',
  ])('should refuse %s', (query) => {
    expect(readCoachQuery(query)).toEqual({ ok: false });
  });
});
