/*
 * What the start page, rendered into index.html at build time, does for itself before the app
 * arrives: name the coach whose link was followed, keep that link's coach on "Start now", and
 * show the emergency number for the browser's region. It runs as an inline script straight
 * after the page's HTML, before the first paint, so the page neither shifts nor loses the
 * coach when tapped early.
 *
 * It is written into the HTML with Function.prototype.toString, so it uses nothing from outside
 * its own body but the data it is given. The tests hold it to the app's own readers of coach
 * links and regions, so the two cannot drift apart.
 */

export interface BeforeAppData {
  /** Emergency number to the regions that use it, space-separated, as the app's emergency-number module has it. */
  numbers: Record<string, string>;
  fallback: string;
  activityWords: Record<string, string>;
  /** The coach name rule, as a regular expression source with the `u` flag. */
  namePattern: string;
  nameMax: number;
  maxQueryLength: number;
  firstPage: string;
}

export interface BeforeApp {
  number: string;
  local: boolean;
  coach: { name: string; activity?: string } | null;
}

export function prepareStartPage(data: BeforeAppData, languages: readonly string[], hash: string, page: ParentNode | null): BeforeApp {
  let region: string | undefined;
  for (const tag of languages) {
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      region = undefined;
    }
    if (region !== undefined) break;
  }
  let localNumber: string | undefined;
  for (const [candidate, regions] of Object.entries(data.numbers)) if (region !== undefined && regions.split(' ').includes(region)) localNumber = candidate;
  const number = localNumber ?? data.fallback;

  // The start page's own link: `#/?coach=Sam&activity=running`, read as the app reads it.
  const readCoach = (): BeforeApp['coach'] => {
    const fragment = hash.replace(/^#/, '');
    const cut = fragment.indexOf('?');
    if (cut === -1 || fragment.slice(0, cut).replace(/\/+$/, '') !== '') return null;
    const query = fragment.slice(cut + 1);
    if (query.length > data.maxQueryLength) return null;
    const params: Record<string, string> = {};
    try {
      for (const part of query.split('&')) {
        if (part === '') continue;
        const at = part.indexOf('=');
        const key = decodeURIComponent((at === -1 ? part : part.slice(0, at)).replace(/\+/g, ' '));
        const value = at === -1 ? '' : decodeURIComponent(part.slice(at + 1).replace(/\+/g, ' '));
        if (!/^[A-Za-z]{1,20}$/.test(key) || value.length > 200 || Object.prototype.hasOwnProperty.call(params, key)) return null;
        params[key] = value;
      }
    } catch {
      return null;
    }
    for (const key of Object.keys(params)) if (key !== 'coach' && key !== 'activity') return null;
    const name = (params.coach ?? '').trim();
    if (name.length === 0 || name.length > data.nameMax || !new RegExp(data.namePattern, 'u').test(name)) return null;
    const activity = params.activity;
    if (activity === undefined) return { name };
    return Object.prototype.hasOwnProperty.call(data.activityWords, activity) ? { name, activity } : null;
  };
  const coach = readCoach();

  if (page) {
    const call = page.querySelector('[data-emergency-number]');
    if (call && localNumber !== undefined) {
      call.textContent = localNumber;
      call.setAttribute('href', `tel:${localNumber}`);
      page.querySelector('[data-fallback-note]')?.remove();
    }
    const heading = page.querySelector('h1');
    if (coach && heading) {
      const note = heading.ownerDocument.createElement('p');
      note.className = 'coach-note';
      note.textContent = `Sent by your coach ${coach.name}${coach.activity ? `, for ${data.activityWords[coach.activity] ?? ''}` : ''}`;
      heading.parentNode?.insertBefore(note, heading);
      // A tap before the app has loaded must not lose the coach: the link carries it.
      page.querySelector('[data-start-link]')?.setAttribute('href', `#/q/${data.firstPage}?${hash.slice(hash.indexOf('?') + 1)}`);
    }
  }
  return { number, local: localNumber !== undefined, coach };
}
