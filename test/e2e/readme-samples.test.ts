import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, removeTempDirs, run } from '../helpers.js';

afterAll(removeTempDirs);

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The lines the README shows under `$ command` in a code block, without the `...` that stand for lines left out. */
function shownUnder(command: string): string[] {
  const start = readme.indexOf(`$ ${command}\n`);
  expect(start, `the README shows ${command}`).toBeGreaterThan(-1);
  const block = readme.slice(start, readme.indexOf('```', start)).split('\n').slice(1, -1);
  return block.filter((line) => line !== '...');
}

describe('output samples in the README', () => {
  it('rollout metrics: the header and the rows of 29 March, as the table prints them', () => {
    const out = run(['metrics', '--plan', 'examples/adoption.yaml', '--at', '2027-03-29']);
    expect(out.status).toBe(0);
    const printed = out.stdout.split('\n');
    for (const line of shownUnder('rollout metrics --plan examples/adoption.yaml --at 2027-03-29')) expect(printed).toContain(line);
  });
});
