import { renderToString } from 'react-dom/server';
import { Layout } from './app/layout';
import { StartPage } from './pages/start-page';

/** The start page as a first-time visitor sees it, for index.html, so it paints before any script runs. */
export function renderStartPage(): string {
  return renderToString(
    <Layout>
      <StartPage query="" />
    </Layout>,
  );
}
