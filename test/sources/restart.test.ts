import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticLines, minimalPlan } from '../helpers.js';
import { adoptionCopy, planIn, points, BRANCH_IDS } from './support.js';

const EXPORTS = 'adoption/exports';
const restart = (more: Record<string, unknown> = {}) => ({
  rolledBackOn: '2027-02-15',
  reason: { en: 'satisfaction collapsed', nl: 'de tevredenheid stortte in' },
  changed: { en: 'each department is trained first', nl: 'elke afdeling krijgt eerst training' },
  ...more,
});

/** The example as a second try reading from `readFrom`, its 15 March report renamed as Teams names downloads (no date a name could give). */
function secondTry(readFrom: string | undefined, change: (file: string) => void = () => {}): string {
  const dir = adoptionCopy((plan) => Object.assign(plan, { restart: restart(readFrom ? { readFrom } : {}) }));
  const file = path.join(dir, EXPORTS, 'TeamsUserActivityUserDetail3_15_2027 9_14_02 AM.csv');
  renameSync(path.join(dir, EXPORTS, 'TeamsUserActivityUserDetail20270315.csv'), file);
  change(file);
  return dir;
}

const concealed = (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/[\w.-]+@[\w.-]+/g, (id) => createHash('md5').update(id).digest('hex')));
const withoutBranch = (file: string) => writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((line) => !BRANCH_IDS.test(line)).join('\n'));

describe('a second try (restart:) reads no export of the earlier attempt', () => {
  it('leaves out every value dated before readFrom, which the same exports give a plan without restart', async () => {
    const dir = secondTry('2027-03-16');
    const read = await points(planIn(dir), dir);
    expect(read.points.length).toBeGreaterThan(0);
    expect(read.points.filter((p) => p.date < '2027-03-16')).toEqual([]);
    const plain = adoptionCopy();
    const first = await points(planIn(plain), plain);
    expect(first.points.some((p) => p.date < '2027-03-16')).toBe(true);
  });

  it('reads from start when readFrom is left out', async () => {
    const dir = adoptionCopy((plan) => Object.assign(plan, { start: '2027-03-22', restart: restart() }));
    const { points: read } = await points(planIn(dir), dir);
    expect(Math.min(...read.map((p) => Date.parse(p.date)))).toBe(Date.parse('2027-03-22'));
  });

  it("does not check an earlier attempt's report exported with concealed names, which from that day on is left out with a note", async () => {
    const dir = secondTry('2027-03-16', concealed);
    const { warnings } = await points(planIn(dir), dir);
    const plain = secondTry('2027-03-16');
    // Its 26 codes are not counted as people missing from the roster either.
    expect(warnings).toEqual((await points(planIn(plain), plain)).warnings.map((w) => w.replaceAll(plain, dir)));
    expect(warnings).toContain(`sources[0]: 1 account in the export is not in the roster ${dir}/adoption/people.csv and left out; add a colleague's account to the roster; one that is no one person's (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)`);
    const early = secondTry('2027-03-15', concealed);
    // Later reports have names: a past week cannot be exported again, so it is said and left out.
    expect((await points(planIn(early), early)).warnings).toContainEqual(expect.stringMatching(/3_15_2027 9_14_02 AM\.csv, the report of 2027-03-15, is left out: none of its rows is a person of the roster/));
  });

  it('does not repeat the note of a branch missing from a report before readFrom', async () => {
    const note = /the report of 2027-03-15 has no row for 7 roster people/;
    const dir = secondTry('2027-03-16', withoutBranch);
    expect((await points(planIn(dir), dir)).warnings.join('\n')).not.toMatch(/has no row for/);
    const early = secondTry('2027-03-08', withoutBranch);
    expect((await points(planIn(early), early)).warnings.join('\n')).toMatch(note);
  });

  it('does not open a file whose name carries a day before readFrom, such as an empty download', async () => {
    const dir = secondTry('2027-03-16', (file) => writeFileSync(path.join(path.dirname(file), 'TeamsUserActivityUserDetail 2027-03-12.csv'), ''));
    await expect(points(planIn(dir), dir)).resolves.toBeDefined();
    const early = secondTry('2027-03-09', (file) => writeFileSync(path.join(path.dirname(file), 'TeamsUserActivityUserDetail 2027-03-12.csv'), ''));
    await expect(points(planIn(early), early)).rejects.toThrow(/2027-03-12\.csv: the file is empty/);
  });
});

describe('restart: dates', () => {
  const plan = (more: Record<string, unknown>) => minimalPlan({ start: '2027-04-19', restart: restart({ rolledBackOn: '2027-03-17', ...more }) });

  it('accepts a rollback before start and a readFrom after it', () => {
    expect(diagnosticLines(plan({ readFrom: '2027-04-05' }), 'restart-dates')).toEqual([]);
  });

  it('refuses a rollback on or after start, and a readFrom that reads the earlier attempt', () => {
    expect(diagnosticLines(plan({ rolledBackOn: '2027-04-19' }), 'restart-dates')).toEqual([expect.stringContaining('error restart.rolledBackOn: the earlier attempt rolled back on 2027-04-19, not before this try starts on 2027-04-19')]);
    expect(diagnosticLines(plan({ readFrom: '2027-03-17' }), 'restart-dates')).toEqual([expect.stringContaining('error restart.readFrom: readFrom 2027-03-17 would read the exports of the earlier attempt, which rolled back on 2027-03-17')]);
    expect(diagnosticLines(plan({ readFrom: '2027-04-26' }), 'restart-dates')).toEqual([expect.stringContaining('warning restart.readFrom: readFrom 2027-04-26 is after this try starts on 2027-04-19: the exports of its first days are not read')]);
  });
});
