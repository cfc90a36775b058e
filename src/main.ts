// The installed entry point: cache compiled code first, then run the command line.
import { enableCompileCache } from './util/compile-cache.js';

enableCompileCache(__dirname);
void import('./cli.js');
