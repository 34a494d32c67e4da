import { lazy, Suspense, useLayoutEffect, type ReactNode } from 'react';
import { app } from '../i18n/en/app';
import { htmlLang, LANGUAGES } from '../i18n/languages';
import { useLanguage, useText } from '../state/language';
import { dismissSavedNotice, useBackcheck } from '../state/store';
import { LanguageControl, TranslationStatus } from './language-control';

const SavedNoticeWords = lazy(() => import('./saved-notice-words'));

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
          <LanguageControl />
        </div>
      </header>
      <div className="width-container page-body">
        <TranslationStatus hash={hash} />
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
