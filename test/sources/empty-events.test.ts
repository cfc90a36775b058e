import { describe, expect, it } from 'vitest';
import { oneSourceCopy, readAll } from './support.js';

/** A Freshdesk ticket export's header (Tickets > Export, CSV), with a BOM as Freshdesk writes it. */
const FRESHDESK_HEADER =
  '\ufeff"Ticket ID","Subject","Status","Priority","Source","Type","Agent","Group","Created time","Due by Time","Resolved time","Closed time","Last updated time","Initial response time","Tags","Full name","Contact ID"\n';

/** Two Teams tickets in week 3, one of them with a comma and a line break in its subject. */
const WEEK_3 =
  FRESHDESK_HEADER +
  '"1041","Cannot sign in to Teams","Closed","Low","Email","Microsoft Teams","Ravi Sewdien","IT","2027-03-15 09:57:12","2027-03-17 09:57:12","2027-03-15 16:00:00","2027-03-15 16:00:00","2027-03-15 16:00:00","2027-03-15 10:20:00","","Sandra Pinas","101"\n' +
  '"1042","Teams asks for my password, again\nand again","Open","Medium","Portal","Microsoft Teams","","IT","2027-03-17 14:22:40","2027-03-19 14:22:40","","","2027-03-17 14:22:40","","","Kevin Tjon","102"\n';

/** The example with its helpdesk source reading Freshdesk exports, with these files. */
const helpdesk = (files: Record<string, string>) =>
  oneSourceCopy({ file: 'adoption/exports/freshdesk/tickets-*.csv', kind: 'events', date: 'Created time', where: { Type: 'Microsoft Teams' }, metric: 'tickets' }, 'freshdesk', files);

async function read(dir: string) {
  const { points, ...out } = await readAll(dir);
  return { points: points.map((p) => [p.day, p.value]), ...out };
}

describe('a helpdesk export with a header and no rows', () => {
  it('is no empty export but no ticket yet: one line for the source, covering no day, so no value and no fall to 0', async () => {
    const dir = helpdesk({ 'tickets-2027-03-05.csv': FRESHDESK_HEADER });
    const { points, warnings, imports } = await read(dir);
    expect(points).toEqual([]);
    expect(imports.map((i) => [i.rows, i.noRowsIsAnswer])).toEqual([[0, true]]);
    expect(warnings).toEqual([
      expect.stringMatching(/^sources\[0\]: \S*freshdesk\/tickets-2027-03-05\.csv has a header and no rows: no event yet, and so no day covered; tickets has no value until an export with a row comes, and its gates stay undecided meanwhile$/),
    ]);
  });

  it('says nothing once another export of the source has rows, and adds no day to what that one covers', async () => {
    const dir = helpdesk({ 'tickets-2027-03-05.csv': FRESHDESK_HEADER, 'tickets-2027-03-19.csv': WEEK_3 });
    const { points, warnings, imports } = await read(dir);
    // From the first ticket, 15 March, to the day before the export was downloaded (19 March, in its name): 1, 0, 1, 0; nothing before, from the empty first export.
    expect(points).toEqual([
      ['2027-03-15', 1],
      ['2027-03-16', 0],
      ['2027-03-17', 1],
      ['2027-03-18', 0],
    ]);
    expect(warnings).toEqual([]);
    expect(imports.map((i) => [i.rows, i.noRowsIsAnswer])).toEqual([
      [0, true],
      [2, undefined],
    ]);
  });
});
