import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { signInLog, type SignIn } from '../entra-sign-ins.js';
import { tempDir, validPlan } from '../helpers.js';
import { points } from './support.js';

/** Five pilot people (ICT) and five in Programma's, all in Paramaribo (UTC-3); the fifth pilot person joined on Wednesday 10 March. */
const ROSTER = [
  'E-mail,Naam,Afdeling,Vestiging,Begonnen',
  ...['a', 'b', 'c', 'd', 'e'].map((p) => `${p}.pilot@ngo.example,Pilot ${p.toUpperCase()},ICT,Paramaribo,${p === 'e' ? '2027-03-10' : ''}`),
  ...['a', 'b', 'c', 'd', 'e'].map((p) => `${p}.prog@ngo.example,Prog ${p.toUpperCase()},Programma's,Paramaribo,`),
].join('\r\n');

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

  it('says nothing of failed attempts when the source has a where or an exclude, which decides what counts', async () => {
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

describe('a sign-in log read as kind: activity', () => {
  it('stops at the row that shows an event log, saying to write kind: sign-ins', async () => {
    const dir = folder({ [LOG]: SIGN_INS }, { kind: 'activity', lastActive: 'Date (UTC)' });
    const error = await series(dir).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/\/exports\/InteractiveSignIns_2027-03-01_2027-03-16\.csv:5: its sources\[0\]\.date column \(Date \(UTC\)\) holds more than one time of 2027-03-11: this looks like an event log .*Write kind: sign-ins/);
    expect((error as Error).message).not.toMatch(/@/);
  });
});
