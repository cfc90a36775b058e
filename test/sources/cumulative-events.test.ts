import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';
import { oneSourceCopy, readAll } from './support.js';

/**
 * Freshdesk exports (Tickets > Export, CSV, US dates) made on Mondays, each with every ticket
 * since 1 March: ticket 3007 of Wednesday 10 March is in the export of 15 March and was deleted
 * before that of 22 March. The last-week export holds the tickets from 9 March on only.
 */
const fixture = (name: string): string => readFileSync(path.join(ROOT, 'test/fixtures/freshdesk', name), 'utf8');

/** The example reading these fixtures as its helpdesk source, each under its own name or the one given. */
const helpdesk = (names: string[], renamed: Record<string, string> = {}) =>
  oneSourceCopy(
    { file: 'adoption/exports/freshdesk/tickets-*.csv', kind: 'events', date: 'Created time', dateFormat: 'mm/dd/yyyy', where: { Type: 'Microsoft Teams' }, metric: 'support_tickets' },
    'freshdesk',
    Object.fromEntries(names.map((n) => [renamed[n] ?? n, fixture(n)])),
  );

async function counts(dir: string): Promise<Record<string, number>> {
  const { points } = await readAll(dir);
  return Object.fromEntries(points.map((p) => [p.day, p.value]));
}

describe('cumulative helpdesk exports', () => {
  it('count a ticket deleted since an older export no more: the newest export is the truth for the days it covers', async () => {
    const older = await counts(helpdesk(['tickets-2027-03-15.csv']));
    expect(older['2027-03-10']).toBe(2);
    const both = await counts(helpdesk(['tickets-2027-03-15.csv', 'tickets-2027-03-22.csv']));
    expect(both).toMatchObject({ '2027-03-01': 2, '2027-03-03': 1, '2027-03-09': 1, '2027-03-10': 1, '2027-03-12': 1, '2027-03-16': 1, '2027-03-18': 1 });
    // Whatever the order of their names: the newest is the one whose tickets reach furthest.
    const newerFirst = await counts(helpdesk(['tickets-2027-03-15.csv', 'tickets-2027-03-22.csv'], { 'tickets-2027-03-15.csv': 'tickets-week-11.csv', 'tickets-2027-03-22.csv': 'tickets-2027-03-22.csv' }));
    expect(newerFirst).toEqual(both);
  });

  it('still count the tickets of days before a newer export begins', async () => {
    const both = await counts(helpdesk(['tickets-2027-03-15.csv', 'tickets-last-week-2027-03-22.csv']));
    expect(both).toMatchObject({ '2027-03-01': 2, '2027-03-02': 0, '2027-03-03': 1, '2027-03-08': 0, '2027-03-09': 1, '2027-03-10': 1, '2027-03-18': 1 });
  });

  it('give the same counts to rollout metrics', () => {
    const dir = helpdesk(['tickets-2027-03-15.csv', 'tickets-2027-03-22.csv']);
    const r = run(['metrics', '--at', '2027-03-19', '--format', 'csv'], { cwd: dir });
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('2027-03-1'));
    expect(rows.map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '2027-03-10,support_tickets,1',
      '2027-03-11,support_tickets,0',
      '2027-03-12,support_tickets,1',
      '2027-03-15,support_tickets,0',
      '2027-03-16,support_tickets,1',
      '2027-03-17,support_tickets,0',
      '2027-03-18,support_tickets,1',
    ]);
  });
});
