import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure } from '../../src/gates/check.js';
import { Progress } from '../../src/progress/measured.js';
import { sourceSeries } from '../../src/sources/series.js';
import { parseDay } from '../../src/util/dates.js';
import { validPlan } from '../helpers.js';
import { notaryOffice, teamsTickets, type Ticket } from '../notary-tickets.js';

const NOT_RISING = '{ id: meldingen, phase: iedereen, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 4w }';
/** Teams tickets on 2 March (2), 15 March (2), 16 March and Wednesday 24 March; a printer ticket on 23 March. */
const TICKETS: Ticket[] = [...teamsTickets([2, 2, 15, 15, 16]), ['2027-03-23 08:30:00', 'Printer'], ...teamsTickets([24])];

/** The office's ticket progress as render-emails reads it with --at `asOf`, its updates measured to any later day. */
async function progressOf(dir: string, asOf: string): Promise<Progress> {
  const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
  const read = await checkAndMeasure({ plan, files: [], asOf: parseDay(asOf), lenient: false, sources: { baseDir: dir } }, Progress.metricsOf(plan), Infinity);
  return new Progress(plan, read.ledger);
}

describe('the weekly update counts the days a ticket export covers as the gates and metrics do', () => {
  it('up to the day before the download day in its name, once that day has come', async () => {
    const dir = notaryOffice(NOT_RISING, 'tickets-2027-03-29.csv', TICKETS);
    // metrics reads the export, downloaded on 29 March, up to Sunday 28 March: the 25th without a ticket is a 0.
    const { series } = await sourceSeries(validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')), { baseDir: dir, lenient: false }, parseDay('2027-04-02'));
    expect(series.filter((r) => r.date >= '2027-03-23').map((r) => [r.date, r.value])).toEqual([
      ['2027-03-23', 0],
      ['2027-03-24', 1],
      ['2027-03-25', 0],
    ]);
    // Friday 2 April: the export covers up to the 28th, whose last working day is Thursday 25 March (Good Friday is off).
    // 19-25 March: 1 (the 24th); 12-18 March: 2 + 1 = 3 (12 March is a working day in Paramaribo, without a ticket).
    // The 16 days from 2 March have 2, 0 ..., 2, 1, 0 ..., 1, 0: slope -0.0059, and the week fell: fewer every week.
    for (const asOf of ['2027-04-02', '2027-03-29']) {
      const progress = await progressOf(dir, asOf);
      expect(progress.at('2027-04-02', [])?.tickets).toEqual({ week: 1, previous: 3, trend: 'down', falling: true, until: '2027-03-25' });
    }
    // Read on 19 March, a name dated 29 March says nothing yet: as without a date, the update ends the day before the last row.
    expect((await progressOf(dir, '2027-03-19')).at('2027-04-02', [])?.tickets).toMatchObject({ week: 0, previous: 3, until: '2027-03-23' });
  });

  it('without a date in its name, up to the day before its last row, as before: that day may have gone on after the download', async () => {
    const dir = notaryOffice(NOT_RISING, 'tickets-freshdesk.csv', TICKETS);
    // The last row is the Teams ticket of the 24th: the update ends on the 23rd, with 0 in 17-23 March and 3 in 10-16 March (2 + 1).
    expect((await progressOf(dir, '2027-04-02')).at('2027-04-02', [])?.tickets).toMatchObject({ week: 0, previous: 3, until: '2027-03-23' });
  });
});
