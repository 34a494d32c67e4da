import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/i18n/catalog';
import { htmlLang, LANGUAGES, TRANSLATIONS, type Translation } from '../../src/i18n/languages';
import { catalog as ar } from '../../src/i18n/languages/ar/catalog';
import { catalog as de } from '../../src/i18n/languages/de/catalog';
import { catalog as es } from '../../src/i18n/languages/es/catalog';
import { catalog as fr } from '../../src/i18n/languages/fr/catalog';
import { catalog as ptBR } from '../../src/i18n/languages/pt-BR/catalog';
import { resultFragment } from '../../src/share-link/result-link';
import { answersSchema } from '../../src/triage';
import { severeStrainGettingBetter } from '../fixtures/longest-results';
import { sorenessPages, type PageAnswer } from '../fixtures/soreness-pages';
import vignettes from '../triage/vignettes.json';
import { leaves } from '../i18n/catalog-walk';
import { englishCatalog } from '../i18n/english-catalog';
import { baseUrl, expectAccessible, holdBackScripts, useBrowser, printOnA4 } from './browser';

// Each language as a person whose browser speaks it meets Backcheck: the start page before the app
// arrives, a walk to a result, the emergency stop, a link someone sent, the rules page, paper.

const CATALOGS: Record<Translation, Catalog> = { es, fr, de, 'pt-BR': ptBR, ar };
/** Each language's browser, in a country that speaks it. */
const PLACES: Record<Translation, { locale: string; timezoneId: string }> = {
  es: { locale: 'es-ES', timezoneId: 'Europe/Madrid' },
  fr: { locale: 'fr-FR', timezoneId: 'Europe/Paris' },
  de: { locale: 'de-DE', timezoneId: 'Europe/Berlin' },
  'pt-BR': { locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' },
  ar: { locale: 'ar-EG', timezoneId: 'Africa/Cairo' },
};

/** A label in the language, found by its place among the English questions and page words. */
function translator(catalog: Catalog) {
  const words = new Map<string, string>();
  for (const area of ['questions', 'questionnaire'] as const) {
    const theirs = new Map(leaves(catalog[area]).flatMap((leaf) => ('text' in leaf ? [[leaf.path, leaf.text] as const] : [])));
    for (const leaf of leaves(englishCatalog[area]))
      if ('text' in leaf && theirs.has(leaf.path) && !words.has(leaf.text)) words.set(leaf.text, theirs.get(leaf.path)!);
  }
  return (english: string) => words.get(english) ?? english;
}

const answersOf = (id: string) => answersSchema.parse(vignettes.find((v) => v.id === id)?.answers);
/** Text as pdftotext gives it: every run of spaces, no-break ones included (French puts one before ? and :), as one space. */
const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

describe.each(TRANSLATIONS)('in %s, in Chromium', (language) => {
  const catalog = CATALOGS[language];
  const say = translator(catalog);
  const browser = useBrowser(PLACES[language]);

  /** The page is in the language, says how far it is checked, and links to the English. */
  async function expectInLanguage(page: Page) {
    await expect
      .poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]))
      .toEqual([htmlLang(language), LANGUAGES[language].dir]);
    const status = page.locator('[data-translation-status]');
    expect(await status.getAttribute('data-translation-status')).toBe(LANGUAGES[language].review);
    expect(await status.textContent()).toContain(catalog.translation.status.machine);
    expect(await status.getByRole('link', { name: catalog.translation.inEnglish }).count()).toBe(1);
    const control = page.getByRole('navigation', { name: catalog.app.languageLabel });
    for (const other of Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[])
      expect(await control.locator(`[lang="${other}"]`).textContent()).toBe(LANGUAGES[other].name);
  }

  async function answer(page: Page, choices: PageAnswer[]) {
    for (const choice of choices) {
      if (typeof choice === 'string') await page.getByLabel(say(choice), { exact: true }).check();
      else await page.getByLabel(say(choice.label)).fill(choice.fill);
    }
    const before = page.url();
    await page.getByRole('button', { name: catalog.questionnaire.continueButton }).click();
    await page.waitForFunction((url) => window.location.href !== url, before);
  }

  it('should paint the start page in the language with no English first, then walk to a result in it, printed in it too', async () => {
    const { page } = browser();
    const release = await holdBackScripts(page);
    await page.goto(baseUrl());
    // Before any script arrives, the English start page drawn into the HTML is not shown.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await page.locator('[data-prerendered]').isVisible()).toBe(false);
    release();
    await expect.poll(() => heading(page).textContent()).toBe(catalog.start.title);
    await expectInLanguage(page);
    await expectAccessible(page);
    // A browser that offers to install the app names it in the language.
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href)).json());
    expect(manifest).toMatchObject({
      name: catalog.manifest.name,
      description: catalog.manifest.description,
      lang: htmlLang(language),
      dir: LANGUAGES[language].dir,
    });

    await page.getByRole('link', { name: catalog.start.startNow }).click();
    for (const choices of sorenessPages) await answer(page, choices);
    await expect.poll(() => heading(page).textContent()).toBe(catalog.questionnaire.checkAnswersTitle);
    await page.getByRole('button', { name: catalog.questionnaire.seeResult }).click();
    const result = page.locator('[data-triage]');
    expect(await result.getAttribute('data-triage', { timeout: 10_000 })).toBe('soreness');
    expect(await result.textContent()).toBe(catalog.guidance.resultHeading.soreness);
    await expectInLanguage(page);
    await expectAccessible(page);

    const printed = (await printOnA4(page)).text;
    // Arabic is printed right to left and extracted in the PDF's own order; the words are its, not the English.
    // The paper says how far its words were checked, as the screen does.
    if (LANGUAGES[language].dir === 'ltr') {
      expect(spaced(printed)).toContain(spaced(catalog.guidance.resultHeading.soreness));
      expect(spaced(printed)).toContain(spaced(catalog.translation.status.machine));
    }
    expect(printed).not.toContain(englishCatalog.guidance.resultHeading.soreness);
    expect(printed).not.toContain(catalog.translation.inEnglish);
  });

  it('should stop at a warning sign with a call button, then show a link someone sent, the rules page and the coach’s poster, all in the language', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}#/q/emergency-signs`);
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: catalog.questionnaire.continueButton }).click();
    const result = page.locator('[data-triage]');
    expect(await result.getAttribute('data-urgency', { timeout: 10_000 })).toBe('emergency');
    const call = page.locator('a.button--call');
    const number = (await call.getAttribute('href'))?.replace('tel:', '') ?? '';
    expect(number).toMatch(/^\d+$/);
    expect(await call.textContent()).toBe(catalog.result.callNumber(number));
    await expectInLanguage(page);
    await expectAccessible(page);

    // A link carries answers, never a language: whoever sent it, it opens in the reader's own.
    const link = resultFragment(answersOf('p-st01'), [], { from: 'Sam', on: '2026-12-03' });
    expect(link).not.toMatch(/lang|locale/);
    await page.goto(`${baseUrl()}${link}`);
    expect(await page.locator('[data-triage]').getAttribute('data-triage', { timeout: 10_000 })).toBe('strain');
    expect(await page.getByText(catalog.result.linkFrom('Sam')).count()).toBe(1);
    // The result page's parts passed axe above, at the emergency stop and after the walk.
    await expectInLanguage(page);

    // The longest result there is, a severe strain sent to the coach with the whole programme, fits
    // two sheets of A4 in the language too, however much longer its words run than the English.
    await page.goto(`${baseUrl()}${resultFragment(severeStrainGettingBetter, [], { from: 'Alex', to: 'coach' })}`);
    expect(await page.locator('[data-triage]').getAttribute('data-triage', { timeout: 10_000 })).toBe('strain');
    await expect.poll(() => page.locator('#for-the-coach').textContent()).toContain(catalog.guidance.forTheCoach.heading);
    const { sheets } = await printOnA4(page);
    expect(sheets).toBeGreaterThanOrEqual(1);
    expect(sheets).toBeLessThanOrEqual(2);

    await page.goto(`${baseUrl()}#/rules`);
    await expect.poll(() => heading(page).textContent()).toBe(catalog.rulesPage.title);
    await expectInLanguage(page);
    await expectAccessible(page);

    // The coach's page and its poster, printed in the coach's language.
    await page.goto(`${baseUrl()}#/coach`);
    await page.getByLabel(catalog.coach.yourName).fill('Sam Lee');
    await page.getByLabel(catalog.coach.letEachTraineeSay).check();
    await page.getByRole('button', { name: catalog.coach.makeLink }).click();
    expect(await page.getByLabel(catalog.coach.sendThisLink).inputValue()).toBe(`${baseUrl()}#/?coach=Sam%20Lee`);
    await expectInLanguage(page);
    await expectAccessible(page);
    const poster = (await printOnA4(page)).text;
    if (LANGUAGES[language].dir === 'ltr') expect(spaced(poster)).toContain(spaced(catalog.coach.posterTitle));
    expect(poster).toContain('Sam Lee');
    expect(poster).not.toContain(englishCatalog.coach.posterTitle);
    // The poster is the coach's own; the status belongs to the pages it leads to.
    expect(spaced(poster)).not.toContain(spaced(catalog.translation.status.machine));
  });
});

