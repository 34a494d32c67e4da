import { answersSchema, type Answers } from '../triage';
import { readFragmentQuery, toFragmentQuery } from './fragment-query';

/*
 * Result links, as the triage contract sets them: `#/result?area=lower&...`. The answers sit
 * in the fragment, which browsers never send to a server.
 */

export const RESULT_ROUTE = '/result';

const FIELD_ORDER = ['area', 'side', 'activity', 'timing', 'suddenMoment', 'character', 'severity', 'radiation', 'rest', 'loadedArea', 'daysSince', 'trend', 'age', 'redFlags'] as const satisfies readonly (keyof Answers)[];
const BOOLEANS = new Set(['suddenMoment', 'loadedArea']);
const NUMBERS = new Set(['severity', 'daysSince', 'age']);

/** The fragment of a link to the result of these answers, starting with `#`. */
export function resultFragment(answers: Answers): string {
  const params = FIELD_ORDER.flatMap((field): [string, string][] => {
    const value = answers[field];
    if (value === undefined) return [];
    if (typeof value === 'boolean') return [[field, value ? '1' : '0']];
    if (Array.isArray(value)) return [[field, value.join(',')]];
    return [[field, String(value)]];
  });
  return `#${RESULT_ROUTE}?${toFragmentQuery(params)}`;
}

export type ResultLinkRead = { ok: true; answers: Answers } | { ok: false; problems: string[] };

/** Reads the query of a result link; never throws, and never gives answers from an invalid link. */
export function readResultQuery(query: string): ResultLinkRead {
  const read = readFragmentQuery(query);
  if (!read.ok) return read;
  // Text becomes the contract's types only where it is exactly their form; anything else is left
  // as text for the schema to reject with a message that names the field.
  const typed = Object.fromEntries(
    Object.entries(read.params).map(([key, text]) => {
      if (BOOLEANS.has(key)) return [key, text === '1' ? true : text === '0' ? false : text];
      if (NUMBERS.has(key)) return [key, /^\d{1,3}$/.test(text) ? Number(text) : text];
      if (key === 'redFlags') return [key, text === '' ? [] : text.split(',')];
      return [key, text];
    }),
  );
  const parsed = answersSchema.safeParse(typed);
  return parsed.success ? { ok: true, answers: parsed.data } : { ok: false, problems: parsed.error.issues.map((issue) => issue.message) };
}
