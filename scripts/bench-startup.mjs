// Start-up: `rollout validate` on the enterprise example against its floor, the plan loader alone
// (scripts/bench-floor: yaml, zod and the checks, bundled and cached like the tool), and against
// `node -e 0`, each on this Node and on every other Node binary in BENCH_NODES (separated by
// `:`), such as a Node 24 next to a Node 20. Goal: validate at most 1.2x the floor.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { mib, ms, peakMiB, report, time } from './bench-lib.mjs';

const ROUNDS = 15;
const bin = path.resolve('bin/rollout.cjs');
const floor = path.resolve('.bench/floor/floor.cjs');
const plan = 'examples/enterprise.yaml';
const nodes = [process.execPath, ...(process.env.BENCH_NODES ?? '').split(':').filter((n) => n && existsSync(n))];

const commands = (node) => ({
  'node -e 0': [node, ['-e', '0'], {}],
  'rollout --version': [node, [bin, '--version'], {}],
  'rollout validate': [node, [bin, 'validate', '--plan', plan], {}],
  'rollout validate, no code cache': [node, [bin, 'validate', '--plan', plan], { env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } }],
  'floor: plan loader alone': [node, [floor, plan], {}],
});

for (const node of nodes) {
  const runs = Object.entries(commands(node));
  // One unmeasured run each writes the compiled-code cache, as any first run after an install does.
  for (const [, [command, args, options]] of runs) time(command, args, options);
  const times = runs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) runs.forEach(([, [command, args, options]], i) => times[i].push(time(command, args, options)));
  const medians = Object.fromEntries(runs.map(([name], i) => [name, times[i].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]]));
  const peaks = Object.fromEntries(runs.map(([name, [command, args, options]]) => [name, peakMiB(command, args, options)]));
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const ratio = medians['rollout validate'] / medians['floor: plan loader alone'];
  console.log(`start-up on Node ${version} (median of ${ROUNDS} runs in turns)`);
  report(
    runs.map(([name]) => [
      name,
      `${ms(medians[name]).padStart(7)}  ${(medians[name] / medians['node -e 0']).toFixed(2)}x node -e 0  ${mib(peaks[name])}`,
    ]),
  );
  console.log(`  validate = ${ratio.toFixed(2)}x the floor (goal: at most 1.2x) ${ratio <= 1.2 ? 'ok' : 'over goal'}`);
}
