import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';

/* Kaiteur Design's roster gains a "Uit dienst" column: two of the office leave on 22 March. */

interface Entry {
  file: string;
  date: string;
  to: string;
}

const entries = (dir: string): Entry[] => (JSON.parse(readFileSync(path.join(dir, 'emails/index.json'), 'utf8')) as { messages: Entry[] }).messages;

describe('render-emails after two people leave', () => {
  it('counts 23 in the messages from their leaving day on, and leaves the messages already sent as they were', () => {
    const dir = adoptionCopy((plan) => {
      plan.people = { ...plan.people, columns: { ...(plan.people.columns as object), left: 'Uit dienst' } };
    });
    const file = path.join(dir, 'adoption/people.csv');
    const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    const roster = (day: string) => {
      let office = 0;
      writeFileSync(file, `${[`${header},Uit dienst`, ...rows.map((row) => `${row},${row.includes(',Office,') && office++ < 2 ? day : ''}`)].join('\r\n')}\r\n`);
    };
    const render = () => run(['render-emails', '--plan', 'rollout.yaml', '--out', 'emails', '--at', '2027-03-20', '--force', '--format', 'md'], { cwd: dir });
    // Written on Saturday 20 March, before anyone left.
    roster('');
    expect(render().status).toBe(0);
    const first = entries(dir);
    // The next Monday's roster dates the two leavers; the run the week after writes again.
    roster('22-03-2027');
    const again = render();
    expect(again.status).toBe(0);
    expect(again.stderr).not.toMatch(/rewrote \d+ messages? dated before/);
    const second = entries(dir);
    const everyone = (list: Entry[], after: boolean) => [...new Set(list.filter((e) => e.to.startsWith('Everyone at') && e.date >= '2027-03-22' === after).map((e) => e.to))];
    expect(everyone(first, true)).toEqual(['Everyone at Kaiteur Design (25 people)']);
    expect(everyone(second, false)).toEqual(['Everyone at Kaiteur Design (25 people)']);
    expect(everyone(second, true)).toEqual(['Everyone at Kaiteur Design (23 people)']);
    const dutch = second.find((e) => e.file.endsWith('weekly-update.nl.md') && e.date >= '2027-03-22')!;
    expect(dutch.to).toBe('Iedereen bij Kaiteur Design (23 personen)');
    expect(readFileSync(path.join(dir, 'emails', dutch.file), 'utf8')).toMatch(/van de 23 collega's/);
    expect(second.filter((e) => e.date < '2027-03-20')).toEqual(first.filter((e) => e.date < '2027-03-20'));
    // Counts only: no leaver's id or name in any output.
    const leavers = rows.filter((r) => r.includes(',Office,')).slice(0, 2).flatMap((r) => r.split(',').slice(0, 2));
    const out = `${again.stdout}${again.stderr}${readFileSync(path.join(dir, 'emails/index.md'), 'utf8')}`;
    for (const who of leavers) expect(out).not.toContain(who);
  });
});
