import * as z from 'zod/mini';
import { REGIONS } from '../emergency-number/emergency-number';

/*
 * The country a person picked for the emergency number, kept on this device apart from their
 * answers: starting again does not forget where they are.
 */

export const COUNTRY_KEY = 'backcheck-country';

/** "other": a country Backcheck has no number for, so it stays with 112 and says so. */
export const OTHER_COUNTRY = 'other';

const countrySchema = z.enum([OTHER_COUNTRY, ...REGIONS]);

/** A choice kept for this visit where storage refuses it (private browsing, a full disk). */
let unsaved: { country: string | undefined } | undefined;

const listeners = new Set<() => void>();

/** The saved country, if it is one Backcheck knows; anything else is ignored, as if none were saved. */
export function readChosenCountry(): string | undefined {
  try {
    const parsed = countrySchema.safeParse(localStorage.getItem(COUNTRY_KEY));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the person's country, or forgets it with undefined. */
export function chooseCountry(country: string | undefined) {
  try {
    if (country === undefined) localStorage.removeItem(COUNTRY_KEY);
    else localStorage.setItem(COUNTRY_KEY, country);
    unsaved = undefined;
  } catch {
    unsaved = { country };
  }
  listeners.forEach((listener) => listener());
}

export const chosenCountry = () => (unsaved ? unsaved.country : readChosenCountry());

/** True when the device refused to keep the choice: it holds for this visit only, and the picker says so. */
export const countryUnsaved = () => unsaved !== undefined;

export function subscribeToCountry(listener: () => void) {
  listeners.add(listener);
  // A choice made in another tab applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === COUNTRY_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
