import { coreTestsIn } from './core-paths';

coreTestsIn('firefox');
