import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/i18n/choose-language';
import { countWith } from '../../src/i18n/count';
import * as ar from '../../src/i18n/languages/ar';
import * as de from '../../src/i18n/languages/de';
import * as es from '../../src/i18n/languages/es';

describe('the language shown', () => {
  it.each([
    { browser: ['de-DE', 'en'], chosen: undefined, shown: 'de' },
    { browser: ['es-MX'], chosen: undefined, shown: 'es' },
    { browser: ['pt-PT', 'en'], chosen: undefined, shown: 'pt-BR' },
    { browser: ['pt-br'], chosen: undefined, shown: 'pt-BR' },
    { browser: ['ar-EG'], chosen: undefined, shown: 'ar' },
    { browser: ['nl-NL', 'fr-BE', 'en'], chosen: undefined, shown: 'fr' },
    { browser: ['nl-NL', 'ja'], chosen: undefined, shown: 'en' },
    { browser: [], chosen: undefined, shown: 'en' },
    { browser: ['de-DE'], chosen: 'en', shown: 'en' },
    { browser: ['en-GB'], chosen: 'ar', shown: 'ar' },
    // A saved choice that is not a language Backcheck has is passed over, not trusted.
    { browser: ['fr-FR'], chosen: 'klingon', shown: 'fr' },
    { browser: ['fr-FR'], chosen: '', shown: 'fr' },
  ])('should show $shown for a browser in $browser with $chosen chosen', ({ browser, chosen, shown }) => {
    expect(chooseLanguage(browser, chosen)).toBe(shown);
  });
});

describe('a number and the word after it', () => {
  const days = (catalog: typeof es) => catalog.questions['how-long']?.questions.daysSince?.suffix ?? { other: '' };
  it.each([
    { language: 'en', count: 1, words: { one: 'day', other: 'days' }, said: '1 day' },
    { language: 'en', count: 3, words: { one: 'day', other: 'days' }, said: '3 days' },
    { language: 'es', count: 1, words: days(es), said: '1 día' },
    { language: 'es', count: 12, words: days(es), said: '12 días' },
    { language: 'de', count: 2, words: days(de), said: '2 Tage' },
    { language: 'ar', count: 2, words: days(ar), said: `2 يومان` },
    { language: 'ar', count: 3, words: days(ar), said: `3 أيام` },
    { language: 'ar', count: 11, words: days(ar), said: `11 يومًا` },
  ])('should say $count in $language as "$said"', ({ language, count, words, said }) => {
    expect(countWith(language, count, words)).toBe(said);
  });
});
