import { emergencyNumberFor, type EmergencyNumber } from './emergency-number';

export function useEmergencyNumber(): EmergencyNumber {
  // No navigator when the start page is rendered at build time: it then shows the fallback.
  if (typeof navigator === 'undefined') return emergencyNumberFor([]);
  return emergencyNumberFor(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}
