import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { beforeAppData, renderStartPage } from '../../../src/prerender';
import { prepareStartPage } from '../../../src/features/start/start-page-before-app';
import { REGIONS } from '../../../src/emergency-number/emergency-number';
import { COUNTRY_KEY } from '../../../src/state/country-choice';
import { emergencyNumberFor } from '../../../src/emergency-number/time-zones';
import { coachFragment } from '../../../src/share-link/coach-link';
import { readCoachQuery } from '../../../src/share-link/coach-schema';
import { ACTIVITIES } from '../../../src/triage/vocabulary';
import { heading, renderApp } from '../../app/render-app';

/** The prerendered start page, as index.html holds it, fitted to a link and a region as the inline script does. */
function prerendered(hash: string, languages: string[], timeZone?: string, chosen?: string) {
  const container = document.createElement('div');
  container.setAttribute('data-prerendered', '');
  // As at build time, where the page knows nothing of the reader's language.
  vi.stubEnv('SSR', true);
  container.innerHTML = renderStartPage();
  vi.unstubAllEnvs();
  document.body.append(container);
  const fitted = prepareStartPage(beforeAppData, { languages, timeZone, chosen }, hash, container);
  return { container, fitted };
}

const coachLinks = fc.oneof(
  fc
    .record({ name: fc.string({ maxLength: 45 }), activity: fc.option(fc.constantFrom(...ACTIVITIES, 'golf', ''), { nil: undefined }) })
    .map(({ name, activity }) => {
      const query = `coach=${encodeURIComponent(name)}${activity === undefined ? '' : `&activity=${activity}`}`;
      return `#/?${query}`;
    }),
  fc.constantFrom(
    '#/?coach=Sam',
    '#/?coach=Sam%20Lee&activity=running',
    '#?coach=Zoë',
    '#//?coach=Sam',
    '#/?coach=+Sam+&activity=sport',
    '#/?coach=Sam&coach=Jo',
    '#/?coach=%E0%A4%A',
    '#/?coach=Sam&mood=ok',
    '#/?activity=running',
    '#/result?coach=Sam',
    '#/',
  ),
  fc.string({ maxLength: 60 }).map((text) => `#/?${text}`),
);

const timeZones = fc.option(
  fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Europe/Berlin', 'America/Indiana/Knox', 'Etc/UTC', 'Asia/Dubai', 'Australia/', ''),
  { nil: undefined },
);
const chosenCountries = fc.option(fc.constantFrom('AU', 'GB', 'other', 'ZZ', '', '__proto__', 'toString'), { nil: undefined });

const languageLists = fc.array(
  fc.oneof(fc.constantFrom('en-GB', 'en-US', 'en', 'de-DE', 'en-AU', 'fr-CA', 'ja-JP', 'pt-BR', 'zz-ZZ', 'en-001', 'C', ''), fc.string({ maxLength: 8 })),
  { maxLength: 3 },
);

const readKnownCountry = (chosen: string) => chosen === 'other' || REGIONS.includes(chosen);

afterEach(() => {
  for (const page of document.querySelectorAll('[data-prerendered]')) page.remove();
});

describe('the start page before the app loads', () => {
  it('should read coach links and regions exactly as the app does', () => {
    fc.assert(
      fc.property(coachLinks, languageLists, timeZones, chosenCountries, (hash, languages, timeZone, chosen) => {
        const fitted = prepareStartPage(beforeAppData, { languages, timeZone, chosen }, hash, null);
        const query = hash.slice(hash.indexOf('?') + 1);
        const isStart = /^#\/*\?/.test(hash);
        const app = isStart ? readCoachQuery(query) : { ok: false as const };
        expect(fitted.coach).toEqual(app.ok ? app.coach : null);
        const { coach: _coach, ...number } = fitted;
        // The app reads a saved country through its schema: anything it does not know counts as none.
        const known = chosen !== undefined && readKnownCountry(chosen);
        expect(number).toEqual(emergencyNumberFor({ languages, timeZone, chosen: known ? chosen : undefined }));
      }),
      { numRuns: 3000 },
    );
  });

  it('should show the coach and the local emergency number, and keep the coach on Start now, as the app will', async () => {
    const hash = coachFragment({ name: 'Sam Lee', activity: 'running' });
    const { container } = prerendered(hash, ['en-AU'], 'Australia/Brisbane');

    const note = container.querySelector('.coach-note');
    expect(note).toHaveTextContent('Sent by your coach Sam Lee, for running');
    expect(container.querySelector('[data-start-link]')).toHaveAttribute('href', '#/q/emergency-signs?coach=Sam%20Lee&activity=running');
    expect(container.querySelector('[data-emergency-number]')).toHaveAttribute('href', 'tel:000');
    expect(container.querySelector('[data-fallback-note]')).not.toBeVisible();
    expect(container.querySelector('select')).toHaveDisplayValue('Australia (000)');
    const before = note?.textContent;
    container.remove();

    renderApp(hash);
    await heading('Back pain after training?');
    expect(screen.getByText(/^Sent by your coach/)).toHaveTextContent(before ?? 'missing');
  });

  it('should leave the page as it is for a damaged coach link and an unclear region', () => {
    const { container } = prerendered('#/?coach=%3Cb%3ESam', ['en'], 'Etc/UTC');
    expect(container.querySelector('.coach-note')).toBeNull();
    expect(container.querySelector('[data-start-link]')).toHaveAttribute('href', '#/q/emergency-signs');
    expect(container.querySelector('[data-emergency-number]')).toHaveTextContent('112');
    expect(container.querySelector('[data-fallback-note]')).toHaveTextContent('(or your local emergency number)');
    container.remove();
  });

  it('should keep a country picked before the app loads, and show its number at once', () => {
    const { container } = prerendered('#/', ['en-US'], 'Europe/Berlin');
    const select = container.querySelector('select') as HTMLSelectElement;
    const note = container.querySelector('[data-fallback-note]');
    expect(note).toBeVisible();

    select.value = 'AU';
    select.dispatchEvent(new Event('change'));
    expect(container.querySelector('[data-emergency-number]')).toHaveAttribute('href', 'tel:000');
    expect(note).not.toBeVisible();
    expect(localStorage.getItem(COUNTRY_KEY)).toBe('AU');

    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(container.querySelector('[data-emergency-number]')).toHaveAttribute('href', 'tel:112');
    expect(note).toBeVisible();
    expect(localStorage.getItem(COUNTRY_KEY)).toBe('other');
    localStorage.clear();
  });

  it('should keep the coach of a link carried on from the start page into the questionnaire', async () => {
    const { user } = renderApp('#/q/emergency-signs?coach=Sam&activity=lifting');
    await heading('Do you have any of these right now?');
    expect(window.location.hash).toBe('#/q/emergency-signs');
    expect(screen.getByText('Question 1 of 11')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Backcheck' }));
    expect(await screen.findByText('Sent by your coach Sam, for weights and CrossFit')).toBeInTheDocument();
  });
});
