import type { PluralText } from './question-text';

/*
 * A number with the word that follows it ("1 day", "3 days", "11 يومًا"), in the language's own
 * plural forms and number format, never by adding an "s".
 */
export function countWith(language: string, count: number, words: PluralText): string {
  const form = new Intl.PluralRules(language).select(count);
  return `${new Intl.NumberFormat(language).format(count)} ${words[form] ?? words.other}`;
}
