// Runs every scripts/bench-*.mjs in turn; `npm run bench` builds first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const scripts = readdirSync('scripts').filter((f) => /^bench-.+\.mjs$/.test(f) && f !== 'bench-lib.mjs').sort();
for (const script of scripts) {
  const { status } = spawnSync(process.execPath, [`scripts/${script}`], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
