import { app } from '../i18n/en/app';
import { useText } from '../state/language';
import { useTitle } from './use-title';

/** Page not found: for an address no route knows, and for a question page no question has. */
export function NotFound() {
  const t = useText('app', app);
  useTitle(t.notFound);
  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>{t.notFound}</h1>
      <p>{t.notFoundCheck}</p>
      <p>
        <a href="#/">{t.goToStart}</a>
      </p>
    </main>
  );
}
