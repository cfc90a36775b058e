import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkGates } from '../../src/gates/check.js';
import { decisionLine } from '../../src/reporters/gates/labels.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies before the rollback was written in: Albina's own critical gate (active use at
 * least 40% two weeks after its launch, read from Albina's rows) guards the switch-off.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml');
const USAGE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'usage.csv');
const base = parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

type Gate = Record<string, unknown>;
const planWith = (edit: (gates: Gate[]) => void) => {
  const data = structuredClone(base);
  delete data.rollback;
  edit(data.gates as Gate[]);
  return validPlan(stringify(data));
};
const check = async (plan: ReturnType<typeof planWith>, at = '2027-04-13') => (await checkGates({ plan, files: [USAGE], asOf: parseDay(at), lenient: false })).result;

describe('gate-check deciding the rollback of one location', () => {
  it('rolls back Albina alone when its own gate asks for a rollback, and judges the rest without it', async () => {
    const result = await check(planWith(() => {}));
    expect(result.decision).toBe('rollback');
    expect(result.rollback).toMatchObject({ parts: [{ location: 'Albina', gates: ['albina-active'] }], rest: 'continue' });
    // The gate itself still says what it asks for.
    expect(result.gates.find((g) => g.id === 'albina-active')).toMatchObject({ status: 'fail', effect: 'rollback' });
  });

  it('gives the rest its own decision: a pause the go/no-go of Albina\'s launch asks for', async () => {
    const guarded = await check(planWith((gates) => Object.assign(gates[1]!, { threshold: 90 })), '2027-04-13');
    expect(guarded.gates.find((g) => g.id === 'albina-go-no-go')).toMatchObject({ status: 'fail', effect: 'pause' });
    expect([guarded.decision, guarded.rollback?.parts, guarded.rollback?.rest]).toEqual(['rollback', [{ location: 'Albina', gates: ['albina-active'] }], 'pause']);
  });

  it('rolls back the whole rollout when the gate reads no one location, from its due day, as the switch-off it guards waits for it', async () => {
    const plan = planWith((gates) => void delete gates[2]!.location);
    expect((await check(plan, '2027-04-12')).decision).toBe('continue');
    for (const day of ['2027-04-13', '2027-04-19']) {
      const result = await check(plan, day);
      expect(result.decision).toBe('rollback');
      expect(result.rollback?.parts).toBeUndefined();
    }
  });

  it('decides nothing with a report-only gate, however badly it fails', async () => {
    const result = await check(planWith((gates) => void delete gates[2]!.guards));
    expect([result.decision, result.rollback]).toEqual(['continue', null]);
  });

  it('says the day before the gate falls due that Albina rolls back unless its value changes', async () => {
    const result = await check(planWith(() => {}), '2027-04-12');
    expect([result.decision, result.partsAhead]).toEqual(['continue', [{ location: 'Albina', gates: ['albina-active'], due: '2027-04-13' }]]);
    expect(decisionLine(result, 'en')).toMatch(/^Decision: continue \(exit 0\): .*; Albina rolls back on 2027-04-13 unless this changes: albina-active is 25, needs >= 40$/);
    expect(JSON.parse(renderJson(result)).partsAhead).toEqual([{ location: 'Albina', gates: ['albina-active'], due: '2027-04-13' }]);
    expect(decisionLine(result, 'nl')).toMatch(/; Albina wordt op 2027-04-13 teruggedraaid als dit zo blijft: albina-active is 25, nodig: >= 40$/);
    // Passing so far, or only reporting: nothing to foresee.
    expect((await check(planWith((gates) => Object.assign(gates[2]!, { threshold: 20 })), '2027-04-12')).partsAhead).toBeUndefined();
    expect((await check(planWith((gates) => void delete gates[2]!.guards), '2027-04-12')).partsAhead).toBeUndefined();
  });
});
