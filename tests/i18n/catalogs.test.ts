import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Area, Catalog } from '../../src/i18n/catalog';
import { TERMS, type Glossary, type Term } from '../../src/i18n/glossary';
import { OFFERED, TRANSLATIONS, type Translation } from '../../src/i18n/languages';
import { catalog as ar } from '../../src/i18n/languages/ar/catalog';
import { catalog as de } from '../../src/i18n/languages/de/catalog';
import { catalog as es } from '../../src/i18n/languages/es/catalog';
import { catalog as fr } from '../../src/i18n/languages/fr/catalog';
import { catalog as ptBR } from '../../src/i18n/languages/pt-BR/catalog';
import { glossary as arGlossary } from '../../src/i18n/languages/ar/glossary';
import { glossary as deGlossary } from '../../src/i18n/languages/de/glossary';
import { glossary as esGlossary } from '../../src/i18n/languages/es/glossary';
import { glossary as frGlossary } from '../../src/i18n/languages/fr/glossary';
import { glossary as ptBRGlossary } from '../../src/i18n/languages/pt-BR/glossary';
import { insertedIn, kindsOf, leaves, outputs } from './catalog-walk';
import { englishCatalog } from './english-catalog';

/*
 * Every area of every language against the English: the same keys, nothing left in English, the
 * same inserted values in every text that has them, the same numbers, each clinical word by its
 * glossary name; and no English key that no code reads.
 */

const translations: Record<Translation, { catalog: Catalog; glossary: Glossary }> = {
  es: { catalog: es, glossary: esGlossary },
  fr: { catalog: fr, glossary: frGlossary },
  de: { catalog: de, glossary: deGlossary },
  'pt-BR': { catalog: ptBR, glossary: ptBRGlossary },
  ar: { catalog: ar, glossary: arGlossary },
};

// The questions and the rules page's rules have tests of their own (question-catalogs.test.ts).
const AREAS = (Object.keys(englishCatalog) as Area[]).filter((area) => area !== 'questions' && area !== 'rules');

/** Texts that read the same in every language: the product's name, and codes. */
const SAME_EVERYWHERE = /^(Backcheck|OK|A&E|[A-Z0-9 .:–-]+)$/;

const digits = (text: string) => (text.match(/\d+/g) ?? []).sort().join();

/** Each text of an area as it reads, functions called with every sample, by path. */
function readings(area: Area, catalog: Catalog): Map<string, string> {
  const found = new Map<string, string>();
  const english = new Map(leaves(englishCatalog[area], [area]).map((leaf) => [leaf.path, leaf]));
  for (const leaf of leaves(catalog[area], [area])) {
    const reference = english.get(leaf.path);
    if ('text' in leaf) found.set(leaf.path, leaf.text);
    else if (reference && 'fn' in reference)
      outputs(leaf.fn, kindsOf(reference.fn)).forEach((output, sample) => found.set(`${leaf.path} (sample ${sample})`, output ?? '⟦no reading⟧'));
  }
  return found;
}

