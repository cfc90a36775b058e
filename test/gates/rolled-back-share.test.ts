import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Zorg Marowijne (test/fixtures/still-on) with Moengo (5) and Albina (4) in one phase, Branches,
 * from Monday 19 April 2027; Albina rolled back on Monday 17 May. Branches' success gate names no
 * location: at least 50% active 5 weeks after the start, due Monday 24 May. The Teams reports:
 *   2027-05-14: Moengo 3 of 5 active, Albina 1 of 4: the phase 4 of 9 = 44.4
 *   2027-05-21: Moengo 3 of 5, Albina 0 of 4, back on WhatsApp since 17 May: the phase without
 *   them 3 of 5 = 60 (with them 3 of 9 = 33.3, as if they had failed on Teams).
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'still-on');
const written = parse(readFileSync(path.join(FIXTURE, 'rollout.yaml'), 'utf8')) as Record<string, unknown> & { phases: Record<string, unknown>[] };
const branches = { id: 'branches', name: 'Branches', audience: { locations: ['Moengo', 'Albina'] }, weeks: 2 };
const plan = (rollback: boolean) => {
  const data: Record<string, unknown> = {
    ...written,
    phases: [written.phases[0], branches, written.phases[3]],
    gates: [{ id: 'branches-success', phase: 'branches', metric: 'active_use_pct', op: '>=', threshold: 50, within: '5w' }],
  };
  if (!rollback) delete data.rollback;
  return planIn(validPlan(stringify(data)), 'en');
};
const check = async (at: string, rollback = true) => (await checkGates({ plan: plan(rollback), files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: FIXTURE } })).result;

describe("a phase's gate beside a location of it rolled back", () => {
  it('counts the people still on the new tool from the rollback on: Moengo’s 3 of 5, not 3 of 9 with Albina back on WhatsApp', async () => {
    const gate = (await check('2027-05-24')).gates.find((g) => g.id === 'branches-success')!;
    expect(gate).toMatchObject({ status: 'pass', observed: 60, due: '2027-05-24' });
    expect(gate.reason).toBe('last of 2 active_use_pct rows from 2027-04-19 to 2027-05-24 is 60 on 2027-05-21 (3 of 5 people; 3 of 5 needed), >= 50');
  });

  it('counts Albina in the phase before its rollback, and when it never rolled back', async () => {
    const before = (await check('2027-05-17')).gates.find((g) => g.id === 'branches-success')!;
    expect(before.observed).toBe(44.4444);
    const never = (await check('2027-05-24', false)).gates.find((g) => g.id === 'branches-success')!;
    expect(never).toMatchObject({ status: 'fail', observed: 33.3333 });
  });
});
