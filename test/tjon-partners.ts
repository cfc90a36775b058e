import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkGates } from '../src/gates/check.js';
import { loadPlan } from '../src/plan/load.js';
import { parseDay } from '../src/util/dates.js';
import { tempDir } from './helpers.js';

/**
 * An accountancy firm of 10: Paramaribo (5) launches Monday 8 March 2027 for two weeks, Rotterdam
 * (5) on Monday 22 March for six. The Teams user-activity report is downloaded every Monday, dated
 * the Sunday before (Report Refresh Date), as the admin centre exports it: BOM, CRLF, 33 columns.
 */
export const TJON_PLAN = `version: 1
tool:
  name: Microsoft Teams
  replaces: { nl: e-maildiscussies en WhatsApp-groepen, en: email threads and WhatsApp groups }
  why: { nl: klantvragen raken zoek, en: client questions get lost }
  benefit: { nl: hoe snel we dossiers delen, en: how quickly we share files }
  contact: { name: Shanti Ramsaran, email: ict@boekhouding-sr.example }
organization:
  name: Tjon & Partners
  headcount: 10
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 5, languages: [nl] }
    - { name: Rotterdam, timezone: Europe/Amsterdam, headcount: 5, languages: [nl, en], holidays: [{ date: 2027-04-27, name: Koningsdag }] }
people:
  file: people.csv
  columns: { person: E-mailadres, name: Naam, location: Vestiging }
start: 2027-03-08
calendar: { timezone: America/Paramaribo }
phases:
  - { id: paramaribo, name: Paramaribo, audience: { locations: [Paramaribo] }, weeks: 2 }
  - { id: rotterdam, name: Rotterdam, audience: { locations: [Rotterdam] }, weeks: 6 }
gates:
  - { id: paramaribo-go-no-go, phase: paramaribo, metric: active_use_pct, threshold: 60, due: day-before, guards: next, severity: major }
  - { id: paramaribo-success, phase: paramaribo, metric: active_use_pct, threshold: 80, within: 4w, severity: major }
  - { id: rotterdam-success, phase: rotterdam, metric: active_use_pct, threshold: 80, within: 4w, severity: major }
contingency: { minor: continue, major: pause, critical: rollback }
sources:
  - file: "exports/TeamsUserActivityUserDetail*.csv"
    kind: activity
    date: Report Refresh Date
    person: User Principal Name
    lastActive: Last Activity Date
    activeWithin: 7d
    exclude: { Is Deleted: "True", Is Licensed: "No" }
    metric: active_use_pct
`;

const HEADER =
  'Report Refresh Date,Tenant Display Name,Shared Channel Tenant Display Names,User Id,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Assigned Products,Team Chat Message Count,Private Chat Message Count,Call Count,Meeting Count,Post Messages,Reply Messages,Urgent Messages,Meetings Organized Count,Meetings Attended Count,Ad Hoc Meetings Organized Count,Ad Hoc Meetings Attended Count,Scheduled One-time Meetings Organized Count,Scheduled One-time Meetings Attended Count,Scheduled Recurring Meetings Organized Count,Scheduled Recurring Meetings Attended Count,Audio Duration,Video Duration,Screen Share Duration,Audio Duration In Seconds,Video Duration In Seconds,Screen Share Duration In Seconds,Has Other Action,Is Licensed,Report Period';

/** The firm's folder: the plan (`text` in place of it), the roster, and no export yet. */
export function tjonPartners(text = TJON_PLAN): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), text);
  const rows = ['p', 'r'].flatMap((office) => [1, 2, 3, 4, 5].map((i) => `${office}${i}@boekhouding-sr.example;${office === 'p' ? 'Pbo' : 'Rtm'} Persoon ${i};${office === 'p' ? 'Paramaribo' : 'Rotterdam'}`));
  writeFileSync(path.join(dir, 'people.csv'), `\uFEFFE-mailadres;Naam;Vestiging\r\n${rows.join('\r\n')}\r\n`);
  mkdirSync(path.join(dir, 'exports'));
  return dir;
}

/** The firm with its field staff (Buitendienst: two in Paramaribo, one in Rotterdam), told by WhatsApp: a group at no location, which the roster's Groep column places. */
export const TJON_FIELD_STAFF = TJON_PLAN.replace('  locations:\n', '  groups:\n    - { name: Buitendienst, headcount: 3 }\n  locations:\n')
  .replace('location: Vestiging }', 'location: Vestiging, group: Groep }')
  .concat('communications:\n  targetedGroups:\n    - { group: Buitendienst, channel: WhatsApp, send: [text, notice] }\n');

/** The firm's folder with `text` (the field staff's plan in place of it) and a roster that has the Groep column. */
export function tjonFieldStaff(text = TJON_FIELD_STAFF): string {
  const dir = tjonPartners(text);
  const roster = readFileSync(path.join(dir, 'people.csv'), 'utf8').split('\r\n');
  const grouped = roster.map((line, i) => (line === '' ? line : `${line};${i === 0 ? 'Groep' : /^(p1|p2|r1)@/.test(line) ? 'Buitendienst' : ''}`));
  writeFileSync(path.join(dir, 'people.csv'), grouped.join('\r\n'));
  return dir;
}

/** The report downloaded on `downloaded` (yyyymmdd), dated `refreshed`: the first `paramaribo` and `rotterdam` people of each office active that day. */
export function teamsExport(dir: string, downloaded: string, refreshed: string, paramaribo: number, rotterdam: number): void {
  const rows = (['p', 'r'] as const).flatMap((office) =>
    [1, 2, 3, 4, 5].map((i) => {
      const active = i <= (office === 'p' ? paramaribo : rotterdam) ? refreshed : '';
      return [refreshed, 'Tjon & Partners', '', `0000000${i}-0000-0000-0000-00000000000${i}`, `${office}${i}@boekhouding-sr.example`, active, 'False', '', 'MICROSOFT 365 BUSINESS STANDARD', ...Array(15).fill('0'), ...Array(3).fill('PT0S'), ...Array(3).fill('0'), 'No', 'Yes', '7'].join(',');
    }),
  );
  writeFileSync(path.join(dir, `exports/TeamsUserActivityUserDetail${downloaded}.csv`), `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
}

/** gate-check's core on the firm's folder as of `at`. */
export async function checkTjon(dir: string, at: string) {
  const file = path.join(dir, 'rollout.yaml');
  const { plan } = loadPlan(readFileSync(file, 'utf8'), file);
  return checkGates({ plan: plan!, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } });
}
