import { emergencyNumberFor, type EmergencyNumber } from './emergency-number';

export function useEmergencyNumber(): EmergencyNumber {
  return emergencyNumberFor(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}
