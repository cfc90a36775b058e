import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { whatIfRollback } from '../../src/changes/what-if.js';
import { checkGates } from '../../src/gates/check.js';
import { reasonText } from '../../src/gates/reasons.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { tempDir, validPlan } from '../helpers.js';
import { corentyne } from './corentyne.js';

/*
 * Georgetown went back to Slack on Monday 15 March, for good so far. Paramaribo operations (8-19
 * March, in Paramaribo) has its own gate on the switch-off: active use at least 80% the day before
 * it. The organization's Teams tickets (at most 12, everyone's) are dated from Georgetown's start:
 * 4 weeks after 22 February, Monday 22 March, after the rollback. Neither is Georgetown's: both
 * wait for it, on hold, as the switch-off does; neither is withdrawn.
 */
function folder(at: string, options: { ticketsWithin?: string; withoutRollback?: boolean } = {}) {
  const dir = tempDir();
  return { dir, plan: validPlan(readFileSync(corentyne(dir, { resume: false, until: at, ...options }), 'utf8')) };
}

async function check(at: string, options: { ticketsWithin?: string } = {}) {
  const { dir, plan } = folder(at, options);
  return (await checkGates({ plan, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } })).result;
}

describe('a rollback of one part and the gates that only wait for it', () => {
  it("holds another phase's gate on the switch-off, and one on everyone's rows its phase dates: on hold, waiting for the part, read so far", async () => {
    const result = await check('2027-03-29');
    const gate = (id: string) => result.gates.find((g) => g.id === id)!;
    // Operations: 14 of 16 active in the week up to 20 March = 87.5.
    expect(gate('paramaribo-active')).toMatchObject({ status: 'pending', onHold: true, observed: 87.5, window: { from: '2027-03-08', to: '2027-03-29' } });
    expect(gate('paramaribo-active')).not.toHaveProperty('withdrawn');
    expect(gate('paramaribo-active').reason).toBe('on hold: waits for Georgetown, rolled back on 2027-03-15; so far last of 2 active_use_pct rows from 2027-03-08 to 2027-03-29 is 87.5 on 2027-03-27');
    expect(reasonText(gate('paramaribo-active').because, 'nl', result.names)).toMatch(/^aangehouden: wacht op Georgetown, op 2027-03-15 teruggedraaid; tot nu toe de laatste waarde van 2 rijen .+ is 87,5 op 2027-03-27$/);
    // Teams tickets from 22 February: 2 + 3 + 1 + 2 + 1 = 9 by the export of 29 March (the printer jam is no Teams ticket).
    expect(gate('teams-tickets')).toMatchObject({ status: 'pending', onHold: true, observed: 9, window: { from: '2027-02-22', to: '2027-03-29' } });
    expect(gate('teams-tickets')).not.toHaveProperty('withdrawn');
    expect(gate('teams-tickets').reason).toMatch(/^on hold: waits for Georgetown, rolled back on 2027-03-15; so far sum of /);
    // Georgetown's own go/no-go is withdrawn with it, its verdict of 5 March kept.
    expect(gate('georgetown-go-no-go')).toMatchObject({ status: 'fail', withdrawn: true });
  });

  it("judges a gate on everyone's rows due before the rollback as any other: 2 weeks after 22 February, Monday 8 March", async () => {
    const result = await check('2027-03-29', { ticketsWithin: '2w' });
    // 2 + 3 + 1 = 6 Teams tickets from 22 February to 8 March, at most 12: a pass that stands, not withdrawn, not on hold.
    const gate = result.gates.find((g) => g.id === 'teams-tickets')!;
    expect(gate).toMatchObject({ status: 'pass', observed: 6, window: { from: '2027-02-22', to: '2027-03-08' }, due: '2027-03-08' });
    expect(gate).not.toHaveProperty('withdrawn');
    expect(gate).not.toHaveProperty('onHold');
    expect(gate.reason).toBe('sum of 10 support_tickets rows from 2027-02-22 to 2027-03-08 is 6, <= 12');
  });

  it('puts them on hold in the schedule and in what-if, not among what the rollback withdrew', () => {
    const schedule = buildSchedule(folder('2027-03-29').plan);
    const held = schedule.held.events.filter((e) => e.type === 'gate').map((e) => e.key);
    expect(held).toEqual(expect.arrayContaining(['paramaribo-active', 'teams-tickets']));
    expect(schedule.rollbacks![0]!.withdrawn.events.filter((e) => e.type === 'gate').map((e) => e.key)).toEqual([]);
    // Before the rollback is written in, what-if says the same of both.
    const { set } = whatIfRollback(folder('2027-03-12', { withoutRollback: true }).plan, { on: '2027-03-15', only: { location: 'Georgetown' } });
    const gates = set.changes.filter((c) => c.type === 'gate').map((c) => [c.key, c.from, c.to, c.change, c.reason]);
    expect(gates).toEqual([
      ['paramaribo-active', '2027-03-19', null, 'held', expect.stringMatching(/^waits for Georgetown, rolled back on 2027-03-15: /)],
      ['teams-tickets', '2027-03-22', null, 'held', expect.stringMatching(/^waits for Georgetown, rolled back on 2027-03-15: /)],
    ]);
  });
});
