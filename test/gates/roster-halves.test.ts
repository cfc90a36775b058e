import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { loadPlan } from '../../src/plan/load.js';
import { withRosterPlaces, type Plan } from '../../src/plan/resolve.js';
import { rosterPlaces } from '../../src/sources/roster-places.js';
import { loadRoster } from '../../src/sources/roster.js';
import { parseDay } from '../../src/util/dates.js';
import { atelierKroon, KROON_PLAN } from '../atelier-kroon.js';

/**
 * The small preset splits each location's headcount in two, so by its own split the one colleague
 * in Lelydorp starts in the first half; the office's roster puts him in the second, from 8 March.
 * On Friday 5 March he has not started, and his 0% says nothing of use.
 */
describe("the switch-off condition reads the halves as the roster's phase column has them", () => {
  const condition = async (placed: boolean) => {
    const dir = atelierKroon();
    const plan = loadPlan(KROON_PLAN, path.join(dir, 'rollout.yaml')).plan!;
    const seen: Plan = placed ? withRosterPlaces(plan, rosterPlaces(plan, await loadRoster(plan, dir))) : plan;
    return (await checkGates({ plan: seen, files: [], asOf: parseDay('2027-03-05'), lenient: false, sources: { baseDir: dir } })).result.condition!;
  };

  it('leaves Lelydorp out of the parts started until the second half starts', async () => {
    expect(await condition(true)).toMatchObject({ observed: 100, lowest: { phase: 'first-half' }, notStarted: [{ phase: 'second-half', start: '2027-03-08' }] });
  });

  it("by the preset's own split it read Lelydorp's 0% as the lowest part started", async () => {
    expect(await condition(false)).toMatchObject({ observed: 0, lowest: { location: 'Lelydorp' } });
  });
});
