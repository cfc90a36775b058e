import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { signInLog, type SignIn } from '../entra-sign-ins.js';
import { tempDir, validPlan } from '../helpers.js';
import { points } from './support.js';

/** Five pilot people (ICT) and five in Programma's, all in Paramaribo (UTC-3); the fifth pilot person joined on Wednesday 10 March. */
const ROSTER = [
  'E-mail,Naam,Afdeling,Vestiging,Begonnen',
  ...['a', 'b', 'c', 'd', 'e'].map((p) => `${p}.pilot@ngo.example,Pilot ${p.toUpperCase()},ICT,Paramaribo,${p === 'e' ? '2027-03-10' : ''}`),
  ...['a', 'b', 'c', 'd', 'e'].map((p) => `${p}.prog@ngo.example,Prog ${p.toUpperCase()},Programma's,Paramaribo,`),
].join('\r\n');

/** The zone of every dating of a moment, to tell how often a sign-in is dated. */
const dated = vi.hoisted(() => ({ zones: [] as string[] }));
vi.mock('../../src/util/dates.js', async (original) => {
  const actual = await original<typeof import('../../src/util/dates.js')>();
  return {
    ...actual,
    dayIn: (ms: number, zone: string) => {
      dated.zones.push(zone);
      return actual.dayIn(ms, zone);
    },
  };
});

const PLAN = {
  version: 1,
  tool: { name: 'Microsoft Teams', contact: { name: 'ICT', email: 'ict@ngo.example' } },
  organization: {
    name: 'NGO',
    headcount: 10,
    languages: ['nl', 'en'],
    locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 10 }],
    groups: [
      { name: 'ICT', headcount: 5, kind: 'pilot', location: 'Paramaribo' },
      { name: "Programma's", headcount: 5, kind: 'department', location: 'Paramaribo' },
    ],
  },
  people: { file: 'people.csv', columns: { person: 'E-mail', name: 'Naam', group: 'Afdeling', location: 'Vestiging', joined: 'Begonnen' } },
  start: '2027-03-01',
  phases: [
    { id: 'pilot', name: 'Pilot', audience: { groups: ['ICT'] }, weeks: 2 },
    { id: 'paramaribo', name: 'Paramaribo', audience: { groups: ["Programma's"] }, weeks: 2 },
  ],
};

const TEAMS = { Application: ['Microsoft Teams', 'Microsoft Teams Web Client'], Status: 'Success' };

/**
 * Teams sign-ins of the pilot, in UTC as Entra writes them (Paramaribo is 3 hours behind): c's at
 * 22:30 on Friday 5 March local time is 01:30 on Saturday in UTC. d only failed to sign in to
 * Teams and signed in to Exchange; a guest signed in too.
 */
const SIGN_INS: SignIn[] = [
  { at: '2027-03-01T12:00:00Z', user: 'a.pilot@ngo.example' },
  { at: '2027-03-03T13:15:00Z', user: 'b.pilot@ngo.example', app: 'Microsoft Teams Web Client' },
  { at: '2027-03-06T01:30:00Z', user: 'c.pilot@ngo.example' },
  { at: '2027-03-08T11:00:00Z', user: 'd.pilot@ngo.example', status: 'Failure' },
  { at: '2027-03-09T11:00:00Z', user: 'd.pilot@ngo.example', app: 'Office 365 Exchange Online' },
  { at: '2027-03-09T12:00:00Z', user: 'a.pilot@ngo.example' },
  { at: '2027-03-09T18:30:00Z', user: 'a.pilot@ngo.example' },
  { at: '2027-03-11T14:00:00Z', user: 'e.pilot@ngo.example' },
  { at: '2027-03-11T15:00:00Z', user: 'gast_extern.example#EXT#@ngo.onmicrosoft.com' },
  { at: '2027-03-12T16:00:00Z', user: 'a.prog@ngo.example' },
  { at: '2027-03-15T12:00:00Z', user: 'b.prog@ngo.example', app: 'Office 365 Exchange Online' },
];

