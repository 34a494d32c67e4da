import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answersSchema, type Answers } from '../../src/triage';
import type { UnsureField } from '../../src/triage/vocabulary';
import { resultFragment } from '../../src/share-link/result-link';
import vignettes from '../triage/vignettes.json';
import { severeStrainGettingBetter } from '../fixtures/longest-results';
import { sorenessPages } from '../fixtures/soreness-pages';
import { answer, answerAll, baseUrl, expectAccessible, holdBackScripts, resultOf, useBrowser, printOnA4 } from './browser';

// The result page as a person in pain meets it: on a phone, on paper, with Back, in two tabs.

const linkTo = (id: string) => `${baseUrl()}${resultFragment(answersSchema.parse(vignettes.find((v) => v.id === id)?.answers))}`;

/** Answers every question as the sore lifter of the fixtures, on this device, and opens the result. */
async function reachOwnResult(page: Page) {
  await page.goto(baseUrl());
  await page.getByRole('link', { name: 'Start now' }).click();
  await answerAll(page, sorenessPages);
  await page.getByRole('button', { name: 'See your result' }).click();
}

const bottomOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom);

describe('the first screen of a result, on a 390 x 844 phone', () => {
  const browser = useBrowser({ viewport: { width: 390, height: 844 } });

  // Each kind of result opened from a link, the answer and the first thing to do on this first
  // screen: tests/e2e/dated-links.test.ts, beside the same link dated and sent to a coach.

  it('should fold reasons after the first two and the long parts, and open them by keyboard', async () => {
    const { page } = browser();
    await page.goto(linkTo('p-st01'));
    await resultOf(page);
    const reasons = page.locator('.reasons li');
    const shown = await reasons.evaluateAll((items) => items.filter((item) => !item.hasAttribute('hidden')).length);
    expect(shown).toBe(2);
    const more = page.getByRole('button', { name: /^Show \d+ more reasons?$/ });
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await reasons.evaluateAll((items) => items.every((item) => !item.hasAttribute('hidden')))).toBe(true);

    const programme = page.getByRole('button', { name: 'Later: build strength so it does not come back' });
    expect(await programme.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByText('Superman', { exact: true }).isVisible()).toBe(false);
    await programme.focus();
    await page.keyboard.press('Space');
    expect(await programme.getAttribute('aria-expanded')).toBe('true');
    await page.getByText('Superman', { exact: true }).waitFor();
    await expectAccessible(page);
  });

  it('should end in actions grouped by purpose, one of them primary', async () => {
    const { page } = browser();
    await reachOwnResult(page);
    await resultOf(page);
    // The person's own result: what to do now comes straight after the answer.
    expect(await page.locator('h2').first().textContent()).toBe('What to do now');
    expect(await bottomOf(page, 'section:has(> h2:text-is("What to do now")) li')).toBeLessThanOrEqual(844);
    for (const group of ['Share this result', 'Keep a copy', 'See how it goes', 'Change something'])
      await page.getByRole('heading', { level: 2, name: group }).waitFor();
    const primary = page.locator('.result-actions .button:not(.button--secondary)');
    expect(await primary.count()).toBe(1);
    // No coach, so nothing to send to one.
    expect(await page.getByRole('button', { name: /Send to my coach/ }).count()).toBe(0);
    expect(await page.getByText('Backcheck gives general advice, not a diagnosis.').isVisible()).toBe(true);
  });
});

