import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/triage';
import { resultFragment } from '../../src/share-link/result-link';
import { sorenessPagesWith } from '../fixtures/soreness-pages';
import vignettes from '../triage/vignettes.json';
import { answer, answerAll, baseUrl, expectAccessible, resultOf, useBrowser } from './browser';

describe('rules v2, in Chromium on the built app', () => {
  const browser = useBrowser();

  it('should ask about swollen back muscles on the first screen and stop there with an emergency', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, 'Your sore back muscles are swollen, hard or tight as a drum, or the skin over them is numb');

    expect(await resultOf(page)).toMatchObject({ level: 'doctor', urgency: 'emergency' });
    expect(await page.locator('[data-triage]').getAttribute('data-rules-version')).toBe('3');
  });

  it('should ask about sharp pain on breathing in with the other signs, and send it to a doctor today', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}#/q/emergency-signs`);
    await answerAll(page, sorenessPagesWith({ 10: ['Sharp pain in your upper back, side or chest when you breathe in deeply'] }));
    await page.getByRole('button', { name: 'See your result' }).click();
    expect(await resultOf(page)).toMatchObject({ level: 'doctor', urgency: 'today' });
  });

  it('should send a severe ache the day after a workout to be seen today, and say the version on screen and in print', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}#/q/emergency-signs`);
    await answerAll(page, sorenessPagesWith({ 5: ['8'] }));
    await page.getByRole('button', { name: 'See your result' }).click();
    expect(await resultOf(page)).toMatchObject({ level: 'doctor', urgency: 'today' });

    const version = page.getByText(/Worked out on this device with Backcheck’s rules, version 3, last changed 4 December 2026\./);
    expect(await version.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await version.isVisible()).toBe(true);
  });

  it('should take a reason’s link to its rule, in view and focused, on a rules page axe finds nothing wrong with', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}${resultFragment(answersSchema.parse(vignettes.find((v) => v.id === 'p-v03')?.answers))}`);
    await resultOf(page);
    await page.getByRole('link', { name: 'About this rule: Severe muscle pain in the days after a hard workout' }).click();

    const rule = page.locator('#rule-severe-delayed-muscle-pain');
    const title = rule.getByRole('heading', { level: 3, name: 'Severe muscle pain in the days after a hard workout' });
    await expect.poll(() => title.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await title.boundingBox();
    expect({ top: (box?.y ?? -1) >= 0, bottom: (box?.y ?? 9999) + (box?.height ?? 0) <= 844 }, JSON.stringify(box)).toEqual({ top: true, bottom: true });
    expect(await page.title()).toBe('How Backcheck decides – Backcheck');
    await expectAccessible(page);
  });
});
