// `npm run build`: the bundles of rolldown.config.mjs, reported in one line instead of rolldown's
// table of every file, so a first run shows the tool's output rather than the build's.
import { Buffer } from 'node:buffer';
import { build } from 'rolldown';
import config from '../rolldown.config.mjs';

const started = performance.now();
const [tool] = await build(config);
const files = tool.output.filter((f) => f.type === 'chunk');
const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.code), 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`built dist/: ${files.length} bundles, ${(bytes / 1e6).toFixed(1)} MB, in ${seconds} s\n`);
