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
