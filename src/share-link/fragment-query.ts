/*
 * The query part of a fragment link (`#/result?a=1&b=2`). Anyone can type or mangle a link,
 * so reading one never throws: every problem comes back as an id, which the page says in the
 * reader's language (read-fragment-query.ts, loaded only when there is a link to read).
 */

/** Far longer than any real link, short enough that a pasted essay is turned away early. */
export const MAX_QUERY_LENGTH = 1000;

/** What can be wrong with a query as such, whatever link it is: keys of the result text's `linkProblems`. */
export type QueryProblem = 'tooLong' | 'brokenCharacters' | 'partName' | 'valueTooLong' | 'sameAnswerTwice';

export type QueryRead = { ok: true; params: Record<string, string> } | { ok: false; problems: QueryProblem[] };

export const toFragmentQuery = (params: [string, string][]) =>
  params.map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`).join('&');
