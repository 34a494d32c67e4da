import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { answersSchema } from '../../src/triage';
import type { UnsureField } from '../../src/triage/vocabulary';
import { resultFragment } from '../../src/share-link/result-link';
import { sorenessPages, type PageAnswer } from '../fixtures/soreness-pages';
import workedCases from '../triage/vignettes.json';
import type { EnginePage } from './engines/engine-page';
import type { EngineName } from './engines/engine-page';
import { openEngine, VIEWPORT, type EngineBrowser } from './engines/engines';

/*
 * The core paths, written once and run in Chromium, Firefox ESR and WebKitGTK on the built app.
 * Every test also fails on any console error or uncaught exception in its engine.
 */

const baseUrl = () => inject('baseUrl');

/** The result as the contract marks it, once the page shows one. */
async function resultOf(page: EnginePage) {
  return page.waitFor<{ level: string; urgency: string | null; version: string | null; text: string }>(
    `var e = document.querySelector('[data-triage]');
     return e && { level: e.getAttribute('data-triage'), urgency: e.getAttribute('data-urgency'), version: e.getAttribute('data-rules-version'), text: e.textContent };`,
    'a result',
  );
}

/** Chooses and fills a page's answers, presses Continue, and waits for the next page to open at its top. */
async function answer(page: EnginePage, ...labels: PageAnswer[]) {
  for (const label of labels) {
    if (typeof label === 'string') await page.choose(label);
    else await page.fill(label.label, label.fill);
  }
  const before = await page.hash();
  await page.click('button', 'Continue');
  await page.hashAfter(before);
  await page.waitFor(
    `var h = document.querySelector('main h1');
     return h && document.activeElement === h && window.scrollY === 0 && document.querySelector('main').getBoundingClientRect().top >= 0;`,
    'the next page to open at its top, its heading focused',
  );
}

async function answerAll(page: EnginePage, pages = sorenessPages) {
  for (const labels of pages) await answer(page, ...labels);
  await page.heading('Check your answers');
}

/** A worked case may carry the fields the person was not sure of beside its answers (rules v3). */
const vignettes = workedCases as unknown as ((typeof workedCases)[number] & { unsure?: UnsureField[] })[];

const onePerKind = vignettes.filter(
  (vignette, index) =>
    vignettes.findIndex((other) => other.expect.level === vignette.expect.level && other.expect.urgency === vignette.expect.urgency) === index,
);

const DAMAGED = [
  '#/result?area=lower%3Cscript%3E',
  '#/result?area=%E0%A4%A',
  `#/result?daysSince=${'9'.repeat(5000)}`,
  '#/result',
  '#/result?area=lower&unsure=mood',
];

