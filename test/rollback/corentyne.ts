import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Corentyne Freight, 30 people: the IT pilot (4) and Operations (16) in Paramaribo, 10 in
 * Georgetown. Phases of two weeks: the pilot 8-19 February 2027, Georgetown 22 February-5 March,
 * Paramaribo operations 8-19 March, then the switch-off of Slack. Georgetown, the middle phase,
 * goes back to Slack on Monday 15 March, while Paramaribo operations runs; with `resume` it starts
 * again on Monday 12 April, decided on 30 March. The coordinator reads the weekly Teams user
 * activity exports (dated the Saturday) and a cumulative Freshdesk ticket export.
 */
const PEOPLE = [
  ...Array.from({ length: 4 }, (_, i) => [`pilot${i + 1}@corentyne-freight.example`, `Pilot Person ${i + 1}`, 'IT pilot', 'Paramaribo']),
  ...Array.from({ length: 16 }, (_, i) => [`ops${i + 1}@corentyne-freight.example`, `Ops Person ${i + 1}`, 'Operations', 'Paramaribo']),
  ...Array.from({ length: 10 }, (_, i) => [`gt${i + 1}@corentyne-freight.example`, `Georgetown Person ${i + 1}`, '', 'Georgetown']),
];

/** Who was active in the week up to each export's day: the first `n` people of each part. */
const WEEKS: [string, { pilot: number; ops: number; gt: number }][] = [
  ['2027-02-13', { pilot: 3, ops: 0, gt: 0 }], // pilot 3 of 4 = 75
  ['2027-02-20', { pilot: 4, ops: 0, gt: 0 }], // pilot 4 of 4 = 100
  ['2027-02-27', { pilot: 4, ops: 0, gt: 5 }], // Georgetown 5 of 10 = 50, under the go/no-go's 60
  ['2027-03-06', { pilot: 4, ops: 0, gt: 3 }], // Georgetown 3 of 10 = 30, the day after its go/no-go
  ['2027-03-20', { pilot: 4, ops: 14, gt: 0 }], // Operations 14 of 16 = 87.5; Georgetown back on Slack
  ['2027-03-27', { pilot: 4, ops: 14, gt: 0 }], // the same in the weeks up to the second try
  ['2027-04-03', { pilot: 4, ops: 14, gt: 0 }],
  ['2027-04-10', { pilot: 4, ops: 14, gt: 0 }],
  ['2027-04-17', { pilot: 4, ops: 15, gt: 9 }], // Georgetown's second try: 9 of 10 = 90
];

const TEAMS_HEAD = 'Report Refresh Date,Tenant Display Name,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Team Chat Message Count,Is Licensed,Report Period';

/** The Teams exports up to `until`, each with a deleted account as Microsoft 365 lists it. */
function teamsExports(dir: string, until: string): void {
  for (const [day, active] of WEEKS.filter(([d]) => d <= until)) {
    const on = (group: string, n: number) => (group === 'IT pilot' ? n <= active.pilot : group === 'Operations' ? n <= active.ops : n <= active.gt);
    const rows = PEOPLE.map(([mail, , group]) => `${day},Corentyne Freight,${mail},${on(group!, Number(/\d+/.exec(mail!)![0])) ? day : ''},False,,4,Yes,7`);
    rows.push(`${day},Corentyne Freight,left.user@corentyne-freight.example,,True,2027-01-29,0,Yes,7`);
    writeFileSync(path.join(dir, 'exports', `TeamsUserActivityUserDetail${day.replaceAll('-', '')}.csv`), `\uFEFF${TEAMS_HEAD}\r\n${rows.join('\r\n')}\r\n`);
  }
}

/** Teams tickets by day (US dates as Freshdesk writes them); a printer ticket the gate does not count. */
const TICKETS: [string, number][] = [
  ['02/23/2027', 2],
  ['03/01/2027', 3],
  ['03/04/2027', 1],
  ['03/16/2027', 2],
  ['03/24/2027', 1],
];

const FRESHDESK_HEAD = 'Ticket ID,Subject,Description,Status,Priority,Source,Type,Agent,Group,Created time,Due by Time,Resolved time,Closed time,Last update time,Tags,Full name,Contact ID';

