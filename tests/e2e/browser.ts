import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, expect, inject } from 'vitest';
import { sorenessPages, type PageAnswer } from '../fixtures/soreness-pages';
import { CHROMIUM, PDFINFO, PDFTOTEXT } from './global-setup';
import jsQR from 'jsqr';

export const baseUrl = () => inject('baseUrl');

/**
 * The page as Chromium prints it on A4, read back by Poppler: its text in reading order (or laid
 * out, columns side by side), pdfinfo's summary, and how many sheets it takes.
 */
export async function printOnA4(page: Page, { layout = false } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'backcheck-print-'));
  try {
    const file = join(folder, 'page.pdf');
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(file, pdf);
    const text = execFileSync(PDFTOTEXT, [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
    const info = execFileSync(PDFINFO, [file], { encoding: 'utf8' });
    return { pdf, text, info, sheets: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What a test page saw: every request it made, and every error it printed. */
export interface Watched {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
  /** Errors a test causes on purpose (a blocked fetch, say), and the only ones it may print. */
  expectedErrors: RegExp[];
  /** Servers a test starts itself, besides the suite's own. */
  ownOrigins: string[];
}

/**
 * One Chromium per test file and a fresh profile per test, so saved answers never leak
 * between tests. The flags keep Chromium from calling home on this closed network. The offline
 * worker is kept out unless a test asks for it (`serviceWorkers: 'allow'`): it would fetch the
 * whole build into every fresh profile, for tests that never go offline.
 */
// One Chromium for all the describe blocks of a file, each test with a fresh profile of its own.
let shared: Promise<Browser> | undefined;
let users = 0;
let closing: ReturnType<typeof setTimeout> | undefined;

const launchChromium = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export function useBrowser(options: BrowserContextOptions = {}) {
  let browser: Browser;
  const current: { watched?: Watched } = {};

  beforeAll(async () => {
    users += 1;
    clearTimeout(closing);
    shared ??= launchChromium();
    browser = await shared;
  });

  afterAll(() => {
    users -= 1;
    if (users > 0) return;
    // The next describe block of the file starts within moments and takes the same browser; at the
    // end of the file it closes (and the worker's exit would close it in any case).
    closing = setTimeout(() => {
      const last = shared;
      shared = undefined;
      void last?.then((browser) => browser.close());
    }, 2000);
  });

  beforeEach(async () => {
    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'block',
      ...options,
    });
    const page = await context.newPage();
    const watched: Watched = { page, context, requests: [], errors: [], expectedErrors: [], ownOrigins: [] };
    page.on('request', (request) => watched.requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') watched.errors.push(message.text());
    });
    page.on('pageerror', (error) => watched.errors.push(String(error)));
    current.watched = watched;
  });

  afterEach(async () => {
    const watched = current.watched;
    await watched?.context.close();
    // Every test, whatever it does: no error on the console, and no request off the origin.
    expect(watched?.errors.filter((error) => !watched.expectedErrors.some((expected) => expected.test(error)))).toEqual([]);
    // The suite's own servers are the only origins there are; anything else would be a third party.
    const ours = [baseUrl(), inject('subfolderUrl'), ...(watched?.ownOrigins ?? [])].map((url) => new URL(url).origin);
    expect(watched?.requests.filter((url) => !url.startsWith('data:') && !ours.includes(new URL(url).origin))).toEqual([]);
  });

  return () => {
    if (!current.watched) throw new Error('No page: useBrowser() runs its set-up before each test.');
    return current.watched;
  };
}

/** Holds back every script file, as a slow connection would, until the returned function is called. */
export async function holdBackScripts(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Ticks or chooses options by their visible labels, then presses Continue and waits for the next page. */
export async function answer(page: Page, ...labels: PageAnswer[]) {
  for (const label of labels) {
    if (typeof label === 'string') await page.getByLabel(label, { exact: true }).check();
    else await page.getByLabel(label.label).fill(label.fill);
  }
  await expectAccessibleOnce(page);
  const before = page.url();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction((url) => window.location.href !== url, before);
}

export async function answerAll(page: Page, pages = sorenessPages) {
  for (const labels of pages) await answer(page, ...labels);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your answers');
  await expectAccessibleOnce(page);
}

/** The element that states the result, as the contract marks it. */
export async function resultOf(page: Page) {
  const element = page.locator('[data-triage]');
  await element.waitFor();
  // Each kind of result page (its level, its urgency, whose answers) is checked by axe the first
  // time the run meets it; every result is drawn by the same parts.
  const kind = await page.evaluate(() => {
    const result = document.querySelector('[data-triage]');
    return `result ${result?.getAttribute('data-triage')} ${result?.getAttribute('data-urgency')} ${document.querySelector('main .notice')?.textContent?.slice(0, 20)}`;
  });
  await expectAccessibleOnce(page, kind);
  return { level: await element.getAttribute('data-triage'), urgency: await element.getAttribute('data-urgency'), text: await element.textContent() };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Question pages and results recur in walk after walk, in file after file: each screen is checked
 * by axe the first time the run meets it, as it looks then (its address and heading, or its kind of
 * result, in its language and colour scheme), and later walks go on without the wait. The
 * screens checked are kept as files, so the test files running beside each other share them.
 */
const CHECKED_DIR = 'reports/axe-checked';

async function expectAccessibleOnce(page: Page, what?: string) {
  const screen = await page.evaluate(
    (what) =>
      [
        what ?? `${window.location.hash} ${document.querySelector('h1')?.textContent ?? ''}`,
        document.documentElement.lang,
        window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
      ].join(' '),
    what,
  );
  const mark = join(CHECKED_DIR, createHash('sha256').update(screen).digest('hex'));
  if (existsSync(mark)) return;
  await expectAccessible(page);
  mkdirSync(CHECKED_DIR, { recursive: true });
  writeFileSync(mark, screen);
}

/** axe-core on the page as it is now: WCAG 2.2 A and AA, and axe's best practices, with no violation allowed. */
export async function expectAccessible(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect(violations, `axe found problems on ${page.url()}`).toEqual([]);
}

/** Sets the page's own clock to 9 in the morning of a day, held still. */
export const onDay = (page: Page, date: string) => page.clock.setFixedTime(new Date(`${date}T09:00:00`));

/** Reads a QR code from a PNG, as a phone's camera would: the pixels, then a real decoder. */
export async function decodePng(context: BrowserContext, png: Buffer) {
  const blank = await context.newPage();
  try {
    const image = await blank.evaluate(
      async (source) => {
        const picture = new Image();
        picture.src = source;
        await picture.decode();
        const canvas = document.createElement('canvas');
        canvas.width = picture.naturalWidth;
        canvas.height = picture.naturalHeight;
        const drawing = canvas.getContext('2d');
        if (!drawing) throw new Error('No canvas');
        drawing.drawImage(picture, 0, 0);
        return { width: canvas.width, height: canvas.height, data: Array.from(drawing.getImageData(0, 0, canvas.width, canvas.height).data) };
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
    return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data;
  } finally {
    await blank.close();
  }
}
