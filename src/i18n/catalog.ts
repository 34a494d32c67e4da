import type { AppText } from './en/app';
import type { ChecksText } from './en/checks';
import type { CoachText } from './en/coach';
import type { ComponentsText } from './en/components';
import type { DatesText } from './en/dates';
import type { GuidanceText } from './en/guidance';
import type { ManifestText } from './en/manifest';
import type { NoticesText } from './en/notices';
import type { QuestionnaireText } from './en/questionnaire';
import type { ReasonsText } from './en/reasons';
import type { ResultText } from './en/result';
import type { RulesPageText } from './en/rules-page-text';
import type { SavedProgressText } from './en/saved-progress';
import type { StartText } from './en/start';
import type { TranslationText } from './en/translation';
import type { Translation } from './languages';
import type { QuestionsCatalog } from './question-text';
import type { RulesCatalog } from './rule-text';

/*
 * Everything a person reads, in one language, by area. English is written in en/<area>.ts and
 * loads with the page that uses it; each other language is one catalog (languages/<code>/catalog.ts),
 * loaded in one chunk only when that language is shown. An area's text is an object of strings,
 * and of functions for text with a number, a date or a name in it, so a translation places them
 * where its grammar needs them and TypeScript holds every language to the English keys.
 */
export interface Catalog {
  app: AppText;
  components: ComponentsText;
  translation: TranslationText;
  manifest: ManifestText;
  notices: NoticesText;
  start: StartText;
  savedProgress: SavedProgressText;
  questionnaire: QuestionnaireText;
  questions: QuestionsCatalog;
  result: ResultText;
  reasons: ReasonsText;
  guidance: GuidanceText;
  checks: ChecksText;
  coach: CoachText;
  rules: RulesCatalog;
  rulesPage: RulesPageText;
  dates: DatesText;
}

export type Area = keyof Catalog;

/** Each translation's catalog, fetched only when it is shown. */
export const loadCatalog: Record<Translation, () => Promise<Catalog>> = {
  es: () => import('./languages/es/catalog').then((module) => module.catalog),
  fr: () => import('./languages/fr/catalog').then((module) => module.catalog),
  de: () => import('./languages/de/catalog').then((module) => module.catalog),
  'pt-BR': () => import('./languages/pt-BR/catalog').then((module) => module.catalog),
  ar: () => import('./languages/ar/catalog').then((module) => module.catalog),
};
