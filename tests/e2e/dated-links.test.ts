import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resultFragment, type LinkDetails } from '../../src/share-link/result-link';
import { answersSchema, type Answers } from '../../src/triage';
import vignettes from '../triage/vignettes.json';
import { sorenessPages } from '../fixtures/soreness-pages';
import { answerAll, baseUrl, expectAccessible, onDay, resultOf, useBrowser, printOnA4 } from './browser';

// Dated result links on the built app, with the page's own clock set to the day each is read.

const answersOf = (id: string, changes: Partial<Answers> = {}) => answersSchema.parse({ ...vignettes.find((v) => v.id === id)?.answers, ...changes });
const linkTo = (answers: Answers, details: LinkDetails = {}) => `${baseUrl()}${resultFragment(answers, [], details)}`;

/** One vignette of each kind of result, from the contract's worked cases. */
const KINDS = [
  ['soreness', 'p-so01'],
  ['strain', 'p-st01'],
  ['soon', 'p-s01'],
  ['today', 'p-t02'],
  ['emergency', 'p-e01'],
] as const;

const bottomOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().bottom);

async function keepForTeam(page: Page, link: string) {
  // From a blank page, as a link from a message opens: never the result before it.
  await page.goto('about:blank');
  await page.goto(link);
  await resultOf(page);
  await page.getByRole('button', { name: 'Keep in my trainees’ list' }).click();
  await page.getByText('is kept in your trainees’ list, on this device only.', { exact: false }).waitFor();
}

