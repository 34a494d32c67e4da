import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { strainPages } from '../fixtures/soreness-pages';
import { answer, answerAll, baseUrl, expectAccessible, onDay, resultOf, useBrowser, printOnA4 } from './browser';

// Check-ins over days, on the built app, with the page's own clock set to each day.

/** What a download holds, as text. */
async function textOf(download: Download) {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

const stored = (page: Page) => page.evaluate(() => ({ ...localStorage }));

describe('check-ins over days, in Chromium', () => {
  const browser = useBrowser();

  it('should keep a strain on day 0, re-check it on day 3 with the pain worse, and keep, chart, remind, print, save, delete and load the checks', async () => {
    const { page } = browser();
    await onDay(page, '2026-11-30');
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answerAll(page, strainPages);
    await page.getByRole('button', { name: 'See your result' }).click();
    expect((await resultOf(page)).level).toBe('strain');
    await page.getByText('Kept in your checks on this device, dated Monday 30 November.', { exact: false }).waitFor();

    // Day 3: only what changes is asked.
    await onDay(page, '2026-12-03');
    await page.reload();
    await resultOf(page);
    await page.getByRole('button', { name: 'Check again' }).click();
    let screens = 0;
    for (const labels of [
      ['None of these'],
      ['Sharp or stabbing'],
      ['8'],
      // Asked again at 8 or more, never carried over.
      ['I have not taken any'],
      ['No, it stays in my back'],
      ['It is better when I rest, but still aches'],
      ['None of these'],
    ]) {
      screens += 1;
      await answer(page, ...labels);
    }
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    screens += 1;
    expect(screens).toBeLessThanOrEqual(8);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'See your result' }).click();
    const result = await resultOf(page);
    expect(result).toMatchObject({ level: 'doctor', urgency: 'soon' });
    expect(page.url()).toContain('daysSince=3');
    await page.getByText('Your pain went from 6 to 8 out of 10 since Monday 30 November.').waitFor();
    await page.getByText(/The main reason: it started 3 days ago and is getting worse\./).waitFor();

    // Your checks: both, newest first, with the chart.
    await page.getByRole('link', { name: 'Your checks' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Your checks' }).waitFor();
    const entries = await page
      .locator('[data-check-date]')
      .evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-check-date'), item.getAttribute('data-check-level'), item.getAttribute('data-check-urgency')]),
      );
    expect(entries).toEqual([
      ['2026-12-03', 'doctor', 'soon'],
      ['2026-11-30', 'strain', null],
    ]);
    const chart = page.getByRole('img', { name: 'Your pain out of 10, check by check' });
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.getAttribute('aria-describedby')).not.toBeNull();
    await expectAccessible(page);

    // Remind me: a calendar file for 3 days on, read by a real parser.
    const [reminder] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Remind me in 3 days' }).click()]);
    expect(reminder.suggestedFilename()).toBe('backcheck-reminder.ics');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await textOf(reminder))).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.startDate.toString()).toBe('2026-12-06');
    expect(event.description).toContain('#/checks');

    // Print: one summary of every check, with the chart's figures.
    const text = (await printOnA4(page)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Thursday 3 December');
    expect(text).toContain('Monday 30 November');
    expect(text).toContain('Pain 8 out of 10');
    expect(text).toContain('Pain out of 10 at each check: 6 on Monday 30 November; 8 on Thursday 3 December.');
    expect(text).not.toMatch(/Delete everything|Save as a file|Check again/);

    // Save as a file, delete everything, and load the file again.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a file' }).click()]);
    const file = await textOf(saved);
    expect(JSON.parse(file)).toMatchObject({ format: 'backcheck-checks', version: 1 });

    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('Everything Backcheck kept on this device has been deleted.').waitFor();
    expect(await stored(page)).toEqual({});

    await page
      .getByLabel('A file of checks Backcheck saved')
      .setInputFiles({ name: 'backcheck-checks.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByText('2 checks added from the file.').waitFor();
    expect(await page.locator('[data-check-date]').count()).toBe(2);
    await expectAccessible(page);
  });

  it('should keep the answers of someone halfway through when a newer version arrives', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    // Exactly what version 1 of Backcheck saved.
    await page.evaluate(() =>
      localStorage.setItem(
        'backcheck',
        '{"state":{"choices":{"emergencySigns":["none"],"area":"lower","side":"both-sides"},"coach":{"name":"Sam"}},"version":1}',
      ),
    );
    await page.reload();
    await page.getByText('Sent by your coach Sam').waitFor();
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await answer(page, 'Weights or CrossFit');
    const saved = JSON.parse((await stored(page)).backcheck ?? '{}');
    expect(saved).toEqual({
      state: {
        choices: { emergencySigns: ['none'], area: 'lower', side: 'both-sides', activity: 'lifting' },
        coach: { name: 'Sam' },
        checks: [],
        recheck: null,
        // Begun, as far as anyone can tell, on the day the newer version read them.
        progress: { started: await page.evaluate(() => new Date().toLocaleDateString('en-CA')), kept: null, edited: false },
        team: [],
      },
      version: 3,
    });
  });
});
