import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { fieldStaff } from '../gates/field-staff.js';

/*
 * Stichting Bosland on 2027-03-19 (see field-staff.ts): Paramaribo and Albina have started, all 6
 * of their people active; Brownsweg, with the other two of the field staff, starts on 03-29.
 */
describe('rollout gate-check, the built binary, on field staff of a branch still to come', () => {
  it('reads the lowest part started from the people started: 100, not group Veldwerk at 2 of 4', () => {
    const dir = fieldStaff('Mar 19, 2027', 'Mar 18, 2027', ['a', 'b', 'c', 'd', 'e', 'f']);
    const check = (...args: string[]) => run(['gate-check', '--at', '2027-03-19', ...args], { cwd: dir });
    const en = check('--lang', 'en');
    expect(en.stdout).toContain('Decommission (Close the WhatsApp groups, from 2027-04-12): not ready; active use is 100 in the lowest of the parts started (phase Albina: 2 of 2 people there, 80% needs 2 of 2) and 75 in the whole organization, needs >= 80; not started by 2027-03-19, the day measured: Brownsweg (from 2027-03-29)\n');
    expect(check('--lang', 'nl').stdout).toContain('actief gebruik is 100 in het laagste van de begonnen delen (fase Albina: 2 van 2 personen daar, 80% vraagt 2 van 2) en 75 in de hele organisatie, nodig: >= 80; nog niet begonnen op 2027-03-19, de gemeten dag: Brownsweg (vanaf 2027-03-29)');
    const json = JSON.parse(check('--format', 'json').stdout);
    expect(json.decommissionReady).toBe(false);
    expect(en.stdout).not.toContain('group Veldwerk');
    for (const out of [en.stdout, JSON.stringify(json)]) expect(out).not.toMatch(/\b[a-h]@bosland\.sr/);
  });
});
