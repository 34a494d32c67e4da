import * as z from 'zod/mini';
import { ISO_DATE } from '../dates/dates';
import { readResultQuery } from '../share-link/result-link';
import type { TeamEntry } from './team-entry';

/** A kept trainee result read back from storage: its link must still be a valid result link. */
const teamEntrySchema = z.strictObject({
  id: z.string().check(z.regex(/^[\w:.-]{1,40}$/)),
  kept: z.string().check(z.regex(ISO_DATE)),
  query: z.string().check(z.refine((query) => readResultQuery(query).ok)),
});

export function readTeam(value: unknown): { team: TeamEntry[]; dropped: number } | undefined {
  const list = z.array(z.unknown()).safeParse(value);
  if (!list.success) return undefined;
  const team = list.data.flatMap((entry) => {
    const parsed = teamEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return { team, dropped: list.data.length - team.length };
}
