import { useSyncExternalStore } from 'react';
import { chosenCountry, subscribeToCountry } from './country-choice';
import { emergencyNumberFor, type EmergencyNumber } from './emergency-number';

export const browserSignals = () => ({
  languages: navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
});

const noCountry = () => undefined;

export function useEmergencyNumber(): EmergencyNumber {
  // The start page rendered at build time shows the fallback, whatever the build machine's own
  // language (Node 21 and later have a navigator); the page's inline script fits it to the reader.
  const ssr = import.meta.env.SSR || typeof navigator === 'undefined';
  const chosen = useSyncExternalStore(subscribeToCountry, ssr ? noCountry : chosenCountry, noCountry);
  if (ssr) return emergencyNumberFor({ languages: [] });
  return emergencyNumberFor({ ...browserSignals(), chosen });
}
