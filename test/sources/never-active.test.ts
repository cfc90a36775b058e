import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { example, errorsOf } from '../helpers.js';
import { adoptionPlan, oneSourceCopy, planIn, points } from './support.js';

/** Google Admin console > Reporting > User reports > Accounts, downloaded as CSV (asOf: the day in its name). */
const accounts = (more: Record<string, unknown> = {}) => ({
  file: 'adoption/exports/google/accounts *.csv',
  kind: 'activity',
  asOf: 'filename',
  person: 'User',
  lastActive: 'Last sign-in',
  exclude: { 'User account status': 'Suspended' },
  ...more,
});

const ROSTER = readFileSync(example('adoption/people.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((row) => row.split(',')[0]!);

/**
 * Week 1 of the example's firm on Google Workspace: two of the three pilot people signed in, everyone
 * else never did; `never(i)` is what the report writes for the i-th of them.
 */
function weekOne(never: (i: number) => string): string {
  const header = 'User,User account status,2-Step Verification enrollment,Last sign-in';
  const rows = ROSTER.map((user, i) => {
    const signedIn = i === 0 ? '"Mar 4, 2027, 9:12:33 AM"' : i === 1 ? '"Mar 5, 2027, 8:01:10 AM"' : never(i);
    return `${user},Active,${i % 3 === 0 ? 'Enrolled' : 'Not enrolled'},${signedIn}`;
  });
  return `\ufeff${[header, ...rows].join('\r\n')}\r\n`;
}

const read = async (text: string, more: Record<string, unknown> = {}) => {
  const dir = oneSourceCopy(accounts(more), 'google', { 'accounts 2027-03-05.csv': text });
  const { points: all } = await points(planIn(dir), dir);
  return all.filter((p) => p.scope === 'pilot' || p.scope === '').map((p) => [p.scope, p.value, p.rows]);
};

const failure = async (text: string, more: Record<string, unknown> = {}) => {
  const dir = oneSourceCopy(accounts(more), 'google', { 'accounts 2027-03-05.csv': text });
  return points(planIn(dir), dir).then(
    () => '',
    (e: unknown) => (e as Error).message.replaceAll(`${dir}/`, ''),
  );
};

const FILE = 'adoption/exports/google/accounts 2027-03-05.csv';

describe('a last-activity cell that says the person was never active', () => {
  it("reads Google's Never and Never logged in, and the Dutch console's words, as not active, as an empty cell reads", async () => {
    const words = ['Never', 'Never logged in', 'Nooit', 'Nooit ingelogd', 'NEVER', ' never  logged in '];
    const shares = await read(weekOne((i) => words[i % words.length]!));
    // 2 of the 3 pilot people, 2 of all 25.
    expect(shares).toEqual([
      ['', 8, 25],
      ['pilot', 66.6667, 3],
    ]);
    expect(await read(weekOne(() => ''))).toEqual(shares);
  });

  it('still refuses a cell with a digit that is no date, and a word no export is known to write, saying how to list it', async () => {
    expect(await failure(weekOne((i) => (i === 5 ? '"Feb 30, 2027, 9:00:00 AM"' : 'Never')))).toMatch(new RegExp(`^${FILE}:7:4: date "Feb 30, 2027, 9:00:00 AM" .*; correct it in the export, or run with --lenient to skip bad rows$`));
    expect(await failure(weekOne((i) => (i < 5 ? 'Nooit gebruikt' : 'Never')))).toBe(
      `${FILE}:4:4: date is not a real date written YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or with a month name (5 Mar 2027, Mar 5, 2027, 05/Mar/27); ` +
        'if the cell says the person was never active, add its text to sources[0].neverActive (an empty cell counts as not active too) (2 more bad rows in this file)',
    );
    expect(await failure(weekOne(() => '-'))).toMatch(/:4:4: date "-" is not a real date .*add its text to sources\[0\]\.neverActive/);
  });

  it("reads the words the plan lists under neverActive as not active too, in any case", async () => {
    expect(await read(weekOne((i) => (i % 2 ? 'nooit gebruikt' : '-')), { neverActive: ['Nooit gebruikt', '-'] })).toEqual([
      ['', 8, 25],
      ['pilot', 66.6667, 3],
    ]);
  });

  it('takes words only, and only for a source that reads lastActive', () => {
    const plan = (source: Record<string, unknown>) => ({ ...adoptionPlan(), sources: [source] });
    expect(errorsOf(plan(accounts({ neverActive: ['Nooit', '1-1-1970'] }))).map((e) => [e.path, e.message])).toEqual([
      ['sources[0].neverActive[1]', 'expected a word with no digit, such as "Nooit ingelogd": a cell with a digit is read as a date'],
    ]);
    const counted = { ...accounts({ neverActive: ['Nooit'] }), lastActive: undefined, active: 'Days active' };
    expect(errorsOf(plan(counted)).map((e) => [e.path, e.message])).toEqual([
      ['sources[0].neverActive', 'lists words of the lastActive column, which this source does not read: give lastActive, or leave neverActive out'],
    ]);
  });
});

describe("the README's entry for Google Admin console's accounts report", () => {
  it('reads the report as downloaded, a suspended account left out', async () => {
    const readme = readFileSync(example('../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Google Workspace: Admin console user reports'));
    const [entry] = parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]!) as Record<string, unknown>[];
    expect(entry).toMatchObject({ kind: 'activity', lastActive: 'Last sign-in', exclude: { 'User account status': 'Suspended' } });
    // The first account that never signed in suspended: 2 active of the other 24.
    const report = weekOne(() => 'Never').replace(/^(\S+?),Active,(.*Never)\r$/m, '$1,Suspended,$2\r');
    const dir = oneSourceCopy({ ...entry, file: 'adoption/exports/google/accounts *.csv' }, 'google', { 'accounts 2027-03-05.csv': report });
    const { points: all } = await points(planIn(dir), dir);
    expect(all.filter((p) => p.scope === '').map((p) => [p.date, p.value, p.rows])).toEqual([['2027-03-05', 8.3333, 24]]);
  });
});