describe('printing a result', () => {
  const browser = useBrowser();

  /** The result printed to PDF by Chromium, as text, and its number of pages. */
  async function printed(page: Page) {
    const { pdf, text, sheets } = await printOnA4(page, { layout: true });
    // Page objects, not the page tree (/Pages); pdfinfo must agree.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    expect(sheets).toBe(pages);
    return { text: text.replace(/\s+/g, ' '), pages };
  }

  const answersOf = (id: string) => answersSchema.parse(vignettes.find((v) => v.id === id)?.answers);
  const sore = answersOf('p-so01');

  /** The longest result of each kind: the most reasons, answers not sure of, every part of the guidance. */
  const LONGEST: [string, Answers, UnsureField[], string, string[]][] = [
    [
      'a doctor-today result with ten warning signs, severe pain and three answers not sure of',
      {
        ...sore,
        suddenMoment: true,
        loadedArea: false,
        severity: 9,
        radiation: 'below-knee',
        rest: 'no-relief',
        daysSince: 5,
        trend: 'same',
        age: 60,
        redFlags: ['trauma', 'fever', 'urinary', 'cannot-walk', 'breathing-pain', 'cancer-history', 'weight-loss', 'night-pain', 'steroids', 'immune'],
      },
      ['suddenMoment', 'loadedArea', 'trend'],
      'Get medical help today',
      ['What to tell the doctor', 'Until you have seen a doctor', 'If it did not start at one moment', 'You answered “Hard to say”.'],
    ],
    [
      'a severe strain getting better, after lifting, sent to the coach',
      severeStrainGettingBetter,
      [],
      'This sounds like a strain',
      [
        'Stop the exercise that caused it.',
        'Pain this strong needs watching.',
        'For the coach',
        'Superman',
        'Lie on your front, arms overhead.',
        'Gentle mobility',
      ],
    ],
    [
      'soreness on day 5',
      { ...sore, daysSince: 5 },
      [],
      'This sounds like normal soreness',
      ['Keep moving.', 'Gentle stretches and moves', 'When to train again', 'gone within about a week', 'See a doctor if things change'],
    ],
    [
      'an emergency with every warning sign',
      {
        ...answersOf('p-e01'),
        redFlags: ['saddle-numbness', 'bladder-bowel', 'both-legs', 'leg-weakness', 'dark-urine', 'chest-symptoms', 'swollen-muscles', 'trauma', 'fever'],
      },
      [],
      'Call 999 now',
      ['What to say when you call', 'While you wait'],
    ],
  ];

  /** What is made for the screen only: it must not reach paper. */
  const SCREEN_ONLY =
    /Copy link|Print or save as PDF|Share this result|Show \d+ more|About this rule|You can print this page|Do not keep it|Your country, for the emergency number/;

  it('should print the longest result of each kind on one or two A4 pages, with the guidance and the disclaimer, and nothing made for the screen', async () => {
    const { page } = browser();
    for (const [what, answers, unsure, heading, guidance] of LONGEST) {
      // The strain goes to the coach, whose part is the longest a reader gets.
      const toCoach = what.endsWith('sent to the coach');
      await page.goto(`${baseUrl()}${resultFragment(answers, unsure, toCoach ? { from: 'Alex', to: 'coach' } : {})}`);
      await page.locator('[data-triage]', { hasText: heading }).waitFor();
      const reasons = await page.locator('.reasons li').evaluateAll((items) => items.map((item) => (item.firstChild?.textContent ?? '').trim()));

      // Print media hides the buttons, the share panel and the links made for the screen.
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('main button, main select, main a, main h2, main p')]
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .map((element) => element.textContent ?? ''),
      );
      expect(
        shown.filter((words) => SCREEN_ONLY.test(words)),
        what,
      ).toEqual([]);
      // Back to the page's own media: page.pdf() prints with print media unless told otherwise.
      await page.emulateMedia({ media: null });

      const { text, pages } = await printed(page);
      expect(pages, what).toBeGreaterThanOrEqual(1);
      expect(pages, what).toBeLessThanOrEqual(2);
      expect(text).toMatch(
        toCoach
          ? /Backcheck result, printed \d{1,2} \w+ \d{4}\. Alex’s answers, from a link they shared\./
          : /Backcheck result, printed \d{1,2} \w+ \d{4}\. Answers from a link someone shared\./,
      );
      expect(text).toContain(heading);
      expect(text).toContain('What to do now');
      // Every reason, the folded ones too.
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(text).toContain(reason.replace(/\s+/g, ' '));
      for (const line of guidance) expect(text).toContain(line);
      expect(text).toContain('Backcheck gives general advice, not a diagnosis.');
      expect(text).toMatch(/Backcheck’s rules, version 3, last changed 4 December 2026/);
      expect(text).toContain('Your answers');
      expect(text).not.toMatch(SCREEN_ONLY);
    }
  });

  it('should say on paper that a person’s own result is theirs, without the line about keeping it', async () => {
    const { page } = browser();
    await reachOwnResult(page);
    await resultOf(page);
    await page.getByRole('button', { name: 'Do not keep it' }).waitFor();
    const { text } = await printed(page);
    expect(text).toContain('Answers given on this device.');
    expect(text).not.toContain('someone shared');
    expect(text).not.toMatch(/Kept in your checks|Do not keep it|See how it goes/);
  });
});

describe('the emergency number, wherever the phone is', () => {
  describe.each([
    ['Australia/Sydney', '000', false],
    ['Europe/Berlin', '112', false],
    ['America/New_York', '911', true],
  ])('in a browser set to en-US in %s', (timezoneId, number, agree) => {
    const browser = useBrowser({ locale: 'en-US', timezoneId });

    it(`should give ${number}${agree ? '' : ', or your local emergency number'}, before and after the app loads`, async () => {
      const { page } = browser();
      await page.goto(baseUrl());
      const call = page.locator('[data-emergency-number]');
      expect(await call.getAttribute('href')).toBe(`tel:${number}`);
      expect(await page.locator('[data-fallback-note]:visible').count()).toBe(agree ? 0 : 1);

      await page.goto(`${baseUrl()}#/q/emergency-signs`);
      await answer(page, 'Numbness or tingling around your genitals, bottom or inner thighs');
      expect((await resultOf(page)).text).toBe(`Call ${number} now`);
      const caveat = page.getByText(`Call ${number} (or your local emergency number) now`, { exact: false });
      expect((await caveat.count()) > 0).toBe(!agree);
    });
  });

  describe('choosing the country', () => {
    // No service worker, so held-back scripts stay held back.
    const browser = useBrowser({ locale: 'en-US', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });

    it('should take one choice, say the number plainly, and remember it on the device', async () => {
      const { page } = browser();
      await page.goto(baseUrl());
      await page.getByLabel('Your country, for the emergency number').selectOption({ label: 'Australia (000)' });
      // Chosen before the app has drawn the page, the app reads the choice back through its schema as it arrives.
      await expect.poll(() => page.locator('[data-emergency-number]').getAttribute('href')).toBe('tel:000');
      expect(await page.locator('[data-fallback-note]:visible').count()).toBe(0);
      await expectAccessible(page);

      // Remembered before the app loads, too: the start page's own script reads it.
      const release = await holdBackScripts(page);
      await page.reload({ waitUntil: 'domcontentloaded' });
      expect(await page.locator('[data-emergency-number]').getAttribute('href')).toBe('tel:000');
      expect(await page.getByLabel('Your country, for the emergency number').inputValue()).toBe('AU');
      release();
      await page.getByRole('link', { name: 'Start now' }).waitFor();
    });
  });
});

