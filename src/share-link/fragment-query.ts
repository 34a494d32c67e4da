/*
 * The query part of a fragment link (`#/result?a=1&b=2`). Anyone can type or mangle a link,
 * so reading one never throws: every problem comes back as a sentence for the page
 * (read-fragment-query.ts, loaded only when there is a link to read).
 */

/** Far longer than any real link, short enough that a pasted essay is turned away early. */
export const MAX_QUERY_LENGTH = 1000;

export type QueryRead = { ok: true; params: Record<string, string> } | { ok: false; problems: string[] };

export const toFragmentQuery = (params: [string, string][]) =>
  params.map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`).join('&');
