import type { Catalog } from '../../catalog';
import { englishStandIns } from '../english-stand-ins';
import { questions } from './questions';
import { rules } from './rules';

export const catalog: Catalog = { ...englishStandIns, questions, rules };
