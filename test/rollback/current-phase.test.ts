import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkGates } from '../../src/gates/check.js';
import { headline } from '../../src/reporters/gates/labels.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies, Albina rolled back. The current phase is the one running for the rest; when the
 * part rolled back ran the last phase started and nothing else runs, there is none, and gate-check
 * says why.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml');
const USAGE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'usage.csv');
const base = parse(readFileSync(FIXTURE, 'utf8')) as { phases: Record<string, unknown>[]; rollback: Record<string, unknown> };

const check = async (data: typeof base, at: string) => (await checkGates({ plan: validPlan(stringify(data)), files: [USAGE], asOf: parseDay(at), lenient: false })).result;

describe('the current phase after the rollback of one part', () => {
  it('is none once Albina, the last phase started, rolled back and the switch-off waits for it', async () => {
    const result = await check(base, '2027-04-26');
    expect(result.currentPhase).toBeNull();
    expect(headline(result, 'en')).toBe('Gate check as of 2027-04-26, current phase: none (Albina rolled back on 2027-04-19; nothing else runs)');
    expect(headline(result, 'nl')).toBe('Toetsing op 2027-04-26, huidige fase: geen (Albina is op 2027-04-19 teruggedraaid; verder loopt er niets)');
    // Before the rollback the plan had not recorded it: Albina's phase is the last started.
    expect((await check(base, '2027-04-16')).currentPhase).toBe('albina');
  });

  it('is the phase still running for the rest when Albina rolls back during it', async () => {
    // The head office runs six weeks; Albina starts in week 5 beside it, and rolls back on 12 April.
    const data = structuredClone(base);
    Object.assign(data.phases[1]!, { weeks: 6 });
    Object.assign(data.phases[2]!, { startWeek: 5, overlap: true });
    data.rollback.on = '2027-04-12';
    const result = await check(data, '2027-04-14');
    expect(result.currentPhase).toBe('head-office');
    expect(headline(result, 'en')).toBe('Gate check as of 2027-04-14, current phase: Head office');
    expect((await check(data, '2027-04-09')).currentPhase).toBe('albina');
  });
});
