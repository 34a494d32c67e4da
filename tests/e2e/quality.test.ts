import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answersSchema } from '../../src/triage';
import { resultFragment } from '../../src/share-link/result-link';
import { sorenessPages, sorenessPagesWith } from '../fixtures/soreness-pages';
import vignettes from '../triage/vignettes.json';
import { answer, answerAll, baseUrl, expectAccessible, holdBackScripts, resultOf, useBrowser } from './browser';

const strainLink = resultFragment(answersSchema.parse(vignettes.find((v) => v.id === 'p-st01')?.answers));

const h1Text = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('offline', () => {
  const browser = useBrowser({ serviceWorkers: 'allow' });

  it('should work with no network after the first visit: reload, answer every question, open a result link', async () => {
    const { page, context } = browser();
    await page.goto(baseUrl());
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker controls the page from the next load on.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'Start now' }).click();
    await answerAll(page);
    await page.getByRole('button', { name: 'See your result' }).click();
    expect((await resultOf(page)).level).toBe('soreness');

    const linkPage = await context.newPage();
    await linkPage.goto(`${baseUrl()}${strainLink}`);
    expect((await resultOf(linkPage)).level).toBe('strain');
  });
});

describe('strict and private', () => {
  const browser = useBrowser();

  it('should ship a Content-Security-Policy with no unsafe sources, no third party, and no referrer', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    const directives = Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );

    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['script-src']?.[0]).toBe("'self'");
    expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
  });

  it('should report any broken rule of the policy as an error, which fails every browser test along every path', async () => {
    // Every test fails on any error its page prints (browser.ts); Chromium prints each rule of the
    // policy a page breaks as one. This test breaks one on purpose to show the watch sees it.
    const watched = browser();
    const { page } = watched;
    watched.expectedErrors.push(/Content Security Policy/);
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.body.append(script);
    });
    await expect.poll(() => watched.errors.some((error) => /Content Security Policy/.test(error))).toBe(true);
    expect(await page.evaluate(() => 'ranInline' in window)).toBe(false);
  });
});

