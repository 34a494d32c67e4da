/*
 * The one clock the app reads. Dates of checks and the days since the pain started come from
 * here, so tests can set the day (and the browser tests set the page's own clock).
 */

let fixed: (() => Date) | undefined;

export const now = (): Date => (fixed ? fixed() : new Date());

/** For tests: the moment `now` returns, or the real clock again with none. */
export function setClock(clock?: () => Date) {
  fixed = clock;
}
