import * as z from 'zod/mini';
import { coach, type CoachText } from '../i18n/en/coach';
import { ACTIVITIES } from '../triage/vocabulary';
import { COACH_NAME_MAX, COACH_NAME_PATTERN, type Coach, type CoachLinkRead } from './coach-link';
import { MAX_QUERY_LENGTH } from './fragment-query';
import { readFragmentQuery } from './read-fragment-query';

/*
 * The schemas a coach's name and link are read through. Apart from coach-link.ts, so a first visit
 * with no link to read does not load them.
 */

/** A coach's name, with the errors a person reads in `text`'s language (English by default). */
export const coachNameSchemaIn = (text: CoachText = coach) =>
  z.string().check(
    z.trim(),
    z.minLength(1, { error: text.nameRequired }),
    z.maxLength(COACH_NAME_MAX, { error: text.nameTooLong(COACH_NAME_MAX) }),
    z.regex(/^[\p{L}\p{M}]/u, { error: text.nameStartsWithLetter }),
    z.regex(/^.[\p{L}\p{M}\p{N} .'’-]*$/u, { error: text.nameCharacters }),
    z.refine((name) => !/\p{M}{4}/u.test(name), { error: text.nameAccents }),
    // The three checks above, said as one rule, which the start page's inline script also uses.
    z.regex(COACH_NAME_PATTERN),
  );

export const coachNameSchema = coachNameSchemaIn();

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
