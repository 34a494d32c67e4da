import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sorenessPages } from '../fixtures/soreness-pages';
import { answer, baseUrl, expectAccessible, resultOf, useBrowser } from './browser';

const strainLink =
  '#/result?area=lower&side=one-side&activity=lifting&timing=during&suddenMoment=1&character=sharp&severity=6&radiation=none&rest=partly&loadedArea=1&daysSince=0&trend=same&redFlags=';

describe('a page whose code cannot be fetched', () => {
  // No offline copy: the chunks come from the network alone, as on a first visit before the cache is filled.
  const browser = useBrowser();

  // The blocked fetch, and React's note of the error its boundary caught, are what these tests cause.
  const CAUSED = [/ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module|error boundary|could not be loaded/i];

  it('should say so in its own words after Start now, keep the answers, and load the page on Try again', async () => {
    const { page, expectedErrors } = browser();
    expectedErrors.push(...CAUSED);
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, ...(sorenessPages[0] ?? []));
    await page.goto(baseUrl());
    // The signal goes: the question page's code no longer arrives.
    await page.route('**/assets/question-page-*.js', (route) => route.abort('internetdisconnected'));
    // Once the app has read what was saved, the start page offers the way back in.
    await page.getByRole('button', { name: 'Continue where you left off' }).click();

    await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();
    expect(await page.getByText('Nothing you answered has been lost: your answers are kept on this device.').isVisible()).toBe(true);
    await expectAccessible(page);
    // Nothing was written over what was saved.
    expect(await page.evaluate(() => localStorage.getItem('backcheck'))).toContain('"emergencySigns":["none"]');

    await page.unroute('**/assets/question-page-*.js');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'could not be loaded' }).waitFor();
    expect(await page.getByRole('button', { name: 'Continue' }).isVisible()).toBe(true);
  });

  it('should open a result link whose code is blocked as a page that says so, then the result on Try again', async () => {
    const { page, expectedErrors } = browser();
    expectedErrors.push(...CAUSED);
    await page.route('**/assets/result-page-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}${strainLink}`);
    await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();

    await page.unroute('**/assets/result-page-*.js');
    await page.getByRole('button', { name: 'Try again' }).click();
    expect((await resultOf(page)).level).toBe('strain');
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

describe('a new release', () => {
  const browser = useBrowser({ serviceWorkers: 'allow' });
  const dirs = { first: '', second: '' };
  let root = '';
  let server: Server;
  let url = '';

  beforeAll(async () => {
    // Two releases: the build as it ships, and the same with a changed start page, as a new release would have.
    const base = mkdtempSync(join(tmpdir(), 'backcheck-release-'));
    dirs.first = join(base, 'first');
    dirs.second = join(base, 'second');
    cpSync('reports/e2e-build', dirs.first, { recursive: true });
    cpSync('reports/e2e-build', dirs.second, { recursive: true });
    const sw = join(dirs.second, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/(url:"index.html",revision:")[^"]+"/, '$1second-release"'));
    root = dirs.first;
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      try {
        const body = readFileSync(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });

  afterAll(() => {
    server?.close();
    rmSync(join(dirs.first, '..'), { recursive: true, force: true });
  });

  it('should not reload a page in the middle of the questions, and offer the new version at the result once it is kept', async () => {
    const { page, ownOrigins } = browser();
    ownOrigins.push(url);
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('link', { name: 'Start now' }).click();
    for (const labels of sorenessPages.slice(0, 3)) await answer(page, ...labels);
    const question = await page.getByRole('heading', { level: 1 }).textContent();
    await page.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true));

    root = dirs.second;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // The new release is kept whole before anyone is told.
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed');
    expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(question);
    expect(await page.getByText('A new version of Backcheck is ready.').count()).toBe(0);

    for (const labels of sorenessPages.slice(3)) await answer(page, ...labels);
    await page.getByRole('button', { name: 'See your result' }).click();
    expect((await resultOf(page)).level).toBe('soreness');
    await page.getByText('A new version of Backcheck is ready.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);

    await page.getByRole('button', { name: 'Use the new version' }).click();
    await page.waitForFunction(() => (window as unknown as { sameLoad?: boolean }).sameLoad === undefined);
    expect((await resultOf(page)).level).toBe('soreness');
    expect(await page.getByText('A new version of Backcheck is ready.').count()).toBe(0);
  });
});
