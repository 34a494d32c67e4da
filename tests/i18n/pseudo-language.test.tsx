import { screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/i18n/catalog';
import { coachFragment } from '../../src/share-link/coach-link';
import { resultFragment } from '../../src/share-link/result-link';
import { setClock } from '../../src/state/clock';
import { useLanguageState } from '../../src/state/language';
import { STORAGE_VERSION } from '../../src/state/saved';
import { answersSchema, RULES_VERSION, triage } from '../../src/triage';
import { pages } from '../../src/questions/questions';
import { severePages, sorenessPages, type PageAnswer } from '../fixtures/soreness-pages';
import { renderApp } from '../app/render-app';
import vignettes from '../triage/vignettes.json';
import { englishCatalog } from './english-catalog';

/*
 * Every page in a made-up language: the English with each letter accented and each vowel doubled
 * ("Start now" → "Śţáártţ ñóóŵ"). Any plain Latin word left on a page came from somewhere other
 * than the catalog, and would stay in English in every translation.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'áƀçďéƒĝĥíĵķĺɱñóþǫŕśţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓÞǪŔŚŢÚṼŴẊÝŽ'][index]!,
  ]),
);
const pseudo = (text: string) => text.replace(/[A-Za-z]/g, (letter) => (/[aeiou]/i.test(letter) ? ACCENTED[letter]!.repeat(2) : ACCENTED[letter]!));

/** The catalog with every text, and every function's output, in the made-up language. */
function pseudoOf(value: unknown): unknown {
  if (typeof value === 'string') return pseudo(value);
  if (typeof value === 'function') return (...args: unknown[]) => pseudoOf((value as (...a: unknown[]) => unknown)(...args));
  if (Array.isArray(value)) return value.map(pseudoOf);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoOf(inner)]));
  return value;
}
const catalog = pseudoOf(englishCatalog) as Catalog;

/** What a person reads on the page, less what stays the same in every language. */
function untranslated(): string[] {
  const found: string[] = [];
  const plain = (text: string | null | undefined, where: string) => {
    // A coach's or trainee's name is theirs, as they typed it.
    const left = (text ?? '').replace(/Backcheck|\bSam\b/g, '').replace(/https?:\/\/\S+|[\w.-]+\.(ics|json)\b/g, '');
    if (/[A-Za-z]{2,}/.test(left)) found.push(`${where}: ${text?.trim()}`);
  };
  // Text in another language on purpose (a language's own name, a source's title) says so with `lang`.
  const inOtherLanguage = (element: Element | null) => {
    const lang = element?.closest('[lang]')?.getAttribute('lang');
    return lang !== undefined && lang !== null && lang !== document.documentElement.lang && element?.closest('[lang]') !== document.documentElement;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, [hidden], [aria-hidden="true"]') || inOtherLanguage(parent)) continue;
    plain(node.textContent, parent.tagName.toLowerCase());
  }
  for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (inOtherLanguage(element)) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
      if (element.hasAttribute(name)) plain(element.getAttribute(name), `${name} of ${element.tagName.toLowerCase()}`);
  }
  plain(document.title, 'title');
  return found;
}

/** Waits for the page's heading, then for any part that loads after it, and reads the page. */
async function pageReads() {
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
  return untranslated();
}

const answersOf = (id: string) => answersSchema.parse(vignettes.find((v) => v.id === id)?.answers);
const strain = answersOf('p-st01');
const checks = ['2026-12-01', '2026-12-02', '2026-12-03'].map((date) => ({
  id: `${date}T09:00:00.000Z`,
  date,
  answers: { ...strain, daysSince: Number(date.slice(-2)) - 1 },
  unsure: [],
  level: triage(strain).level,
  rulesVersion: RULES_VERSION,
}));
const team = [
  {
    id: '2026-12-02T10:00:00.000Z',
    kept: '2026-12-02',
    query: resultFragment(strain, [], { to: 'coach', from: 'Sam', on: '2026-12-02' }).slice('#/result?'.length),
  },
  { id: '2026-12-03T10:00:00.000Z', kept: '2026-12-03', query: resultFragment(answersOf('p-so01'), [], { to: 'coach' }).slice('#/result?'.length) },
];
const saved = (state: object) =>
  JSON.stringify({ state: { choices: {}, coach: null, checks: [], recheck: null, team: [], ...state }, version: STORAGE_VERSION });

