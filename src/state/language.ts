import { create } from 'zustand';
import type { Area, Catalog } from '../i18n/catalog';
import { chooseLanguage, languageOf } from '../i18n/choose-language';
import { OFFERED, type Language } from '../i18n/languages';

/*
 * The language every page is shown in: the one the person chose on this device, else the first of
 * the browser's languages Backcheck is written in, else English. A translation's catalog is fetched
 * before the page turns to it, so a page is never half in one language. Links never carry a
 * language: whoever opens one reads it in their own.
 */

/** Where the person's own choice is kept on the device; a language worked out from the browser is not kept. */
export const LANGUAGE_KEY = 'backcheck-language';

interface LanguageState {
  language: Language;
  /** The shown translation's text; undefined for English, which each page carries itself. */
  catalog: Catalog | undefined;
}

export const useLanguageState = create<LanguageState>(() => ({ language: 'en', catalog: undefined }));

export const useLanguage = () => useLanguageState((state) => state.language);

/** One area's text in the language shown, given the English that the page using it carries. */
export function useText<A extends Area>(area: A, english: Catalog[A]): Catalog[A] {
  return useLanguageState((state) => state.catalog?.[area]) ?? english;
}

/** The choice kept on this device, read through the list of languages: anything else counts as no choice. */
export function savedLanguage(): Language | undefined {
  try {
    return languageOf(localStorage.getItem(LANGUAGE_KEY));
  } catch {
    return undefined;
  }
}

export function startingLanguage(): Language {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  const language = chooseLanguage(browser, savedLanguage());
  return OFFERED.includes(language) ? language : 'en';
}

/**
 * Turns every page to a language once its text is here. False where the text could not be fetched
 * (offline before it was kept): the page stays as it was.
 */
export async function showLanguage(language: Language, { remember = false } = {}): Promise<boolean> {
  if (remember) {
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Private mode: the choice holds for this visit.
    }
  }
  if (language === 'en') {
    useLanguageState.setState({ language, catalog: undefined });
    return true;
  }
  try {
    // The loaders themselves load only when a translation is first shown: an English visit never carries them.
    const { loadCatalog } = await import('../i18n/catalog');
    const catalog = await loadCatalog[language]();
    useLanguageState.setState({ language, catalog });
    return true;
  } catch {
    return false;
  }
}
