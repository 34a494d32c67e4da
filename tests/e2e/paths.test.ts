import { describe, expect, it } from 'vitest';
import { sorenessPagesWith } from '../fixtures/soreness-pages';
import { answer, answerAll, baseUrl, resultOf, useBrowser } from './browser';

// The paths every engine must pass (the emergency stop, each kind of result, every vignette's
// link, damaged links, a coach link, saved progress) are in core-paths.ts, run in each engine; these are the
// ones that need what only Playwright's Chromium gives here: a mouse on the picture, history,
// requests. Printing is in result-page.test.ts.
describe('in Chromium, on the built app', () => {
  const browser = useBrowser();

  it('should tell a sore lifter it is normal soreness, and keep the answers out of the path and query', async () => {
    const { page, requests } = browser();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answerAll(page);
    await page.getByRole('button', { name: 'See your result' }).click();

    expect(await resultOf(page)).toEqual({ level: 'soreness', urgency: null, text: 'This sounds like normal soreness' });
    const url = new URL(page.url());
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('');
    expect(url.hash).toContain('#/result?area=lower&');
    for (const request of requests) expect(request).not.toMatch(/area=|severity=/);
  });

  it('should call a sudden sharp pain a strain, a fall a reason to see a doctor today, and pain below the knee within days', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}#/q/emergency-signs`);
    await answerAll(page, sorenessPagesWith({ 3: ['During the workout', 'Yes'], 4: ['Sharp or stabbing'] }));
    await page.getByRole('button', { name: 'See your result' }).click();
    expect((await resultOf(page)).level).toBe('strain');
    await page.getByRole('heading', { name: 'Later: build strength so it does not come back' }).waitFor();

    await page.getByRole('link', { name: 'Change your answers' }).click();
    await page.getByRole('link', { name: 'Change other warning signs' }).click();
    await answer(page, 'The pain began with a fall, a collision, a blow, or a weight landing on you');
    await page.getByRole('button', { name: 'See your result' }).click();
    expect(await resultOf(page)).toMatchObject({ level: 'doctor', urgency: 'today' });
    await page.getByText('If it was a serious accident, call 999.').waitFor();

    await page.getByRole('link', { name: 'Change your answers' }).click();
    await page.getByRole('link', { name: 'Change other warning signs' }).click();
    await answer(page, 'None of these');
    await page.getByRole('link', { name: 'Change where it spreads' }).click();
    await answer(page, 'Below the knee, into the calf or foot');
    await page.getByRole('button', { name: 'See your result' }).click();
    expect(await resultOf(page)).toMatchObject({ level: 'doctor', urgency: 'soon' });
  });

  it('should choose the part of the back from a tap on the picture', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}#/q/emergency-signs`);
    await answer(page, 'None of these');
    const picture = page.locator('svg.back-diagram');
    const box = await picture.boundingBox();
    if (!box) throw new Error('The picture of the back is not on the page.');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * (128 / 230));
    expect(await page.getByLabel('Middle back').isChecked()).toBe(true);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * (170 / 230));
    expect(await page.getByLabel('Lower back').isChecked()).toBe(true);
  });

  it('should return to the summary after a change', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}#/q/emergency-signs`);
    await answerAll(page);
    await page.getByRole('link', { name: 'Change what it feels like' }).click();
    await answer(page, 'Shooting or electric');
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await page.getByText('Shooting or electric').waitFor();
  });

  it('should move with Back and Forward, and keep the page on reload', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}#/q/emergency-signs`);
    await answer(page, 'None of these');
    await answer(page, 'Upper back', 'Along the middle, over the spine');
    await page.goBack();
    await page.getByRole('heading', { name: 'Where does it hurt?' }).waitFor();
    expect(await page.getByLabel('Upper back').isChecked()).toBe(true);
    await page.goForward();
    await page.getByRole('heading', { name: 'What was the workout before the pain started?' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'What was the workout before the pain started?' }).waitFor();

    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await page.getByRole('heading', { name: 'What was the workout before the pain started?' }).waitFor();
  });

  it('should start afresh with a notice when saved data is corrupt', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('backcheck', '{"state":{"choices":{"area":[1]}},"version":1}'));
    await page.reload();
    await page.getByText('Your saved answers could not be read, so Backcheck has started afresh.').waitFor();
    await page.getByRole('link', { name: 'Start now' }).click();
    await page.getByRole('heading', { name: 'Do you have any of these right now?' }).waitFor();
  });
});

describe('in Chromium with no clear region', () => {
  const browser = useBrowser({ locale: 'en', timezoneId: 'Etc/UTC' });

  it('should give 112 as the emergency number, and say it works from most mobile phones', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}#/q/emergency-signs`);
    await answer(page, 'Numbness or tingling around your genitals, bottom or inner thighs');
    expect((await resultOf(page)).text).toBe('Call 112 now');
    await page.getByText('112 works from most mobile phones.', { exact: false }).waitFor();
  });
});
