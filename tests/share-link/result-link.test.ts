import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/triage';
import { readResultQuery, resultFragment } from '../../src/share-link/result-link';
import { coachNameSchema, readCoachQuery } from '../../src/share-link/coach-link';
import { anyAnswers } from '../triage/answer-arbitraries';

const queryOf = (fragment: string) => fragment.slice(fragment.indexOf('?') + 1);

describe('result links', () => {
  it('should write answers in the contract format', () => {
    const fragment = resultFragment({
      area: 'lower', side: 'one-side', activity: 'lifting', timing: 'during', suddenMoment: true, character: 'sharp', severity: 6,
      radiation: 'none', rest: 'partly', loadedArea: false, daysSince: 0, trend: 'same', age: 41, redFlags: ['fever', 'night-pain'],
    });
    expect(fragment).toBe(
      '#/result?area=lower&side=one-side&activity=lifting&timing=during&suddenMoment=1&character=sharp&severity=6&radiation=none&rest=partly&loadedArea=0&daysSince=0&trend=same&age=41&redFlags=fever,night-pain',
    );
  });

  it('should read back exactly the answers it wrote', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(readResultQuery(queryOf(resultFragment(answers)))).toEqual({ ok: true, answers });
      }),
      { numRuns: 1000 },
    );
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
          how === 'insert' ? query.slice(0, cut) + piece + query.slice(cut) : how === 'replace' ? query.slice(0, cut) + piece + query.slice(cut + piece.length) : query.slice(0, cut);
        const read = readResultQuery(mangled);
        if (read.ok) expect(answersSchema.safeParse(read.answers).success).toBe(true);
        else expect(read.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('should never throw for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(readResultQuery(text).ok).toBe(false);
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
    expect(readResultQuery(query)).toEqual({ ok: false, problems: [problem] });
  });
});

describe('coach links', () => {
  it.each([
    ['coach=Sam', { name: 'Sam' }],
    ['coach=Zo%C3%AB%20O%E2%80%99Neill&activity=sport', { name: 'Zoë O’Neill', activity: 'sport' }],
    ['coach=%20Sam%20', { name: 'Sam' }],
  ])('should read %s', (query, coach) => {
    expect(readCoachQuery(query)).toEqual({ ok: true, coach });
  });

  it.each(['coach=', 'coach=%3Cb%3E', 'coach=Sam&activity=golf', 'coach=Sam&x=1', 'activity=running', `coach=${'a'.repeat(41)}`])('should refuse %s', (query) => {
    expect(readCoachQuery(query)).toEqual({ ok: false });
  });
});
