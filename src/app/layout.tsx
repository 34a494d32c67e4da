import { lazy, Suspense, useLayoutEffect, type ReactNode } from 'react';
import { app } from '../i18n/en/app';
import { htmlLang, LANGUAGES, OFFERED } from '../i18n/languages';
import { useLanguage, useText } from '../state/language';
import { dismissSavedNotice, useBackcheck } from '../state/store';

const SavedNoticeWords = lazy(() => import('./saved-notice-words'));

let controls: typeof import('./language-control') | undefined;
/**
 * The language control and the translation's status line, fetched only where there is a choice of
 * language to make, and before the first page is drawn (src/main.tsx), so they are in the page from
 * the start, as in the start page drawn into the HTML, and never push it down as they arrive.
 */
export const loadLanguageControls = async () => {
  if (OFFERED.length > 1) controls = await import('./language-control');
};

/** Moves to the main content; a fragment link cannot, since the fragment holds the route. */
const skipToMain = (event: React.MouseEvent) => {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.setAttribute('tabindex', '-1');
  main?.focus();
};

/** Saved progress that could not be used is said once, on whichever page the person lands. */
function SavedNotice() {
  const t = useText('app', app);
  const notice = useBackcheck((state) => state.savedNotice);
  return notice ? (
    <section className="notice notice--saved" aria-label={t.savedNoticeLabel}>
      <p role="status">
        <Suspense fallback={null}>
          <SavedNoticeWords notice={notice} />
        </Suspense>
      </p>
      <button type="button" className="link-button" onClick={dismissSavedNotice}>
        {t.hideMessage}
      </button>
    </section>
  ) : null;
}

/**
 * The page's language for the browser, screen readers and the layout's direction; before the app,
 * the start page's inline script set them (src/prerender.tsx).
 */
function useDocumentLanguage() {
  const language = useLanguage();
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.lang = htmlLang(language);
    html.dir = LANGUAGES[language].dir;
  }, [language]);
}

export function Layout({ hash, children }: { hash: string; children: ReactNode }) {
  const t = useText('app', app);
  useDocumentLanguage();
  return (
    <>
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t.skipToMain}
      </a>
      <header className="header">
        <div className="width-container header__inner">
          <a href="#/" className="header__logo">
            Backcheck
          </a>
          {controls ? <controls.LanguageControl /> : null}
        </div>
      </header>
      <div className="width-container page-body">
        {controls ? <controls.TranslationStatus hash={hash} /> : null}
        <SavedNotice />
        {children}
      </div>
      <footer className="footer no-print">
        <div className="width-container">
          <p>{t.footer}</p>
          <ul className="footer__links">
            <li>
              <a href="#/checks">{t.yourChecks}</a>
            </li>
            <li>
              <a href="#/coach">{t.forCoaches}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
