import { renderToString } from 'react-dom/server';
import { Layout } from './app/layout';

import { ACTIVITY_WORDS } from './features/start/activity-words';
import { StartPage } from './features/start/start-page';
import { prepareStartPage, type BeforeAppData } from './features/start/start-page-before-app';
import { DETECTED_LOCAL, DETECTED_REGION } from './features/emergency-call/use-emergency-number';
import { FALLBACK_NUMBER, NUMBERS } from './emergency-number/emergency-number';
import { TIME_ZONES } from './emergency-number/time-zones';
import { COUNTRY_KEY, OTHER_COUNTRY } from './state/country-choice';
import { COACH_NAME_MAX, COACH_NAME_PATTERN } from './share-link/coach-link';
import { MAX_QUERY_LENGTH } from './share-link/fragment-query';
import { FIRST_PAGE_ID } from './questions/first-page-id';
import { pickLanguage } from './i18n/choose-language';
import { loadCatalog } from './i18n/catalog';
import { htmlLang, LANGUAGES, OFFERED } from './i18n/languages';
import { CHOSEN_ATTRIBUTE, LANGUAGE_KEY } from './state/language';

/** The start page as a first-time visitor sees it, for index.html, so it paints before any script runs. */
export function renderStartPage(): string {
  return renderToString(
    <Layout hash="#/">
      <StartPage query="" />
    </Layout>,
  );
}

export const beforeAppData: BeforeAppData = {
  numbers: Object.fromEntries(Object.entries(NUMBERS).map(([number, regions]) => [number, regions.join(' ')])),
  zones: { ...TIME_ZONES },
  fallback: FALLBACK_NUMBER,
  otherCountry: OTHER_COUNTRY,
  countryKey: COUNTRY_KEY,
  detectedRegionAttribute: DETECTED_REGION,
  detectedLocalAttribute: DETECTED_LOCAL,
  activityWords: ACTIVITY_WORDS,
  namePattern: COACH_NAME_PATTERN.source,
  nameMax: COACH_NAME_MAX,
  maxQueryLength: MAX_QUERY_LENGTH,
  firstPage: FIRST_PAGE_ID,
};

/**
 * A browser in another language never sees the English start page: before the first paint, the
 * page takes its language and direction, and the start page drawn in English is hidden as for a
 * link to another page, until the app draws it in that language.
 */
function languageScript(signals: string): string {
  const saved = `(function(){try{return localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)})}catch(e){return null}})()`;
  const rtl = Object.entries(LANGUAGES)
    .filter(([, info]) => info.dir === 'rtl')
    .map(([language]) => language);
  return `(function(l){var h=document.documentElement;h.setAttribute(${JSON.stringify(CHOSEN_ATTRIBUTE)},l||'en');if(l&&l!=='en'){h.lang=l;h.dir=${JSON.stringify(rtl)}.indexOf(l)>=0?'rtl':'ltr';h.classList.add('deep-link')}})((${pickLanguage.toString()})(${JSON.stringify(OFFERED)},${signals}.languages,${saved}))`;
}

/** The inline script that follows the start page's HTML: it runs before the first paint. */
export function startPageScript(): string {
  const chosen = `(function(){try{return localStorage.getItem(${JSON.stringify(COUNTRY_KEY)})}catch(e){return null}})()`;
  const signals = `{languages:navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language],timeZone:Intl.DateTimeFormat().resolvedOptions().timeZone,chosen:${chosen}}`;
  return `${languageScript(signals)};(${prepareStartPage.toString()})(${JSON.stringify(beforeAppData)},${signals},location.hash,document.querySelector('[data-prerendered]'))`;
}

/**
 * What each offered translation changes in the web manifest, where a browser reads the app's name
 * and description to install it: `manifest-<language>.webmanifest` beside the English one.
 */
export async function translatedManifests(): Promise<Record<string, { name: string; description: string; lang: string; dir: 'ltr' | 'rtl' }>> {
  const translations = OFFERED.filter((language) => language !== 'en');
  return Object.fromEntries(
    await Promise.all(
      translations.map(async (language) => {
        const { manifest } = await loadCatalog[language]();
        return [language, { name: manifest.name, description: manifest.description, lang: htmlLang(language), dir: LANGUAGES[language].dir }] as const;
      }),
    ),
  );
}
