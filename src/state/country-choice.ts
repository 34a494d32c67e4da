/*
 * The country a person picked for the emergency number, kept on this device apart from their
 * answers: starting again does not forget where they are.
 */

export const COUNTRY_KEY = 'backcheck-country';

/** "other": a country Backcheck has no number for, so it stays with 112 and says so. */
export const OTHER_COUNTRY = 'other';

/** The saved country is read through its schema, loaded only where one was saved (main.tsx starts it before the first page). */
let schema: typeof import('./country-schema') | undefined;
let loading: Promise<void> | undefined;

export function loadCountrySchema(): Promise<void> {
  loading ??= import('./country-schema').then(
    (module) => {
      schema = module;
      listeners.forEach((listener) => listener());
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const savedCountry = () => {
  try {
    return localStorage.getItem(COUNTRY_KEY);
  } catch {
    return null;
  }
};

/** True when this device has a country saved, which needs its schema to read. */
export const hasSavedCountry = () => savedCountry() !== null;

/** A choice kept for this visit where storage refuses it (private browsing, a full disk). */
let unsaved: { country: string | undefined } | undefined;
/** The choice made on this page, from Backcheck's own list: it needs no schema to be read back. */
let pickedHere: { country: string | undefined } | undefined;

const listeners = new Set<() => void>();

/** The saved country, if it is one Backcheck knows; anything else is ignored, as if none were saved. */
export function readChosenCountry(): string | undefined {
  const saved = savedCountry();
  if (saved === null) return undefined;
  if (!schema) {
    loadCountrySchema().catch(() => undefined);
    return undefined;
  }
  const parsed = schema.countrySchema.safeParse(saved);
  return parsed.success ? parsed.data : undefined;
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
  pickedHere = { country };
  listeners.forEach((listener) => listener());
}

export const chosenCountry = () => (unsaved ? unsaved.country : pickedHere ? pickedHere.country : readChosenCountry());

/** True when the device refused to keep the choice: it holds for this visit only, and the picker says so. */
export const countryUnsaved = () => unsaved !== undefined;

export function subscribeToCountry(listener: () => void) {
  listeners.add(listener);
  // A choice made in another tab applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== COUNTRY_KEY && event.key !== null) return;
    pickedHere = undefined;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