describe('keeping what the person gave', () => {
  const browser = useBrowser();

  it('should call an earlier result of one’s own just that after Back, never someone else’s', async () => {
    const { page } = browser();
    await reachOwnResult(page);
    expect((await resultOf(page)).level).toBe('soreness');
    const first = page.url();

    await page.getByRole('link', { name: 'Change your answers' }).click();
    await page.getByRole('link', { name: 'Change what it feels like' }).click();
    await answer(page, 'Sharp or stabbing');
    await page.getByRole('button', { name: 'See your result' }).click();
    expect((await resultOf(page)).level).toBe('strain');

    // Back through the changed answer, as far as the first result.
    for (let steps = 0; steps < 6 && page.url() !== first; steps += 1) await page.goBack();
    expect(page.url()).toBe(first);
    expect((await resultOf(page)).level).toBe('soreness');
    await page.getByText('This is your earlier result, from your answers before you changed them.').waitFor();
    expect(await page.getByText(/came from a link someone shared/).count()).toBe(0);
    await page.getByRole('link', { name: 'See your latest result' }).click();
    expect((await resultOf(page)).level).toBe('strain');
  });

  it('should keep two tabs in step, and say so when the other changed the answers', async () => {
    const { page, context } = browser();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, 'None of these');

    const other = await context.newPage();
    await other.goto(baseUrl());
    await other.getByRole('button', { name: 'Continue where you left off' }).waitFor();
    // Start again in the second tab…
    await other.getByRole('button', { name: 'Start again' }).click();
    await other.getByRole('heading', { name: 'Do you have any of these right now?' }).waitFor();

    // …is not undone by the first, which says what happened.
    await page.getByText('Your answers were changed in another tab or window, so this page now shows the latest.').waitFor();
    await page.getByRole('link', { name: 'Backcheck' }).click();
    await page.getByRole('link', { name: 'Start now' }).waitFor();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('backcheck') ?? '{}').state.choices)).toEqual({});
    await expectAccessible(page);
  });

  it('should keep the good part of saved data with one bad field, and say what was left out', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await page.evaluate(() =>
      localStorage.setItem(
        'backcheck',
        JSON.stringify({
          state: { choices: { emergencySigns: ['none'], area: 'lower', side: 'sideways' }, coach: { name: 'Sam', activity: 'golf' } },
          version: 1,
        }),
      ),
    );
    await page.reload();
    await page
      .getByText(/Backcheck could not use your answer to “Which side”, the kind of training your coach Sam set, so they have been left out\./)
      .waitFor();
    await page.getByText('Sent by your coach Sam').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await page.getByRole('heading', { name: 'Where does it hurt?' }).waitFor();
    expect(await page.getByLabel('Lower back', { exact: true }).isChecked()).toBe(true);
  });

  it('should keep a coach from a link that a messaging app added its own key to', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}?fbclid=x#/?coach=Sam&utm_source=whatsapp`);
    await page.getByText('Sent by your coach Sam').waitFor();
    expect(await page.getByText(/damaged/).count()).toBe(0);
    await page.getByRole('button', { name: 'Forget coach Sam' }).click();
    expect(await page.getByText('Sent by your coach Sam').count()).toBe(0);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('backcheck') ?? '{}').state.coach)).toBeNull();
  });
});

describe('reflow of the changed screens at 320 px', () => {
  const browser = useBrowser({ viewport: { width: 320, height: 640 } });
  const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('should need no sideways scrolling with every part of a result open, or with a long unbroken coach name', async () => {
    const { page } = browser();
    await page.goto(linkTo('p-st01'));
    await resultOf(page);
    const closed = page.locator('[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    expect(await fitsWidth(page)).toBe(true);
    const numbered = await page
      .locator('ol.list--number li')
      .first()
      .evaluate((li) => li.getBoundingClientRect().left);
    // The list's numbers sit inside the page's margin, not at the screen's edge.
    expect(numbered).toBeGreaterThanOrEqual(40);

    await page.goto(`${baseUrl()}#/?coach=${'W'.repeat(40)}`);
    await page.getByText(/^Sent by your coach W+$/).waitFor();
    expect(await fitsWidth(page)).toBe(true);
  });

  // The checks, the trainees' list and the coach page with its QR code at 320 px: the reflow walk in tests/e2e/quality.test.ts.
});
