import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { parseHash } from './app/router';
import { loadCoachReader } from './share-link/coach-link-reader';
import { hasSavedCountry, loadCountrySchema } from './state/country-choice';
import { showLanguage, startingLanguage } from './state/language';
import { watchForNewVersion } from './state/new-version';
import { STORAGE_KEY } from './state/saved';
import { followOtherTabs, readSavedAgain, useBackcheck } from './state/store';
import './styles.css';

followOtherTabs();
// Saved answers that could not be read (offline before Backcheck was kept) are read again when the
// signal returns, or at the next page.
for (const event of ['online', 'hashchange']) window.addEventListener(event, () => void readSavedAgain());
const root = document.getElementById('root');
// The start page drawn into the HTML stays until saved answers are read, so it never blinks out.
const start = () => {
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
};
// Someone with something saved gets the start page's way back in, fetched beside the saved data
// it shows; a first visit fetches neither.
const savedProgress = (() => {
  try {
    return localStorage.getItem(STORAGE_KEY) === null ? undefined : import('./features/start/saved-progress').catch(() => undefined);
  } catch {
    return undefined;
  }
})();
const hydrated = useBackcheck.persist.hasHydrated()
  ? Promise.resolve()
  : new Promise<void>((resolve) => {
      const stop = useBackcheck.persist.onFinishHydration(() => {
        stop();
        resolve();
      });
    });
// The schemas for a coach's link and a saved country load only where there is one to read, before
// the first page is drawn, so the page shows the coach and the number at once. A first visit with
// neither never loads them.
const route = parseHash(window.location.hash);
const coachLink = (route.name === 'start' && route.query !== '') || (route.name === 'question' && route.coachQuery !== undefined);
// A browser in another language gets its catalog first, so no page is drawn in English before it.
const inputs = [
  coachLink ? loadCoachReader() : undefined,
  hasSavedCountry() ? loadCountrySchema() : undefined,
  startingLanguage().then((language) => (language === 'en' ? undefined : showLanguage(language))),
].map((loading) => loading?.catch(() => undefined));
void Promise.all([hydrated, savedProgress, ...inputs]).then(start);

// Offline after the first visit: the service worker keeps the whole build on the device.
// The app works without it, so a refusal (private mode, an old browser) is not an error.
// The app itself is loaded after the first paint, so the page may have finished loading already.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).then(watchForNewVersion, () => undefined);
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
