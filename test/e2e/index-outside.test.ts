import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

describe('render-emails --force and an index that names a file outside the output folder', () => {
  it('leaves that file alone, even when it is unchanged as the index records it', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const plan = example('solo.yaml');
    expect(run(['render-emails', '--plan', plan, '--out', out]).status).toBe(0);
    const mine = 'My own notes.\n';
    writeFileSync(path.join(dir, 'notes.md'), mine);
    const indexFile = path.join(out, 'index.json');
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { written: unknown[] };
    index.written.push({ file: '../notes.md', sha256: createHash('sha256').update(mine).digest('hex'), phase: null, language: 'en' });
    writeFileSync(indexFile, JSON.stringify(index));
    const r = run(['render-emails', '--plan', plan, '--out', out, '--force']);
    expect([r.status, r.stderr]).toEqual([0, expect.stringMatching(/^wrote 0 messages and the index to .*: 0 new, 0 changed, \d+ unchanged\n/)]);
    expect(readFileSync(path.join(dir, 'notes.md'), 'utf8')).toBe(mine);
  });
});