describe('the first screen', () => {
  const browser = useBrowser({ javaScriptEnabled: false });

  it('should be in the HTML itself, so it paints before any script runs', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    expect(await page.getByRole('heading', { level: 1, name: 'Back pain after training?' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Start now' }).isVisible()).toBe(true);
  });
});

describe('a deep link', () => {
  const browser = useBrowser();

  it('should not flash the start page while the app loads', async () => {
    const { page } = browser();
    const release = await holdBackScripts(page);
    // The module script is held back, so the page cannot reach DOMContentLoaded: look as soon as the HTML is in.
    await page.goto(`${baseUrl()}${strainLink}`, { waitUntil: 'commit' });
    await page.locator('[data-prerendered]').waitFor({ state: 'attached' });
    expect(await page.getByRole('heading', { name: 'Back pain after training?' }).isVisible()).toBe(false);
    release();
    expect((await resultOf(page)).level).toBe('strain');
  });
});

describe('a coach link opened on a slow connection', () => {
  const browser = useBrowser();

  it('should name the coach and give the local number before the app loads, and keep the coach when Start now is tapped early', async () => {
    const { page } = browser();
    const release = await holdBackScripts(page);
    await page.goto(`${baseUrl()}#/?coach=Sam%20Lee&activity=lifting`, { waitUntil: 'commit' });
    const note = page.getByText('Sent by your coach Sam Lee, for weights and CrossFit');
    await note.waitFor();
    const noteBox = await note.boundingBox();
    expect(await page.getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');
    expect(await page.getByText('It works from most mobile phones.').count()).toBe(0);

    await page.getByRole('link', { name: 'Start now' }).click();
    expect(new URL(page.url()).hash).toBe('#/q/emergency-signs?coach=Sam%20Lee&activity=lifting');
    release();
    await page.getByRole('heading', { name: 'Do you have any of these right now?' }).waitFor();
    await page.waitForFunction(() => window.location.hash === '#/q/emergency-signs');
    await answerAll(
      page,
      sorenessPages.filter((_, i) => i !== 2),
    );
    await page.getByText('Weights or CrossFit').waitFor();
    await page.getByRole('button', { name: 'See your result' }).click();
    await resultOf(page);
    await page.getByRole('button', { name: 'Send to my coach Sam Lee' }).waitFor();

    // The app draws the same note in the same place: nothing moves when it takes over.
    await page.goto(`${baseUrl()}#/?coach=Sam%20Lee&activity=lifting`);
    await page.getByRole('button', { name: 'See your result' }).waitFor();
    expect(await note.boundingBox()).toEqual(noteBox);
  });
});

describe('keyboard only', () => {
  const browser = useBrowser();

  /** Presses Tab until the element has focus, as a keyboard user moves through a page. */
  async function tabTo(target: Locator) {
    for (let presses = 0; presses < 60; presses += 1) {
      await target.page().keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  const focusedIsHeading = (page: Page) => page.evaluate(() => document.activeElement?.tagName === 'H1');

  it('should go from the start to a result with the keyboard alone, focus on each new heading', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await tabTo(page.getByRole('link', { name: 'Start now' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Do you have any of these right now?' }).waitFor();
    expect(await focusedIsHeading(page)).toBe(true);

    // Continue with nothing chosen: the error summary takes focus.
    await tabTo(page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectAccessible(page);

    for (const labels of sorenessPages) {
      const heading = await h1Text(page);
      for (const label of labels) {
        const text = typeof label === 'string' ? label : label.label;
        const field = page.getByLabel(text, { exact: true });
        if (typeof label === 'string' && (await field.getAttribute('type')) === 'radio') {
          // A radio group is one Tab stop: Tab into the group, then arrow keys to the option.
          await tabTo(page.locator(`input[name="${await field.getAttribute('name')}"]`).first());
          while (!(await field.evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowDown');
        } else {
          await tabTo(field);
        }
        if (typeof label === 'string') await page.keyboard.press('Space');
        else await page.keyboard.type(label.fill);
      }
      await tabTo(page.getByRole('button', { name: 'Continue' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => h1Text(page)).not.toBe(heading);
      expect(await focusedIsHeading(page)).toBe(true);
    }

    expect(await h1Text(page)).toBe('Check your answers');
    await tabTo(page.getByRole('button', { name: 'See your result' }));
    await page.keyboard.press('Enter');
    expect((await resultOf(page)).level).toBe('soreness');
    expect(await focusedIsHeading(page)).toBe(true);
  });
});

describe('reflow', () => {
  // 320 px, the width WCAG's reflow asks for; every wider screen has more room than it.
  for (const width of [320]) {
    describe(`at ${width} px wide`, () => {
      const browser = useBrowser({ viewport: { width, height: 640 } });

      const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

      it('should need no sideways scrolling on any screen: every question, a result, the checks, the trainees’ list, the coach page with its QR code, the rules', async () => {
        const { page } = browser();
        await page.goto(baseUrl());
        expect(await fitsWidth(page)).toBe(true);
        await page.getByRole('link', { name: 'Start now' }).click();
        for (const labels of sorenessPagesWith({ 1: ['Lower back', 'On one side only'] })) {
          await page.getByRole('button', { name: 'Continue' }).waitFor();
          expect(await fitsWidth(page), (await h1Text(page)) ?? '').toBe(true);
          await answer(page, ...labels);
        }
        await page.getByRole('button', { name: 'See your result' }).click();
        await resultOf(page);
        expect(await fitsWidth(page)).toBe(true);
        // The check the walk kept, with its chart.
        await page.getByRole('link', { name: 'Your checks' }).first().click();
        await page.getByRole('img', { name: 'Your pain out of 10, check by check' }).waitFor();
        expect(await fitsWidth(page)).toBe(true);
        // A trainee's result kept in the trainees' list.
        const strain = answersSchema.parse(vignettes.find((v) => v.id === 'p-st01')?.answers);
        await page.goto(`${baseUrl()}${resultFragment(strain, [], { to: 'coach' })}`);
        await page.getByRole('button', { name: 'Keep in my trainees’ list' }).click();
        await page.goto(`${baseUrl()}#/team`);
        await page.locator('[data-team-entry]').waitFor();
        expect(await fitsWidth(page)).toBe(true);
        // The coach's page with a long unbroken name and its QR code.
        await page.goto(`${baseUrl()}#/coach`);
        await page.getByLabel('Your name').fill('W'.repeat(40));
        await page.getByLabel('Let each trainee say').check();
        await page.getByRole('button', { name: 'Make link' }).click();
        await page.locator('.coach-kit [data-qr-code]').waitFor();
        expect(await fitsWidth(page)).toBe(true);
        await page.goto(`${baseUrl()}#/rules`);
        await page.getByRole('heading', { level: 1, name: 'How Backcheck decides' }).waitFor();
        expect(await fitsWidth(page)).toBe(true);
      });
    });
  }
});

describe('accessibility of the screens no path above reaches', () => {
  const browser = useBrowser();

  it('should have no axe violation on the start page, saved progress, a damaged link, the coach page or a missing page', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, 'None of these');
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Continue where you left off' }).waitFor();
    await expectAccessible(page);

    await page.evaluate(() => localStorage.setItem('backcheck', 'not json'));
    await page.reload();
    await page.getByText('Your saved answers could not be read').waitFor();
    await expectAccessible(page);

    await page.goto(`${baseUrl()}#/result?area=neck`);
    await page.getByText('What is wrong with the link').click();
    await expectAccessible(page);

    await page.goto(`${baseUrl()}#/coach`);
    await page.getByLabel('Your name').fill('Sam');
    await page.getByLabel('Running').check();
    await page.getByRole('button', { name: 'Make link' }).click();
    await page.getByLabel('Send this link to your trainees').waitFor();
    await expectAccessible(page);

    await page.goto(`${baseUrl()}#/nowhere`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${baseUrl()}#/rules`);
    await page.getByRole('heading', { level: 1, name: 'How Backcheck decides' }).waitFor();
    await expectAccessible(page);
  });
});

describe('dark mode', () => {
  const browser = useBrowser({ colorScheme: 'dark' });

  it('should keep contrast on every kind of screen', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Start now' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page);
    for (const id of ['p-e01', 'p-t01', 'p-s01', 'p-st01', 'p-so01']) {
      await page.goto(`${baseUrl()}${resultFragment(answersSchema.parse(vignettes.find((v) => v.id === id)?.answers))}`);
      await resultOf(page);
    }
    await page.goto(`${baseUrl()}#/coach`);
    await page.getByRole('button', { name: 'Make link' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page);
    await page.goto(`${baseUrl()}#/rules`);
    await page.getByRole('heading', { level: 1, name: 'How Backcheck decides' }).waitFor();
    await expectAccessible(page);
  });
});

describe('reduced motion', () => {
  const browser = useBrowser({ reducedMotion: 'reduce' });

  it('should move nothing on screen', async () => {
    const { page } = browser();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Start now' }).click();
    await page.getByLabel('None of these').check();
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => {
          const style = getComputedStyle(el);
          return style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.scrollBehavior === 'smooth';
        }).length,
    );
    expect(moving).toBe(0);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});

describe('served from a sub-folder', () => {
  const browser = useBrowser({ serviceWorkers: 'allow' });

  it('should work at /backcheck/, from the first screen to a shared result, and offline', async () => {
    const { page, context } = browser();
    const home = inject('subfolderUrl');
    expect(home).toMatch(/\/backcheck\/$/);
    await page.goto(home);
    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, 'New trouble peeing, leaking pee or poo, or not feeling when you need to go');
    expect((await resultOf(page)).urgency).toBe('emergency');

    await page.goto(`${home}${strainLink}`);
    expect((await resultOf(page)).level).toBe('strain');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    expect((await resultOf(page)).level).toBe('strain');
  });
});
