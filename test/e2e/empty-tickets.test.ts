import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';

const TICKETS = 'adoption/exports/tickets-export-2027-03.csv';

type Gates = { gates: { id: string; status: string; observed: number | null; samples: number }[] };

/** The example with the helpdesk's first export, of the week before the first Teams ticket: its header alone. */
function firstWeekEmpty(): string {
  const dir = adoptionCopy();
  const header = readFileSync(path.join(dir, TICKETS), 'utf8').split('\n')[0]!;
  writeFileSync(path.join(dir, 'adoption/exports/tickets-export-2027-03-05.csv'), `${header}\r\n`);
  return dir;
}

describe('a helpdesk export without a ticket yet, run after run', () => {
  it('is said once, as no ticket yet, while it is the only export, and the ticket gate stays undecided rather than reading a fall', () => {
    const dir = firstWeekEmpty();
    rmSync(path.join(dir, TICKETS));
    const r = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
    // Judged: a pause, as studio-active, failed that day, holds the switch-off.
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('tickets-export'));
    expect(lines).toEqual([
      'rollout: sources[4]: adoption/exports/tickets-export-2027-03-05.csv has a header and no rows: no event yet, and so no day covered; tickets has no value until an export with a row comes, and its gates stay undecided meanwhile',
    ]);
    expect(r.stderr).not.toContain('was the export empty');
    const gate = (JSON.parse(r.stdout) as Gates).gates.find((g) => g.id === 'studio-tickets');
    expect(gate).toMatchObject({ status: 'inconclusive', observed: null, samples: 0 });
  });

  it('says nothing of it once the next export has tickets, and the trend reads that export alone', () => {
    const dir = firstWeekEmpty();
    const r = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
    // Judged: a pause, as studio-active, failed that day, holds the switch-off.
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('tickets-export');
    const gate = (JSON.parse(r.stdout) as Gates).gates.find((g) => g.id === 'studio-tickets');
    const alone = (JSON.parse(run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: adoptionCopy() }).stdout) as Gates).gates.find((g) => g.id === 'studio-tickets');
    expect(gate).toEqual(alone);
    expect(gate?.samples).toBeGreaterThan(0);
  });
});
