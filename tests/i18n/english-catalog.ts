import type { Catalog } from '../../src/i18n/catalog';
import { app } from '../../src/i18n/en/app';
import { checks } from '../../src/i18n/en/checks';
import { coach } from '../../src/i18n/en/coach';
import { components } from '../../src/i18n/en/components';
import { dates } from '../../src/i18n/en/dates';
import { guidance } from '../../src/i18n/en/guidance';
import { manifest } from '../../src/i18n/en/manifest';
import { notices } from '../../src/i18n/en/notices';
import { questionnaire } from '../../src/i18n/en/questionnaire';
import { reasons } from '../../src/i18n/en/reasons';
import { result } from '../../src/i18n/en/result';
import { rulesPage } from '../../src/i18n/en/rules-page-text';
import { savedProgress } from '../../src/i18n/en/saved-progress';
import { start } from '../../src/i18n/en/start';
import { translation } from '../../src/i18n/en/translation';
import { englishQuestions } from '../../src/i18n/question-text';
import { englishRules } from '../../src/i18n/rule-text';

/** Every English area in one catalog: the reference the translations and the pseudo-language are made from. */
export const englishCatalog: Catalog = {
  app,
  components,
  translation,
  manifest,
  notices,
  start,
  savedProgress,
  questionnaire,
  questions: englishQuestions(),
  result,
  reasons,
  guidance,
  checks,
  coach,
  rules: englishRules(),
  rulesPage,
  dates,
};
