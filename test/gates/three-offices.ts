import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { tempDir } from '../helpers.js';

/*
 * Marowijne Handel: Paramaribo (22 people), Rotterdam (12) and Willemstad (4), one phase each
 * (2027-03-01, -03-15, -03-29), the switch-off from 2027-04-12 once active use is >= 80. Only the
 * phases a launch waits for have a go/no-go: no launch waits for Willemstad, so no gate names it.
 */
export const OFFICES = { Paramaribo: 22, Rotterdam: 12, Willemstad: 4 } as const;
export type Office = keyof typeof OFFICES;
const ZONES: Record<Office, string> = { Paramaribo: 'America/Paramaribo', Rotterdam: 'Europe/Amsterdam', Willemstad: 'America/Curacao' };

export function threeOfficesPlan(extraGates: Record<string, unknown>[] = []): Record<string, unknown> {
  return {
    version: 1,
    tool: { name: 'Microsoft Teams', replaces: 'e-mail', why: 'orders raken zoek', benefit: 'snelheid', contact: { name: 'ICT', email: 'ict@marowijne-handel.sr' } },
    organization: { name: 'Marowijne Handel', headcount: 38, languages: ['nl', 'en'], locations: offices().map(([name, headcount]) => ({ name, timezone: ZONES[name], headcount })) },
    start: '2027-03-01',
    phases: [
      { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo'] }, weeks: 2 },
      { id: 'rotterdam', name: 'Rotterdam', audience: { locations: ['Rotterdam'] }, weeks: 2 },
      { id: 'willemstad', name: 'Willemstad', audience: { locations: ['Willemstad'] }, weeks: 2 },
      { id: 'decommission', name: { nl: 'E-mail uitzetten', en: 'Switch off e-mail' }, kind: 'decommission', audience: 'none', weeks: 2, when: { metric: 'active_use_pct', op: '>=', threshold: 80 } },
    ],
    people: { file: 'people.csv', columns: { person: 'E-mail', location: 'Vestiging' } },
    sources: [
      { file: 'exports/TeamsUserActivityUserDetail*.csv', kind: 'activity', date: 'Report Refresh Date', person: 'User Principal Name', lastActive: 'Last Activity Date', exclude: { 'Is Deleted': 'True' } },
    ],
    gates: [
      { id: 'paramaribo-go', phase: 'paramaribo', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next', onInconclusive: 'continue' },
      { id: 'rotterdam-go', phase: 'rotterdam', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next', onInconclusive: 'continue' },
      ...extraGates,
    ],
  };
}

const HEADER =
  'Report Refresh Date,Tenant Display Name,Shared Channel Tenant Display Names,User Id,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Assigned Products,Team Chat Message Count,Private Chat Message Count,Call Count,Meeting Count,Post Messages,Reply Messages,Urgent Messages,Meetings Organized Count,Meetings Attended Count,Ad Hoc Meetings Organized Count,Ad Hoc Meetings Attended Count,Scheduled One-time Meetings Organized Count,Scheduled One-time Meetings Attended Count,Scheduled Recurring Meetings Organized Count,Scheduled Recurring Meetings Attended Count,Audio Duration,Video Duration,Screen Share Duration,Audio Duration In Seconds,Video Duration In Seconds,Screen Share Duration In Seconds,Has Other Action,Is Licensed,Report Period';

const offices = () => Object.entries(OFFICES) as [Office, number][];

const email = (office: Office, i: number) => `${office.toLowerCase()}.${i}@marowijne-handel.sr`;

/**
 * The plan, its roster and one Teams user activity export of Saturday 2027-04-24 (BOM, CRLF, the
 * admin center's 33 columns, a deleted account) in which `active` people of each office were
 * active in the week before; the others have no activity date.
 */
export function threeOffices(active: Record<Office, number>, plan = threeOfficesPlan()): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
  const people = offices().flatMap(([office, size]) => Array.from({ length: size }, (_, i) => [email(office, i), office] as const));
  writeFileSync(path.join(dir, 'people.csv'), `E-mail,Vestiging\n${people.map(([e, o]) => `${e},${o}`).join('\n')}\n`);
  const row = (person: string, last: string, deleted: boolean, n: number) =>
    `2027-04-24,Marowijne Handel,,00000000-0000-0000-0000-${String(n).padStart(12, '0')},${person},${last},${deleted ? 'True' : 'False'},${deleted ? '2027-04-02' : ''},MICROSOFT 365 BUSINESS STANDARD,3,7,1,2,0,0,0,0,2,0,0,0,0,0,0,PT0S,PT0S,PT0S,0,0,0,No,Yes,7`;
  const rows = people.map(([person, office], n) => {
    const index = Number(person.split('.')[1]!.split('@')[0]);
    return row(person, index < active[office] ? '2027-04-22' : '', false, n);
  });
  rows.push(row('vertrokken@marowijne-handel.sr', '2027-03-30', true, people.length));
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'exports', 'TeamsUserActivityUserDetail20270426.csv'), `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
  return dir;
}
