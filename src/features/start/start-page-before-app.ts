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
  /** Region to its time zones, space-separated; a zone ending in "/" covers every zone under it. */
  zones: Record<string, string>;
  fallback: string;
  /** The value a person's country choice takes when their country is not listed. */
  otherCountry: string;
  /** Where the person's country choice is kept on the device. */
  countryKey: string;
  /** Where on <html> to leave where the browser seems to be, for the app. */
  detectedRegionAttribute: string;
  detectedLocalAttribute: string;
  activityWords: Record<string, string>;
  /** The coach name rule, as a regular expression source with the `u` flag. */
  namePattern: string;
  nameMax: number;
  maxQueryLength: number;
  firstPage: string;
}

export interface BeforeAppSignals {
  languages: readonly string[];
  timeZone?: string | undefined;
  /** The country saved on this device, unchecked: it is checked here. */
  chosen?: string | null | undefined;
}

export interface BeforeApp {
  number: string;
  local: boolean;
  region?: string;
  coach: { name: string; activity?: string } | null;
}

export function prepareStartPage(data: BeforeAppData, signals: BeforeAppSignals, hash: string, page: ParentNode | null): BeforeApp {
  const numberOf = (region: string | undefined) => {
    if (region === undefined) return undefined;
    for (const [candidate, regions] of Object.entries(data.numbers)) if (regions.split(' ').includes(region)) return candidate;
    return undefined;
  };
  const detect = (): { region?: string; local: boolean } => {
    let byLanguage: string | undefined;
    for (const tag of signals.languages) {
      let region: string | undefined;
      try {
        region = new Intl.Locale(tag).region;
      } catch {
        region = undefined;
      }
      if (numberOf(region) !== undefined) {
        byLanguage = region;
        break;
      }
    }
    let byZone: string | undefined;
    const zone = signals.timeZone;
    if (zone)
      for (const [region, zones] of Object.entries(data.zones))
        if (byZone === undefined && zones.split(' ').some((name) => (name.endsWith('/') ? zone.startsWith(name) : zone === name))) byZone = region;
    const region = byZone ?? byLanguage;
    if (region === undefined) return { local: false };
    return { region, local: byZone !== undefined && byLanguage !== undefined && numberOf(byLanguage) === numberOf(byZone) };
  };
  const detected = detect();
  const fitNumber = (): { number: string; local: boolean; region?: string } => {
    const chosen = signals.chosen ?? undefined;
    if (chosen === data.otherCountry) return { number: data.fallback, local: false };
    const chosenNumber = numberOf(chosen);
    if (chosen !== undefined && chosenNumber !== undefined) return { number: chosenNumber, local: true, region: chosen };
    const number = numberOf(detected.region);
    return number === undefined || detected.region === undefined
      ? { number: data.fallback, local: false }
      : { number, local: detected.local, region: detected.region };
  };
  const fitted = fitNumber();

  // The start page's own link: `#/?coach=Sam&activity=running`, read as the app reads it: keys
  // other than the coach's are ignored, as apps add their own (utm_source).
  const readCoach = (): BeforeApp['coach'] => {
    const fragment = hash.replace(/^#/, '');
    const cut = fragment.indexOf('?');
    if (cut === -1 || fragment.slice(0, cut).replace(/\/+$/, '') !== '') return null;
    const query = fragment.slice(cut + 1);
    if (query.length > data.maxQueryLength) return null;
    const params: Record<string, string> = {};
    try {
      for (const part of query.split('&')) {
        const at = part.indexOf('=');
        const rawKey = at === -1 ? part : part.slice(0, at);
        if (rawKey !== 'coach' && rawKey !== 'activity') continue;
        const value = at === -1 ? '' : decodeURIComponent(part.slice(at + 1).replace(/\+/g, ' '));
        if (value.length > 200 || Object.prototype.hasOwnProperty.call(params, rawKey)) return null;
        params[rawKey] = value;
      }
    } catch {
      return null;
    }
    const name = (params.coach ?? '').trim();
    if (name.length === 0 || name.length > data.nameMax || !new RegExp(data.namePattern, 'u').test(name)) return null;
    const activity = params.activity;
    if (activity === undefined) return { name };
    return Object.prototype.hasOwnProperty.call(data.activityWords, activity) ? { name, activity } : null;
  };
  const coach = readCoach();

  if (page) {
    // Left for the app, which then need not carry the time zone table on a first visit.
    const root = (page as unknown as Node).ownerDocument?.documentElement;
    if (detected.region !== undefined) root?.setAttribute(data.detectedRegionAttribute, detected.region);
    root?.setAttribute(data.detectedLocalAttribute, String(detected.local));
    const call = page.querySelector('[data-emergency-number]');
    if (call) {
      call.textContent = fitted.number;
      call.setAttribute('href', `tel:${fitted.number}`);
    }
    const fallbackNote = page.querySelector<HTMLElement>('[data-fallback-note]');
    if (fallbackNote) fallbackNote.hidden = fitted.local;
    const country = page.querySelector<HTMLSelectElement>('[data-country-choice]');
    if (country) {
      country.value = fitted.region ?? '';
      // A country picked before the app arrives is kept, and shown at once, as the app would.
      country.addEventListener('change', () => {
        const chosen = country.value === '' ? data.otherCountry : country.value;
        try {
          localStorage.setItem(data.countryKey, chosen);
        } catch {
          // Storage refused: the app asks again.
        }
        const number = numberOf(country.value) ?? data.fallback;
        if (call) {
          call.textContent = number;
          call.setAttribute('href', `tel:${number}`);
        }
        const note = page.querySelector<HTMLElement>('[data-fallback-note]');
        if (note) note.hidden = country.value !== '';
      });
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
  return { ...fitted, coach };
}
