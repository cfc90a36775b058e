import { describe, expect, it } from 'vitest';
import { check, gatePlan } from './support.js';

// The pilot's go/no-go is due 2027-01-11; the launch of Everyone on 2027-01-18 waits for it.
const goNoGo = { id: 'pilot-go', phase: 'pilot', metric: 'active_use_pct', threshold: 60, within: '1w', guards: 'next', severity: 'major' };
const rows = (value: number) => `date,metric,value\n2027-01-08,active_use_pct,${value}\n`;

describe('the current phase while a launch waits', () => {
  it('is the phase launched before it: the held launch has not started', async () => {
    const held = await check(gatePlan([goNoGo]), rows(50), '2027-01-18');
    expect([held.decision, held.blockedLaunches.map((b) => b.phase), held.currentPhase]).toEqual(['pause', ['everyone'], 'pilot']);
    expect((await check(gatePlan([goNoGo]), rows(50), '2027-01-22')).currentPhase).toBe('pilot');
  });

  it('is the launched phase once its gates let it go, and a failing report-only gate holds nothing', async () => {
    expect((await check(gatePlan([goNoGo]), rows(70), '2027-01-18')).currentPhase).toBe('everyone');
    const reportOnly = await check(gatePlan([{ ...goNoGo, guards: 'none' }]), rows(50), '2027-01-18');
    expect([reportOnly.decision, reportOnly.currentPhase]).toEqual(['continue', 'everyone']);
  });
});
