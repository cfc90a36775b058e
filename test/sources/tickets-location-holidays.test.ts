import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import { readSources } from '../../src/sources/read.js';
import { allScopes } from '../../src/sources/scopes.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { validPlan } from '../helpers.js';
import { notaryOffice, teamsTickets } from '../notary-tickets.js';

const FALLING = '{ id: meldingen-dalen, phase: iedereen, metric: support_tickets, aggregate: slope, op: "<", threshold: 0, within: 4w, severity: major, scope: organization }';
/** The working days of both offices, 1 to 25 March 2027: weekdays, less Ied (10th) and Holi (22nd); Good Friday is the 26th. */
const OPEN = [1, 2, 3, 4, 5, 8, 9, 11, 12, 15, 16, 17, 18, 19, 23, 24, 25];

/** The ticket count of each day the office's export covers, read on 29 March, the day it was downloaded. */
async function counts(dir: string): Promise<Record<string, number>> {
  const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
  const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
  const byDay: Record<string, number> = {};
  await readSources({ plan, baseDir: dir, lenient: false, metrics, answers: new Set(), scopes: (m) => allScopes(plan, m), asOf: parseDay('2027-03-29') }, (p) => {
    byDay[formatDay(p.day)] = p.value;
  });
  return byDay;
}

describe('a ticket trend leaves out the holidays every office has off, written under each location', () => {
  it('counts no day both offices are closed, and a day one office alone is closed as a working day of the other', async () => {
    // A Teams ticket every day both offices are open except Friday 12 March, when Nickerie alone is closed.
    const dir = notaryOffice(FALLING, 'tickets-2027-03-29.csv', teamsTickets(OPEN.filter((d) => d !== 12)));
    const byDay = await counts(dir);
    // Ied and Holi are under both offices' holidays: no office could take a ticket, as on Good Friday.
    expect(Object.keys(byDay).filter((d) => ['2027-03-10', '2027-03-22', '2027-03-26'].includes(d))).toEqual([]);
    // Paramaribo worked on the 12th and had no ticket: a 0, as the per-location plan allows no other reading.
    expect(byDay['2027-03-12']).toBe(0);
    expect(Object.keys(byDay)).toHaveLength(17);
  });

  it('judges a flat helpdesk load as flat: one ticket every open day fails a "falling" gate', async () => {
    const dir = notaryOffice(FALLING, 'tickets-2027-03-29.csv', teamsTickets(OPEN));
    const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
    const { result } = await checkGates({ plan, files: [], asOf: parseDay('2027-03-30'), lenient: false, sources: { baseDir: dir } });
    // By hand: 17 days of 1 ticket (1 to 25 March, weekdays less 10, 22 March), slope 0, not below 0.
    // Read as working days with 0 tickets, the two holidays made 19 days and a slope of -0.0057: a pass.
    expect(result.gates.find((g) => g.id === 'meldingen-dalen')).toMatchObject({ status: 'fail', observed: 0, samples: 17 });
  });
});
