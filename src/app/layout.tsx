import { lazy, Suspense, useLayoutEffect, type ReactNode } from 'react';
import { app } from '../i18n/en/app';
import { htmlLang } from '../i18n/choose-language';
import { LANGUAGES, OFFERED } from '../i18n/languages';
import { useLanguage, useText } from '../state/language';
import { dismissSavedNotice, useBackcheck } from '../state/store';

const SavedNoticeWords = lazy(() => import('./saved-notice-words'));
// The control and the status line load only where there is a choice of language to make.
const LanguageControl = lazy(() => import('./language-control').then((module) => ({ default: module.LanguageControl })));
const TranslationStatus = lazy(() => import('./language-control').then((module) => ({ default: module.TranslationStatus })));
const choice = OFFERED.length > 1;

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
    // The app's name and description in the language, for a browser that offers to install it.
    const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (manifest)
      manifest.href = manifest.href.replace(
        /manifest(-[\w-]+)?\.webmanifest$/,
        language === 'en' ? 'manifest.webmanifest' : `manifest-${language}.webmanifest`,
      );
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
          {choice ? (
            <Suspense fallback={null}>
              <LanguageControl />
            </Suspense>
          ) : null}
        </div>
      </header>
      <div className="width-container page-body">
        {choice ? (
          <Suspense fallback={null}>
            <TranslationStatus hash={hash} />
          </Suspense>
        ) : null}
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
