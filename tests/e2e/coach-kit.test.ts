import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/triage';
import { resultFragment } from '../../src/share-link/result-link';
import vignettes from '../triage/vignettes.json';
import { baseUrl, decodePng, expectAccessible, resultOf, useBrowser, printOnA4 } from './browser';

describe('the coach’s kit, in Chromium', () => {
  const browser = useBrowser({ viewport: { width: 1280, height: 900 } });

  it('should show a QR code that decodes to exactly the link shown, offer it as SVG and PNG, and print one A4 poster', async () => {
    const { page, context } = browser();
    await page.goto(`${baseUrl()}#/coach`);
    await page.getByLabel('Your name').fill('Sam Lee');
    await page.getByLabel('Running').check();
    await page.getByRole('button', { name: 'Make link' }).click();
    const link = await page.getByLabel('Send this link to your trainees').inputValue();
    expect(link).toBe(`${baseUrl()}#/?coach=Sam%20Lee&activity=running`);

    const code = page.locator('.coach-kit [data-qr-code]');
    expect(await decodePng(context, await code.screenshot())).toBe(link);
    await expectAccessible(page);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download QR code (PNG)' }).click()]);
    expect(png.suggestedFilename()).toBe('backcheck-sam-lee.png');
    const pngPath = await png.path();
    expect(await decodePng(context, readFileSync(pngPath))).toBe(link);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download QR code (SVG)' }).click()]);
    expect(svg.suggestedFilename()).toBe('backcheck-sam-lee.svg');

    const poster = await printOnA4(page);
    expect(poster.info).toMatch(/Pages:\s+1\n/);
    expect(poster.info).toMatch(/Page size:.*pts \(A4\)/);
    const text = poster.text.replace(/\s+/g, ' ');
    expect(text).toContain('Back pain after training?');
    // Printed to be read and typed: the QR code above holds the exact link.
    expect(text).toContain(`${baseUrl()}#/?coach=Sam+Lee&activity=running`);
    expect(text).toContain('Sent by your coach Sam Lee.');
    expect(text).not.toMatch(/Make link|Your name|Download/);
  });

  it('should give the coach their part of a trainee’s result, keep it in the trainees’ list, and keep that list across a reload', async () => {
    const { page } = browser();
    const strain = answersSchema.parse(vignettes.find((v) => v.id === 'p-st01')?.answers);
    await page.goto(`${baseUrl()}${resultFragment(strain, [], { from: 'Alex', to: 'coach' })}`);
    await resultOf(page);
    const forCoach = page.locator('#for-the-coach');
    await forCoach.getByText('This sounds like a strain. Alex should not load the movement that hurts.').waitFor();
    await page.getByText('These are Alex’s answers, from a link they shared.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Keep in my trainees’ list' }).click();
    await page.getByText('Alex is kept in your trainees’ list, on this device only.').waitFor();
    await expectAccessible(page);

    await page.goto(`${baseUrl()}#/team`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your trainees’ results' }).waitFor();
    const entry = page.locator('[data-team-entry]');
    expect(await entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('Result: a likely strain.');
    await expectAccessible(page);
    await entry.getByRole('link', { name: /^See Alex’s result/ }).click();
    expect((await resultOf(page)).level).toBe('strain');

    await page.goto(`${baseUrl()}#/team`);
    await page.getByRole('button', { name: 'Delete all' }).click();
    await page.getByRole('button', { name: 'Yes, delete them all' }).click();
    expect(await page.locator('[data-team-entry]').count()).toBe(0);
    await page.reload();
    await page.getByText('No results kept yet.', { exact: false }).waitFor();
  });

  it('should call a link with markup in the sender’s name damaged', async () => {
    const { page } = browser();
    const soreness = answersSchema.parse(vignettes.find((v) => v.id === 'p-so01')?.answers);
    await page.goto(`${baseUrl()}${resultFragment(soreness)}&from=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    expect(await page.locator('img').count()).toBe(0);
  });
});
