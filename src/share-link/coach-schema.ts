import * as z from 'zod/mini';
import { ACTIVITIES } from '../triage/vocabulary';
import { COACH_NAME_MAX, COACH_NAME_PATTERN, type Coach, type CoachLinkRead } from './coach-link';
import { MAX_QUERY_LENGTH } from './fragment-query';
import { readFragmentQuery } from './read-fragment-query';

/*
 * The schemas a coach's name and link are read through. Apart from coach-link.ts, so a first visit
 * with no link to read does not load them.
 */

export const coachNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, { error: 'Enter your name' }),
  z.maxLength(COACH_NAME_MAX, { error: `Your name must be ${COACH_NAME_MAX} characters or fewer` }),
  z.regex(/^[\p{L}\p{M}]/u, { error: 'Your name must start with a letter' }),
  z.regex(/^.[\p{L}\p{M}\p{N} .'’-]*$/u, { error: 'Your name can only use letters, numbers, spaces, full stops, hyphens and apostrophes' }),
  z.refine((name) => !/\p{M}{4}/u.test(name), { error: 'Your name can only have up to 3 accents on each letter' }),
  // The three checks above, said as one rule, which the start page's inline script also uses.
  z.regex(COACH_NAME_PATTERN),
);

export const coachSchema: z.ZodMiniType<Coach> = z.strictObject({
  name: coachNameSchema,
  activity: z.optional(z.enum(ACTIVITIES)),
});

/**
 * Reads a coach's link. Messaging apps and link shorteners add keys of their own
 * (`&utm_source=whatsapp`, `&fbclid=…`), so any key but the coach's two is ignored; the coach's
 * own keys are held to the same rules as ever. (Result links stay strict: a stray key there may
 * be a changed answer.)
 */
export function readCoachQuery(query: string): CoachLinkRead {
  if (query.length > MAX_QUERY_LENGTH) return { ok: false };
  const own = query.split('&').filter((part) => /^(coach|activity)(=|$)/.test(part));
  const read = readFragmentQuery(own.join('&'));
  if (!read.ok) return { ok: false };
  const { coach: name, activity } = read.params;
  const parsed = coachSchema.safeParse(activity === undefined ? { name } : { name, activity });
  return parsed.success ? { ok: true, coach: parsed.data } : { ok: false };
}
