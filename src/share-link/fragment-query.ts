import * as z from 'zod/mini';

/*
 * The query part of a fragment link (`#/result?a=1&b=2`). Anyone can type or mangle a link,
 * so reading one never throws: every problem comes back as a sentence for the page.
 */

/** Far longer than any real link, short enough that a pasted essay is turned away early. */
export const MAX_QUERY_LENGTH = 1000;

const paramsSchema = z.record(
  z.string().check(z.regex(/^[A-Za-z]{1,20}$/, { error: 'This link has a part whose name is not one Backcheck uses.' })),
  z.string().check(z.maxLength(200, { error: 'This link has a value far longer than any answer.' })),
);

export type QueryRead = { ok: true; params: Record<string, string> } | { ok: false; problems: string[] };

export function readFragmentQuery(query: string): QueryRead {
  if (query.length > MAX_QUERY_LENGTH) return { ok: false, problems: ['This link is far longer than a Backcheck link, so it may have been changed.'] };
  const params: Record<string, string> = {};
  for (const part of query.split('&').filter(Boolean)) {
    const cut = part.indexOf('=');
    const [rawKey, rawValue] = cut === -1 ? [part, ''] : [part.slice(0, cut), part.slice(cut + 1)];
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replaceAll('+', ' '));
      value = decodeURIComponent(rawValue.replaceAll('+', ' '));
    } catch {
      return { ok: false, problems: ['This link has broken characters in it, so it may have been cut short or changed.'] };
    }
    if (Object.hasOwn(params, key)) return { ok: false, problems: ['This link gives the same answer twice.'] };
    params[key] = value;
  }
  const parsed = paramsSchema.safeParse(params);
  return parsed.success ? { ok: true, params: parsed.data } : { ok: false, problems: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
}

export const toFragmentQuery = (params: [string, string][]) =>
  params.map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`).join('&');
