import { coreTestsIn } from './core-paths';

coreTestsIn('webkit');
