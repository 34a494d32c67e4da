/*
 * A catalog's texts laid out by their path of keys, so two languages can be set side by side. A
 * text with something inserted is a function: it is called with marked values (`⟦0⟧` for a
 * string, numbers chosen to reach each plural form, a list of marked strings), found by trying
 * each kind on the English until it reads cleanly, so a translation can be held to the same
 * inserted values, placed wherever its grammar puts them.
 */

export type Kind = 'string' | 'number' | 'list';
export type Leaf = { path: string; text: string } | { path: string; fn: (...args: never[]) => string };

export function leaves(catalog: unknown, path: string[] = []): Leaf[] {
  if (typeof catalog === 'string') return [{ path: path.join(' › '), text: catalog }];
  if (typeof catalog === 'function') return [{ path: path.join(' › '), fn: catalog as (...args: never[]) => string }];
  if (typeof catalog === 'object' && catalog !== null) return Object.entries(catalog).flatMap(([key, value]) => leaves(value, [...path, key]));
  return [];
}

const marked = (position: number) => `⟦${position}⟧`;

/** A value of a kind for one position; `sample` picks among numbers that reach different plural forms. */
export function valueOf(kind: Kind, position: number, sample = 0): unknown {
  if (kind === 'string') return marked(position);
  if (kind === 'number') return [7, 1, 2, 23, 0, 11, 100][sample % 7]! + (sample >= 7 ? position : 0);
  return [`⟦${position}a⟧`, `⟦${position}b⟧`];
}

const reads = (output: unknown) => typeof output === 'string' && !/NaN|undefined|\[object|null/.test(output);

function attempt(fn: (...args: never[]) => string, args: unknown[]): string | undefined {
  try {
    const output = (fn as (...args: unknown[]) => unknown)(...args);
    return reads(output) ? (output as string) : undefined;
  } catch {
    return undefined;
  }
}

/** The kind of each parameter, as the English function reads them. */
export function kindsOf(fn: (...args: never[]) => string): Kind[] {
  const kinds: Kind[] = Array.from({ length: fn.length }, () => 'string');
  for (let position = 0; position < kinds.length; position += 1) {
    for (const kind of ['string', 'number', 'list'] as const) {
      kinds[position] = kind;
      if (
        attempt(
          fn,
          kinds.map((k, p) => valueOf(k, p)),
        ) !== undefined
      )
        break;
    }
  }
  return kinds;
}

/** The function's output for each sample, or an error saying which sample failed. */
export function outputs(fn: (...args: never[]) => string, kinds: Kind[]): (string | undefined)[] {
  const samples = kinds.includes('number') ? 8 : 1;
  return Array.from({ length: samples }, (_, sample) =>
    attempt(
      fn,
      kinds.map((kind, position) => valueOf(kind, position, sample)),
    ),
  );
}

/** The inserted values an output shows: the marks, and the sample's numbers. */
export function insertedIn(output: string, kinds: Kind[], sample: number): string[] {
  const found: string[] = [];
  kinds.forEach((kind, position) => {
    const value = valueOf(kind, position, sample);
    const shown = kind === 'list' ? (value as string[]).filter((item) => output.includes(item)) : output.includes(String(value)) ? [String(value)] : [];
    // A number of 0, 1 or 2 may be said in words ("un día", "يومان"), so only larger ones must show.
    if (kind === 'number' && (value as number) <= 2) return;
    found.push(...shown.map((item) => `${position}:${item}`));
  });
  return found;
}
