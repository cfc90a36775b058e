import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, example, ROOT, run, tempDir } from '../helpers.js';

/** Whether a shell is installed; the tests of a missing one are skipped, saying which. */
const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

const plan = path.relative(ROOT, example('enterprise.yaml'));
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  // The scripts call `rollout` for phase ids: put the built one on the PATH.
  const bin = tempDir();
  writeFileSync(path.join(bin, 'rollout'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path.join(bin, 'rollout'), 0o755);
  env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
});

function script(shell: string): string {
  const file = path.join(tempDir(), `rollout.${shell}`);
  writeFileSync(file, run(['completion', shell]).stdout);
  return file;
}

describe('rollout completion', () => {
  it('covers every command the help lists, hidden ones aside', () => {
    const help = run(['--help']).stdout;
    const commands = [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]);
    expect(commands).toContain('schedule');
    const bash = run(['completion', 'bash']);
    expect(bash.status).toBe(0);
    const first = /compgen -W '([^']*)'/.exec(bash.stdout)![1]!.split(' ');
    expect(first).toEqual(expect.arrayContaining(commands));
    expect(first).not.toContain('__complete');
  });

  it('looks up phase ids and location names, and stays silent without a plan', () => {
    expect(run(['__complete', 'phases', '--plan', plan])).toEqual({ stdout: 'pilot\nparamaribo\ngeorgetown\nport-of-spain\ndecommission\n', stderr: '', status: 0 });
    expect(run(['__complete', 'locations', '--plan', plan]).stdout).toBe('Paramaribo\nGeorgetown\nPort of Spain\n');
    expect(run(['__complete', 'phases', '--plan', 'missing.yaml'])).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  it('refuses a shell it does not know', () => {
    const r = run(['completion', 'tcsh']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bash, zsh, fish, powershell/);
  });

  it('completes in bash', () => {
    const file = script('bash');
    const complete = (...words: string[]) => {
      const code = `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; _rollout_completion; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return spawnSync('bash', ['-c', code], { cwd: ROOT, env, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    };
    expect(complete('rollout', 'sch')).toEqual(['schema', 'schedule']);
    expect(complete('rollout', 'schedule', '--format', '')).toEqual(['table', 'json', 'markdown', 'csv', 'ics', 'mermaid']);
    expect(complete('rollout', 'render-emails', '--plan', plan, '--phase', 'p')).toEqual(['pilot', 'paramaribo', 'port-of-spain']);
    expect(complete('rollout', 'schedule', '-p', plan, '--location', 'P')).toEqual(['Paramaribo', 'Port\\ of\\ Spain']);
    expect(complete('rollout', 'gate-check', '--le')).toEqual(['--lenient']);
  });

  it.skipIf(!has('zsh'))('completes in zsh (skipped where zsh is not installed)', () => {
    const file = script('zsh');
    const complete = (line: string) => spawnSync('zsh', [path.join(import.meta.dirname, 'shells', 'zsh-complete.zsh'), file, line], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 }).stdout.split('\n').filter(Boolean);
    expect(complete('rollout schedule --format ')).toEqual(['csv', 'ics', 'json', 'markdown', 'mermaid', 'table']);
    expect(complete(`rollout schedule --plan ${plan} --phase `)).toEqual(['decommission', 'georgetown', 'paramaribo', 'pilot', 'port-of-spain']);
  });

  it.skipIf(!has('fish'))('completes in fish (skipped where fish is not installed)', () => {
    const file = script('fish');
    const complete = (line: string) =>
      spawnSync('fish', ['--no-config', '-c', `source ${file}; complete -C ${JSON.stringify(line)}`], { cwd: ROOT, env, encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(complete('rollout completion ')).toEqual(['bash', 'fish', 'powershell', 'zsh']);
    expect(complete(`rollout schedule --plan ${plan} --location `)).toEqual(['Georgetown', 'Paramaribo', 'Port of Spain']);
  });

  it.skipIf(!has('pwsh'))('completes in PowerShell (skipped where pwsh is not installed)', () => {
    const file = script('powershell');
    const code = `. ${file}; (TabExpansion2 -inputScript 'rollout schedule --format j' -cursorColumn 27).CompletionMatches | ForEach-Object { $_.CompletionText }`;
    expect(spawnSync('pwsh', ['-NoProfile', '-Command', code], { cwd: ROOT, env, encoding: 'utf8' }).stdout.trim()).toBe('json');
  });
});
