import { create } from 'zustand';
import type { Area, Catalog } from '../i18n/catalog';
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

/** Where the start page's inline script writes the language it chose before the first paint (src/prerender.tsx). */
export const CHOSEN_ATTRIBUTE = 'data-language';

/**
 * The language to start in. In the built app the inline script has chosen it already, by the same
 * code; only where it did not run (the development server, tests) is the choice made here.
 */
export async function startingLanguage(): Promise<Language> {
  const chosen = document.documentElement.getAttribute(CHOSEN_ATTRIBUTE);
  if (chosen !== null) return OFFERED.find((language) => language === chosen) ?? 'en';
  const { chooseLanguage, languageOf } = await import('../i18n/choose-language');
  let saved: Language | undefined;
  try {
    // A choice kept on this device is read through the list of languages: anything else counts as none.
    saved = languageOf(localStorage.getItem(LANGUAGE_KEY));
  } catch {
    // Private mode: no choice is kept.
  }
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  const language = chooseLanguage(browser, saved);
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
    void import('./manifest-language').then(
      ({ pointManifestTo }) => pointManifestTo(language),
      () => undefined,
    );
    return true;
  }
  try {
    // The loaders themselves load only when a translation is first shown: an English visit never carries them.
    const [{ loadCatalog }, { pointManifestTo }] = await Promise.all([import('../i18n/catalog'), import('./manifest-language')]);
    const catalog = await loadCatalog[language]();
    useLanguageState.setState({ language, catalog });
    pointManifestTo(language);
    return true;
  } catch {
    return false;
  }
}
