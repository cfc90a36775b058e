import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import { downloadDay, type SourceOrder } from '../../src/sources/as-of.js';
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

const topdesk = (name: string, more: Record<string, unknown> = {}) =>
  oneSourceCopy({ file: 'adoption/exports/topdesk/*.csv', kind: 'events', date: 'Aanmelddatum', dateFormat: 'dd-mm-yyyy', where: { Subcategorie: 'Microsoft Teams' }, metric: 'support_tickets', ...more }, 'topdesk', { [name]: EXPORT });

const AUTO: SourceOrder = { order: 'auto', setting: { key: 'sources[0].dateFormat' } };

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
    expect(formatDay(downloadDay('exports/topdesk-meldingen-2027-03-29.csv', parseDay('2027-04-05'), AUTO)!)).toBe('2027-03-29');
    expect(formatDay(downloadDay('exports/meldingen 2027-03-01 t-m 2027-03-31.csv', parseDay('2027-03-29'), AUTO)!)).toBe('2027-03-29');
    expect(formatDay(downloadDay('exports/Incidenten 29 mrt 2027.csv', undefined, AUTO)!)).toBe('2027-03-29');
    // A name without a date says nothing; the day of reading alone may be days after the download.
    expect(downloadDay('exports/2027/topdesk-meldingen.csv', parseDay('2027-03-29'), AUTO)).toBeUndefined();
  });
});

describe('a ticket export named with the day first or the month first', () => {
  const DAY_FIRST = { order: 'dmy', setting: { key: 'sources[0].dateFormat' } } as const;
  const MONTH_FIRST = { order: 'mdy', setting: { key: 'sources[0].dateFormat' } } as const;

  it("is read in the order of the source's dateFormat, never after the day of reading", () => {
    const day = (file: string, format: SourceOrder, readOn?: string) => formatDay(downloadDay(file, readOn === undefined ? undefined : parseDay(readOn), format)!);
    expect(day('exports/meldingen 29-03-2027.csv', DAY_FIRST)).toBe('2027-03-29');
    expect(day('exports/tickets_29.03.2027.xlsx', DAY_FIRST)).toBe('2027-03-29');
    expect(day('exports/tickets 03-29-2027.csv', MONTH_FIRST)).toBe('2027-03-29');
    expect(day('exports/meldingen 05-04-2027.csv', DAY_FIRST)).toBe('2027-04-05');
    expect(day('exports/meldingen 05-04-2027.csv', MONTH_FIRST)).toBe('2027-05-04');
    expect(day('exports/meldingen 31-03-2027.csv', DAY_FIRST, '2027-03-29')).toBe('2027-03-29');
    // Without a dateFormat, when it reads one way alone.
    expect(day('exports/meldingen 29-03-2027.csv', AUTO)).toBe('2027-03-29');
  });

  it('counts the same days as the export named with the ISO date', async () => {
    const iso = await counts(topdesk('topdesk-meldingen-2027-03-29.csv'), '2027-03-29');
    expect(await counts(topdesk('meldingen 29-03-2027.csv'), '2027-03-29')).toEqual(iso);
    expect(await counts(topdesk('tickets_29.03.2027.csv'), '2027-03-29')).toEqual(iso);
    // Saved on Wednesday under Monday's date: the name's day, not the day of reading.
    expect(await counts(topdesk('meldingen 29-03-2027.csv'), '2027-03-31')).toEqual(iso);
  });

  it('stops on a date that reads both ways without a dateFormat, naming the file, the plan key and both ISO names', async () => {
    const dir = topdesk('meldingen 03-04-2027.csv', { dateFormat: 'auto' });
    await expect(counts(dir, '2027-04-05')).rejects.toThrow(
      /^\S+\/exports\/topdesk\/meldingen 03-04-2027\.csv: the date "03-04-2027" in its name, the day the export was downloaded, up to which it covers the days, reads both day-first \(3 April\) and month-first \(4 March\): rename the file with the date year-first \(2027-04-03 or 2027-03-04\), or, when the export's own dates are written day-first or month-first too, say which with sources\[0\]\.dateFormat: dd-mm-yyyy or sources\[0\]\.dateFormat: mm-dd-yyyy$/,
    );
    expect(await counts(topdesk('meldingen 29-03-2027.csv', { dateFormat: 'auto' }), '2027-03-29')).toEqual(await counts(topdesk('topdesk-meldingen-2027-03-29.csv'), '2027-03-29'));
  });

  it('stops on a date that is one only in the order the dateFormat does not set', async () => {
    await expect(counts(topdesk('tickets 03-29-2027.csv'), '2027-03-29')).rejects.toThrow(
      /tickets 03-29-2027\.csv: the date "03-29-2027" in its name, the day the export was downloaded, up to which it covers the days, is no date read day-first, the order sources\[0\]\.dateFormat sets; read month-first it is 29 March: rename the file with the date year-first \(2027-03-29\)$/,
    );
  });
});
