/*
 * The languages Backcheck is written in. English is the reference: every other language is a
 * translation of it, and says how far that translation has been checked.
 */

/**
 * How far a translation has been checked, lowest first:
 * - `machine`: translated, not yet read by a person fluent in the language;
 * - `reviewed`: read in full by a fluent speaker against the English;
 * - `clinically-reviewed`: read by a clinician fluent in the language, warning signs first.
 */
export type ReviewLevel = 'machine' | 'reviewed' | 'clinically-reviewed';

export const TRANSLATIONS = ['es', 'fr', 'de', 'pt-BR', 'ar'] as const;
export type Translation = (typeof TRANSLATIONS)[number];
export type Language = 'en' | Translation;

export interface LanguageInfo {
  /** The language's name in itself, as its speakers would look for it in a list. */
  name: string;
  dir: 'ltr' | 'rtl';
  review: ReviewLevel | 'reference';
}

export const LANGUAGES: Record<Language, LanguageInfo> = {
  en: { name: 'English', dir: 'ltr', review: 'reference' },
  es: { name: 'Español', dir: 'ltr', review: 'machine' },
  fr: { name: 'Français', dir: 'ltr', review: 'machine' },
  de: { name: 'Deutsch', dir: 'ltr', review: 'machine' },
  'pt-BR': { name: 'Português (Brasil)', dir: 'ltr', review: 'machine' },
  ar: { name: 'العربية', dir: 'rtl', review: 'machine' },
};

/**
 * The languages a person is offered: a translation is offered once every area of its catalog is
 * in that language (tests/i18n/catalogs.test.ts holds each offered language to it). Until then it
 * is built and tested, but no page is shown in it, so no one meets a page half in English.
 */
export const OFFERED: readonly Language[] = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'];

/** The value of `<html lang>` for a language: English is written for the UK. */
export const htmlLang = (language: Language) => (language === 'en' ? 'en-GB' : language);