function folder(files: Record<string, SignIn[]>, source: Record<string, unknown> = {}): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'people.csv'), ROSTER);
  for (const [name, rows] of Object.entries(files)) writeFileSync(path.join(dir, 'exports', name), signInLog(rows));
  const sources = [{ file: 'exports/InteractiveSignIns_*.csv', kind: 'sign-ins', date: 'Date (UTC)', person: 'Username', where: TEAMS, ...source }];
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify({ ...PLAN, sources }));
  return dir;
}

/** The pilot's (or another scope's) share per day, with the notes on stderr. */
async function series(dir: string, scope = 'pilot') {
  const { points: all, warnings, covered } = await points(validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')), dir);
  return { values: Object.fromEntries(all.filter((p) => p.scope === scope).map((p) => [p.date, p.value])), warnings, covered };
}

const LOG = 'InteractiveSignIns_2027-03-01_2027-03-16.csv';

describe('a sign-in log (kind: sign-ins)', () => {
  it('counts who signed in within activeWithin up to each working day, across days, once the downloads cover all of it', async () => {
    const { values, warnings } = await series(folder({ [LOG]: SIGN_INS }));
    // By hand, 7 days up to each day; e counts from 10 March: 8th: b, c of a-d; 9th: a, b, c of a-d;
    // 10th: a, c of 5; 11th: a, c, e; 12th: a, e (c's Friday is 7 days back); 15th: a, e. The
    // download of the 16th covers up to the 15th; the days before the 8th lack a whole week.
    expect(values).toEqual({ '2027-03-08': 50, '2027-03-09': 75, '2027-03-10': 40, '2027-03-11': 60, '2027-03-12': 40, '2027-03-15': 40 });
    expect(warnings.filter((w) => w.startsWith('sources[0]'))).toEqual([expect.stringMatching(/^sources\[0\]: 1 account with sign-ins is not in the roster \S*people\.csv and left out/)]);
    expect(warnings.join('\n')).not.toMatch(/gast|pilot@|prog@/);
  });

  it("dates a sign-in by the day where the person works: 22:30 on Friday in Paramaribo (01:30 UTC on Saturday) counts for Friday", async () => {
    const { values } = await series(folder({ [LOG]: SIGN_INS }, { activeWithin: '1d' }));
    // Of a-d (e joined on the 10th): c alone on Friday the 5th, nobody on Monday the 8th, a on the 9th.
    expect(values['2027-03-05']).toBe(25);
    expect(values['2027-03-08']).toBe(0);
    expect(values['2027-03-09']).toBe(25);
  });

  it("dates it by the person's own location: the same moment is Saturday 02:30 for a pilot person in Rotterdam", async () => {
    const dir = folder({ [LOG]: SIGN_INS }, { activeWithin: '1d' });
    writeFileSync(path.join(dir, 'people.csv'), ROSTER.replace('c.pilot@ngo.example,Pilot C,ICT,Paramaribo', 'c.pilot@ngo.example,Pilot C,ICT,Rotterdam'));
    const plan = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8');
    const locations = '    - name: Rotterdam\n      timezone: Europe/Amsterdam\n      headcount: 1\n';
    writeFileSync(path.join(dir, 'rollout.yaml'), plan.replace('      headcount: 10\n  groups:', `      headcount: 9\n${locations}  groups:`));
    const { values } = await series(dir);
    expect(values['2027-03-05']).toBe(0);
  });

  it('counts a sign-in in two overlapping downloads once, and reads the days each covers together', async () => {
    const first = SIGN_INS.filter((s) => s.at < '2027-03-10');
    const second = SIGN_INS.filter((s) => s.at >= '2027-03-08');
    const both = await series(folder({ 'InteractiveSignIns_2027-03-01_2027-03-10.csv': first, [LOG]: second }));
    expect(both.values).toEqual((await series(folder({ [LOG]: SIGN_INS }))).values);
  });

  it("gives the day of a morning download no share, as those who sign in later that day are not in it, and the next download's sign-ins count for it", async () => {
    // Downloaded at 08:00 on Monday the 15th in Paramaribo, with b's sign-in of 07:30.
    const monday = [...SIGN_INS.filter((s) => s.at < '2027-03-15'), { at: '2027-03-15T10:30:00Z', user: 'b.pilot@ngo.example' }];
    const morning = await series(folder({ 'InteractiveSignIns_2027-03-01_2027-03-15.csv': monday }));
    expect(Object.keys(morning.values).at(-1)).toBe('2027-03-12');
    expect(morning.covered.get('active_use_pct')).toBe('2027-03-14');
    // c signs in on Monday afternoon; the download of Tuesday holds it: Monday reads a, b, c and e of 5.
    const afternoon: SignIn = { at: '2027-03-15T19:00:00Z', user: 'c.pilot@ngo.example' };
    const both = await series(folder({ 'InteractiveSignIns_2027-03-01_2027-03-15.csv': monday, 'InteractiveSignIns_2027-03-15_2027-03-16.csv': [monday.at(-1)!, afternoon] }));
    expect(both.values['2027-03-15']).toBe(80);
    expect(both.covered.get('active_use_pct')).toBe('2027-03-15');
  });

  it('gives no day a value while the downloads cover fewer days than activeWithin, and says so', async () => {
    const { values, warnings } = await series(folder({ 'InteractiveSignIns_2027-03-08_2027-03-11.csv': SIGN_INS.filter((s) => s.at >= '2027-03-08' && s.at < '2027-03-11') }));
    expect(values).toEqual({});
    expect(warnings).toContainEqual(expect.stringContaining('sources[0]: the sign-in downloads cover 3 days, fewer than sources[0].activeWithin (7d)'));
  });

  it('says once that rows read as failed attempts count, when the source filters nothing, naming the column and its values, never a person', async () => {
    const { values, warnings } = await series(folder({ [LOG]: SIGN_INS }, { where: undefined, activeWithin: '1d' }));
    // d's failed Teams sign-in on the 8th counts as use: 1 of a-d.
    expect(values['2027-03-08']).toBe(25);
    const notes = warnings.filter((w) => w.includes('failed attempt'));
    expect(notes).toEqual([
      'sources[0]: 1 row counts as use though Status reads like a failed attempt, such as "Failure"; every row of kind: sign-ins counts, so leave those out with sources[0].exclude: { Status: [Failure] } (or keep the successful ones alone with where:), or the people who only failed to log in count as active',
    ]);
    expect(notes.join('\n')).not.toMatch(/pilot|prog|gast/);
  });

  it("says nothing of failed attempts when the source's where or exclude names its Status column, which decides what counts", async () => {
    for (const source of [{}, { where: undefined, exclude: { Status: 'Failure' } }]) {
      const { warnings } = await series(folder({ [LOG]: SIGN_INS }, source));
      expect(warnings.join('\n')).not.toContain('failed attempt');
    }
  });

  it('stops when no account with sign-ins is in the roster, naming the column to check and no account', async () => {
    const dir = folder({ [LOG]: SIGN_INS.map((s) => ({ ...s, user: s.user.replace('@ngo.example', '@old.example') })) });
    await expect(series(dir)).rejects.toThrow(/^sources\[0\]\.person: none of the 6 accounts with sign-ins that count in \S+InteractiveSignIns\S+\.csv is in the roster \S*people\.csv; check that people\.columns\.person/);
  });
});

describe('a sign-in log of a firm with people in Paramaribo (UTC-3) and Rotterdam (UTC+1)', () => {
  /** c of the pilot and a of Programma's work in Rotterdam. */
  function mixed(rows: SignIn[]): string {
    const dir = folder({ [LOG]: rows }, { activeWithin: '1d' });
    const roster = ROSTER.replace('c.pilot@ngo.example,Pilot C,ICT,Paramaribo', 'c.pilot@ngo.example,Pilot C,ICT,Rotterdam').replace('a.prog@ngo.example,Prog A,Programma\'s,Paramaribo', "a.prog@ngo.example,Prog A,Programma's,Rotterdam");
    writeFileSync(path.join(dir, 'people.csv'), roster);
    const plan = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'rollout.yaml'), plan.replace('      headcount: 10\n  groups:', '      headcount: 8\n    - name: Rotterdam\n      timezone: Europe/Amsterdam\n      headcount: 2\n  groups:'));
    return dir;
  }

  /** Around midnight in one zone or the other: 23:30 UTC on Friday is Saturday 00:30 in Rotterdam and Friday 20:30 in Paramaribo. */
  const NIGHT: SignIn[] = [
    { at: '2027-03-05T23:30:00Z', user: 'c.pilot@ngo.example' },
    { at: '2027-03-06T01:30:00Z', user: 'b.pilot@ngo.example' },
    { at: '2027-03-08T22:30:00Z', user: 'a.prog@ngo.example' },
    { at: '2027-03-09T02:00:00Z', user: 'b.prog@ngo.example' },
    { at: '2027-03-09T23:10:00Z', user: 'c.pilot@ngo.example' },
    { at: '2027-03-10T23:10:00Z', user: 'a.pilot@ngo.example' },
    { at: '2027-03-11T23:50:00Z', user: 'a.prog@ngo.example' },
  ];

  it("dates each sign-in by its person's zone, a second time only for the people abroad, with the same shares", async () => {
    const rows = [...SIGN_INS, ...NIGHT];
    const dir = mixed(rows);
    dated.zones.length = 0;
    const pilot = await series(dir);
    // By hand, of a-d (e from the 10th), a sign-in counting for its day only: a on the 1st, b on the 3rd, b on
    // Friday the 5th (22:30 in Paramaribo) where c's 00:30 and 02:30 are Saturday in Rotterdam; a on the 9th;
    // a (20:10 on the 10th in Paramaribo) and c (00:10 on the 10th in Rotterdam, still the 9th in Paramaribo)
    // on the 10th; e on the 11th; nobody on the 12th and the 15th.
    expect(pilot.values).toEqual({
      '2027-03-01': 25,
      '2027-03-02': 0,
      '2027-03-03': 25,
      '2027-03-04': 0,
      '2027-03-05': 25,
      '2027-03-08': 0,
      '2027-03-09': 25,
      '2027-03-10': 40,
      '2027-03-11': 20,
      '2027-03-12': 0,
      '2027-03-15': 0,
    });
    // Each moment dated where the organization is, once, and again only the sign-ins that count of the 2 in Rotterdam.
    const abroad = rows.filter((r) => /^(c\.pilot|a\.prog)@/.test(r.user) && (r.app ?? 'Microsoft Teams').startsWith('Microsoft Teams') && r.status === undefined).length;
    expect(dated.zones.filter((zone) => zone === 'Europe/Amsterdam')).toHaveLength(abroad);
    expect(dated.zones.filter((zone) => zone === 'America/Paramaribo')).toHaveLength(new Set(rows.map((r) => r.at)).size);
  });
});

describe('a sign-in log read as kind: activity', () => {
  it('stops at the row that shows an event log, saying to write kind: sign-ins', async () => {
    const dir = folder({ [LOG]: SIGN_INS }, { kind: 'activity', lastActive: 'Date (UTC)' });
    const error = await series(dir).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/\/exports\/InteractiveSignIns_2027-03-01_2027-03-16\.csv:5: its sources\[0\]\.date column \(Date \(UTC\)\) holds more than one time of 2027-03-11: this looks like an event log .*Write kind: sign-ins/);
    expect((error as Error).message).not.toMatch(/@/);
  });
});
