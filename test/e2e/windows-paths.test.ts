import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

/** The example's folder with its plan as a Windows laptop writes it: a byte order mark, CRLF, and `\` in every plain `file:` (a file or a glob). */
function exampleFolder(backslashes: boolean): string {
  const dir = tempDir();
  cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
  let plan = readFileSync(example('adoption.yaml'), 'utf8');
  if (backslashes) plan = plan.replace(/^(\s*-?\s*file: )"?(adoption\/[^"\n]*)"?/gm, (_, key: string, value: string) => `${key}${value.replaceAll('/', '\\')}`);
  writeFileSync(path.join(dir, 'rollout.yaml'), `\uFEFF${plan.replaceAll('\n', '\r\n')}`);
  return dir;
}

describe('paths written with Windows backslashes, through the built binary', () => {
  it('metrics reads the roster and every source, one file or a glob, as the plan with / does', () => {
    const windows = run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: exampleFolder(true) });
    const slashed = run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: exampleFolder(false) });
    expect(readFileSync(path.join(exampleFolder(true), 'rollout.yaml'), 'utf8')).toContain('file: adoption\\exports\\Teams-enquete.xlsx\r\n');
    expect(windows.status).toBe(0);
    expect(windows.stderr).not.toContain('matches no file');
    expect([windows.stdout, windows.stderr]).toEqual([slashed.stdout, slashed.stderr]);
    expect(windows.stdout).toMatch(/^2027-03-\d\d,satisfaction,/m);
  });

  it('gate-check reads a --metrics file named with backslashes', () => {
    const r = run(['gate-check', '--plan', 'examples/enterprise.yaml', '--metrics', 'examples\\metrics\\enterprise.csv', '--at', '2027-03-15', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { decision: string }).decision).toBe('pause');
  });
});
