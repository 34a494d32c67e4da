import * as z from 'zod/mini';
import { ISO_DATE } from '../dates/dates';
import { readResultQuery } from '../share-link/result-link';
import type { TeamEntry } from './team-entry';

/**
 * A kept trainee result read back from storage: its link must still be a valid result link, as
 * it was on the day it was kept. The domain has no clock, and a link good on that day stays good,
 * as its date only falls further behind.
 */
const teamEntrySchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[\w:.-]{1,40}$/)),
    kept: z.string().check(z.regex(ISO_DATE)),
    query: z.string(),
  })
  .check(z.refine((entry) => readResultQuery(entry.query, entry.kept).ok));

export function readTeam(value: unknown): { team: TeamEntry[]; dropped: number } | undefined {
  const list = z.array(z.unknown()).safeParse(value);
  if (!list.success) return undefined;
  const team = list.data.flatMap((entry) => {
    const parsed = teamEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return { team, dropped: list.data.length - team.length };
}
