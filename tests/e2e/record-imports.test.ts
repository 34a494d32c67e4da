import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/checks/check';
import { exportFile } from '../../src/checks/check-schema';
import { resultFragment } from '../../src/share-link/result-link';
import { answersSchema, RULES_VERSION, triage, type Answers } from '../../src/triage';
import vignettes from '../triage/vignettes.json';
import { baseUrl, decodePng, expectAccessible, onDay, resultOf, useBrowser, printOnA4 } from './browser';

// The record over days tells the truth: a file's checks are held to today and to their own
// answers, names stay in their boxes, and a poster's link can be read.

const answersOf = (id: string) => answersSchema.parse(vignettes.find((v) => v.id === id)?.answers);

function kept(date: string, answers: Answers, changes: Partial<Check> = {}): Check {
  const result = triage(answers);
  return {
    id: `${date}T09:00:00.000Z`,
    date,
    answers,
    unsure: [],
    level: result.level,
    ...(result.level === 'doctor' ? { urgency: result.urgency } : {}),
    rulesVersion: RULES_VERSION,
    ...changes,
  };
}

const listed = (page: Page) => page.locator('[data-check-date]').evaluateAll((items) => items.map((item) => item.getAttribute('data-check-date')));

describe('checks from a file, in Chromium', () => {
  const browser = useBrowser();

  it('should list only the good checks from a file, say how many were left out and why, and read them back the same', async () => {
    const { page } = browser();
    await onDay(page, '2026-12-04');
    const strain = answersOf('p-st01');
    const file = exportFile(
      [
        kept('2026-11-30', strain),
        kept('2099-01-01', strain),
        // Today's rules give these answers a strain, not soreness: the file was changed.
        kept('2026-12-01', strain, { level: 'soreness' }),
        kept('2026-12-02', { ...strain, severity: 4, daysSince: 2, trend: 'better' }),
      ],
      new Date('2026-12-04T09:00:00Z'),
    );
    await page.goto(`${baseUrl()}#/checks`);
    await page.getByRole('heading', { level: 1, name: 'Your checks' }).waitFor();
    await page
      .getByLabel('A file of checks Backcheck saved')
      .setInputFiles({ name: 'backcheck-checks.json', mimeType: 'application/json', buffer: Buffer.from(file) });

    const status = page.getByRole('status').filter({ hasText: 'added from the file' });
    await status.waitFor();
    expect(await status.textContent()).toBe(
      '2 checks added from the file. 2 checks in the file were left out: 1 is dated after today and 1 has a result that does not match its answers.',
    );
    expect(await listed(page)).toEqual(['2026-12-02', '2026-11-30']);
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your checks' }).waitFor();
    await page.locator('[data-check-date]').first().waitFor();
    expect(await listed(page)).toEqual(['2026-12-02', '2026-11-30']);
    expect(await page.getByText('Backcheck could not use').count()).toBe(0);
  });

  it('should leave out a saved check dated after today, and say the device’s date may be wrong', async () => {
    const { page } = browser();
    await onDay(page, '2026-12-04');
    await page.goto(`${baseUrl()}#/checks`);
    const strain = answersOf('p-st01');
    const saved = {
      state: { choices: {}, coach: null, checks: [kept('2026-11-30', strain), kept('2027-03-01', strain)], recheck: null, team: [] },
      version: 2,
    };
    await page.evaluate((value) => localStorage.setItem('backcheck', value), JSON.stringify(saved));
    await page.reload();
    await page.getByText('Backcheck could not use a kept check dated after today, so it has been left out.', { exact: false }).waitFor();
    await page.getByText('If the date on this device is wrong, correct it now and open Backcheck again.', { exact: false }).waitFor();
    await page.locator('[data-check-date]').first().waitFor();
    expect(await listed(page)).toEqual(['2026-11-30']);
    await expectAccessible(page);
  });
});

// Three marks above or below each letter: the most a letter may carry. Ten letters, no spaces:
// a name as long as one may be, that can break only where the screen ends.
const UP = '\u0301\u0302\u0303';
const DOWN = '\u0323\u0324\u0325';
const STACKED = `${`A${UP}`.repeat(5)}${`g${DOWN}`.repeat(5)}`;
const PLAIN = `${'A'.repeat(5)}${'g'.repeat(5)}`;

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Not on the page');
  return box;
};

/** The boxes the browser gives each line of a name's text, wherever it is in an element. */
const nameBoxes = (element: Locator, name: string) =>
  element.evaluate((node, text) => {
    const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let current = walker.nextNode(); current; current = walker.nextNode()) {
      const at = current.textContent?.indexOf(text) ?? -1;
      if (at === -1) continue;
      const range = node.ownerDocument.createRange();
      range.setStart(current, at);
      range.setEnd(current, at + text.length);
      return [...range.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height }));
    }
    return [];
  }, name);

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

const noWiderThanTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('names in their boxes, in Chromium', () => {
  const browser = useBrowser({ viewport: { width: 320, height: 800 } });

  it('should keep a coach’s name with 3 accents on each letter inside its note, below the header, drawing nothing over it', async () => {
    const { page } = browser();
    const headerWith = async (name: string) => {
      // Each name on a device with no coach remembered: a second coach would be asked about first.
      await page.goto(`${baseUrl()}#/?coach=${encodeURIComponent(name)}`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByText('Sent by your coach', { exact: false }).waitFor();
      await page.getByRole('button', { name: /^Forget coach/ }).waitFor();
      return page.locator('header').screenshot();
    };
    const plainHeader = await headerWith(PLAIN);
    const stackedHeader = await headerWith(STACKED);

    const note = page.locator('.coach-note');
    const noteBox = await boxOf(note);
    expect(noteBox.y).toBeGreaterThanOrEqual((await boxOf(page.locator('header'))).y + (await boxOf(page.locator('header'))).height);
    expect(inside(noteBox, await boxOf(page.locator('main')))).toBe(true);
    for (const line of await nameBoxes(note, STACKED)) expect(inside(line, noteBox)).toBe(true);
    expect(await noWiderThanTheScreen(page)).toBe(true);
    // Not a pixel of the header changes for the accents under it.
    expect(stackedHeader.equals(plainHeader)).toBe(true);
    await expectAccessible(page);
  });

  it('should wrap a long name with no spaces inside its note, on the narrowest screen', async () => {
    const { page } = browser();
    const long = 'W'.repeat(40);
    await page.goto(`${baseUrl()}#/?coach=${long}`);
    await page.getByRole('button', { name: `Forget coach ${long}` }).waitFor();
    const note = page.locator('.coach-note');
    const lines = await nameBoxes(note, long);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(inside(line, await boxOf(note))).toBe(true);
    expect(await noWiderThanTheScreen(page)).toBe(true);
  });

  it('should keep a sender’s name with 3 accents on each letter inside its notice, drawing nothing over the result', async () => {
    const { page } = browser();
    const soreness = answersOf('p-so01');
    const resultWith = async (name: string) => {
      await page.goto(`${baseUrl()}${resultFragment(soreness, [], { from: name, to: 'coach' })}`);
      await resultOf(page);
      const panel = page.locator('.result-panel');
      return { box: await boxOf(panel), pixels: await panel.screenshot() };
    };
    const plain = await resultWith(PLAIN);
    const stacked = await resultWith(STACKED);

    const notice = page.locator('.notice').filter({ hasText: 'from a link they shared' });
    const noticeBox = await boxOf(notice);
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(stacked.box.y);
    for (const line of await nameBoxes(notice, STACKED)) expect(inside(line, noticeBox)).toBe(true);
    for (const line of await nameBoxes(page.locator('#for-the-coach'), STACKED)) expect(line.x + line.width).toBeLessThanOrEqual(320);
    expect(await noWiderThanTheScreen(page)).toBe(true);
    // The result box is where it was with the plain name, and not a pixel of it changes.
    expect(stacked.box).toEqual(plain.box);
    expect(stacked.pixels.equals(plain.pixels)).toBe(true);
  });

  it('should call a link damaged when a name has 4 accents on one letter', async () => {
    const { page } = browser();
    const four = `Sa${UP}\u0323m`;
    await page.goto(`${baseUrl()}${resultFragment(answersOf('p-so01'), [], { from: four })}`);
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await page.getByText('What is wrong with the link').click();
    await page.getByText('This link has a name that Backcheck cannot show.').waitFor();
    await expectAccessible(page);

    await page.goto(`${baseUrl()}#/?coach=${encodeURIComponent(four)}`);
    await page.getByText('The link you followed was damaged', { exact: false }).waitFor();
    expect(await page.getByText('Sent by your coach', { exact: false }).count()).toBe(0);
  });
});

describe('the poster, in Chromium', () => {
  const browser = useBrowser({ viewport: { width: 1280, height: 900 } });

  it('should print a link a person can read, while its QR code holds the exact link', async () => {
    const { page, context } = browser();
    await page.goto(`${baseUrl()}#/coach`);
    await page.getByLabel('Your name').fill('Siobhán O’Neill');
    await page.getByLabel('Running').check();
    await page.getByRole('button', { name: 'Make link' }).click();
    const link = await page.getByLabel('Send this link to your trainees').inputValue();
    expect(link).toBe(`${baseUrl()}#/?coach=Siobh%C3%A1n%20O%E2%80%99Neill&activity=running`);

    const text = (await printOnA4(page)).text.replace(/\s+/g, ' ');
    // The link may break across lines on paper, as any long one does.
    expect(text.replaceAll(' ', '')).toContain(`${baseUrl()}#/?coach=Siobhán+O’Neill&activity=running`);
    expect(text).not.toContain('%');
    expect(text).toContain('Sent by your coach Siobhán O’Neill.');

    // The printed link opens the same page as the exact one.
    await page.emulateMedia({ media: 'print' });
    expect(await decodePng(context, await page.locator('.poster [data-qr-code]').screenshot())).toBe(link);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${baseUrl()}#/?coach=Siobhán+O’Neill&activity=running`);
    await page.getByText('Sent by your coach Siobhán O’Neill, for running').waitFor();
  });
});
