import { describe, expect, it } from 'vitest';
import { oneSourceCopy, readAll } from './support.js';

/** A helpdesk's ticket export; a merged ticket keeps its row without a creation date. */
const TICKETS = [
  'Ticket ID,Subject,Category,Status,Created',
  '4101,Teams vraagt steeds om wachtwoord,Microsoft Teams,Open,2027-03-15 09:12',
  '4102,Samengevoegd met #4101,Microsoft Teams,Merged,',
  '4103,Printer op kantoor,Printer,Closed,2027-03-16 14:02',
  '4104,Geen geluid in vergadering,Microsoft Teams,Closed,2027-03-17 10:40',
].join('\r\n');

const read = (more: Record<string, unknown>) =>
  readAll(oneSourceCopy({ file: 'adoption/exports/helpdesk/tickets.csv', kind: 'events', date: 'Created', metric: 'support_tickets', where: { Category: 'Microsoft Teams' }, ...more }, 'helpdesk', { 'tickets.csv': `${TICKETS}\r\n` }));

describe('a row that where or exclude leaves out', () => {
  it('is never read, so its empty date is no bad row', async () => {
    const { points, imports } = await read({ exclude: { Status: 'Merged' } });
    expect(imports.map((i) => [i.rows, i.skipped])).toEqual([[4, 0]]);
    expect(points.filter((p) => p.value > 0).map((p) => [p.day, p.value])).toEqual([
      ['2027-03-15', 1],
      ['2027-03-17', 1],
    ]);
  });

  it('a row read with an empty date stops the run, saying what to write in the plan to leave such rows out', async () => {
    await expect(read({})).rejects.toThrow(
      'tickets.csv:3:5: the date is empty; correct it in the export, or, if its rows without a date are not to be read, leave them out in the plan with sources[0].exclude: { Created: "" }, or run with --lenient to skip bad rows',
    );
  });
});
