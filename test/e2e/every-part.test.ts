import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { threeOffices } from '../gates/three-offices.js';

/*
 * Marowijne Handel on Monday 2027-04-26 (see three-offices.ts): Paramaribo 22 of 22 and Rotterdam
 * 12 of 12 active, nobody of Willemstad's 4, whose phase no gate names: 34 of 38 (89.5) for the
 * whole organization, 0 in Willemstad, and the switch-off (from 2027-04-12) needs >= 80 everywhere.
 */
describe('rollout gate-check and report, the built binary, on a part no gate names', () => {
  const dir = threeOffices({ Paramaribo: 22, Rotterdam: 12, Willemstad: 0 });
  const check = (...args: string[]) => run(['gate-check', '--at', '2027-04-26', ...args], { cwd: dir });
  const reading = 'active use is 0 in the lowest of the parts started (phase Willemstad: 0 of 4 people there, 80% needs 4 of 4) and 89.5 in the whole organization, needs >= 80';

  it('holds the switch-off in every format: Willemstad at 0% counts', () => {
    const text = check('--lang', 'en');
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(`Decommission (Switch off e-mail, from 2027-04-12): not ready; ${reading}`);
    expect(text.stdout).toContain(`Decision: pause (exit 1): switch-off (Switch off e-mail, due 2027-04-12) waits: ${reading}`);
    const dutch = check('--lang', 'nl');
    expect(dutch.stdout).toContain('niet klaar; actief gebruik is 0 in het laagste van de begonnen delen (fase Willemstad: 0 van 4 personen daar, 80% vraagt 4 van 4) en 89,5 in de hele organisatie, nodig: >= 80');
    const json = JSON.parse(check('--format', 'json').stdout);
    expect(json).toMatchObject({ decision: 'pause', decommissionReady: false, decommission: { ready: false } });
    expect(check('--format', 'markdown', '--lang', 'en').stdout).toContain(`not ready; ${reading.replace('>=', '\\>=')}`);
    const junit = check('--format', 'junit').stdout;
    expect(junit).toContain('<property name="decommissionReady" value="false"/>');
    expect(junit).toContain('<testcase classname="rollout.decision" name="pause">');
    for (const out of [text.stdout, json, junit]) expect(JSON.stringify(out)).not.toContain('@marowijne-handel.sr');
  });

  it('replays the day as --at gives it, and the report says the switch-off is not ready', () => {
    const replay = run(['gate-check', '--from', '2027-04-19', '--to', '2027-04-26', '--every', '1w', '--format', 'jsonl', '--lang', 'en'], { cwd: dir });
    expect(replay.status).toBe(1);
    const days = replay.stdout.trim().split('\n').map((line) => JSON.parse(line) as { asOf: string; decision: string; why: string[] });
    // JSON keeps the ids of phases and metrics.
    expect(days.at(-1)).toMatchObject({ asOf: '2027-04-26', decision: 'pause', why: ['switch-off (decommission, due 2027-04-12) waits: active_use_pct is 0 in the lowest of the parts started (phase willemstad: 0 of 4 people there, 80% needs 4 of 4) and 89.5 in the whole organization, needs >= 80'] });
    const report = run(['report', '--at', '2027-04-26', '--lang', 'en', '-o', 'report.html'], { cwd: dir });
    expect(report.status).toBe(0);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(html).toContain('not ready');
    expect(html).toContain('0 in the lowest of the parts started (phase Willemstad: 0 of 4 people there, 80% needs 4 of 4) and 89.5 in the whole organization');
    expect(existsSync(path.join(dir, 'report.html'))).toBe(true);
  });
});
