import { mixedPicture, rules } from '../triage';

/*
 * The rules page's words for each rule, keyed by the rule's stable id: its short name, the
 * answer that sets it off, and why. English is taken from the rules table itself; each other
 * language gives the same keys in its own words (languages/<code>/rules.ts). A result's
 * reasons are sentences built from the answers and are not here.
 */

export interface RuleText {
  title: string;
  trigger: string;
  why: string;
}

export type RulesCatalog = Record<string, RuleText>;

/** The rules as they are written in English: the reference every translation follows key for key. */
export function englishRules(): RulesCatalog {
  return Object.fromEntries([...rules, mixedPicture].map(({ id, title, trigger, why }) => [id, { title, trigger, why }]));
}