/** The core paths in one engine; each engine has a test file of its own, so the three can run beside other files. */
export function coreTestsIn(engine: EngineName) {
  /**
   * For a path Chromium already walks in a Playwright file (named beside each), with more checks
   * along the way: in Chromium it is not walked a second time here, so the suite keeps its time.
   */
  const outsideChromium = engine === 'chromium' ? () => undefined : it;

  describe(`in ${engine}, on the built app`, () => {
    let browser: EngineBrowser;
    let page: EnginePage;

    beforeAll(async () => {
      browser = await openEngine(engine);
    });
    afterAll(async () => {
      await browser?.close();
    });
    beforeEach(async () => {
      page = await browser.newPage();
    });
    afterEach(async () => {
      const errors = await page.errors();
      await page.close();
      expect(errors, `console errors in ${engine}`).toEqual([]);
    });

    // In Chromium, walked in result-page.test.ts: the emergency number, wherever the phone is
    outsideChromium('should stop at the first question with an emergency result, and the number to call', async () => {
      await page.goto(baseUrl());
      await page.click('link', 'Start now');
      await page.heading('Do you have any of these right now?');
      await answer(page, 'Pain, numbness or tingling that travels from your back down both legs');

      expect(await resultOf(page)).toMatchObject({ level: 'doctor', urgency: 'emergency', text: 'Call 999 now', version: '3' });
      expect(await page.attribute('a.button--call', 'href')).toBe('tel:999');
    });

    // In Chromium, walked in paths.test.ts
    outsideChromium('should walk to each kind of result: soreness, a strain, a doctor today and within days', async () => {
      await page.goto(`${baseUrl()}#/q/emergency-signs`);
      await answerAll(page);
      await page.seeText('1 day');
      expect(await page.run('return document.body.innerText.indexOf("1 days") === -1')).toBe(true);
      await page.click('button', 'See your result');
      expect(await resultOf(page)).toMatchObject({ level: 'soreness', urgency: null });

      const change = async (row: string, ...labels: string[]) => {
        await page.click('link', 'Change your answers');
        await page.heading('Check your answers');
        await page.click('link', `Change ${row}`);
        await answer(page, ...labels);
        await page.heading('Check your answers');
        await page.click('button', 'See your result');
      };
      await change('what it feels like', 'Sharp or stabbing');
      expect(await resultOf(page)).toMatchObject({ level: 'strain', text: 'This sounds like a strain' });
      await change('other warning signs', 'A fever, chills, or feeling generally unwell');
      expect(await resultOf(page)).toMatchObject({ level: 'doctor', urgency: 'today' });
      await change('other warning signs', 'None of these');
      await change('where it spreads', 'Below the knee, into the calf or foot');
      expect(await resultOf(page)).toMatchObject({ level: 'doctor', urgency: 'soon' });
    });

    // In Chromium, walked in dated-links.test.ts: a worked case's bare link of each kind, its first screen
    outsideChromium('should open a public vignette’s link of each kind at the right result', async () => {
      // One of each kind of result: every worked case's link is opened in tests/app/links.test.tsx,
      // and the rules are the same code in every engine; what differs is how a link's page is drawn.
      for (const vignette of onePerKind) {
        // A query of its own makes each a fresh load, as a tapped link is, in one step.
        await page.goto(`${baseUrl()}?vignette=${vignette.id}${resultFragment(answersSchema.parse(vignette.answers), vignette.unsure)}`);
        const result = await resultOf(page);
        expect({ id: vignette.id, level: result.level, urgency: result.urgency ?? undefined }).toEqual({ id: vignette.id, ...vignette.expect });
        // The next link must be judged on its own page, not this one.
        await page.run('var e = document.querySelector("[data-triage]"); if (e) e.removeAttribute("data-triage"); return true;');
      }
    });

    it('should show damaged links as a message, not a result, and keep saved answers', async () => {
      await page.goto(`${baseUrl()}#/q/emergency-signs`);
      await answer(page, 'None of these');
      const saved = await page.run<string>('return localStorage.getItem("backcheck")');
      for (const fragment of DAMAGED) {
        await page.goto(`${baseUrl()}${fragment}`);
        // Shown as the app moves to it, then again as a fresh load. Reloading mid-way would cut off the
        // page's own script on its way in, which Firefox reports as an error of the page.
        await page.heading('This link does not work');
        await page.reload();
        await page.heading('This link does not work');
        expect(await page.run('return document.querySelector("[data-triage]") === null')).toBe(true);
      }
      expect(await page.run('return localStorage.getItem("backcheck")')).toBe(saved);
    });

    it('should follow a coach link: the coach named, the workout question skipped, and the result for the coach', async () => {
      await page.goto(`${baseUrl()}#/?coach=Sam&activity=sport`);
      await page.seeText('Sent by your coach Sam, for sport');
      await page.click('link', 'Start now');
      await answerAll(
        page,
        sorenessPages.filter((_, i) => i !== 2),
      );
      await page.seeText('A field, court or contact sport');
      await page.click('button', 'See your result');
      await resultOf(page);
      await page.click('button', 'Send to my coach Sam');
      // The first name is optional: sent without one.
      await page.click('button', 'Send to Sam');
      // Desktop Firefox and WebKit have no share sheet, so the message is copied, or shown to copy by hand.
      await page.waitFor(
        `var s = document.querySelector('.share .share__status'); return s && /Message copied|Copy the link below/.test(s.textContent);`,
        'the message for the coach, copied or shown',
      );
    });

    // In Chromium, walked in paths.test.ts: Back and Forward, and the page on reload
    outsideChromium('should keep saved progress across a reload', async () => {
      await page.goto(`${baseUrl()}#/q/emergency-signs`);
      await answer(page, 'None of these');
      await answer(page, 'Upper back', 'Along the middle, over the spine');
      await page.heading('What was the workout before the pain started?');
      await page.reload();
      await page.heading('What was the workout before the pain started?');
      await page.goto(baseUrl());
      await page.reload();
      await page.click('button', 'Continue where you left off');
      await page.heading('What was the workout before the pain started?');
      await page.click('link', 'Back');
      await page.heading('Where does it hurt?');
      expect(await page.run('return document.getElementById("q-area-upper").checked')).toBe(true);
    });

    // In Chromium, walked in record-over-days.test.ts
    outsideChromium('should keep one check through a correction, none for a warning sign undone, and then offer no resend of the answers', async () => {
      const checks = () =>
        page.run<number[]>(
          'return (JSON.parse(localStorage.getItem("backcheck") || "{}").state || {}).checks.map(function (c) { return c.answers.severity || 0; })',
        );
      await page.goto(`${baseUrl()}#/q/emergency-signs`);
      await answer(page, 'Dark brown or cola-coloured pee, or hardly any pee for 12 hours even though you are drinking');
      await resultOf(page);
      expect(await checks()).toEqual([0]);
      await page.click('link', 'Back');
      await page.heading('Do you have any of these right now?');
      // "None of these" clears the sign ticked by mistake.
      await answer(page, 'None of these');
      expect(await checks()).toEqual([]);
      await answerAll(page, sorenessPages.slice(1));
      await page.click('button', 'See your result');
      await resultOf(page);
      await page.click('link', 'Change your answers');
      await page.heading('Check your answers');
      await page.click('link', 'Change worst pain, out of 10');
      await answer(page, '6');
      await page.click('button', 'See your result');
      await page.seeText('This replaces the result you saw a moment ago');
      expect(await checks()).toEqual([6]);
      await page.goto(baseUrl());
      await page.reload();
      await page.seeText('You have a result from today.');
      expect(await page.run('return /Continue where you left off/.test(document.body.textContent)')).toBe(false);
    });

    it('should offer Share only where the browser has a share sheet, and always Copy link', async () => {
      // No engine here has a share sheet headless (desktop Firefox and WebKitGTK have none at all),
      // so this checks the page follows what the browser offers, and the copy that works everywhere.
      await page.goto(`${baseUrl()}${resultFragment(answersSchema.parse(vignettes[0]?.answers))}`);
      await resultOf(page);
      const canShare = await page.run<boolean>('return typeof navigator.share === "function"');
      expect(await page.run('return [...document.querySelectorAll(".share button")].some(function (b) { return b.textContent === "Share"; })')).toBe(canShare);
      await page.click('button', 'Copy link');
      await page.waitFor(
        `var s = document.querySelector('.share .share__status'); return s && /Link copied|Copy the link below/.test(s.textContent);`,
        'the link copied, or shown',
      );
    });

    // In Chromium, walked in quality.test.ts: offline
    outsideChromium(
      'should register the service worker that keeps the app offline (going offline itself is tested in Chromium, which alone can cut the network here)',
      async () => {
        await page.goto(baseUrl());
        await page.waitFor('return "serviceWorker" in navigator && document.readyState === "complete"', 'the page to load');
        await page.waitFor(
          'if (!window.__ready) { window.__ready = "waiting"; navigator.serviceWorker.ready.then(function () { window.__ready = "ready"; }); } return window.__ready === "ready";',
          'the service worker to be ready',
        );
        await page.reload();
        await page.waitFor('return navigator.serviceWorker.controller !== null', 'the service worker to control the page');
      },
    );

    // In Chromium, walked in quality.test.ts: reflow, and rules-v3.test.ts: a reason’s link
    outsideChromium(`should fit a ${VIEWPORT.width} px screen with no sideways scrolling, and land a reason’s link on its rule`, async () => {
      await page.goto(`${baseUrl()}${resultFragment(answersSchema.parse(vignettes.find((v) => v.id === 'p-v03')?.answers))}`);
      await resultOf(page);
      expect(await page.run('return document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.click('link', 'About this rule: Severe muscle pain in the days after a hard workout');
      await page.waitFor(
        `var h = document.querySelector('#rule-severe-delayed-muscle-pain h3'); if (!h || document.activeElement !== h) return false;
       var box = h.getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight;`,
        'the rule’s heading focused and in view',
      );
    });
  });
}