describe('dated links, in Chromium', () => {
  const browser = useBrowser({ viewport: { width: 390, height: 844 } });

  it('should count the days from the link’s date on the trainees’ list, on the result and on paper, when opened 3 days later', async () => {
    const { page } = browser();
    await onDay(page, '2026-12-01');
    // Seen the same day: fever, pain that began 2 days before.
    await keepForTeam(page, linkTo(answersOf('p-t02'), { on: '2026-12-01', from: 'Alex', to: 'coach' }));

    await onDay(page, '2026-12-04');
    await page.goto(`${baseUrl()}#/team`);
    await page.reload();
    const entry = page.locator('[data-team-entry]');
    await entry.waitFor();
    expect(await entry.locator('h3').textContent()).toBe('Tuesday 1 December');
    const said = await entry.textContent();
    expect(said).toContain('It began on Sunday 29 November, 2 days before these answers were given.');
    expect(said).toContain('Kept Tuesday 1 December.');
    await expectAccessible(page);

    await entry.getByRole('link', { name: 'See Alex’s result of Tuesday 1 December' }).click();
    expect((await resultOf(page)).urgency).toBe('today');
    await page.getByText('The answers were given on Tuesday 1 December.', { exact: false }).waitFor();
    const tell = page.locator('section:has(> h2:text-is("What to tell the doctor"))');
    expect(await tell.textContent()).toContain('and that it began on Sunday 29 November 2026, 2 days before these answers were given.');

    const text = (await printOnA4(page)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Alex’s answers, from a link they shared. The answers were given on 1 December 2026.');
    expect(text).toContain('that it began on Sunday 29 November 2026, 2 days before these answers were given');
    expect(text).not.toMatch(/\bago\b/);
  });

  it('should open a link without a date, saying the date is not known, and call a link dated two days ahead damaged', async () => {
    const { page } = browser();
    await onDay(page, '2026-12-01');
    await page.goto(linkTo(answersOf('p-t02')));
    await resultOf(page);
    await page.locator('.notice').getByText('The link does not say when the answers were given.', { exact: false }).waitFor();
    expect(await page.locator('section:has(> h2:text-is("What to tell the doctor"))').textContent()).toContain(
      'that it began 2 days before these answers were given (the date they were given is not known)',
    );

    await page.goto(linkTo(answersOf('p-t02'), { on: '2026-12-03' }));
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await page.getByText('What is wrong with the link').click();
    await page.getByText('This link is dated after today, so it may have been changed.').waitFor();
    expect(await page.locator('[data-triage]').count()).toBe(0);
  });

  it('should group two results from one trainee under one name, with a chart, and keep a result without a name apart', async () => {
    const { page } = browser();
    await onDay(page, '2026-12-04');
    await keepForTeam(page, linkTo(answersOf('p-st01', { severity: 7 }), { on: '2026-11-29', from: 'Alex', to: 'coach' }));
    await keepForTeam(page, linkTo(answersOf('p-st01', { severity: 4, daysSince: 3, trend: 'better' }), { on: '2026-12-02', from: 'Alex', to: 'coach' }));
    await keepForTeam(page, linkTo(answersOf('p-so01'), { on: '2026-12-03', to: 'coach' }));

    await page.goto(`${baseUrl()}#/team`);
    await page.locator('[data-team-entry]').first().waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['A trainee, Thursday 3 December', 'Alex']);
    const alex = page.locator('li.trainee', { has: page.getByRole('heading', { level: 2, name: 'Alex' }) });
    expect(await alex.locator('[data-team-entry]').count()).toBe(2);
    expect(await alex.getByRole('img', { name: 'Alex’s pain out of 10, result by result' }).isVisible()).toBe(true);
    expect(await alex.locator('[data-level]').first().textContent()).toBe('Latest result: a likely strain, from Wednesday 2 December.');
    expect(await page.getByRole('img').count()).toBe(1);
    await page.getByRole('link', { name: 'See Alex’s result of Sunday 29 November' }).waitFor();
    await page.getByRole('link', { name: 'See Alex’s result of Wednesday 2 December' }).waitFor();
    await expectAccessible(page);
  });

  it.each(KINDS)('should put what to do now for %s on the first screen of a link, and the coach’s part only on a link sent to the coach', async (kind, id) => {
    const { page } = browser();
    await onDay(page, '2026-12-01');
    const links = [
      // A link with only the answers: the answer itself and the first thing to do, whole, on the first screen.
      { toCoach: false, link: linkTo(answersOf(id)), whole: true },
      { toCoach: false, link: linkTo(answersOf(id), { on: '2026-11-30', from: 'Alexandra' }) },
      { toCoach: true, link: linkTo(answersOf(id), { on: '2026-11-30', from: 'Alexandra', to: 'coach' }) },
      // A link made before dates and rules versions: the page says both, above the result.
      { toCoach: false, link: linkTo(answersOf(id)).replace(/&rules=3$/, '') },
    ];
    for (const { toCoach, link, whole } of links) {
      await page.goto(link);
      const result = await resultOf(page);
      expect(result.urgency ?? result.level).toBe(kind);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // For an emergency the first thing to do is to call; otherwise the first step of what to do now.
      const firstThing = kind === 'emergency' ? 'a.button--call' : `section:has(> h2:text-is("What to do now")) ${whole ? 'li' : 'h2'}`;
      expect(await bottomOf(page, firstThing)).toBeLessThanOrEqual(844);
      if (whole) expect(await bottomOf(page, '[data-triage]')).toBeLessThanOrEqual(844);
      expect(await page.locator('h2').first().textContent()).toBe('What to do now');
      expect(await page.locator('#for-the-coach').count()).toBe(toCoach ? 1 : 0);
      expect(await page.getByRole('button', { name: 'Keep in my trainees’ list' }).count()).toBe(toCoach ? 1 : 0);
      expect(await page.getByRole('heading', { level: 2, name: /^If you are helping/ }).count()).toBe(toCoach ? 0 : 1);
      // The next link opens afresh, as a link from a message does, never on this result.
      await page.goto('about:blank');
    }
  });

  it('should offer the reminder file from a person’s own result, for 3 days on, and pass axe on the result for them, a helper and a coach', async () => {
    const { page } = browser();
    await onDay(page, '2026-12-01');
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answerAll(page, sorenessPages);
    await page.getByRole('button', { name: 'See your result' }).click();
    await resultOf(page);
    expect(new URL(page.url()).hash).toContain('&on=2026-12-01&');

    const [reminder] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Remind me in 3 days' }).click()]);
    expect(reminder.suggestedFilename()).toBe('backcheck-reminder.ics');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync(await reminder.path(), 'utf8'))).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.startDate.toString()).toBe('2026-12-04');
    expect(event.description).toContain('#/checks');
    await expectAccessible(page);

    for (const details of [
      { on: '2026-11-30', from: 'Alex' },
      { on: '2026-11-30', from: 'Alex', to: 'coach' as const },
    ]) {
      await page.goto(linkTo(answersOf('p-t02'), details));
      await resultOf(page);
      expect(await page.getByRole('button', { name: 'Remind me in 3 days' }).count()).toBe(0);
      await expectAccessible(page);
      await page.goto('about:blank');
    }
  });
});
