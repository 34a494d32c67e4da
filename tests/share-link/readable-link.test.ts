import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coachFragment } from '../../src/share-link/coach-link';
import { readCoachQuery } from '../../src/share-link/coach-schema';
import { readableLink } from '../../src/share-link/readable-link';
import { ACTIVITIES } from '../../src/triage/vocabulary';

// The link a poster prints: readable and typeable, and read back as the same link.

const query = (fragment: string) => fragment.slice(fragment.indexOf('?') + 1);
const ACUTE = '\u0301';
const TILDE = '\u0303';

describe('a link as a person reads it', () => {
  it.each([
    ['https://backcheck.example/#/?coach=Sam', 'https://backcheck.example/#/?coach=Sam'],
    ['https://backcheck.example/#/?coach=Sam%20Lee&activity=running', 'https://backcheck.example/#/?coach=Sam+Lee&activity=running'],
    ['https://backcheck.example/team/#/?coach=Siobh%C3%A1n%20O%E2%80%99Neill', 'https://backcheck.example/team/#/?coach=Siobhán+O’Neill'],
    ['https://backcheck.example/#/?coach=Nguy%E1%BB%85n%20V%C4%83n%20An&activity=sport', 'https://backcheck.example/#/?coach=Nguyễn+Văn+An&activity=sport'],
    // What would read back as something else stays encoded.
    ['https://backcheck.example/#/?coach=A%26B%3DC%2BD%25E%23F', 'https://backcheck.example/#/?coach=A%26B%3DC%2BD%25E%23F'],
    ['https://backcheck.example/#/?coach=%E0%A4%A', 'https://backcheck.example/#/?coach=%E0%A4%A'],
    ['https://backcheck.example/#/', 'https://backcheck.example/#/'],
  ])('should write %s as %s', (exact, readable) => {
    expect(readableLink(exact)).toBe(readable);
  });

  it('should read back as the same coach as the exact link, for any coach', () => {
    const coaches = fc.record({
      name: fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(..."AaZzéñÖ’'.- 0ệ", ACUTE, TILDE, 'ß', 'Ł', 'ก', 'ש') }),
      activity: fc.option(fc.constantFrom(...ACTIVITIES), { nil: undefined }),
    });
    fc.assert(
      fc.property(coaches, ({ name, activity }) => {
        const coach = activity ? { name, activity } : { name };
        const exact = coachFragment(coach);
        expect(readCoachQuery(query(readableLink(exact)))).toEqual(readCoachQuery(query(exact)));
      }),
      { numRuns: 2000 },
    );
  });
});
