import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers.js';

describe('reading a plan from a pipe', () => {
  it('waits for a writer that is slow to write, then reads the whole plan', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plan.yaml'), 'version: 1\ntool: { name: Chat }\norganization: { name: A, headcount: 40 }\nstart: 2027-01-04\n');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" validate --plan <(sleep 0.5; cat plan.yaml)`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\/dev\/fd\/\d+: valid \(4 phases, \d+ gates/);
  });
});

describe('reading a metrics export from a pipe', () => {
  it('reads --metrics <(cat FILE) once, as a stream, without ESPIPE', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), 'version: 1\ntool: { name: Chat }\norganization: { name: A, headcount: 40 }\nstart: 2027-01-04\n');
    writeFileSync(path.join(dir, 'm.csv'), 'date,metric,value\n2027-01-05,active_use_pct,90\n');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" gate-check --metrics <(cat m.csv) --at 2027-01-06 --format json`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).not.toMatch(/ESPIPE|cannot read/);
    expect([0, 1, 3]).toContain(r.status);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('active_use_pct');
  });
});
