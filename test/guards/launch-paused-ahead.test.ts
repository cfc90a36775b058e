import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import { decisionLine, recordPauseLine } from '../../src/reporters/gates/labels.js';
import { parseDay } from '../../src/util/dates.js';
import { minimalPlan, tempDir, validPlan } from '../helpers.js';

// The default preset from 2027-01-04: the core team launches on Monday 01-18, its go/no-go on the
// early adopters (>= 60% active use) is due Friday 01-15, and reads 45 that day.
async function checked(pauses: unknown[]) {
  const metrics = path.join(tempDir(), 'metrics.csv');
  writeFileSync(metrics, 'date,metric,value,phase\n2027-01-08,active_use_pct,30,early-adopters\n2027-01-15,active_use_pct,45,early-adopters\n');
  const plan = planIn(validPlan(minimalPlan({ pauses })), 'en');
  return (await checkGates({ plan, files: [metrics], asOf: parseDay('2027-01-15'), lenient: false })).result;
}

describe('the pause of a launch gate-check asks for, written into the plan ahead of its first day', () => {
  it('holds the launch: the check continues and asks for no pause again', async () => {
    const result = await checked([{ from: '2027-01-18', reason: 'early-adopters-go-no-go failed', only: { phase: 'core-team' } }]);
    expect(result.decision).toBe('continue');
    expect(result.blockedLaunches).toEqual([expect.objectContaining({ phase: 'core-team', launch: '2027-01-18', pausedFrom: '2027-01-18' })]);
    expect(decisionLine(result, 'en')).toBe("Decision: continue (exit 0): launch of Core team on 2027-01-18 is held by the plan's pause from 2027-01-18: early-adopters-go-no-go failed (major → pause); only an export dated up to 2027-01-15 still counts");
    expect(recordPauseLine(result, 'en')).toBeUndefined();
  });

  it('does not hold it with a pause that starts after the launch day', async () => {
    const result = await checked([{ from: '2027-01-25', reason: 'later', only: { phase: 'core-team' } }]);
    expect([result.decision, result.blockedLaunches[0]?.pausedFrom]).toEqual(['pause', undefined]);
  });
});