describe('in Arabic on a 320-pixel phone', () => {
  const browser = useBrowser({ ...PLACES.ar, viewport: { width: 320, height: 640 } });

  it('should mirror the layout and never scroll sideways', async () => {
    const { page } = browser();
    const pages = ['', '#/q/emergency-signs', resultFragment(answersOf('p-t01'), ['trend']), '#/rules', '#/checks', '#/coach'];
    for (const fragment of pages) {
      await page.goto(`${baseUrl()}${fragment}`);
      await heading(page).waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      const layout = await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        const text = document.createRange();
        text.selectNodeContents(h1);
        const main = document.querySelector('main')!.getBoundingClientRect();
        const words = text.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          fromRight: main.right - words.right,
          fromLeft: words.left - main.left,
        };
      });
      expect(layout.overflow, fragment).toBeLessThanOrEqual(0);
      // The heading starts at the right-hand edge of the page's column, as Arabic is read.
      expect(layout.fromRight, fragment).toBeLessThan(layout.fromLeft);
    }
    await expectAccessible(page);
  });
});

describe('choosing a language, in Chromium', () => {
  const browser = useBrowser(PLACES.de);
  const control = (page: Page) => page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('[lang="en"]') });
  const language = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr']);

  /** Reloads as a person coming back would, and reads the page's language before any script runs. */
  async function comeBack(page: Page) {
    const release = await holdBackScripts(page);
    // The page's own scripts are held, so its load never comes: wait for the inline script's choice instead.
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-language'));
    const before = await language(page);
    release();
    return before;
  }

  it('should keep the choice on the device over the browser’s language, one tap from any page, and lead back to English', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl()}#/q/emergency-signs`);
    await expect.poll(() => heading(page).textContent()).toBe(de.questions['emergency-signs']!.questions.emergencySigns!.legend);

    // One tap on the page the person is on, and the same page is in English; the choice outlasts a reload.
    await control(page).getByRole('button', { name: LANGUAGES.en.name }).click();
    await expect.poll(() => heading(page).textContent()).toBe(englishCatalog.questions['emergency-signs']!.questions.emergencySigns!.legend);
    expect(page.url()).toContain('#/q/emergency-signs');
    expect(await page.locator('[data-translation-status]').count()).toBe(0);
    expect(await comeBack(page)).toEqual([htmlLang('en'), 'ltr']);
    await expect.poll(() => heading(page).textContent()).toBe(englishCatalog.questions['emergency-signs']!.questions.emergencySigns!.legend);

    // Arabic, chosen: right to left from the first paint when the person comes back.
    await control(page).getByRole('button', { name: LANGUAGES.ar.name }).click();
    await expect.poll(() => language(page)).toEqual([htmlLang('ar'), 'rtl']);
    expect(await comeBack(page)).toEqual([htmlLang('ar'), 'rtl']);
    await expect.poll(() => heading(page).textContent()).toBe(ar.questions['emergency-signs']!.questions.emergencySigns!.legend);

    // The status line's link reads the same page in English, and that is kept too.
    await page.getByRole('link', { name: ar.translation.inEnglish }).click();
    await expect.poll(() => language(page)).toEqual([htmlLang('en'), 'ltr']);
    await expect.poll(() => heading(page).textContent()).toBe(englishCatalog.questions['emergency-signs']!.questions.emergencySigns!.legend);
    expect(await comeBack(page)).toEqual([htmlLang('en'), 'ltr']);
  });
});
