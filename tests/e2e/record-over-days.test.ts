import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { strainPages } from '../fixtures/soreness-pages';
import { answer, answerAll, baseUrl, expectAccessible, onDay, resultOf, useBrowser } from './browser';

// The record over days, on the built app, with the page's own clock set to each day.

const storedChecks = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('backcheck') ?? '{}').state?.checks ?? []) as { date: string; answers: { severity?: number } }[]);
const DARK_PEE = 'Dark brown or cola-coloured pee, or hardly any pee for 12 hours even though you are drinking';
const samRemembered = JSON.stringify({ state: { choices: {}, coach: { name: 'Sam Lee' }, checks: [], recheck: null, progress: null, team: [] }, version: 3 });

describe('the record over days, in Chromium', () => {
  const browser = useBrowser();

  it('should replace a check when the answers are changed, add one on Check again, and offer no resend days later', async () => {
    const { page } = browser();
    await onDay(page, '2026-11-30');
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answerAll(page, strainPages);
    await page.getByRole('button', { name: 'See your result' }).click();
    expect((await resultOf(page)).level).toBe('strain');

    // A correction the same day: pain 6 becomes 9, and the one check holds it.
    await page.getByRole('link', { name: 'Change your answers' }).click();
    await page.getByRole('link', { name: 'Change worst pain, out of 10' }).click();
    await answer(page, '9');
    // At 9 out of 10 the painkillers question comes next, then the summary again.
    await answer(page, 'I have not taken any');
    await page.getByRole('button', { name: 'See your result' }).click();
    await resultOf(page);
    await page.getByText('This replaces the result you saw a moment ago', { exact: false }).waitFor();
    expect((await storedChecks(page)).map((check) => check.answers.severity)).toEqual([9]);

    // An evening "Check again" adds a check, even the same day.
    await page.getByRole('button', { name: 'Check again' }).click();
    for (const labels of [
      ['None of these'],
      ['A dull ache'],
      ['5'],
      ['No, it stays in my back'],
      ['It is better when I rest, but still aches'],
      ['None of these'],
    ])
      await answer(page, ...labels);
    await page.getByRole('button', { name: 'See your result' }).click();
    await resultOf(page);
    expect((await storedChecks(page)).map((check) => check.answers.severity)).toEqual([9, 5]);

    // Four days on, the start page offers a new check, never the old answers.
    await onDay(page, '2026-12-04');
    await page.goto(baseUrl());
    await page.getByText('Your last check was on Monday 30 November.').waitFor();
    expect(await page.getByRole('button', { name: 'Continue where you left off' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Start about a new problem' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Check again' }).click();
    for (const labels of [
      ['None of these'],
      ['A dull ache'],
      ['3'],
      ['No, it stays in my back'],
      ['It only hurts when I move, bend or stretch'],
      ['None of these'],
    ])
      await answer(page, ...labels);
    await page.getByText('4 days', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'See your result' }).click();
    await resultOf(page);
    expect((await storedChecks(page)).map((check) => check.date)).toEqual(['2026-11-30', '2026-11-30', '2026-12-04']);
  });

  it('should keep no check for a warning sign ticked by mistake and undone with Back', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, DARK_PEE);
    expect((await resultOf(page)).urgency).toBe('emergency');
    expect(await storedChecks(page)).toHaveLength(1);
    await page.goBack();
    await page.getByRole('heading', { name: 'Do you have any of these right now?' }).waitFor();
    await page.getByLabel(DARK_PEE, { exact: true }).uncheck();
    await answer(page, 'None of these');
    await page.getByRole('heading', { name: 'Where does it hurt?' }).waitFor();
    expect(await storedChecks(page)).toEqual([]);
  });

  it('should say at once, on that page, when storage fills up at the third question', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, 'None of these');
    await answer(page, 'Lower back', 'On one side only');
    // Fill the origin's storage to its quota, as years of other data might.
    await page.evaluate(() => {
      let n = 0;
      for (const size of [512 * 1024, 1024, 64, 8, 1]) {
        try {
          for (;;) localStorage.setItem(`filler-${(n += 1)}`, 'x'.repeat(size));
        } catch {
          // Full at this size: go on with smaller pieces, to the last byte.
        }
      }
    });
    await answer(page, 'Weights or CrossFit');
    const alert = page.getByRole('alert');
    await alert.getByText('Your answers are not being saved on this device.').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('How did it start?');
    await expectAccessible(page);
  });

  it('should show in one tab exactly what another tab saved', async () => {
    const { page, context } = browser();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, 'None of these');
    await page.goBack();
    await page.getByRole('heading', { name: 'Do you have any of these right now?' }).waitFor();

    const other = await context.newPage();
    await other.goto(baseUrl());
    await other.getByRole('button', { name: 'Start again' }).click();
    await other.getByLabel(DARK_PEE, { exact: true }).check();
    await other.getByRole('button', { name: 'Continue' }).click();
    await other.locator('[data-triage]').waitFor();

    await page.getByText('Your answers were changed in another tab or window, so this page now shows the latest.').waitFor();
    await expect.poll(() => page.getByLabel(DARK_PEE, { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('None of these', { exact: true }).isChecked()).toBe(false);
  });

  it('should ask before a link from another coach replaces the one remembered, and show no coach for a damaged link', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await page.evaluate((saved) => localStorage.setItem('backcheck', saved), samRemembered);
    await page.goto(`${baseUrl()}#/?coach=%3Cb%3E`);
    await page.reload();
    await page.getByText('The link you followed was damaged', { exact: false }).waitFor();
    expect(await page.getByText(/Sent by your coach/).count()).toBe(0);

    await page.goto(`${baseUrl()}#/?coach=Alex%20Kim`);
    await page.reload();
    const question = page.getByRole('group', { name: 'Switch from Sam Lee to Alex Kim?' });
    await question.waitFor();
    await expectAccessible(page);
    await question.getByRole('button', { name: 'Switch to Alex Kim' }).click();
    await page.getByText('Sent by your coach Alex Kim').waitFor();
  });

  it('should say beside the checks how to keep them where the browser has not agreed to', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answerAll(page, strainPages);
    await page.getByRole('button', { name: 'See your result' }).click();
    await resultOf(page);
    await page.getByRole('link', { name: 'your checks', exact: true }).click();
    await page.getByRole('heading', { name: 'Your checks' }).waitFor();
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    if (persisted) expect(await page.locator('[data-keeping-notice]').count()).toBe(0);
    else await page.getByText('Your browser may clear your checks', { exact: false }).waitFor();
    await expectAccessible(page);
  });
});
