import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';

/**
 * A notary's office of 22 in Paramaribo (18) and Nieuw Nickerie (4), from Monday 1 March 2027,
 * with Suriname's holidays written under each office as the README teaches for several locations:
 * Ied-ul-Fitr (Wednesday 10 March) and Holi Phagwa (Monday 22 March) at both, and a day the
 * Nickerie office alone is closed (Friday 12 March). Good Friday (26 March) and Easter Monday
 * (29 March) are under `calendar.holidays`. One gate on the helpdesk's Teams tickets, `gate`.
 */
export function notaryPlan(gate: string): string {
  const ied = '{ date: 2027-03-10, name: Ied-ul-Fitr }';
  const holi = '{ date: 2027-03-22, name: Holi Phagwa }';
  return [
    'version: 1',
    'tool: { name: Microsoft Teams, contact: { name: Kantoorbeheer, email: it@notariaat.sr } }',
    'organization:',
    '  name: Notariaat Kartodikromo',
    '  headcount: 22',
    '  languages: [nl, en]',
    '  locations:',
    `    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 18, holidays: [${ied}, ${holi}] }`,
    `    - { name: Nieuw Nickerie, timezone: America/Paramaribo, headcount: 4, languages: [nl], holidays: [${ied}, ${holi}, { date: 2027-03-12, name: Kantoor gesloten }] }`,
    'start: 2027-03-01',
    'calendar:',
    '  timezone: America/Paramaribo',
    '  holidays: [{ date: 2027-03-26, name: Goede Vrijdag }, { date: 2027-03-29, name: Tweede Paasdag }]',
    'phases:',
    '  - { id: iedereen, name: Iedereen, audience: all, weeks: 6 }',
    'gates:',
    `  - ${gate}`,
    'sources:',
    '  - { file: "exports/tickets-*.csv", kind: events, date: Created time, where: { Type: Microsoft Teams }, metric: support_tickets }',
    '',
  ].join('\n');
}

/** A ticket: its `Created time` as Freshdesk writes it (`2027-03-15 09:57:12`) and its `Type`. */
export type Ticket = [created: string, type: string];

/**
 * Freshdesk's ticket export (Tickets > Export > CSV): its columns, a BOM, CRLF, a description with
 * commas, quotes and line breaks, and a requester's name and e-mail address, which no output may show.
 */
export function freshdeskExport(tickets: readonly Ticket[]): string {
  const header = 'Ticket ID,Subject,Description,Status,Priority,Source,Type,Agent,Group,Created time,Due by Time,Resolved time,Closed time,Last update time,Tags,Full name,Requester email';
  const rows = tickets.map(([created, type], i) => {
    const description = '"Goedemorgen,\nTeams zegt ""geen verbinding"", ook na herstarten.\nGroet, Rishi"';
    return `${5001 + i},"Teams: vraag, dringend",${description},Closed,Low,Email,${type},Shanti Mahabier,IT,${created},,,,,"teams,uitrol",Rishi Jagessar,rishi.jagessar@notariaat.sr`;
  });
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

/** The office's folder: the plan with `gate`, and the export under `name` (the day it was downloaded). */
export function notaryOffice(gate: string, name: string, tickets: readonly Ticket[]): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'rollout.yaml'), notaryPlan(gate));
  writeFileSync(path.join(dir, 'exports', name), freshdeskExport(tickets));
  return dir;
}

/** One Teams ticket at 10:00 on each of `days` (of March 2027). */
export const teamsTickets = (days: readonly number[]): Ticket[] => days.map((d) => [`2027-03-${String(d).padStart(2, '0')} 10:00:00`, 'Microsoft Teams']);
