import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';

/**
 * An architecture office of 7 rolling out Bitwarden Teams with the `small` preset: 6 people in
 * Paramaribo, 1 working from home in Lelydorp on a poor connection. The roster is the office's
 * Excel staff list saved as CSV, in Dutch; the event log is the admin console's export.
 */
export const KROON_PLAN = `version: 1
tool:
  name: Bitwarden Teams
  replaces: { nl: de gedeelde Excel-lijst met wachtwoorden, en: the shared Excel sheet of passwords }
  why: { nl: iedereen kan de Excel-lijst met al onze wachtwoorden openen, en: anyone can open the Excel sheet with all our passwords }
  benefit: { nl: hoe veilig we wachtwoorden delen, en: how safely we share passwords }
  contact: { name: Jerry Kroon, email: jerry@atelierkroon.sr }
organization:
  name: Atelier Kroon Architecten
  headcount: 7
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 6, champion: Jerry Kroon }
    - { name: Lelydorp, timezone: America/Paramaribo, headcount: 1, connectivity: poor }
people: { file: people.csv, columns: { person: Email, name: Naam, location: Vestiging, language: Taal, phase: Fase, joined: In dienst, left: Uit dienst } }
start: 2027-03-01
preset: small
communications:
  surveyLink: "https://forms.office.com/r/Kr00nBw7x"
regional:
  offlinePlan: { nl: "Bel Jerry.", en: "Call Jerry." }
sources:
  - file: "exports/bitwarden_org-events_export_*.csv"
    kind: sign-ins
    date: date
    person: userEmail
    exclude: { type: [User_FailedLogIn, User_FailedLogIn2fa] }
`;

/** Who works where and in which half: the colleague in Lelydorp starts in the second half, once its problems are worked out. */
export const KROON_PEOPLE = [
  ['jerry', 'Paramaribo', 'first-half'],
  ['anita', 'Paramaribo', 'first-half'],
  ['ravi', 'Paramaribo', 'first-half'],
  ['esther', 'Paramaribo', 'first-half'],
  ['marlon', 'Paramaribo', 'second-half'],
  ['sandra', 'Paramaribo', 'second-half'],
  ['kenneth', 'Lelydorp', 'second-half'],
] as const;

export type KroonPerson = (typeof KROON_PEOPLE)[number][0];

/** The staff list as CSV with the columns the plan names; `more` adds columns (header, then each person's cell). */
export function kroonRoster(more: { header: string; cell: (who: KroonPerson) => string } = { header: '', cell: () => '' }): string {
  const extra = more.header ? `;${more.header}` : '';
  const rows = KROON_PEOPLE.map(([who, where, half]) => `${who}@atelierkroon.sr;${who[0]!.toUpperCase()}${who.slice(1)} Kroon-test;${where};nl;${half};;${more.header ? `;${csvCell(more.cell(who))}` : ''}`);
  return `Email;Naam;Vestiging;Taal;Fase;In dienst;Uit dienst${extra}\r\n${rows.join('\r\n')}\r\n`;
}

/** A cell as Excel saves it in a `;` CSV: quoted when it holds a `;`. */
const csvCell = (text: string) => (text.includes(';') ? `"${text}"` : text);

const weekdays = (from: string, until: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${until}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() % 6 !== 0) out.push(d.toISOString().slice(0, 10));
  }
  return out;
};

/**
 * Log-ins up to Friday 26 March 2027: the first half every working day from 1 March, the second from
 * 8 March, Lelydorp once a week; Sandra is on leave from Monday 15 to Friday 26 March.
 */
export function kroonLogins(): [KroonPerson, string][] {
  const days = (who: KroonPerson, from: string, until = '2027-03-26') => weekdays(from, until).map((d): [KroonPerson, string] => [who, d]);
  return [
    // Setting up the vault the Friday before: the log covers the week before the launch too.
    ['jerry', '2027-02-19'],
    ...(['jerry', 'anita', 'ravi', 'esther'] as const).flatMap((who) => days(who, '2027-03-01')),
    ...['2027-03-10', '2027-03-17', '2027-03-24'].map((d): [KroonPerson, string] => ['kenneth', d]),
    ...days('marlon', '2027-03-08'),
    ...days('sandra', '2027-03-08', '2027-03-12'),
  ];
}

/**
 * The admin console's event log export (Reporting > Event logs > Export): UTC times with seven
 * decimals, newest first, CRLF; a failed log-in is among the rows and is left out by the plan.
 */
export function kroonEvents(logins: [KroonPerson, string][]): string {
  const header = 'message,appIcon,appName,userId,userName,userEmail,date,ip,type,installationId';
  const rows = logins.map(([who, day], i) => {
    const id = `0000000${KROON_PEOPLE.findIndex((p) => p[0] === who)}-aaaa-bbbb-cccc-dddddddddddd`;
    return `Logged in.,bwi-globe,Web Vault - Chrome,${id},${who} Kroon-test,${who}@atelierkroon.sr,${day}T12:${String(i % 60).padStart(2, '0')}:00.1234567Z,190.98.1.${(i % 250) + 1},User_LoggedIn,11111111-2222-3333-4444-555555555555`;
  });
  rows.push('Login attempt failed with incorrect password.,bwi-globe,Web Vault - Chrome,00000006-aaaa-bbbb-cccc-dddddddddddd,kenneth Kroon-test,kenneth@atelierkroon.sr,2027-03-04T19:00:00.0000000Z,190.98.1.9,User_FailedLogIn,11111111-2222-3333-4444-555555555555');
  rows.sort((a, b) => (a.split(',')[6]! < b.split(',')[6]! ? 1 : -1));
  return `${header}\r\n${rows.join('\r\n')}\r\n`;
}

/** The office's folder: the plan, the staff list (`roster`), and the event log downloaded on 26 March. */
export function atelierKroon(roster = kroonRoster(), plan = KROON_PLAN): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), plan);
  writeFileSync(path.join(dir, 'people.csv'), roster);
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'exports', 'bitwarden_org-events_export_20270326170512.csv'), kroonEvents(kroonLogins()));
  return dir;
}

/** The plan with the staff list's leave column named. */
export const KROON_PLAN_AWAY = KROON_PLAN.replace('left: Uit dienst }', 'left: Uit dienst, away: Afwezig }');

/** The staff list with Sandra's two weeks of leave in its Afwezig column, as the office writes it. */
export const kroonRosterAway = (cell = '15-3-2027 t/m 26-3-2027') => kroonRoster({ header: 'Afwezig', cell: (who) => (who === 'sandra' ? cell : '') });
