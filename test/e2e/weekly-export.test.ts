import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

// Nieuw Nickerie's week (15..19 March) before Miami launches on Monday 22; Teams's weekly export of Sunday 21 shows 2 of 3 active.
describe('gate-check on launch morning, with a weekly export dated Sunday', () => {
  it('lets the launch go on: the go/no-go reads the Sunday export', () => {
    const dir = tempDir();
    cpSync(path.join(ROOT, 'test/fixtures/weekly-export'), dir, { recursive: true });
    const check = (lang: string, format = 'text') => run(['gate-check', '--at', '2027-03-22', '--lang', lang, '--format', format], { cwd: dir });
    const en = check('en');
    expect(en.stderr).toBe('');
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Decision: continue (exit 0): no launch or switch-off waits\n');
    expect(en.stdout).toContain('nickerie-go-no-go (pass): last of 1 row of active use from 2027-03-15 to 2027-03-21 is 66.7 on 2027-03-21, >= 60\n');
    expect(check('nl').stdout).toContain('nickerie-go-no-go (gehaald): de laatste waarde van 1 rij actief gebruik van 2027-03-15 tot en met 2027-03-21 is 66,7 op 2027-03-21, >= 60\n');
    const json = JSON.parse(check('en', 'json').stdout);
    expect(json.gates[0]).toMatchObject({ status: 'pass', due: '2027-03-19', window: { from: '2027-03-15', to: '2027-03-21' } });
    expect(en.stdout).not.toMatch(/sewnarain\.sr|Ramdin/);
  });
});
