import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkGates } from '../../src/gates/check.js';
import { scopeStart } from '../../src/gates/started.js';
import { planIn } from '../../src/plan/resolve.js';
import { decommissionLine } from '../../src/reporters/gates/labels.js';
import { timePhases } from '../../src/schedule/phases.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { validPlan } from '../helpers.js';
import { fieldStaff, fieldStaffPlan } from './field-staff.js';

const check = async (dir: string, at: string) => (await checkGates({ plan: planIn(validPlan(stringify(fieldStaffPlan())), 'en'), files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } })).result;

describe('a group the plan gives no location, whose people work at several locations', () => {
  it('has started once every launch has: its people of a location still to come are not counted as not active', () => {
    const plan = validPlan(stringify(fieldStaffPlan()));
    const startOf = scopeStart(plan, timePhases(plan));
    expect([startOf({ group: 'Veldwerk' }), startOf({ group: 'Kantoor' }), startOf({ location: 'Albina' })].map((d) => formatDay(d!))).toEqual(['2027-03-29', '2027-03-01', '2027-03-15']);
  });

  it('is not the lowest part started while Brownsweg has not started: all 6 people started are active (100), not 2 of 4 (50)', async () => {
    const result = await check(fieldStaff('Mar 19, 2027', 'Mar 18, 2027', ['a', 'b', 'c', 'd', 'e', 'f']), '2027-03-19');
    expect(result.condition).toMatchObject({ observed: 100, organization: 75, notStarted: [{ phase: 'brownsweg', start: '2027-03-29' }], notMeasured: [] });
    expect(result.condition!.lowest).not.toHaveProperty('group');
    expect(decommissionLine(result, 'en')).toContain('active use is 100 in the lowest of the parts started (phase Albina: 2 of 2 people there, 80% needs 2 of 2) and 75 in the whole organization, needs >= 80; not started by 2027-03-19, the day measured: Brownsweg (from 2027-03-29)');
  });

  it('counts once Brownsweg has started: then its people count, as everyone else', async () => {
    // g of Brownsweg not active: Brownsweg 1 of 2 (50) is the lowest, Veldwerk 3 of 4 (75) above it.
    const result = await check(fieldStaff('Apr 2, 2027', 'Apr 1, 2027', ['a', 'b', 'c', 'd', 'e', 'f', 'h']), '2027-04-02');
    expect(result.condition).toMatchObject({ observed: 50, lowest: { phase: 'brownsweg' }, organization: 87.5, notStarted: [], notMeasured: [] });
  });
});