describe.each(TRANSLATIONS)('every page in %s', (language) => {
  const { catalog, glossary } = translations[language];

  it.each(AREAS)(`should give every key the English has in %s, and no other, in ${language}`, (area) => {
    const shape = (of: unknown) => leaves(of).map((leaf) => `${leaf.path} ${'fn' in leaf ? 'fn' : 'text'}`);
    expect(shape(catalog[area]).sort()).toEqual(shape(englishCatalog[area]).sort());
  });

  /** The texts of an area still in English. */
  const leftInEnglish = (area: Area) => {
    const theirs = readings(area, catalog);
    return (
      [...readings(area, englishCatalog)]
        // What a text inserts, and the product's name, are the same in every language: only its own words count.
        // A month may be spelt as in English (April, August in German).
        .filter(
          ([path, text]) =>
            /[a-z]{3}/i.test(text.replace(/⟦[^⟧]*⟧|Backcheck/g, '')) &&
            !SAME_EVERYWHERE.test(text) &&
            !path.startsWith('dates › months') &&
            theirs.get(path) === text,
        )
        .map(([path]) => path)
    );
  };
  const translated = AREAS.filter((area) => leftInEnglish(area).length === 0);

  it(`should be offered exactly when every area is written in the language, not left in English, in ${language}`, () => {
    const left = AREAS.flatMap(leftInEnglish);
    expect(OFFERED.includes(language), `${left.length} texts still in English: ${left.slice(0, 30).join('; ')}`).toBe(left.length === 0);
  });

  it.each(AREAS)(`should insert in %s exactly what the English inserts, and read cleanly, in ${language}`, (area) => {
    const english = new Map(leaves(englishCatalog[area], [area]).map((leaf) => [leaf.path, leaf]));
    const differ: string[] = [];
    for (const leaf of leaves(catalog[area], [area])) {
      const reference = english.get(leaf.path);
      if (!('fn' in leaf) || !reference || !('fn' in reference)) continue;
      const kinds = kindsOf(reference.fn);
      const ours = outputs(reference.fn, kinds);
      outputs(leaf.fn, kinds).forEach((output, sample) => {
        if (output === undefined) differ.push(`${leaf.path} (sample ${sample}): does not read cleanly`);
        else if (insertedIn(output, kinds, sample).join() !== insertedIn(ours[sample] ?? '', kinds, sample).join())
          differ.push(`${leaf.path} (sample ${sample}): ${output}`);
      });
    }
    expect(differ).toEqual([]);
  });

  it.each(translated)(`should keep every number the English says in %s, in ${language}`, (area) => {
    const theirs = readings(area, catalog);
    const changed = [...readings(area, englishCatalog)]
      .filter(([path, text]) => !path.includes('(sample') && digits(text) !== digits(theirs.get(path) ?? ''))
      .map(([path]) => path);
    expect(changed).toEqual([]);
  });

  it.each(translated)(`should call each clinical word in %s by its glossary name, in ${language}`, (area) => {
    const theirs = readings(area, catalog);
    const missing: string[] = [];
    for (const [path, text] of readings(area, englishCatalog)) {
      const translated = (theirs.get(path) ?? '').toLocaleLowerCase(language);
      for (const [term, forms] of Object.entries(TERMS) as [Term, readonly string[]][]) {
        if (!forms.some((form) => new RegExp(`\\b${form}\\b`, 'i').test(text))) continue;
        if (!glossary[term].some((form) => translated.includes(form.toLocaleLowerCase(language)))) missing.push(`${path}: ${term}`);
      }
    }
    expect(missing).toEqual([]);
  });
  it(`should quote each heading and button by the words it has in ${language}`, () => {
    // A text that sends the reader to “Why this result” must name it as the page does.
    const labels = new Map<string, string>();
    for (const area of AREAS) for (const leaf of leaves(englishCatalog[area], [area])) if ('text' in leaf) labels.set(leaf.text, leaf.path);
    const theirs = new Map(AREAS.flatMap((area) => [...readings(area, catalog)]));
    const misquoted: string[] = [];
    for (const area of AREAS)
      for (const [path, text] of readings(area, englishCatalog))
        for (const [, quoted] of text.matchAll(/“([^”]+)”/g)) {
          const label = labels.get(quoted ?? '');
          const translatedLabel = label === undefined ? undefined : theirs.get(label);
          if (translatedLabel && !(theirs.get(path) ?? '').toLocaleLowerCase(language).includes(translatedLabel.toLocaleLowerCase(language)))
            misquoted.push(`${path} quotes “${translatedLabel}” (${label})`);
        }
    expect(misquoted).toEqual([]);
  });
});

describe('the English catalog', () => {
  const source = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return path.endsWith(join('i18n', 'en')) || path.endsWith(join('i18n', 'languages')) ? [] : source(path);
      return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
    });
  const code = source(join(__dirname, '../../src')).join('\n');

  it.each(AREAS)('should have no key in %s that no code reads', (area) => {
    const unused = Object.keys(englishCatalog[area]).filter((key) => !new RegExp(`\\.${key}\\b|\\b${key}\\s*[,}]`).test(code));
    expect(unused).toEqual([]);
  });

  it.each(AREAS)('should read cleanly in %s for every sample', (area) => {
    const unclean = leaves(englishCatalog[area], [area])
      .filter((leaf) => 'fn' in leaf && outputs(leaf.fn, kindsOf(leaf.fn)).some((output) => output === undefined))
      .map((leaf) => leaf.path);
    expect(unclean).toEqual([]);
  });
});
