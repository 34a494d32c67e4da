import { emergencyNumberFor, type EmergencyNumber } from './emergency-number';

export function useEmergencyNumber(): EmergencyNumber {
  // The start page rendered at build time shows the fallback, whatever the build machine's own
  // language (Node 21 and later have a navigator); the page's inline script fits it to the reader.
  if (import.meta.env.SSR || typeof navigator === 'undefined') return emergencyNumberFor([]);
  return emergencyNumberFor(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}