/** The cumulative Freshdesk export downloaded on `until`: free text with commas, quotes and line breaks. */
function ticketExport(dir: string, until: string): void {
  let id = 5000;
  const rows = TICKETS.flatMap(([day, n]) =>
    Array.from({ length: n }, () => {
      id += 1;
      return `${id},"Teams: cannot join call, ""error ${id}""","Hi,\nno audio since this morning.\nRegards",Closed,Medium,Email,Microsoft Teams,IT desk,Service desk,${day} 09:14:00,,,,,teams,Ops Person 1,${id}`;
    }),
  );
  rows.push(`${id + 1},Printer jam,paper,Closed,Low,Portal,Incident,IT desk,Service desk,03/02/2027 15:00:00,,,,,,Ops Person 2,${id + 1}`);
  const [y, m, d] = until.split('-');
  const kept = rows.filter((r) => {
    const [mm, dd, yyyy] = /(\d\d)\/(\d\d)\/(\d{4}) \d/.exec(r)!.slice(1);
    return `${yyyy}-${mm}-${dd}` < `${y}-${m}-${d}`;
  });
  writeFileSync(path.join(dir, 'exports', `tickets-${until}.csv`), `\uFEFF${FRESHDESK_HEAD}\r\n${kept.join('\r\n')}\r\n`);
}

/** The trial's plan, as its coordinator writes it; `ticketsWithin`: how long after Georgetown's start the organization's ticket count is due. */
function planText(options: { resume: boolean; ticketsWithin: string; rollback: boolean }): string {
  const resume = options.resume ? '\n  resume: { on: 2027-04-12, changed: a second fibre line is in, decided: 2027-03-30 }' : '';
  const rollback = `
rollback:
  on: 2027-03-15
  reason: the internet line in Georgetown cannot carry Teams calls
  only: { location: Georgetown }${resume}
`;
  return `version: 1
tool: { name: Microsoft Teams, replaces: Slack, contact: { name: IT Service Desk, email: it@corentyne-freight.example } }
organization:
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 20 }
    - { name: Georgetown, timezone: America/Guyana, headcount: 10, languages: [en] }
  groups:
    - { name: IT pilot, headcount: 4, kind: pilot, location: Paramaribo }
    - { name: Operations, headcount: 16, location: Paramaribo }
  name: Corentyne Freight
  headcount: 30
  languages: [en, nl]
start: 2027-02-08
phases:
  - { id: pilot, name: IT pilot, audience: { groups: [IT pilot] }, weeks: 2 }
  - { id: georgetown, name: Georgetown, audience: { locations: [Georgetown] }, weeks: 2 }
  - { id: paramaribo, name: { en: Paramaribo operations, nl: Operatie Paramaribo }, audience: { groups: [Operations] }, weeks: 2 }
  - { id: switch-off, name: { en: Switch off Slack, nl: Slack uitzetten }, kind: decommission, audience: none, weeks: 1, when: { metric: active_use_pct, op: ">=", threshold: 80 } }
people:
  file: people.csv
  columns: { person: Email, name: Name, group: Group, location: Location }
sources:
  - { file: "exports/TeamsUserActivityUserDetail*.csv", kind: activity, date: Report Refresh Date, person: User Principal Name, lastActive: Last Activity Date, activeWithin: 7d, exclude: { Is Deleted: "True" }, metric: active_use_pct }
  - { file: "exports/tickets-*.csv", kind: events, date: Created time, dateFormat: mm/dd/yyyy, where: { Type: Microsoft Teams }, metric: support_tickets }
gates:
  - { id: pilot-go-no-go, phase: pilot, metric: active_use_pct, threshold: 60, due: day-before, guards: next, severity: major }
  - { id: georgetown-go-no-go, phase: georgetown, metric: active_use_pct, threshold: 60, location: Georgetown, due: day-before, guards: next, severity: major }
  - { id: paramaribo-active, phase: paramaribo, metric: active_use_pct, threshold: 80, due: day-before, guards: decommission, severity: major }
  - { id: teams-tickets, phase: georgetown, metric: support_tickets, aggregate: sum, op: "<=", threshold: 12, within: ${options.ticketsWithin}, scope: organization, severity: minor, onInconclusive: continue }
${options.rollback ? rollback : ''}`;
}

/**
 * A folder with the plan (`rollout.yaml`), the roster and the exports downloaded up to `until`.
 * Without `resume` Georgetown stays rolled back; `ticketsWithin` dates the organization's ticket
 * gate from Georgetown's start (4w: Monday 22 March, after the rollback).
 */
export function corentyne(dir: string, options: { resume: boolean; until: string; ticketsWithin?: string; withoutRollback?: boolean }): string {
  mkdirSync(path.join(dir, 'exports'), { recursive: true });
  writeFileSync(path.join(dir, 'people.csv'), `\uFEFFEmail,Name,Group,Location\r\n${PEOPLE.map((p) => p.join(',')).join('\r\n')}\r\n`);
  teamsExports(dir, options.until);
  ticketExport(dir, options.until);
  writeFileSync(path.join(dir, 'rollout.yaml'), planText({ resume: options.resume, ticketsWithin: options.ticketsWithin ?? '4w', rollback: !options.withoutRollback }));
  return path.join(dir, 'rollout.yaml');
}

/** Every account and name from the roster and the exports: no output may hold one. */
export const PERSONAL = [...PEOPLE.flatMap(([mail, name]) => [mail!, name!]), 'left.user@corentyne-freight.example'];
