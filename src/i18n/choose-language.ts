import { LANGUAGES, type Language } from './languages';

/*
 * Which language to show: the one the person chose on this device, else the first of the
 * browser's languages Backcheck is written in, else English. A regional variant reaches its
 * language (es-MX → es, ar-EG → ar), and Portuguese from anywhere reaches Brazilian Portuguese,
 * the one Backcheck has.
 */

const KNOWN = Object.keys(LANGUAGES) as Language[];

/**
 * The choice itself, written to use nothing from outside its own body: the start page's inline
 * script carries it as text (Function.prototype.toString), so the page is set to the right
 * language before it first paints, by the same code the app runs.
 */
export function pickLanguage(known: readonly string[], browserLanguages: readonly string[], chosen: unknown): string | undefined {
  const of = (tag: unknown): string | undefined => {
    if (typeof tag !== 'string' || tag === '') return undefined;
    const lower = tag.toLowerCase();
    for (const language of known) if (language.toLowerCase() === lower) return language;
    const base = lower.split(/[-_]/)[0];
    for (const language of known) if (language.toLowerCase().split('-')[0] === base) return language;
    return undefined;
  };
  const mine = of(chosen);
  if (mine !== undefined) return mine;
  for (const tag of browserLanguages) {
    const language = of(tag);
    if (language !== undefined) return language;
  }
  return undefined;
}

/** The language a tag names, if Backcheck is written in it. */
export const languageOf = (tag: string | null | undefined): Language | undefined => pickLanguage(KNOWN, [], tag) as Language | undefined;

export const chooseLanguage = (browserLanguages: readonly string[], chosen?: string | null): Language =>
  (pickLanguage(KNOWN, browserLanguages, chosen) as Language | undefined) ?? 'en';
