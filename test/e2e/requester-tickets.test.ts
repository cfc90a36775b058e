import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';
import { ANJALI, CLIENT, DELETED, GINA, kaiteurHelpdesk, PERSONAL, RACHEL, SUNIL } from '../branch-tickets.js';
import type { ZendeskTicket } from '../zendesk-tickets.js';

const GATES = [
  '{ id: nickerie-tickets, phase: nickerie, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 3w, location: Nieuw Nickerie }',
  '{ id: studio-tickets, phase: studio, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 4w, location: Paramaribo }',
];

/**
 * Three weeks of Teams tickets from Monday 8 March 2027: the branch's fall from 3 a working day
 * (Saturdays too) to 1, the studio's rise from none to 3, and a few from a client, a colleague
 * since deleted from the roster and a suspended account, which are the whole organization's.
 */
function threeWeeks(): ZendeskTicket[] {
  const tickets: ZendeskTicket[] = [];
  for (let day = 8; day <= 27; day++) {
    const weekday = (day - 8) % 7;
    if (weekday === 6) continue;
    const week = Math.floor((day - 8) / 7);
    const branch = [3, 2, 1][week]!;
    for (let i = 0; i < branch; i++) tickets.push([day, i % 2 ? 'mobile teams' : 'teams login', i % 2 ? GINA : RACHEL.toUpperCase()]);
    if (weekday < 5) for (let i = 0; i < week + (weekday % 2); i++) tickets.push([day, 'teams', ANJALI]);
    if (weekday === 2) tickets.push([day, 'teams', [CLIENT, DELETED, SUNIL][week]!]);
  }
  return tickets;
}

/** The README's Zendesk source that reads the requester, in place of the plan's own. */
function withReadmeSource(dir: string): void {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const entry = /#### Zendesk\n[\s\S]*?```yaml\n[\s\S]*?```[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(entry).toContain('person: Requester email');
  const file = path.join(dir, 'rollout.yaml');
  const plan = readFileSync(file, 'utf8');
  writeFileSync(file, `${plan.slice(0, plan.indexOf('sources:\n'))}sources:\n${entry}`);
}

describe('a helpdesk export read per requester, through the built binary', () => {
  it("with the README's Zendesk source, judges the branch's ticket trend on its own tickets and working days, and names nobody", () => {
    const dir = kaiteurHelpdesk(threeWeeks(), GATES, 29);
    withReadmeSource(dir);
    const validated = run(['validate'], { cwd: dir });
    expect(validated.stderr).not.toContain('whole-organization-only');
    expect(validated.stderr).not.toContain('no source can give');

    const json = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
    const gates = (JSON.parse(json.stdout) as { gates: { id: string; status: string; observed: number; samples: number }[] }).gates;
    const branch = gates.find((g) => g.id === 'nickerie-tickets')!;
    const studio = gates.find((g) => g.id === 'studio-tickets')!;
    // Monday to Saturday, 8 to 27 March: 18 working days of the branch, falling.
    expect(branch).toMatchObject({ status: 'pass', samples: 18 });
    expect(branch.observed).toBeLessThan(0);
    // The studio's weekdays from the export's first ticket, 8 to 26 March: 15 days (a weekday without a ticket counts 0), rising.
    expect(studio).toMatchObject({ status: 'fail', samples: 15 });
    expect(studio.observed).toBeGreaterThan(0);
    expect(json.stderr).toContain('sources[0]: 2 tickets have requesters (Requester email) that match no value of people.columns.person');

    const text = run(['gate-check', '--at', '2027-03-29', '--lang', 'nl'], { cwd: dir });
    expect(text.stdout).toContain('nickerie-tickets');
    const metrics = run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: dir });
    expect(metrics.status).toBe(0);
    const rows = metrics.stdout.split(/\r?\n/);
    // Saturday 13 March: the branch's 3 tickets, in the whole organization's count and the branch's; no row of the studio, which has the day off.
    expect(rows).toContain('2027-03-13,support_tickets,3,,,,3');
    expect(rows).toContain('2027-03-13,support_tickets,3,,,Nieuw Nickerie,3');
    expect(rows.filter((r) => r.startsWith('2027-03-13,') && r.includes('Paramaribo'))).toEqual([]);
    for (const out of [validated, json, text, metrics]) expect(`${out.stdout}\n${out.stderr}`).not.toMatch(PERSONAL);
  });
});
