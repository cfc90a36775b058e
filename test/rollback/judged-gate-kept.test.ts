import { describe, expect, it } from 'vitest';
import { compareSchedules } from '../../src/changes/compare.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { validPlan } from '../helpers.js';
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

  it('still withdraws the gate when the rollback comes on or before its day', () => {
    const early = validPlan(branchPlan({ on: '2027-02-26', reason: 'too few use it', only: { location: 'Nieuw Nickerie' } }));
    const schedule = buildSchedule(early);
    expect(schedule.events.find((e) => e.key === 'branch-active')).toBeUndefined();
    expect(schedule.rollbacks?.[0]?.withdrawn.events.find((e) => e.key === 'branch-active')?.date).toBe('2027-02-26');
  });
});
