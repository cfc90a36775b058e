// The installed entry point: runs the command line through the compiled-code cache.
import * as path from 'node:path';
import { runCached } from './util/compile-cache.js';

// Writing many files waits on fsync, and the disk flushes fsyncs that arrive together in one go:
// more of Node's file-system threads (4 by default; read when the first is started) let them.
process.env.UV_THREADPOOL_SIZE ??= '32';
runCached(path.join(__dirname, 'cli.cjs'));
