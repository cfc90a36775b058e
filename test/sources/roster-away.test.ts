import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { loadPlan } from '../../src/plan/load.js';
import { decisionWhy } from '../../src/reporters/gates/labels.js';
import { loadRoster } from '../../src/sources/roster.js';
import { parseDay } from '../../src/util/dates.js';
import { RolloutError } from '../../src/util/errors.js';
import { atelierKroon, KROON_PLAN, KROON_PLAN_AWAY, kroonRoster, kroonRosterAway } from '../atelier-kroon.js';

const planOf = (text: string, dir: string) => loadPlan(text, path.join(dir, 'rollout.yaml')).plan!;
const SANDRA = 5;

async function failure(cell: string): Promise<string> {
  const dir = atelierKroon(kroonRosterAway(cell), KROON_PLAN_AWAY);
  const error = await loadRoster(planOf(KROON_PLAN_AWAY, dir), dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RolloutError);
  return (error as RolloutError).message.replace(dir + path.sep, '');
}

describe("leave in the roster's away column", () => {
  it('reads periods as the office writes them, day first, and counts nobody away out of the headcount', async () => {
    const dir = atelierKroon(kroonRosterAway('2-3-2027 - 3-3-2027; 15-3-2027 t/m 26-3-2027, 1-4-2027'), KROON_PLAN_AWAY);
    const roster = await loadRoster(planOf(KROON_PLAN_AWAY, dir), dir);
    const days = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-12', '2027-03-15', '2027-03-26', '2027-03-29', '2027-04-01', '2027-04-02'].map(parseDay);
    expect(days.map((d) => roster.on(SANDRA, d))).toEqual([true, false, false, true, false, false, true, false, true]);
    expect(days.map((d) => roster.employed(SANDRA, d))).toEqual(days.map(() => true));
    expect(roster.present(parseDay('2027-03-22'))).toHaveLength(7);
    expect(roster.onLeaveCount(parseDay('2027-03-22'))).toBe(1);
    expect(roster.away(parseDay('2027-03-22'))).toEqual([SANDRA]);
  });

  it('stops on a period it cannot read, at its cell, saying how to write one and never who', async () => {
    expect(await failure('15-3-2027 - 19-3-2027 - 26-3-2027')).toBe('people.csv:7:8: Afwezig: "15-3-2027 - 19-3-2027 - 26-3-2027" is no period away; write each period as its first and last day away, 15-3-2027 - 26-3-2027 (or t/m between them), several separated by ; and one day alone for a single day');
    expect(await failure('26-3-2027 - 15-3-2027')).toMatch(/^people\.csv:7:8: Afwezig: "26-3-2027 - 15-3-2027" ends before it begins; write each period/);
    expect(await failure('15-3-2027 - 32-3-2027')).toMatch(/^people\.csv:7:8: Afwezig: "15-3-2027 - 32-3-2027": /);
    for (const cell of ['15-3-2027 - 19-3-2027 - 26-3-2027', '26-3-2027 - 15-3-2027']) expect(await failure(cell)).not.toMatch(/sandra|Kroon-test/i);
  });
});

describe('a switch-off read in a part of a few people', () => {
  const check = async (roster: string, plan: string, at: string) => {
    const dir = atelierKroon(roster, plan);
    return (await checkGates({ plan: planOf(plan, dir), files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } })).result;
  };

  it('says that 80% of a half of 3 is all 3, in people, in both languages', async () => {
    const result = await check(kroonRoster(), KROON_PLAN, '2027-03-22');
    expect(result.decision).toBe('pause');
    expect(result.condition?.people).toEqual({ active: 2, total: 3, needed: 3 });
    expect(decisionWhy(result, 'en')).toContain('(phase Andere helft van het team: 2 of 3 people there, 80% needs 3 of 3) and 85.7 in the whole organization');
    expect(decisionWhy(result, 'nl')).toContain('66,7 in het laagste van de begonnen delen (fase Andere helft van het team: 2 van 3 personen daar, 80% vraagt 3 van 3) en 85,7 in de hele organisatie');
    const second = result.gates.find((g) => g.id === 'second-half-success')!;
    expect(second.reason).toMatch(/is 66\.6667 on 2027-03-\d\d \(2 of 3 people; 3 of 3 needed\)$/);
  });

  it('lets the switch-off go when the colleague on leave is in the away column: 2 of 2 in the second half', async () => {
    const result = await check(kroonRosterAway(), KROON_PLAN_AWAY, '2027-03-22');
    expect(result.decommissionReady).toBe(true);
    expect(result.decision).toBe('continue');
    expect(result.condition?.observed).toBe(100);
    const second = result.gates.find((g) => g.id === 'second-half-success')!;
    expect(second.reason).toMatch(/\(2 of 2 people; 2 of 2 needed\)$/);
  });
});
