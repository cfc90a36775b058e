import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkGates } from '../src/gates/check.js';
import { loadPlan } from '../src/plan/load.js';
import { parseDay } from '../src/util/dates.js';
import { tempDir } from './helpers.js';

/**
 * A freight firm rolling out Zoom: Georgetown office (14 people) launches Monday 22 February 2027
 * for two weeks, Miami agents (10) on Monday 8 March. Georgetown's go/no-go is due the working day
 * before Miami's launch: Friday 5 March, as planned. The Zoom "Active Hosts" report is downloaded
 * each Friday, named by that day, with US dates and a 12-hour clock.
 */
export const FREIGHT_PLAN = `version: 1
tool:
  name: Zoom Workplace
  replaces: { nl: WhatsApp-groepen en telefoontjes, en: WhatsApp groups and phone calls }
  why: { nl: afspraken over zendingen raken zoek, en: agreements about shipments get lost }
  benefit: { nl: hoe snel we zendingen afstemmen, en: how quickly we coordinate shipments }
  contact: { name: IT-servicedesk, email: servicedesk@caribvracht.example }
organization:
  name: Caraïbische Vracht N.V.
  headcount: 24
  languages: [nl, en]
  locations:
    - { name: Georgetown, timezone: America/Guyana, headcount: 14, languages: [en] }
    - { name: Miami, timezone: America/New_York, headcount: 10, languages: [en] }
  groups:
    - { name: Georgetown office, headcount: 14, location: Georgetown }
    - { name: Miami agents, headcount: 10, location: Miami }
people: { file: people.csv, columns: { person: Email, name: Name, group: Group, location: Location } }
start: 2027-02-22
calendar: { timezone: America/Paramaribo }
phases:
  - { id: georgetown, name: Georgetown office, audience: { groups: [Georgetown office] }, weeks: 2 }
  - { id: miami, name: Miami agents, audience: { groups: [Miami agents] }, weeks: 2 }
gates:
  - { id: georgetown-go-no-go, phase: georgetown, metric: active_use_pct, threshold: 60, due: day-before, guards: next, severity: major }
contingency: { minor: continue, major: pause, critical: rollback }
sources:
  - file: "exports/zoom_active_hosts_*.csv"
    kind: activity
    person: Email
    lastActive: Last Login Time
    asOf: filename
    dateFormat: mm-dd-yyyy
    exclude: { Status: Deactivated }
pauses:
`;

/** The hurricane closes Miami's office for a week from its launch day; decided that Thursday, ahead of Georgetown's go/no-go, or written in on the day (no `decided`). */
export const hurricane = (decided?: string) =>
  `  - { from: 2027-03-08, until: 2027-03-15, ${decided ? `decided: ${decided}, ` : ''}reason: { nl: "Orkaanwaarschuwing: het kantoor in Miami is dicht", en: "Hurricane warning: the Miami office is closed" }, only: { location: Miami } }\n`;

/** Georgetown's internet is down for a week from Wednesday 10 March; the rest goes on. */
export const GEORGETOWN_DOWN = `  - { from: 2027-03-10, until: 2027-03-17, reason: { nl: "Internet in Georgetown ligt plat", en: "Georgetown's internet is down" }, only: { location: Georgetown } }\n`;

const HEADER = 'User Name,Email,Department,User Type,Status,Last Login Time,Last Client Version,Create Time';
const georgetown = Array.from({ length: 14 }, (_, i) => `gt${i + 1}@caribvracht.example`);
const miami = Array.from({ length: 10 }, (_, i) => `mia${i + 1}@caribvracht.example`);

/** Zoom's US date and 12-hour clock: 03/12/2027 09:00:00 AM. */
const zoomTime = (day: string) => `${day.slice(5, 7)}/${day.slice(8, 10)}/${day.slice(0, 4)} 09:00:00 AM`;
const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/**
 * Georgetown in the report of `day`: the first 6 people log in daily (on `day`), the next 3 only
 * on Mondays (4 days before the Friday: within the week), the last 5 never. 9 of 14 active:
 * 64.2857%. The first `lapsed` daily users last logged in on 1 March, more than a week before:
 * with 3 of them, 6 of 14 active, 42.8571%.
 */
export function zoomExport(dir: string, day: string, lapsed = 0): void {
  const login = (i: number) => (i < lapsed ? zoomTime('2027-03-01') : i < 6 ? zoomTime(day) : i < 9 ? zoomTime(daysBefore(day, 4)) : '');
  const rows = [
    ...georgetown.map((email, i) => `Colleague ${i + 1},${email},Georgetown office,Licensed,Active,${login(i)},6.3.6.56144(win),01/20/2027 11:02:44 AM`),
    ...miami.map((email, i) => `Agent ${i + 1},${email},Miami agents,Licensed,Active,${zoomTime(day)},6.3.6.56144(mac),01/20/2027 11:02:44 AM`),
  ];
  writeFileSync(path.join(dir, 'exports', `zoom_active_hosts_${day}.csv`), `${[HEADER, ...rows].join('\r\n')}\r\n`);
}

/**
 * The firm's folder with `pauses` written in, its roster, and the reports of each Friday from 26
 * February to 19 March; in that of 12 March, `lapsed` of Georgetown's daily users have not logged
 * in since 1 March.
 */
export function caribbeanFreight(pauses: string, lapsed = 0): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), FREIGHT_PLAN + pauses);
  const people = [...georgetown.map((e, i) => `${e},Colleague ${i + 1},Georgetown office,Georgetown`), ...miami.map((e, i) => `${e},Agent ${i + 1},Miami agents,Miami`)];
  writeFileSync(path.join(dir, 'people.csv'), `Email,Name,Group,Location\n${people.join('\n')}\n`);
  mkdirSync(path.join(dir, 'exports'));
  for (const day of ['2027-02-26', '2027-03-05', '2027-03-12', '2027-03-19']) zoomExport(dir, day, day === '2027-03-12' ? lapsed : 0);
  return dir;
}

/** gate-check's core on the firm's folder as of `at`, and its go/no-go. */
export async function checkFreight(dir: string, at: string) {
  const file = path.join(dir, 'rollout.yaml');
  const { plan } = loadPlan(readFileSync(file, 'utf8'), file);
  const { result } = await checkGates({ plan: plan!, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } });
  return { result, gate: result.gates.find((g) => g.id === 'georgetown-go-no-go')! };
}
