import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import { downloadDay } from '../../src/sources/as-of.js';
import { readSources } from '../../src/sources/read.js';
import { allScopes } from '../../src/sources/scopes.js';
import { sourceSeries } from '../../src/sources/series.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { ROOT } from '../helpers.js';
import { oneSourceCopy, planIn } from './support.js';

/**
 * A TOPdesk incident export (Dutch layout, `;`, dd-mm-yyyy) with every ticket since 1 March; its
 * last is of Thursday 25 March, and Friday 26 March had none of any kind.
 */
const EXPORT = readFileSync(path.join(ROOT, 'test/fixtures/topdesk/meldingen.csv'), 'utf8');

const topdesk = (name: string) =>
  oneSourceCopy({ file: 'adoption/exports/topdesk/*.csv', kind: 'events', date: 'Aanmelddatum', dateFormat: 'dd-mm-yyyy', where: { Subcategorie: 'Microsoft Teams' }, metric: 'support_tickets' }, 'topdesk', { [name]: EXPORT });

/** The ticket count of each day the export covers, read on `readOn`. */
async function counts(dir: string, readOn: string): Promise<Record<string, number>> {
  const plan = planIn(dir);
  const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
  const byDay: Record<string, number> = {};
  await readSources({ plan, baseDir: dir, lenient: false, metrics, answers: new Set(), scopes: (m) => allScopes(plan, m), asOf: parseDay(readOn) }, (p) => {
    byDay[formatDay(p.day)] = p.value;
  });
  return byDay;
}

describe('a ticket export covers the days up to the one it was downloaded on', () => {
  it('with that day in its name, counts the working days after its last ticket as 0, but not the download day itself', async () => {
    const byDay = await counts(topdesk('topdesk-meldingen-2027-03-29.csv'), '2027-03-29');
    expect(byDay).toMatchObject({ '2027-03-24': 0, '2027-03-25': 1, '2027-03-26': 0 });
    // The weekend is no working day; Monday 29 March was not over when the export was made.
    expect(Object.keys(byDay).filter((d) => d > '2027-03-26')).toEqual([]);
  });

  it('without a date in its name, covers up to its last ticket only: an export that ends early never fakes a fall', async () => {
    const byDay = await counts(topdesk('topdesk-meldingen.csv'), '2027-03-29');
    expect(byDay['2027-03-25']).toBe(1);
    expect(Object.keys(byDay).filter((d) => d > '2027-03-25')).toEqual([]);
  });

  it('never past the day it is read on, whatever later day its name gives', async () => {
    // A name with the end of a range still to come: read on Monday 29 March, that Monday is not over.
    const byDay = await counts(topdesk('topdesk-meldingen 2027-03-01 t-m 2027-03-31.csv'), '2027-03-29');
    expect(byDay['2027-03-26']).toBe(0);
    expect(Object.keys(byDay).filter((d) => d > '2027-03-26')).toEqual([]);
  });

  it('gives rollout metrics the same days, up to the day it lists', async () => {
    const dir = topdesk('topdesk-meldingen 2027-03-01 t-m 2027-03-31.csv');
    const { series } = await sourceSeries(planIn(dir), { baseDir: dir, lenient: false }, parseDay('2027-03-29'));
    const days = series.filter((r) => r.metric === 'support_tickets' && r.date >= '2027-03-25').map((r) => [r.date, r.value]);
    expect(days).toEqual([
      ['2027-03-25', 1],
      ['2027-03-26', 0],
    ]);
  });

  it('is read from the last date in the name, never after the day of reading', () => {
    expect(formatDay(downloadDay('exports/topdesk-meldingen-2027-03-29.csv', parseDay('2027-04-05'))!)).toBe('2027-03-29');
    expect(formatDay(downloadDay('exports/meldingen 2027-03-01 t-m 2027-03-31.csv', parseDay('2027-03-29'))!)).toBe('2027-03-29');
    expect(formatDay(downloadDay('exports/Incidenten 29 mrt 2027.csv', undefined)!)).toBe('2027-03-29');
    // A name without a date says nothing; the day of reading alone may be days after the download.
    expect(downloadDay('exports/2027/topdesk-meldingen.csv', parseDay('2027-03-29'))).toBeUndefined();
  });
});
