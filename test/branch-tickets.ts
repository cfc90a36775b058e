import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';
import { zendeskExport, type ZendeskTicket } from './zendesk-tickets.js';

/*
 * Kaiteur Design's helpdesk in Zendesk, its tickets read per requester. The studio in Paramaribo
 * works Monday to Friday; the branch in Nieuw Nickerie Monday to Saturday, with a day off of its
 * own on Friday 5 March 2027. On the roster: Anjali (Design) and Kevin (Office, left on Thursday
 * 4 March) in Paramaribo; Rachel and Gina (Branch) in Nieuw Nickerie, and Sunil, whose suspended
 * account `people.exclude` leaves out.
 */

export const ANJALI = 'anjali.ramdin@kaiteur.example';
export const KEVIN = 'kevin.lie@kaiteur.example';
export const RACHEL = 'rachel.soekhai@kaiteur.example';
export const GINA = 'gina.tjoe@kaiteur.example';
export const SUNIL = 'sunil.baldew@kaiteur.example';
/** A client who mailed the helpdesk, and a colleague since deleted from the roster: neither is on it. */
export const CLIENT = 'info@bouwbedrijf-wong.example';
export const DELETED = 'mohan.ramcharan@kaiteur.example';

/** Every name and address of the roster and the export: none may reach any output. */
export const PERSONAL = /\b(anjali|ramdin|kevin|rachel|soekhai|gina|tjoe|sunil|baldew|mohan|ramcharan|sewdien|anand)\b|lie@|bouwbedrijf|kaiteur\.example/i;

const ROSTER = [
  'E-mail,Naam,Afdeling,Vestiging,Vertrokken,Status',
  `${ANJALI},Anjali Ramdin,Design,Paramaribo,,Actief`,
  `${KEVIN},Kevin Lie,Office,Paramaribo,2027-03-04,Actief`,
  `${RACHEL},Rachel Soekhai,Branch,Nieuw Nickerie,,Actief`,
  `${GINA},Gina Tjoe,Branch,Nieuw Nickerie,,Actief`,
  `${SUNIL},Sunil Baldew,Branch,Nieuw Nickerie,,Geschorst`,
];

/** The plan with `gates` (YAML flow lines), its source reading the requester from the column `person` (null: none). */
export function kaiteurPlan(gates: string[], person: string | null = 'Requester email'): string {
  return [
    'version: 1',
    'tool: { name: Microsoft Teams, replaces: Slack, contact: { name: Servicedesk, email: servicedesk@kaiteur.sr } }',
    'organization:',
    '  name: Kaiteur Design',
    '  headcount: 4',
    '  languages: [nl, en]',
    '  locations:',
    '    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 2 }',
    '    - { name: Nieuw Nickerie, timezone: America/Paramaribo, headcount: 2, workingDays: [mon, tue, wed, thu, fri, sat], holidays: [{ date: 2027-03-05, name: Dag van de vestiging }] }',
    '  groups:',
    '    - { name: Design, headcount: 1, location: Paramaribo }',
    '    - { name: Office, headcount: 1, location: Paramaribo }',
    '    - { name: Branch, headcount: 2, location: Nieuw Nickerie }',
    'start: 2027-03-01',
    'phases:',
    '  - { id: studio, name: Studio, audience: { groups: [Design, Office] }, weeks: 1 }',
    '  - { id: nickerie, name: Nieuw Nickerie, audience: { locations: [Nieuw Nickerie] }, weeks: 1 }',
    'gates:',
    ...gates.map((g) => `  - ${g}`),
    'people:',
    '  file: people.csv',
    '  columns: { person: E-mail, name: Naam, group: Afdeling, location: Vestiging, left: Vertrokken }',
    '  exclude: { Status: Geschorst }',
    'sources:',
    '  - file: "exports/zendesk-tickets-*.csv"',
    '    kind: events',
    '    date: Created at',
    '    where: { Tags: { tag: teams } }',
    ...(person === null ? [] : [`    person: ${person}`]),
    '    metric: support_tickets',
    '',
  ].join('\n');
}

/** The firm's folder: the plan, the roster and one Zendesk export downloaded on `downloaded` (March 2027). */
export function kaiteurHelpdesk(tickets: ZendeskTicket[], gates: string[], downloaded = 8, person?: string | null): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), kaiteurPlan(gates, person));
  writeFileSync(path.join(dir, 'people.csv'), `\uFEFF${ROSTER.join('\r\n')}\r\n`);
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'exports', `zendesk-tickets-2027-03-${String(downloaded).padStart(2, '0')}.csv`), zendeskExport(tickets));
  return dir;
}

/**
 * The first week's Teams tickets, by day of March: Monday Anjali, Rachel and a client; Tuesday
 * Kevin and Rachel (her address in capitals); Wednesday the deleted colleague and Sunil;
 * Thursday Anjali, and Rachel's printer (no Teams ticket); none on Friday; Saturday Rachel.
 */
export const FIRST_WEEK: ZendeskTicket[] = [
  [1, 'teams login', ANJALI],
  [1, 'teams', RACHEL],
  [1, 'teams', CLIENT],
  [2, 'teams', KEVIN],
  [2, 'mobile teams', RACHEL.toUpperCase()],
  [3, 'teams', DELETED],
  [3, 'teams', SUNIL],
  [4, 'teams', ANJALI],
  [4, 'printer', RACHEL],
  [6, 'teams', RACHEL],
];
