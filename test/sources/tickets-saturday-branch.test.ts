import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import { readSources } from '../../src/sources/read.js';
import { allScopes } from '../../src/sources/scopes.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { validPlan } from '../helpers.js';
import { NOT_RISING, sabajoOffice, WEEKDAYS_AND_ONE_SATURDAY } from '../moengo-helpdesk.js';

const AT = parseDay('2027-02-22');

/** The ticket count of each day the helpdesk log covers, read on 22 February. */
async function counts(dir: string): Promise<Record<string, number>> {
  const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
  const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
  const byDay: Record<string, number> = {};
  await readSources({ plan, baseDir: dir, lenient: false, metrics, answers: new Set(), scopes: (m) => allScopes(plan, m), asOf: AT }, (p) => {
    byDay[formatDay(p.day)] = p.value;
  });
  return byDay;
}

async function gate(dir: string) {
  const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
  const { result } = await checkGates({ plan, files: [], asOf: AT, lenient: false, sources: { baseDir: dir } });
  return result.gates.find((g) => g.id === 'tickets-not-rising');
}

describe('a ticket trend counts the Saturdays of a Monday-Saturday site', () => {
  it('reads an empty Saturday the Moengo site works as 0, as it reads a Saturday with a ticket as 1; Sundays are no day', async () => {
    const byDay = await counts(sabajoOffice(NOT_RISING, WEEKDAYS_AND_ONE_SATURDAY));
    expect([6, 13, 20].map((d) => byDay[`2027-02-${String(d).padStart(2, '0')}`])).toEqual([0, 0, 1]);
    expect(Object.keys(byDay).filter((d) => ['2027-02-07', '2027-02-14', '2027-02-21'].includes(d))).toEqual([]);
    expect(Object.keys(byDay)).toHaveLength(19);
  });

  it('judges one ticket a weekday and 0, 0, 1 on the Saturdays as rising', async () => {
    // By hand, x = days since 1 February over the 19 working days (Sundays 6, 13, 20 left out), y = 1 but 0 on x = 5 and 12:
    // Σx = 231 - 39 = 192, Σy = 17, Σxy = 192 - 17 = 175, Σx² = 3311 - 605 = 2706;
    // Sxy = 175 - 192·17/19 = 61/19, Sxx = 2706 - 192²/19 = 14550/19, slope = 61/14550 = 0.0042 per day.
    // Without the empty Saturdays the 17 rows were all 1: a slope of 0, a pass.
    expect(await gate(sabajoOffice(NOT_RISING, WEEKDAYS_AND_ONE_SATURDAY))).toMatchObject({ status: 'fail', observed: 0.0042, samples: 19 });
  });

  it('leaves out a Saturday the site alone works and has off, and counts a weekday it has off, which Paramaribo works', async () => {
    const holidays = ['{ date: 2027-02-13, name: Bedrijfsuitje }', '{ date: 2027-02-12, name: Stroomonderbreking }'];
    // No ticket on Friday 12 February, the Moengo site's day off: Paramaribo worked and had none.
    const dir = sabajoOffice(NOT_RISING, WEEKDAYS_AND_ONE_SATURDAY.filter(([d]) => d !== 12), holidays);
    const byDay = await counts(dir);
    expect(byDay['2027-02-13']).toBeUndefined();
    expect(byDay['2027-02-12']).toBe(0);
    expect(Object.keys(byDay)).toHaveLength(18);
    // By hand, without x = 12 and with y = 0 on x = 5 and 11: Σx = 180, Σy = 16, Σxy = 180 - 5 - 11 = 164, Σx² = 2562;
    // Sxy = 164 - 180·16/18 = 4, Sxx = 2562 - 180²/18 = 762, slope = 4/762 = 0.0052 per day.
    expect(await gate(dir)).toMatchObject({ status: 'fail', observed: 0.0052, samples: 18 });
  });
});
