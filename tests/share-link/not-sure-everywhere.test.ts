import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/checks/check';
import { sortOutChecks } from '../../src/checks/check-schema';
import { readResultQuery } from '../../src/share-link/result-link';
import { teamCards } from '../../src/team/team-groups';
import { RULES_VERSION, triage } from '../../src/triage';

// Rules v3 can give a more serious result where a person was not sure, so every place that works a
// result out again must pass what they were not sure of: the same link gives the same result on the
// result page, in a coach's list of trainees' results, and as a kept check.

const TODAY = '2026-12-01';
/** 9 out of 10 the day after deadlifts, in the muscles that worked; not sure it started at one moment. */
const QUERY =
  'area=lower&side=both-sides&activity=lifting&timing=next-day&suddenMoment=1&character=dull&severity=9&radiation=none&rest=eases&loadedArea=1&daysSince=1&trend=same&redFlags=&unsure=suddenMoment&on=2026-12-01&rules=3';

const read = readResultQuery(QUERY, TODAY);
if (!read.ok) throw new Error('The link in this test must read.');
const { answers, unsure } = read;

describe('a link with not sure, worked out again', () => {
  it('should go to a doctor today from the link, where the careful answer alone would say strain', () => {
    expect(unsure).toEqual(['suddenMoment']);
    expect(triage(answers, { unsure })).toMatchObject({ level: 'doctor', urgency: 'today' });
    expect(triage(answers).level).toBe('strain');
  });

  it('should give the same result in a coach’s list of trainees’ results', () => {
    const [card] = teamCards([{ id: '2026-12-01T10:00:00.000Z', kept: TODAY, query: `${QUERY}&to=coach&from=Sam` }], TODAY);
    expect(card?.kind === 'trainee' && card.results[0]?.result).toMatchObject({ level: 'doctor', urgency: 'today' });
  });

  it('should keep a check of it as a doctor today, and leave out one that says strain under today’s rules', () => {
    const check = (level: Check['level'], urgency?: Check['urgency']): Check => ({
      id: `2026-12-01T10:00:00.000Z-${level}`,
      date: TODAY,
      answers,
      unsure: [...unsure],
      level,
      urgency,
      rulesVersion: RULES_VERSION,
    });
    const sorted = sortOutChecks([check('doctor', 'today'), check('strain')], TODAY);
    expect(sorted?.checks.map((kept) => kept.level)).toEqual(['doctor']);
    expect(sorted?.leftOut).toEqual({ unreadable: 0, future: 0, contradicted: 1 });
  });
});
