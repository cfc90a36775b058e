import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

describe('gate-check between the last launch and the switch-off', () => {
  it('says the switch-off will wait while there is time to act, exit 0, in text and markdown', () => {
    const dir = tempDir();
    // recommend, guarding the switch-off, passes on 10 answers, all promoters: the condition alone is not met.
    const answers = Array.from({ length: 10 }, () => '2027-03-10,nps,9,Paramaribo');
    const rows = ['2027-02-12,active_use_pct,75,', '2027-02-26,active_use_pct,70,Paramaribo', '2027-03-12,active_use_pct,70,Georgetown', ...answers, '2027-03-19,active_use_pct,55,Port of Spain', '2027-03-19,active_use_pct,72,'];
    writeFileSync(path.join(dir, 'usage.csv'), `Datum,Meting,Waarde,Vestiging\n${rows.join('\n')}\n`);
    const check = (format: string) => run(['gate-check', '--plan', example('enterprise.yaml'), '--metrics', 'usage.csv', '--at', '2027-03-22', '--lang', 'en', '--format', format], { cwd: dir });
    const text = check('text');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Decision: continue (exit 0): no launch or switch-off waits today; the switch-off (Switch off email threads, from 2027-03-30) will wait unless this changes: weekly active users is 55 in the lowest of the parts started (location Port of Spain) and 72 in the whole organization, needs >= 80');
    expect(check('markdown').stdout).toContain('the switch-off (Switch off email threads, from 2027-03-30) will wait unless this changes');
  });
});
