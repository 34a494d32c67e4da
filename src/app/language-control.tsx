import { useId, useState } from 'react';
import { app } from '../i18n/en/app';
import { LANGUAGES, OFFERED } from '../i18n/languages';
import { showLanguage, useLanguage, useLanguageState, useText } from '../state/language';

/**
 * Every language, each named in itself and marked with its own `lang`, one tap from any page.
 * The choice is kept on the device; a page changes only once its words have arrived.
 */
export function LanguageControl() {
  const t = useText('app', app);
  const shown = useLanguage();
  const [failed, setFailed] = useState(false);
  const labelId = useId();
  return (
    <nav className="language-control no-print" aria-labelledby={labelId}>
      {/* Each option names its language in itself, which says what the list is; the label is for screen readers. */}
      <span id={labelId} className="visually-hidden">
        {t.languageLabel}
      </span>
      <ul className="language-control__list">
        {OFFERED.map((language) => (
          <li key={language}>
            {language === shown ? (
              <span className="language-control__current" lang={language} aria-current="true">
                {LANGUAGES[language].name}
              </span>
            ) : (
              <button
                type="button"
                className="link-button language-control__choice"
                lang={language}
                onClick={() => void showLanguage(language, { remember: true }).then((shownNow) => setFailed(!shownNow))}
              >
                {LANGUAGES[language].name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {failed ? (
        <p className="language-control__error" role="alert">
          {t.languageNotLoaded}
        </p>
      ) : null}
    </nav>
  );
}

/**
 * How far the shown translation has been checked, in plain words, and the way back to the English it
 * was made from. Its words come from the translation's own catalog: an English page shows none.
 */
export function TranslationStatus({ hash }: { hash: string }) {
  const t = useLanguageState((state) => state.catalog?.translation);
  const review = LANGUAGES[useLanguage()].review;
  if (!t || review === 'reference') return null;
  return (
    // A landmark of its own, so a screen reader can find it from any page as the control is found.
    // It prints too: a translated result on paper still says how far its words were checked.
    <aside className="translation-status" data-translation-status={review}>
      <p>
        {t.status[review]}
        <span className="no-print">
          {' '}
          <a href={hash || '#/'} hrefLang="en" onClick={() => void showLanguage('en', { remember: true })}>
            {t.inEnglish}
          </a>
        </span>
      </p>
    </aside>
  );
}
