import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** The two commands of the README's set-up, each split at `&&` into its steps. */
const [first, second] = /## Set-up[^\n]*\n\n```sh\n([^`]*)```/
  .exec(readme)![1]!
  .trimEnd()
  .split('\n')
  .map((line) => line.split('&&').map((step) => step.trim()));

describe("the README's set-up", () => {
  it('builds once in its first command: npm ci runs the prepare script, which is the build', () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.prepare).toBe(scripts.build);
    const builds = first!.filter((step) => step === 'npm ci' || /^npm run (-s )?build$/.test(step));
    expect(builds).toEqual(['npm ci']);
  });

  it('prints the bundled example in English, the language the README is written in', () => {
    const [node, bin, ...args] = first!.at(-1)!.split(' ');
    expect([node, bin]).toEqual(['node', 'bin/rollout.cjs']);
    const shown = run(args);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/^Teamchat rollout at Caribe Logistics: 120 people/);
    expect(shown.stdout).toMatch(/│ Phase +│ Kind +│ Weeks +│ Dates +│ People +│ Audience +│/);
  });

  it('is checked on a clean clone by .ci/run with its second command, the test suite', () => {
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8').trimEnd().split('\n');
    expect(second).toEqual(['npm test']);
    expect(ci.at(-1)).toBe(second!.join(' && '));
  });
});
