import type { Catalog } from '../../catalog';
import { app } from './app';
import { checks } from './checks';
import { coach } from './coach';
import { components } from './components';
import { dates } from './dates';
import { guidance } from './guidance';
import { manifest } from './manifest';
import { notices } from './notices';
import { questionnaire } from './questionnaire';
import { questions } from './questions';
import { reasons } from './reasons';
import { result } from './result';
import { rules } from './rules';
import { rulesPage } from './rules-page-text';
import { savedProgress } from './saved-progress';
import { start } from './start';
import { translation } from './translation';

export const catalog: Catalog = {
  app,
  components,
  translation,
  manifest,
  notices,
  start,
  savedProgress,
  questionnaire,
  questions,
  result,
  reasons,
  guidance,
  checks,
  coach,
  rules,
  rulesPage,
  dates,
};
