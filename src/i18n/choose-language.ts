import { LANGUAGES, type Language } from './languages';

/*
 * Which language to show: the one the person chose on this device, else the first of the
 * browser's languages Backcheck is written in, else English. A regional variant reaches its
 * language (es-MX → es, ar-EG → ar), and Portuguese from anywhere reaches Brazilian Portuguese,
 * the one Backcheck has.
 */

const KNOWN = Object.keys(LANGUAGES) as Language[];

/** The language a tag names, if Backcheck is written in it. */
export function languageOf(tag: string | null | undefined): Language | undefined {
  if (typeof tag !== 'string' || tag === '') return undefined;
  const lower = tag.toLowerCase();
  const exact = KNOWN.find((language) => language.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split(/[-_]/)[0];
  return KNOWN.find((language) => language.toLowerCase().split('-')[0] === base);
}

export function chooseLanguage(browserLanguages: readonly string[], chosen?: string | null): Language {
  return languageOf(chosen) ?? browserLanguages.map(languageOf).find((language) => language !== undefined) ?? 'en';
}
