import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';

/**
 * Atelier Sabajo: 11 people in Paramaribo (Monday-Friday, the plan's week) and 4 at the Moengo
 * site, which works Monday-Saturday, from Monday 1 February 2027. `moengoHolidays` go under the
 * Moengo site's own holidays. One gate on the helpdesk's Google Workspace tickets, `gate`.
 */
export function sabajoPlan(gate: string, moengoHolidays: string[] = []): string {
  return [
    'version: 1',
    'tool: { name: Google Workspace, contact: { name: Kantoor, email: kantoor@sabajo-arch.sr } }',
    'organization:',
    '  name: Atelier Sabajo',
    '  headcount: 15',
    '  languages: [nl, en]',
    '  locations:',
    '    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 11 }',
    `    - { name: Moengo, timezone: America/Paramaribo, headcount: 4, workingDays: [mon, tue, wed, thu, fri, sat], holidays: [${moengoHolidays.join(', ')}] }`,
    'start: 2027-02-01',
    'strategy: { by: location }',
    'phases:',
    '  - { id: paramaribo, name: Paramaribo, audience: { locations: [Paramaribo] }, weeks: 1 }',
    '  - { id: moengo, name: Moengo, audience: { locations: [Moengo] }, weeks: 1 }',
    'gates:',
    `  - ${gate}`,
    'sources:',
    '  - { file: "exports/Helpdesk log - Meldingen.csv", kind: events, date: Datum, dateFormat: d-m-yyyy, where: { Categorie: Google Workspace }, metric: support_tickets }',
    '',
  ].join('\n');
}

/** A ticket: its day of February 2027 and its category. */
export type Melding = [day: number, category: string];

/**
 * The helpdesk log, a Google Sheet downloaded as CSV (File > Download > .csv): CRLF, Dutch dates
 * without leading zeros, who reported it and a description with commas, quotes and line breaks.
 */
export function helpdeskLog(tickets: readonly Melding[]): string {
  const header = 'Datum,Tijd,Melder,Vestiging,Categorie,Omschrijving,Status';
  const rows = tickets.map(([day, category], i) => {
    const where = i % 4 === 0 ? 'Moengo' : 'Paramaribo';
    return `${day}-2-2027,${9 + (i % 7)}:15,Sharmila Karsowidjojo,${where},${category},"Kan niet inloggen, ""wachtwoord onjuist"".\nGraag terugbellen",Opgelost`;
  });
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

/** The atelier's folder: the plan with `gate` and the helpdesk log of `tickets`. */
export function sabajoOffice(gate: string, tickets: readonly Melding[], moengoHolidays: string[] = []): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'rollout.yaml'), sabajoPlan(gate, moengoHolidays));
  writeFileSync(path.join(dir, 'exports', 'Helpdesk log - Meldingen.csv'), helpdeskLog(tickets));
  return dir;
}

/** One Google Workspace ticket on each weekday, 1 to 22 February 2027, and one on Saturday the 20th; a printer ticket on Saturday the 13th. */
export const WEEKDAYS_AND_ONE_SATURDAY: Melding[] = [
  ...[1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22].map((d): Melding => [d, 'Google Workspace']),
  [20, 'Google Workspace'],
  [13, 'Printer'],
];

/** The gate of the trial: tickets do not rise. */
export const NOT_RISING = '{ id: tickets-not-rising, phase: paramaribo, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 3w, severity: minor }';
