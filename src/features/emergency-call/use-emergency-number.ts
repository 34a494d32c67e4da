import { useSyncExternalStore } from 'react';
import { numberFrom, REGIONS, type Detected, type EmergencyNumber } from '../../emergency-number/emergency-number';
import { chosenCountry, subscribeToCountry } from '../../state/country-choice';

/*
 * Where the browser seems to be is worked out once a visit. The start page's inline script has
 * done it before the app arrives and left its answer on <html>; the app reads that, so it does
 * not carry the time zone table on a first visit. Where the page has no answer (the development
 * server), the table loads and the number follows a moment later.
 */

export const DETECTED_REGION = 'data-emergency-region';
export const DETECTED_LOCAL = 'data-emergency-local';

// Written by the start page's own inline script, not by anyone outside: a plain check suffices,
// and keeps the schema library off a first visit.
const readFromPage = (): Detected | undefined => {
  const root = document.documentElement;
  const region = root.getAttribute(DETECTED_REGION) ?? undefined;
  const local = root.getAttribute(DETECTED_LOCAL);
  if ((local !== 'true' && local !== 'false') || (region !== undefined && !REGIONS.includes(region))) return undefined;
  return { region, local: local === 'true' };
};

export const browserSignals = () => ({
  languages: navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
});

const NOTHING_DETECTED: Detected = { local: false };
let detected: Detected | undefined;
const listeners = new Set<() => void>();

function currentDetected(): Detected {
  detected ??= readFromPage();
  if (detected) return detected;
  detected = NOTHING_DETECTED;
  void import('../../emergency-number/time-zones').then(({ detect }) => {
    detected = detect(browserSignals());
    listeners.forEach((listener) => listener());
  });
  return detected;
}

const subscribeToDetected = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const noCountry = () => undefined;
const serverDetected = () => NOTHING_DETECTED;

export function useEmergencyNumber(): EmergencyNumber {
  // The start page rendered at build time shows the fallback, whatever the build machine's own
  // language (Node 21 and later have a navigator); the page's inline script fits it to the reader.
  const ssr = import.meta.env.SSR || typeof document === 'undefined';
  const chosen = useSyncExternalStore(subscribeToCountry, ssr ? noCountry : chosenCountry, noCountry);
  const where = useSyncExternalStore(subscribeToDetected, ssr ? serverDetected : currentDetected, serverDetected);
  return numberFrom(where, chosen);
}
