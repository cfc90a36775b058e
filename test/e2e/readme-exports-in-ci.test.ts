import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fakeGraph } from '../fake-graph.js';
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

  // curl answered from a SharePoint folder of files and a subfolder, as Microsoft Graph lists them; jq is the real one.
  const hasJq = spawnSync('jq', ['--version']).status === 0;
  const runDownload = (dir: string): string[] => {
    const sharepoint = tempDir();
    for (const [file, text] of Object.entries({ 'people.csv': 'Email\n', 'exports/TeamsUserActivityUserDetail20270329.csv': 'a\n', 'exports/training/Teams-enquete (Excel NL).csv': 'b\n' })) {
      mkdirSync(path.dirname(path.join(sharepoint, file)), { recursive: true });
      writeFileSync(path.join(sharepoint, file), text);
    }
    const drive = 'https://graph.microsoft.com/v1.0/sites/site/drive';
    const graph = fakeGraph(tempDir(), sharepoint, { tenant: 'tenant', drive });
    const env = { ...process.env, PATH: `${graph.bin}:${process.env.PATH}`, TENANT_ID: 'tenant', CLIENT_ID: 'c', CLIENT_SECRET: 's', DRIVE: drive };
    const run = spawnSync('bash', ['-eo', 'pipefail', '-c', download.run!], { cwd: dir, env, encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
    return execFileSync('find', ['.', '-type', 'f'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').sort();
  };

  it.skipIf(!hasJq)('downloads the roster and every export, those in subfolders too, only where the README .gitignore keeps them out of git', () => {
    const dir = tempDir();
    const files = runDownload(dir);
    expect(files).toEqual(['./exports/TeamsUserActivityUserDetail20270329.csv', './exports/training/Teams-enquete (Excel NL).csv', './people.csv']);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, '.gitignore'), block('gitignore', 'people.csv'));
    const ignored = (file: string) => spawnSync('git', ['check-ignore', '-q', '--no-index', file], { cwd: dir }).status === 0;
    expect([...files, './rollout.yaml'].map(ignored)).toEqual([true, true, true, false]);
  });
});
