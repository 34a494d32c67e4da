import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { detect } from '../src/emergency-number/time-zones';
import { browserSignals, DETECTED_LOCAL, DETECTED_REGION } from '../src/features/emergency-call/use-emergency-number';

// A findBy waits for the thing itself; the limit only says when to give up. One second was too
// short for a lazy page to load on a busy 2-core machine, with nothing wrong.
configure({ asyncUtilTimeout: 10_000 });

// Globals are off, so Testing Library cannot register its own clean-up.
afterEach(() => {
  cleanup();
});

// jsdom lays nothing out, so it has no scrolling; the browser tests check where a page lands.
Element.prototype.scrollIntoView ??= () => undefined;
window.scrollTo = () => undefined;

// jsdom's browser speaks en-US, and tests/setup-time-zone.ts puts it in New York, so the emergency
// number is the same on any machine the tests run on (the number follows the time zone as well as
// the language).
// The start page's inline script leaves where the browser seems to be on <html> before the app
// loads; do as it does (tests/emergency-number covers a page without it).
const where = detect(browserSignals());
if (where.region) document.documentElement.setAttribute(DETECTED_REGION, where.region);
document.documentElement.setAttribute(DETECTED_LOCAL, String(where.local));
