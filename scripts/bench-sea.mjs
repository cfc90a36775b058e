// The single executable (`npm run sea`): its size, and its start-up against `node -e 0` and the
// installed tool (bin/rollout.cjs) run by the same Node. Builds it when dist/ is newer.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { interleavedMedians, ms, report, time } from './bench-lib.mjs';
import { SEA_TARGET } from './sea-target.mjs';

const exe = path.resolve(SEA_TARGET);
if (!existsSync(exe) || statSync(exe).mtimeMs < statSync('dist/cli.cjs').mtimeMs) {
  const built = spawnSync(process.execPath, ['scripts/sea.mjs'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (built.status !== 0) {
    console.log(`single executable: not built here (${built.stderr.trim().split('\n').at(-1)})`);
    process.exit(0);
  }
}

const bin = path.resolve('bin/rollout.cjs');
const plan = 'examples/enterprise.yaml';
// Unmeasured first runs: the installed tool writes its compiled-code cache, as after an install.
time(process.execPath, [bin, 'validate', '--plan', plan]);
time(exe, ['validate', '--plan', plan]);
const [node, version, validate, script] = interleavedMedians([
  [process.execPath, ['-e', '0']],
  [exe, ['--version']],
  [exe, ['validate', '--plan', plan]],
  [process.execPath, [bin, 'validate', '--plan', plan]],
]);
const vsNode = (t) => `${ms(t)} (${(t / node).toFixed(2)}x node -e 0)`;
console.log(`single executable ${path.relative('.', exe)} (Node ${process.version}), medians of 15 interleaved runs`);
report([
  ['size', `${(statSync(exe).size / 1e6).toFixed(1)} MB (node itself: ${(statSync(process.execPath).size / 1e6).toFixed(1)} MB)`],
  ['node -e 0', ms(node)],
  ['--version', vsNode(version)],
  ['validate enterprise', vsNode(validate)],
  ['node bin/rollout.cjs validate', vsNode(script)],
]);
