import * as z from 'zod/mini';
import { ACTIVITIES } from '../triage/activities';
import { MAX_QUERY_LENGTH, readFragmentQuery, toFragmentQuery } from './fragment-query';

/*
 * A coach's link to the start page: `#/?coach=Sam&activity=running`. The name is shown on
 * the page, so it is held to a short run of letters and simple punctuation.
 */

export const COACH_NAME_MAX = 40;

/**
 * Letters of any script first, then letters, marks, digits, spaces, full stops, hyphens and
 * apostrophes, with at most 3 marks on one letter: Vietnamese needs 2, and a taller stack is
 * drawn over the lines around the name.
 */
export const COACH_NAME_PATTERN = /^(?!.*\p{M}{4})[\p{L}\p{M}][\p{L}\p{M}\p{N} .'’-]*$/u;

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

export const coachSchema = z.strictObject({
  name: coachNameSchema,
  activity: z.optional(z.enum(ACTIVITIES)),
});

export type Coach = z.infer<typeof coachSchema>;

export type CoachLinkRead = { ok: true; coach: Coach } | { ok: false };

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

export function coachFragment(coach: Coach): string {
  const params: [string, string][] = [['coach', coach.name]];
  if (coach.activity) params.push(['activity', coach.activity]);
  return `#/?${toFragmentQuery(params)}`;
}
