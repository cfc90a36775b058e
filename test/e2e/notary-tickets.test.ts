import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { notaryOffice, teamsTickets, type Ticket } from '../notary-tickets.js';

type Gate = { id: string; status: string; observed: number | null; samples: number };

const FALLING = '{ id: meldingen-dalen, phase: iedereen, metric: support_tickets, aggregate: slope, op: "<", threshold: 0, within: 4w, severity: major, scope: organization }';
/** The days both offices are open, 1 to 25 March 2027: weekdays less Ied (10th) and Holi (22nd); Good Friday is the 26th. */
const OPEN = [1, 2, 3, 4, 5, 8, 9, 11, 12, 15, 16, 17, 18, 19, 23, 24, 25];

/** The metrics rows of support_tickets as `date,value`. */
function ticketRows(dir: string, at: string): string[] {
  const r = run(['metrics', '--at', at, '--format', 'csv'], { cwd: dir });
  expect(r.status).toBe(0);
  return r.stdout.split('\n').flatMap((l) => (l.includes(',support_tickets,') ? [l.split(',').slice(0, 3).join(',').replace(',support_tickets', '')] : []));
}

describe('a Freshdesk export of a notary office with its holidays under each location, through the built binary', () => {
  it('leaves out the days both offices are closed: a flat load of one ticket a day fails a "falling" gate', () => {
    const dir = notaryOffice(FALLING, 'tickets-2027-03-29.csv', teamsTickets(OPEN));
    const days = ticketRows(dir, '2027-03-29');
    expect(days.filter((d) => /^2027-03-(10|22|26),/.test(d))).toEqual([]);
    expect(days).toHaveLength(17);
    const r = run(['gate-check', '--at', '2027-03-30', '--format', 'json'], { cwd: dir });
    // By hand: 17 days of 1 ticket, slope 0, which is not below 0 (the two holidays read as 0 made it -0.0057, a pass).
    expect((JSON.parse(r.stdout) as { gates: Gate[] }).gates.find((g) => g.id === 'meldingen-dalen')).toMatchObject({ status: 'fail', observed: 0, samples: 17 });
  });

  it('counts a day one office alone is closed as a working day of the other: Friday 12 March without a ticket is a 0', () => {
    const dir = notaryOffice(FALLING, 'tickets-2027-03-29.csv', teamsTickets(OPEN.filter((d) => d !== 12)));
    expect(ticketRows(dir, '2027-03-29').filter((d) => d.startsWith('2027-03-1'))).toEqual(['2027-03-11,1', '2027-03-12,0', '2027-03-15,1', '2027-03-16,1', '2027-03-17,1', '2027-03-18,1', '2027-03-19,1']);
  });

  it('gives the Friday update the days up to the day before the download day in the name, as metrics and gate-check count them', () => {
    const NOT_RISING = '{ id: meldingen, phase: iedereen, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 4w }';
    // Teams tickets on 2 March (2), 15 March (2), 16 March and Wednesday 24 March, a printer ticket on the 23rd.
    const tickets: Ticket[] = [...teamsTickets([2, 2, 15, 15, 16]), ['2027-03-23 08:30:00', 'Printer'], ...teamsTickets([24])];
    const dir = notaryOffice(NOT_RISING, 'tickets-2027-03-29.csv', tickets);
    // metrics reads the export downloaded on 29 March up to the 28th: the 25th is a 0, Good Friday and the weekend no day.
    expect(ticketRows(dir, '2027-04-02').slice(-3)).toEqual(['2027-03-23,0', '2027-03-24,1', '2027-03-25,0']);
    // Written on the day or after, the update of Friday 2 April counts 19-25 March: 1 (the 24th),
    // against 12-18 March: 3 (2 on the 15th, 1 on the 16th).
    for (const at of ['2027-04-02', '2027-04-05']) {
      expect(run(['render-emails', '--at', at, '--out', `m-${at}`], { cwd: dir }).status).toBe(0);
      const mail = (lang: string) => readFileSync(path.join(dir, `m-${at}`, `2027-04-02_rollout_weekly-update.${lang}.md`), 'utf8');
      expect(mail('nl')).toContain('- **Vragen aan Kantoorbeheer:** 1 melding in de 7 dagen tot en met donderdag 25 maart, minder dan de 3 in de 7 dagen daarvoor');
      expect(mail('en')).toContain('- **Questions to Kantoorbeheer:** 1 ticket in the 7 days up to Thursday, March 25, down from 3 in the 7 days before');
      // The requester's name and address in the export reach no message.
      const all = readdirSync(path.join(dir, `m-${at}`)).map((f) => readFileSync(path.join(dir, `m-${at}`, f), 'utf8')).join('\n');
      expect(all).not.toMatch(/Rishi|Jagessar/i);
    }
    // Written on 19 March, before the day in its name: that name says nothing yet (a typo could count days not come as no
    // tickets), so the update ends the day before its last row, the 24th: 17-23 March 0 (the printer's is no Teams ticket), 10-16 March 3.
    expect(run(['render-emails', '--at', '2027-03-19', '--out', 'early'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'early', '2027-04-02_rollout_weekly-update.en.md'), 'utf8')).toContain('0 tickets in the 7 days up to Tuesday, March 23');
  });
});
