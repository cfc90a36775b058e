import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { reasonText } from '../../src/gates/reasons.js';
import { renderJunit } from '../../src/reporters/gates/junit.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, tempDir, validPlan } from '../helpers.js';

/*
 * Kaiteur Design rolled Teams back on Monday 2027-03-29, the day department 2 was to start. A gate
 * not due by then is withdrawn, as a part rollback withdraws its part's gates: it reads nothing
 * after that day, and one of a phase that never started keeps its planned window.
 */
const plan = validPlan(readFileSync(path.join(ROOT, 'test/fixtures/plans/rolled-back.yaml'), 'utf8'));

async function check(at: string) {
  const usage = path.join(tempDir(), 'usage.csv');
  // A row after the rollback (people still in Teams that week) must not count.
  writeFileSync(usage, '\uFEFFdate,metric,value\n2027-03-22,active_use_pct,50\n2027-04-01,active_use_pct,90\n');
  return (await checkGates({ plan, files: [usage], asOf: parseDay(at), lenient: false })).result;
}
const gate = (result: Awaited<ReturnType<typeof check>>, id: string) => result.gates.find((g) => g.id === id)!;

describe('the gates after the whole rollout rolled back', () => {
  it('withdraw a gate not due by the rollback, its window ending on the rollback day', async () => {
    const result = await check('2027-04-05');
    expect(gate(result, 'department-1-success')).toMatchObject({ status: 'pending', withdrawn: true, effect: 'continue', observed: 50, window: { from: '2027-03-15', to: '2027-03-29' }, reason: 'the rollout rolled back on 2027-03-29' });
    expect(reasonText(gate(result, 'department-1-success').because, 'nl', result.names)).toBe('de invoering is op 2027-03-29 teruggedraaid');
  });

  it('keep the planned window of a gate of a phase that never started, and say so', async () => {
    const result = await check('2027-04-05');
    expect(gate(result, 'everyone-else-success')).toMatchObject({ status: 'pending', withdrawn: true, samples: 0, window: { from: '2027-04-12', to: '2027-05-10' }, reason: 'the rollout rolled back on 2027-03-29, before its phase started' });
    // Department 2 was to start on the rollback's own day: it never did.
    expect(gate(result, 'department-2-success')).toMatchObject({ withdrawn: true, samples: 0, window: { from: '2027-03-29', to: '2027-04-26' } });
    expect(reasonText(gate(result, 'department-2-success').because, 'nl', result.names)).toBe('de invoering is op 2027-03-29 teruggedraaid, voordat de fase begon');
  });

  it('leave a gate due by the rollback as it was judged, and skip the withdrawn ones in JUnit', async () => {
    const result = await check('2027-04-05');
    expect(gate(result, 'pilot-success')).toMatchObject({ status: 'fail', observed: 50, window: { from: '2027-03-01', to: '2027-03-29' } });
    expect(gate(result, 'pilot-success').withdrawn).toBeUndefined();
    expect(renderJunit(result)).toMatch(/name="department-1-success">\n +<skipped message="withdrawn: the rollout rolled back on 2027-03-29">withdrawn: the rollout rolled back on 2027-03-29<\/skipped>/);
  });

  it('judge as before until the rollback day', async () => {
    const result = await check('2027-03-26');
    expect(gate(result, 'department-1-success')).toMatchObject({ status: 'pending', window: { from: '2027-03-15', to: '2027-03-26' }, reason: expect.stringMatching(/^due 2027-04-12; so far/) });
    expect(gate(result, 'department-1-success').withdrawn).toBeUndefined();
  });
});
