import type { ReactNode } from 'react';
import { dismissSavedNotice, useBackcheck } from '../state/store';

/** Moves to the main content; a fragment link cannot, since the fragment holds the route. */
const skipToMain = (event: React.MouseEvent) => {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.setAttribute('tabindex', '-1');
  main?.focus();
};

/** Saved progress that could not be used is said once, on whichever page the person lands. */
function SavedNotice() {
  const notice = useBackcheck((state) => state.savedNotice);
  return notice ? (
    <section className="notice notice--saved" aria-label="Your saved answers">
      <p role="status">{notice}</p>
      <button type="button" className="link-button" onClick={dismissSavedNotice}>
        Hide this message
      </button>
    </section>
  ) : null;
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="header">
        <div className="width-container">
          <a href="#/" className="header__logo">
            Backcheck
          </a>
        </div>
      </header>
      <div className="width-container page-body">
        <SavedNotice />
        {children}
      </div>
      <footer className="footer no-print">
        <div className="width-container">
          <p>Backcheck gives general advice after training. It is not a diagnosis. Your answers stay on this device.</p>
          <ul className="footer__links">
            <li>
              <a href="#/checks">Your checks</a>
            </li>
            <li>
              <a href="#/coach">Coaches: make a link for your trainees</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
