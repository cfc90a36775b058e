import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';

/**
 * Atelier Sabajo, an architects' firm in Paramaribo with a building site in Moengo, moving to
 * Google Workspace. Its roster is the Admin console's user download (Directory > Users >
 * Download users, CSV) as Google writes it; its activity exports are the Admin console's
 * Accounts user report, one a week, named by the day they were downloaded.
 */

/** The user download's columns, those a roster reads among the ones it never does. */
const USERS_HEADER =
  'First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],' +
  'New Primary Email [UPLOAD ONLY],Recovery Email,Work Phone,Employee ID,Employee Title,Department,Status [READ ONLY],Last Sign In [READ ONLY],Email Usage [READ ONLY]';

/** One person of the user download. */
export interface GoogleUser {
  email: string;
  orgUnit: string;
  department: string;
  status?: 'Active' | 'Suspended';
}

/** A user download: `****` for each password, `Never logged in` for whoever has not signed in yet, a title with a comma. */
export function userDownload(users: GoogleUser[]): string {
  const rows = users.map((u, i) =>
    [`Voornaam${i}`, `Achternaam${i}`, u.email, '****', '', u.orgUnit, '', '', '+597 000000', '', i === 0 ? '"Architect, projectleider"' : 'Tekenaar', u.department, u.status ?? 'Active', i % 3 === 0 ? 'Never logged in' : '2027/02/10 09:12:00', '0.4 GB'].join(','),
  );
  return `${[USERS_HEADER, ...rows].join('\r\n')}\r\n`;
}

/** An Accounts report: each account, its status as the Admin console's language writes it, and its last sign-in (empty for never). */
export function accountsReport(rows: [email: string, status: string, lastSignIn: string][]): string {
  return `\uFEFFUser,User account status,Last sign-in\r\n${rows.map(([email, status, last]) => `${email},${status},${last.includes(',') ? `"${last}"` : last}`).join('\r\n')}\r\n`;
}

/** The plan: `more` lines after the organization (phases, gates, people, sources). */
export function sabajoPlan(organization: string[], more: string[]): string {
  return [
    'version: 1',
    'tool: { name: Google Workspace, contact: { name: Kantoor, email: kantoor@sabajo-arch.sr } }',
    'organization:',
    '  name: Atelier Sabajo',
    '  languages: [nl, en]',
    ...organization.map((line) => `  ${line}`),
    'start: 2027-02-01',
    ...more,
    '',
  ].join('\n');
}

/** A folder with the plan and these files (relative paths), for a test to read. */
export function sabajoFolder(plan: string, files: Record<string, string>): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), plan);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Five colleagues (one in the pilot, four at the office) and a suspended former intern, as the user download lists them. */
export const WITH_INTERN = userDownload([
  { email: 'anand@sabajo-arch.sr', orgUnit: '/', department: 'Pilot' },
  ...['bea', 'carlo', 'dewi', 'edson'].map((name) => ({ email: `${name}@sabajo-arch.sr`, orgUnit: '/', department: 'Kantoor' })),
  { email: 'stagiair@sabajo-arch.sr', orgUnit: '/', department: 'Kantoor', status: 'Suspended' as const },
]);

/**
 * The Accounts reports of two weeks of the same use (3 of the 4 office people active, the intern
 * suspended): that of 12 February from an Admin console in English, that of 15 February from one
 * set to Dutch, which writes the statuses and dates in Dutch.
 */
export const INTERN_WEEKS = {
  'exports/accounts 2027-02-12.csv': internWeek('Active', 'Suspended', ['Feb 11, 2027, 9:00:00 AM', 'Feb 11, 2027, 9:00:00 AM', 'Feb 10, 2027, 9:00:00 AM', 'Feb 9, 2027, 9:00:00 AM', 'Nov 30, 2026, 4:00:00 PM']),
  'exports/accounts 2027-02-15.csv': internWeek('Actief', 'Opgeschort', ['15 feb 2027, 09:00:00', '15 feb 2027, 09:00:00', '12 feb 2027, 09:00:00', '11 feb 2027, 09:00:00', '30 nov 2026, 16:00:00']),
};

/**
 * The same two weeks in English, the intern's account deleted in between: gone from the later
 * report and from the user download saved over the roster, not written in another language.
 */
export const WITHOUT_INTERN_LATER = {
  'people.csv': userDownload(
    ['anand', 'bea', 'carlo', 'dewi', 'edson'].map((name, i) => ({ email: `${name}@sabajo-arch.sr`, orgUnit: '/', department: i === 0 ? 'Pilot' : 'Kantoor' })),
  ),
  'exports/accounts 2027-02-12.csv': INTERN_WEEKS['exports/accounts 2027-02-12.csv'],
  'exports/accounts 2027-02-15.csv': internWeek('Active', undefined, ['Feb 15, 2027, 9:00:00 AM', 'Feb 15, 2027, 9:00:00 AM', 'Feb 12, 2027, 9:00:00 AM', 'Feb 11, 2027, 9:00:00 AM']),
};

/** A week's report; without `suspended`, the intern's row is gone. */
function internWeek(active: string, suspended: string | undefined, days: string[]): string {
  return accountsReport([
    ...['anand', 'bea', 'carlo', 'dewi'].map((name, i): [string, string, string] => [`${name}@sabajo-arch.sr`, active, days[i]!]),
    ['edson@sabajo-arch.sr', active, ''],
    ...(suspended === undefined ? [] : [['stagiair@sabajo-arch.sr', suspended, days[4]!] as [string, string, string]]),
  ]);
}

