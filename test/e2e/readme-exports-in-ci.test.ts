import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers.js';

// The README's advice for a plan with sources: the roster and exports are downloaded in the job, never committed.
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const block = (lang: string, holding: string): string => {
  const found = [...readme.matchAll(new RegExp(`\`\`\`${lang}\\n([^\`]*)\`\`\``, 'g'))].map((m) => m[1]!).filter((b) => b.includes(holding));
  expect(found).toHaveLength(1);
  return found[0]!;
};

interface Step {
  name?: string;
  uses?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}

describe("the README's download of the roster and exports in the GitHub Action job", () => {
  const steps = parse(block('yaml', 'Download the roster and exports')) as Step[];
  const download = steps.find((s) => s.run !== undefined)!;

  it('runs after the checkout and before the rollout step, as bash with its secrets in env, and parses as bash', () => {
    expect(steps.map((s) => s.uses ?? 'download')).toEqual(['actions/checkout@v4', 'download', 'OWNER/REPO@v0.1.0']);
    expect(download.shell).toBe('bash');
    expect(download.run).not.toContain('${{');
    expect(Object.values(download.env!).filter((v) => v.includes('${{ secrets.'))).toHaveLength(4);
    const bash = spawnSync('bash', ['-n'], { input: download.run, encoding: 'utf8' });
    expect([bash.status, bash.stderr]).toEqual([0, '']);
  });

  it('writes only files the README .gitignore keeps out of git, and the plan stays in', () => {
    const targets = [...download.run!.matchAll(/ -o "?([^" ]+)/g)].map((m) => m[1]!.replace('$name', 'Teams-enquete (Excel NL).csv'));
    expect(targets).toEqual(['people.csv', 'exports/Teams-enquete (Excel NL).csv']);
    const dir = tempDir();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, '.gitignore'), block('gitignore', 'people.csv'));
    const ignored = (file: string) => spawnSync('git', ['check-ignore', '-q', '--no-index', file], { cwd: dir }).status === 0;
    expect([...targets, 'exports/TeamsUserActivityUserDetail20270329.csv', 'rollout.yaml'].map(ignored)).toEqual([true, true, true, false]);
  });
});
