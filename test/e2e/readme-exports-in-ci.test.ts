import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  // curl answered from a SharePoint folder of files and a subfolder, as Microsoft Graph lists them; jq is the real one.
  const hasJq = spawnSync('jq', ['--version']).status === 0;
  const runDownload = (dir: string): string[] => {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    const listing = (items: object[]) => JSON.stringify({ value: items });
    const answers: Record<string, string> = {
      'https://login.microsoftonline.com/tenant/oauth2/v2.0/token': JSON.stringify({ access_token: 'T' }),
      'DRIVE/root:/Rollout/exports:/children': listing([
        { name: 'TeamsUserActivityUserDetail20270329.csv', id: 'f1', file: {}, '@microsoft.graph.downloadUrl': 'https://dl/f1' },
        { name: 'training', id: 'd1', folder: { childCount: 1 } },
      ]),
      'DRIVE/items/d1/children': listing([{ name: 'Teams-enquete (Excel NL).csv', id: 'f2', file: {}, '@microsoft.graph.downloadUrl': 'https://dl/f2' }]),
    };
    // The URL is the argument that looks like one; -o names where a download goes.
    const fake = ['#!/bin/bash', 'out=; url=', 'for ((i=1; i<=$#; i++)); do case "${!i}" in -o) j=$((i+1)); out=${!j} ;; http*|DRIVE*) url=${!i} ;; esac; done', 'case "$url" in'];
    for (const [url, body] of Object.entries(answers)) fake.push(`  '${url}') printf '%s' '${body.replaceAll("'", "'\\''")}' ;;`);
    fake.push('  https://dl/*|*:/content) mkdir -p "$(dirname "$out")"; echo "$url" > "$out" ;;', '  *) echo "no such URL: $url" >&2; exit 22 ;;', 'esac');
    writeFileSync(path.join(bin, 'curl'), `${fake.join('\n')}\n`, { mode: 0o755 });
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, TENANT_ID: 'tenant', CLIENT_ID: 'c', CLIENT_SECRET: 's', DRIVE: 'DRIVE' };
    const run = spawnSync('bash', ['-eo', 'pipefail', '-c', download.run!], { cwd: dir, env, encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
    return execFileSync('find', ['.', '-path', './bin', '-prune', '-o', '-type', 'f', '-print'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').sort();
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
