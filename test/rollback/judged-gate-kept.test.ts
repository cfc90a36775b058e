import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSchedules } from '../../src/changes/compare.js';
import { checkGates } from '../../src/gates/check.js';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { tempDir, validPlan } from '../helpers.js';
import { branchPlan } from './judged-branch.js';

const before = validPlan(branchPlan());
const after = validPlan(branchPlan({ on: '2027-03-01', reason: 'too few use it', only: { location: 'Nieuw Nickerie' } }));

describe('a rollback of one part after its gate was judged', () => {
  it('keeps the gate on its day in the schedule: it is not withdrawn, and diff does not list it', () => {
    const was = buildSchedule(before).events.find((e) => e.key === 'branch-active');
    expect(was?.date).toBe('2027-02-26');
    const schedule = buildSchedule(after);
    expect(schedule.events.find((e) => e.key === 'branch-active')).toMatchObject({ type: 'gate', date: '2027-02-26' });
    expect(schedule.rollbacks?.[0]?.withdrawn.events.map((e) => e.key)).not.toContain('branch-active');
    expect(schedule.rollbacks?.[0]?.withdrawn.events.every((e) => e.date >= '2027-03-01')).toBe(true);
    const changes = compareSchedules(buildSchedule(before), schedule, { before, after }).changes;
    expect(changes.filter((c) => c.key === 'branch-active')).toEqual([]);
  });

  it('keeps the gate rolled back on its own day, as gate-check suggests and keeps its verdict: failed in every output', async () => {
    // gate-check on Friday 26 February: branch-active failed (35 < 60), roll the branch back today.
    const onDue = validPlan(branchPlan({ on: '2027-02-26', reason: 'too few use it', only: { location: 'Nieuw Nickerie' } }));
    const schedule = buildSchedule(onDue);
    expect(schedule.events.find((e) => e.key === 'branch-active')).toMatchObject({ type: 'gate', date: '2027-02-26' });
    expect(schedule.rollbacks?.[0]?.withdrawn.events.map((e) => e.key)).not.toContain('branch-active');
    expect(compareSchedules(buildSchedule(before), schedule, { before, after: onDue }).changes.filter((c) => c.key === 'branch-active')).toEqual([]);
    const file = path.join(tempDir(), 'usage.csv');
    writeFileSync(file, 'date,metric,value,location\n2027-02-22,active_use_pct,30,Nieuw Nickerie\n2027-02-26,active_use_pct,35,Nieuw Nickerie\n');
    for (const at of ['2027-02-26', '2027-03-08']) {
      const { result } = await checkGates({ plan: onDue, files: [file], asOf: parseDay(at), lenient: false });
      expect(result.gates.find((g) => g.id === 'branch-active')).toMatchObject({ status: 'fail', withdrawn: true, observed: 35, due: '2027-02-26' });
    }
  });

  it('keeps it as the first try\'s record when the branch starts again: the second try judges it anew, and it is not cancelled', () => {
    const again = validPlan(branchPlan({ on: '2027-02-26', reason: 'too few use it', only: { location: 'Nieuw Nickerie' }, resume: { on: '2027-03-15' } }));
    const schedule = recordedSchedule(again);
    // The second try runs Monday 15 to Friday 26 March; its gate is due the day before the switch-off of Monday 29 March.
    expect(schedule.events.filter((e) => e.key === 'branch-active').map((e) => [e.date, e.secondTry])).toEqual([
      ['2027-02-26', undefined],
      ['2027-03-26', '2027-03-15'],
    ]);
    expect(schedule.rollbacks?.[0]?.cancelledFirstTry?.map((e) => e.key)).not.toContain('branch-active');
  });

  it('still withdraws the gate when the rollback comes before its day', () => {
    const early = validPlan(branchPlan({ on: '2027-02-25', reason: 'too few use it', only: { location: 'Nieuw Nickerie' } }));
    const schedule = buildSchedule(early);
    expect(schedule.events.find((e) => e.key === 'branch-active')).toBeUndefined();
    expect(schedule.rollbacks?.[0]?.withdrawn.events.find((e) => e.key === 'branch-active')?.date).toBe('2027-02-26');
  });
});
