import type { Catalog } from '../../catalog';
import { app } from '../../en/app';
import { checks } from '../../en/checks';
import { coach } from '../../en/coach';
import { dates } from '../../en/dates';
import { guidance } from '../../en/guidance';
import { notices } from '../../en/notices';
import { questionnaire } from '../../en/questionnaire';
import { reasons } from '../../en/reasons';
import { result } from '../../en/result';
import { rulesPage } from '../../en/rules-page-text';
import { savedProgress } from '../../en/saved-progress';
import { start } from '../../en/start';
import { questions } from './questions';
import { rules } from './rules';

// Not yet translated: the English areas stand in (the catalog tests fail on them).
export const catalog: Catalog = {
  app,
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
