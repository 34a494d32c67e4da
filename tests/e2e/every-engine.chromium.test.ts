import { coreTestsIn } from './core-paths';

coreTestsIn('chromium');