beforeAll(() => useLanguageState.setState({ catalog }));
afterAll(() => useLanguageState.setState({ language: 'en', catalog: undefined }));
beforeEach(() => setClock(() => new Date('2026-12-04T09:00:00')));
afterEach(() => setClock());

describe('every page in a made-up language', () => {
  it.each([
    ['the start page', '#/', undefined],
    ['the start page from a coach', coachFragment({ name: 'Sam', activity: 'running' }), undefined],
    ['the start page from a damaged coach link', '#/?coach=%E0%A4%A', undefined],
    ['the start page with checks kept', '#/', saved({ checks, choices: { emergencySigns: ['none'], area: 'lower' } })],
    ['the start page after saved answers could not be read', '#/', '{"state": {"choices": {"area": "neck"}'],
    ['a soreness result link', resultFragment(answersOf('p-so01')), undefined],
    ['a strain result link', resultFragment(strain, [], { from: 'Sam', on: '2026-12-03' }), undefined],
    ['an emergency result link', resultFragment(answersOf('p-e01')), undefined],
    ['a see-a-doctor-today result link', resultFragment(answersOf('p-t01'), ['trend']), undefined],
    ['a see-a-doctor-soon result link', resultFragment(answersOf('p-s01')), undefined],
    ['a coach’s result link', resultFragment(strain, [], { to: 'coach', from: 'Sam', on: '2026-12-03' }), undefined],
    ['a damaged result link', '#/result?area=neck&severity=eleven', undefined],
    ['an old rules version’s result link', resultFragment(strain).replace(/&rules=\d+$/, '&rules=2'), undefined],
    ['the rules page', '#/rules', undefined],
    ['your checks, none kept', '#/checks', undefined],
    ['your checks', '#/checks', saved({ checks })],
    ['the coach’s kit', '#/coach', undefined],
    ['the trainees’ list', '#/team', saved({ team })],
    ['the trainees’ list, empty', '#/team', undefined],
    ['a page that does not exist', '#/nowhere', undefined],
  ])('should show %s only in the catalog’s words', async (_page, fragment, stored) => {
    renderApp(fragment, stored === undefined ? {} : { saved: stored });
    expect(await pageReads()).toEqual([]);
  });

  it('should show every question page, the check page and the result only in the catalog’s words', async () => {
    const { user } = renderApp('#/');
    await user.click(await screen.findByRole('link', { name: pseudo('Start now') }));
    const answer = async (choices: PageAnswer[]) => {
      for (const choice of choices) {
        if (typeof choice === 'string') await user.click(screen.getByLabelText(pseudo(choice), { exact: true }));
        else await user.type(screen.getByLabelText(pseudo(choice.label)), choice.fill);
      }
      await user.click(screen.getByRole('button', { name: pseudo('Continue') }));
    };
    // Severe pain, so the page asked only then (have painkillers helped?) is read too.
    const visited = new Set<string>();
    for (const page of severePages('8', 'No, they have not helped', sorenessPages)) {
      visited.add(window.location.hash);
      expect(await pageReads(), window.location.hash).toEqual([]);
      // An empty page first, where the page asks for an answer: its error is words too.
      if (page.length > 0 && typeof page[0] === 'string') {
        const before = window.location.hash;
        await user.click(screen.getByRole('button', { name: pseudo('Continue') }));
        if (window.location.hash === before) expect(untranslated(), `${before}, not answered`).toEqual([]);
      }
      const before = window.location.hash;
      await answer(page);
      await waitFor(() => expect(window.location.hash).not.toBe(before));
    }
    expect(pages.filter((page) => ![...visited].some((hash) => hash.startsWith(`#/q/${page.id}`))).map((page) => page.id)).toEqual([]);
    expect(await pageReads(), 'the result').toEqual([]);
  });

  it('should show the emergency stop only in the catalog’s words', async () => {
    const { user } = renderApp('#/');
    await user.click(await screen.findByRole('link', { name: pseudo('Start now') }));
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getAllByRole('checkbox')[0]!);
    await user.click(screen.getByRole('button', { name: pseudo('Continue') }));
    await waitFor(() => expect(window.location.hash).toBe('#/emergency'));
    expect(await pageReads()).toEqual([]);
  });
});
