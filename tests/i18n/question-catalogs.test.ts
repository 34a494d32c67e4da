import { describe, expect, it } from 'vitest';
import { TERMS, type Glossary, type Term } from '../../src/i18n/glossary';
import { LANGUAGES, TRANSLATIONS, type Translation } from '../../src/i18n/languages';
import { englishQuestions, type QuestionsCatalog } from '../../src/i18n/question-text';
import { englishRules, type RulesCatalog } from '../../src/i18n/rule-text';
import * as ar from '../../src/i18n/languages/ar';
import * as de from '../../src/i18n/languages/de';
import * as es from '../../src/i18n/languages/es';
import * as fr from '../../src/i18n/languages/fr';
import * as ptBR from '../../src/i18n/languages/pt-BR';

const translations: Record<Translation, { questions: QuestionsCatalog; rules: RulesCatalog; glossary: Glossary }> = { es, fr, de, 'pt-BR': ptBR, ar };
const english = { questions: englishQuestions(), rules: englishRules() };

/** Every text in a catalog, by its path of keys, so two languages can be laid side by side. */
function texts(catalog: unknown, path: string[] = []): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof catalog === 'string') found.set(path.join(' › '), catalog);
  else if (typeof catalog === 'object' && catalog !== null)
    for (const [key, value] of Object.entries(catalog)) for (const [p, text] of texts(value, [...path, key])) found.set(p, text);
  return found;
}

/** Plural forms differ by language, so a suffix is compared by its `other` form alone here. */
const withoutPluralForms = (catalog: { questions: QuestionsCatalog; rules: RulesCatalog }) =>
  new Map([...texts(catalog)].filter(([path]) => !/› suffix › (?!other$)/.test(path)));

const digits = (text: string) => (text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).match(/\d+/g) ?? []).sort();

const lower = (language: string, text: string) => text.toLocaleLowerCase(language);

describe.each(TRANSLATIONS)('the questions and the rules page in %s', (language) => {
  const { questions, rules, glossary } = translations[language];
  const theirs = withoutPluralForms({ questions, rules });
  const ours = withoutPluralForms(english);

  it('should give every English text, and nothing English does not have', () => {
    expect([...theirs.keys()].sort()).toEqual([...ours.keys()].sort());
  });

  it('should be written in the language, not left in English', () => {
    const left = [...ours].filter(([path, text]) => /[a-z]{3}/i.test(text) && theirs.get(path) === text).map(([path]) => path);
    expect(left).toEqual([]);
  });

  it('should keep every number the English says', () => {
    const changed = [...ours].filter(([path, text]) => digits(text).join() !== digits(theirs.get(path) ?? '').join()).map(([path]) => path);
    expect(changed).toEqual([]);
  });

  it('should have a word after a number for each plural form the language has', () => {
    const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const page of Object.values(questions))
      for (const question of Object.values(page.questions)) if (question.suffix) expect(Object.keys(question.suffix).sort()).toEqual([...forms].sort());
  });

  it('should call each clinical word by its one name in the glossary, wherever the English uses it', () => {
    const missing: string[] = [];
    for (const [path, text] of ours) {
      const translated = lower(language, theirs.get(path) ?? '');
      for (const [term, forms] of Object.entries(TERMS) as [Term, readonly string[]][]) {
        if (!forms.some((form) => new RegExp(`\\b${form}\\b`, 'i').test(text))) continue;
        if (!glossary[term].some((form) => translated.includes(lower(language, form)))) missing.push(`${path}: ${term}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('should give each glossary term at least one form', () => {
    for (const term of Object.keys(TERMS) as Term[]) expect(glossary[term].length, term).toBeGreaterThan(0);
  });

  it('should say how far it has been checked', () => {
    expect(['machine', 'reviewed', 'clinically-reviewed']).toContain(LANGUAGES[language].review);
  });
});
