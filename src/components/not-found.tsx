import { useTitle } from './use-title';

/** Page not found: for an address no route knows, and for a question page no question has. */
export function NotFound() {
  useTitle('Page not found');
  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>If you typed or pasted the address, check it is correct.</p>
      <p>
        <a href="#/">Go to the start</a>
      </p>
    </main>
  );
}
