import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';

/** The columns of Zendesk's ticket CSV export (Admin Center > Account > Tools > Reports > Export), up to its ticket metrics. */
export const ZENDESK_HEADER =
  'Summation column,Id,Requester,Requester id,Requester external id,Requester email,Requester domain,Submitter,Assignee,Group,Subject,Tags,Status,Priority,Via,Ticket type,Created at,Updated at,Assigned at,Organization,Due date,Initially assigned at,Solved at,Resolution time,Satisfaction Score,Group stations,Assignee stations,Reopens,Replies';

/**
 * A ticket: the day it came in March 2027, its tags, as Zendesk lists them in one cell, separated
 * by spaces, and the address of who raised it (by default a doctor of the clinic).
 */
export type ZendeskTicket = [day: number, tags: string, requester?: string];

/** A requester's name as Zendesk shows it, from their address: `Rachel Soekhai` for rachel.soekhai@... */
const nameOf = (address: string): string =>
  address
    .split('@')[0]!
    .split('.')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/**
 * A Zendesk ticket export, as it is downloaded: a BOM, CRLF, a subject with a comma and a line
 * break, requesters' names and addresses, one row per ticket with all its tags in `Tags`.
 */
export function zendeskExport(tickets: ZendeskTicket[]): string {
  const rows = tickets.map(([day, tags, requester = 'ravi.sewdien@kliniek.example'], i) => {
    const d = String(day).padStart(2, '0');
    const at = `2027-03-${d} ${String(8 + (i % 8)).padStart(2, '0')}:1${i % 10}:00 -0300`;
    const subject = i % 3 === 0 ? '"Teams op de telefoon, geen geluid\nsinds de update"' : `"Help, ticket ${i}"`;
    const name = nameOf(requester);
    return `,${1000 + i},${name},38${i}00,,${requester},${requester.split('@')[1]},${name},Anand Ramdin,Servicedesk,${subject},${tags},solved,normal,Mail,incident,${at},${at},${at},Kliniek,,${at},${at},1,,1,1,0,2`;
  });
  return `\uFEFF${[ZENDESK_HEADER, ...rows].join('\r\n')}\r\n`;
}

/** Teams tickets falling from 3 a working day to 1 over March; the early ones carry a second tag, the later ones `teams` alone. Plus other queues' tags that hold the word. */
export function fallingTeamsTickets(): ZendeskTicket[] {
  const days = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26];
  return days.flatMap((day) => {
    const n = day < 10 ? 3 : day < 19 ? 2 : 1;
    const teams = Array.from({ length: n }, (_, i): ZendeskTicket => [day, day >= 19 ? 'teams' : i % 2 ? 'mobile teams' : 'teams login']);
    return day % 5 === 0 ? [...teams, [day, 'msteams_license licenties']] : teams;
  });
}

/** A clinic's plan over one Zendesk export, read with `where` (as YAML flow text), and its folder. */
export function zendeskClinic(where: string, tickets: ZendeskTicket[] = fallingTeamsTickets()): string {
  const dir = tempDir();
  const plan = [
    'version: 1',
    'tool: { name: Microsoft Teams, replaces: WhatsApp groups }',
    'organization: { name: Kliniek, headcount: 10, languages: [nl, en] }',
    'start: 2027-03-01',
    'phases:',
    '  - { id: all, name: Everyone, audience: all, weeks: 2 }',
    'gates:',
    '  - { id: tickets, phase: all, scope: organization, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 4w }',
    'sources:',
    '  - file: "exports/zendesk-tickets-*.csv"',
    '    kind: events',
    '    date: Created at',
    `    where: ${where}`,
    '    metric: support_tickets',
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'rollout.yaml'), plan);
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'exports', 'zendesk-tickets-2027-03-29.csv'), zendeskExport(tickets));
  return dir;
}
