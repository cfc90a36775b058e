import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPlan } from '../helpers.js';
import { AMSTERDAM, hotelHelpdesk, PARAMARIBO, PERSONAL, WILLEMSTAD, type HotelTicket } from '../hotel-tickets.js';
import { points } from './support.js';

/** Each location's and the whole organization's count by day of March from `from` to `to`, `-` for a day that is no day of its series. */
async function byLocation(dir: string, from: number, to: number): Promise<{ counts: Record<string, string>; warnings: string[] }> {
  const plan = validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'));
  const read = await points(plan, dir);
  const counts: Record<string, string> = {};
  for (const scope of ['', 'Paramaribo', 'Willemstad', 'Amsterdam']) {
    let line = '';
    for (let day = from; day <= to; day++) line += read.points.find((p) => p.scope === scope && p.date === `2027-03-${String(day).padStart(2, '0')}`)?.value ?? '-';
    counts[scope] = line;
  }
  return { counts, warnings: read.warnings };
}

describe("a helpdesk ticket with a time and an offset, read per requester, counts on the day where the requester works", () => {
  it("dates Amsterdam's and Willemstad's tickets by their own clocks and the organization's count by Paramaribo's", async () => {
    const tickets: HotelTicket[] = [
      ['2027-03-15 09:10:00 -0300', PARAMARIBO],
      // Tuesday 00:30 in Amsterdam: Monday 20:30 in Paramaribo.
      ['2027-03-16 00:30:00 +0100', AMSTERDAM],
      // Written in UTC: Wednesday 20:40 in Paramaribo, Thursday 00:40 in Amsterdam.
      ['2027-03-17T23:40:00Z', AMSTERDAM],
      // Friday 00:30 in Paramaribo: Thursday 23:30 at the resort, an hour behind.
      ['2027-03-19 00:30:00 -0300', WILLEMSTAD],
      ['2027-03-23 00:20:00 +0100', AMSTERDAM],
    ];
    const { counts, warnings } = await byLocation(hotelHelpdesk(tickets), 15, 23);
    expect(counts).toEqual({
      // Mon 15 to Tue 23; nobody works the weekend of 20 and 21.
      '': '20101--10',
      Paramaribo: '10000--00',
      Willemstad: '00010--00',
      Amsterdam: '01010--01',
    });
    expect(warnings.join('\n')).not.toMatch(PERSONAL);
  });

  it("counts a ticket whose requester's day falls outside the days the export covers on that day, and no 0 beside it", async () => {
    const tickets: HotelTicket[] = [
      // The export's first ticket, Monday 00:30 in Paramaribo, is Sunday 23:30 at the resort.
      ['2027-03-15 00:30:00 -0300', WILLEMSTAD],
      ['2027-03-17 10:00:00 -0300', PARAMARIBO],
      // Downloaded on Wednesday 24, the export covers up to Tuesday 23; its last ticket is Amsterdam's Wednesday.
      ['2027-03-24 00:10:00 +0100', AMSTERDAM],
    ];
    const { counts } = await byLocation(hotelHelpdesk(tickets), 14, 24);
    expect(counts).toEqual({
      // Sun 14 to Wed 24: the organization's count from Monday 15 to Tuesday 23, by Paramaribo's days.
      '': '-10100--01-',
      Paramaribo: '-00100--00-',
      Willemstad: '100000--00-',
      Amsterdam: '-00000--001',
    });
  });

  it('keeps the day as written for a ticket without an offset', async () => {
    const { counts } = await byLocation(hotelHelpdesk([['2027-03-16 00:30:00', AMSTERDAM], ['2027-03-17 10:00:00', PARAMARIBO]], '2027-03-18'), 16, 17);
    expect(counts).toMatchObject({ '': '11', Amsterdam: '10', Paramaribo: '01' });
  });
});
