import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

describe('weekly updates: a phase is "not there yet" once it has had a week', () => {
  it('leaves out a phase measured in its first days, and names it a week on, in both languages', () => {
    const dir = tempDir();
    // Georgetown starts Monday 2027-03-01: 10% on its third day, 20% ten days in.
    writeFileSync(path.join(dir, 'usage.csv'), 'Datum;Meting;Waarde;phase;Vestiging\r\n2027-03-03;active_use_pct;10;georgetown;Georgetown\r\n2027-03-10;active_use_pct;20;georgetown;Georgetown\r\n');
    const r = run(['render-emails', '--plan', example('enterprise.yaml'), '--metrics', 'usage.csv', '--out', 'emails', '--at', '2027-03-12'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const read = (name: string) => readFileSync(path.join(dir, 'emails', name), 'utf8');
    expect(read('2027-03-05_rollout_weekly-update.en.md')).toContain('- **Georgetown:** 10% active use (goal 80%)');
    expect(read('2027-03-05_rollout_weekly-update.en.md')).not.toContain('Not there yet');
    expect(read('2027-03-12_rollout_weekly-update.en.md')).toContain('**Not there yet: Georgetown.**');
    expect(read('2027-03-12_rollout_weekly-update.nl.md')).toContain('**Nog niet zover: Georgetown.**');
  });
});
