import { useTitle } from '../components/use-title';

export function NotFoundPage() {
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
