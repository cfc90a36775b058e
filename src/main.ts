// The installed entry point: runs the command line through the compiled-code cache.
import * as path from 'node:path';
import { runCached } from './util/compile-cache.js';

runCached(path.join(__dirname, 'cli.cjs'));
