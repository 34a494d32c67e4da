import type { PluralText } from './question-text';

/*
 * A number with the word that follows it ("1 day", "3 days", "11 يومًا"), in the language's own
 * plural forms, never by adding an "s". Digits are the Western ones in every language, as the
 * questions and the emergency numbers write them, so a number reads the same in every engine.
 */
export function countWith(language: string, count: number, words: PluralText): string {
  return `${numberIn(language, count)} ${pluralOf(language, count, words)}`;
}

/** The form of a word that goes with a number, for text where the number sits elsewhere. */
export function pluralOf(language: string, count: number, words: PluralText): string {
  return words[new Intl.PluralRules(language).select(count)] ?? words.other;
}

export function numberIn(language: string, count: number): string {
  return new Intl.NumberFormat(language, { numberingSystem: 'latn', useGrouping: false, maximumFractionDigits: 1 }).format(count);
}