/** The firm's two groups, and its two phases with the `more` lines after them. */
export function internPlan(more: string[]): string {
  return sabajoPlan(
    ['headcount: 5', 'groups:', '  - { name: Pilot, headcount: 1, kind: pilot }', '  - { name: Kantoor, headcount: 4, kind: department }'],
    ['phases:', '  - { id: pilot, name: Pilot, audience: { groups: [Pilot] }, weeks: 1 }', '  - { id: kantoor, name: Kantoor, audience: { groups: [Kantoor] }, weeks: 2 }', ...more],
  );
}

/** The firm at its two places: three in Paramaribo (one in the top unit `/`, in the Paramaribo group), two on the Moengo site, one in a unit below it. */
export const AT_TWO_PLACES = [
  { email: 'anand@sabajo-arch.sr', orgUnit: '/Paramaribo', department: 'Kantoor' },
  { email: 'bea@sabajo-arch.sr', orgUnit: '/Paramaribo', department: 'Kantoor' },
  { email: 'carlo@sabajo-arch.sr', orgUnit: '/', department: 'Kantoor' },
  { email: 'dewi@sabajo-arch.sr', orgUnit: '/Moengo', department: 'Bouw' },
  { email: 'edson@sabajo-arch.sr', orgUnit: '/Moengo/Bouwplaats', department: 'Bouw' },
];

/** The plan of the firm at its two places, a phase for each, with `more` lines after them. */
export function twoPlacesPlan(more: string[]): string {
  return sabajoPlan(
    [
      'headcount: 5',
      'locations:',
      '  - { name: Paramaribo, timezone: America/Paramaribo, headcount: 3 }',
      '  - { name: Moengo, timezone: America/Paramaribo, headcount: 2, workingDays: [mon, tue, wed, thu, fri, sat] }',
      'groups:',
      '  - { name: Kantoor, headcount: 3, location: Paramaribo }',
      '  - { name: Bouw, headcount: 2 }',
    ],
    [
      'strategy: { by: location }',
      'phases:',
      '  - { id: paramaribo, name: Paramaribo, audience: { locations: [Paramaribo] }, weeks: 1 }',
      '  - { id: moengo, name: Moengo, audience: { locations: [Moengo] }, weeks: 1 }',
      'people: { file: people.csv, columns: { person: "Email Address [Required]", group: Department, location: "Org Unit Path [Required]" } }',
      ...more,
    ],
  );
}

/** An Accounts report of 5 February: everyone active but Edson on the building site. */
export const FIVE_FEBRUARY = {
  'exports/accounts 2027-02-05.csv': accountsReport([
    ...['anand', 'bea', 'carlo', 'dewi'].map((name): [string, string, string] => [`${name}@sabajo-arch.sr`, 'Active', 'Feb 4, 2027, 9:00:00 AM']),
    ['edson@sabajo-arch.sr', 'Active', ''],
  ]),
};

/** Two in the pilot and eight at the office; Johan (k8) leaves on 1 March and his account is deleted. */
export const LEAVER_PEOPLE: GoogleUser[] = [
  ...['p1', 'p2'].map((id) => ({ email: `${id}@sabajo-arch.sr`, orgUnit: '/', department: 'Pilot' })),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ email: `k${n}@sabajo-arch.sr`, orgUnit: '/', department: 'Kantoor' })),
];
export const JOHAN = 'k8@sabajo-arch.sr';

/** The report of 11 February (5 of 8 office people active) and that of 1 March, which no longer has Johan. */
export function leaverReports(): Record<string, string> {
  const february = accountsReport(LEAVER_PEOPLE.map((u, i): [string, string, string] => [u.email, 'Active', i < 7 ? 'Feb 10, 2027, 9:00:00 AM' : '']));
  const march = accountsReport(LEAVER_PEOPLE.filter((u) => u.email !== JOHAN).map((u): [string, string, string] => [u.email, 'Active', 'Mar 1, 2027, 9:00:00 AM']));
  return { 'exports/accounts 2027-02-11.csv': february, 'exports/accounts 2027-03-01.csv': march };
}

/** The plan of the pilot and the office, reading the roster with `left` (`, left: Left`) when given. */
export function leaverPlan(left = ''): string {
  return sabajoPlan(
    ['headcount: 10', 'groups:', '  - { name: Pilot, headcount: 2, kind: pilot }', '  - { name: Kantoor, headcount: 8, kind: department }'],
    [
      'phases:',
      '  - { id: pilot, name: Pilot, audience: { groups: [Pilot] }, weeks: 1 }',
      '  - { id: kantoor, name: Kantoor, audience: { groups: [Kantoor] }, weeks: 1 }',
      '  - { id: rest, name: Rest, audience: rest, weeks: 1 }',
      `people: { file: people.csv, columns: { person: "Email Address [Required]", group: Department${left} } }`,
      'sources:',
      '  - { file: "exports/accounts *.csv", kind: activity, asOf: filename, person: User, lastActive: Last sign-in }',
    ],
  );
}

/** A Dutch Google Form's responses: a colleague's, the suspended intern's and a guest's. */
export const SURVEY_WITH_INTERN =
  '\uFEFFTijdstempel,E-mailadres,"Hoe tevreden ben je, alles bij elkaar?"\r\n' +
  ['12-2-2027 10:15:00,bea@sabajo-arch.sr,8', '12-2-2027 11:02:10,stagiair@sabajo-arch.sr,3', '13-2-2027 09:40:00,gast@example.sr,5'].join('\r\n') +
  '\r\n';

/** The source line that reads it as exports/enquete.csv. */
export const SURVEY_SOURCE = '  - { file: exports/enquete.csv, kind: responses, date: Tijdstempel, dateFormat: d-m-yyyy, person: E-mailadres, metrics: { satisfaction: "Hoe tevreden*" } }';
