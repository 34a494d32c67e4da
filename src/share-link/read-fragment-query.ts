import * as z from 'zod/mini';
import { MAX_QUERY_LENGTH, type QueryProblem, type QueryRead } from './fragment-query';

/* Reads the query part of a fragment link through its schema; every problem comes back as an id (QueryProblem). */

// Pairs rather than a record: a record silently drops a key such as __proto__, and every key
// in a link must be seen to be judged.
const pairsSchema = z.array(
  z.tuple([
    z.string().check(z.regex(/^[A-Za-z]{1,20}$/, { error: 'partName' satisfies QueryProblem })),
    z.string().check(z.maxLength(200, { error: 'valueTooLong' satisfies QueryProblem })),
  ]),
);

const decode = (text: string) => decodeURIComponent(text.replaceAll('+', ' '));

export function readFragmentQuery(query: string): QueryRead {
  if (query.length > MAX_QUERY_LENGTH) return { ok: false, problems: ['tooLong'] };
  let pairs: [string, string][];
  try {
    pairs = query
      .split('&')
      .filter(Boolean)
      .map((part) => {
        const cut = part.indexOf('=');
        return cut === -1 ? [decode(part), ''] : [decode(part.slice(0, cut)), decode(part.slice(cut + 1))];
      });
  } catch {
    return { ok: false, problems: ['brokenCharacters'] };
  }
  const parsed = pairsSchema.safeParse(pairs);
  if (!parsed.success) return { ok: false, problems: [...new Set(parsed.error.issues.map((issue) => issue.message as QueryProblem))] };
  const keys = parsed.data.map(([key]) => key);
  if (new Set(keys).size !== keys.length) return { ok: false, problems: ['sameAnswerTwice'] };
  return { ok: true, params: Object.fromEntries(parsed.data) };
}
