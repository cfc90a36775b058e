import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import { readSources } from '../../src/sources/read.js';
import { allScopes } from '../../src/sources/scopes.js';
import { parseDay } from '../../src/util/dates.js';
import { run } from '../helpers.js';
import { adoptionCopy, planIn, points } from './support.js';

const WEEK = 'TeamsUserActivityUserDetail20270329.csv';
/** Microsoft 365's code in place of a concealed user principal name: 32 hexadecimal digits. */
const code = (name: string) => createHash('md5').update(name).digest('hex').toUpperCase();

/** The example with one week's report exported while Microsoft 365 concealed user names, the other weeks with names. */
function oneWeekConcealed(week = WEEK): { dir: string; ids: string[] } {
  const dir = adoptionCopy();
  const file = path.join(dir, 'adoption', 'exports', week);
  const text = readFileSync(file, 'utf8');
  const ids = [...text.matchAll(/[\w.-]+@[\w.-]+/g)].map(([id]) => id);
  writeFileSync(file, text.replace(/[\w.-]+@[\w.-]+/g, code));
  return { dir, ids };
}

const STOP = new RegExp(
  `^sources\\[0\\]: \\S*${WEEK.replace('.', '\\.')} has none of the people of the roster \\S+people\\.csv: its \\d+ rows hold codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names, ` +
    `and no later report has names, so the gates would read the report before: .*clear "Display concealed user, group, and site names in all reports", then export the report now and put it beside it; ` +
    `the admin center exports only the current period, and a past week cannot be exported again, so this file is then left out with a note \\(or move it out of the folder, or narrow sources\\[0\\]\\.file\\)$`,
);

/** The note on an earlier week's report with concealed names, among later ones with names. */
const LEFT_OUT = new RegExp(
  `^sources\\[0\\]: \\S*TeamsUserActivityUserDetail20270315\\.csv, the report of 2027-03-15, is left out: none of its rows is a person of the roster \\S+people\\.csv, as \\d+ hold codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names, ` +
    `so a gate due on or after 2027-03-15 and before 2027-03-22, the day of the next report with names, reads the report before it; the admin center exports only the current period, and a past week cannot be exported again: move the file out of the folder, or narrow sources\\[0\\]\\.file, to drop this note$`,
);

describe('a week exported while Microsoft 365 concealed user names, among weeks with names', () => {
  it('is left out with a note naming it when a later report has names: that one decides, as a past week cannot be exported again', async () => {
    const { dir } = oneWeekConcealed('TeamsUserActivityUserDetail20270315.csv');
    const plain = adoptionCopy();
    const [read, all] = [await points(planIn(dir), dir), await points(planIn(plain), plain)];
    expect(read.warnings.filter((w) => LEFT_OUT.test(w))).toHaveLength(1);
    // Its codes are not counted as accounts the roster lacks: the other notes are those of the reports with names.
    expect(read.warnings.filter((w) => !LEFT_OUT.test(w))).toEqual(all.warnings.map((w) => w.replaceAll(plain, dir)));
    const days = (p: typeof read) => [...new Set(p.points.filter((x) => x.metric === 'active_use_pct').map((x) => x.date))];
    expect(days(read)).toEqual(days(all).filter((d) => d !== '2027-03-15'));
    expect(read.points.filter((x) => x.date === '2027-03-29')).toEqual(all.points.filter((x) => x.date === '2027-03-29'));
  });

  it('stops the reading when the report with names is dated after the day the exports are read on', async () => {
    const { dir } = oneWeekConcealed('TeamsUserActivityUserDetail20270315.csv');
    const plan = planIn(dir);
    const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
    const read = (on: string) => readSources({ plan, baseDir: dir, lenient: false, metrics, answers: new Set(), scopes: (m) => allScopes(plan, m), asOf: parseDay(on) }, () => {});
    await expect(read('2027-03-16')).rejects.toThrow(/TeamsUserActivityUserDetail20270315\.csv has none of the people of the roster .* and no later report has names/);
    await expect(read('2027-03-22')).resolves.toBeDefined();
  });

  it('stops the reading, naming the file, when it is the newest report', async () => {
    const { dir } = oneWeekConcealed();
    await expect(points(planIn(dir), dir)).rejects.toThrow(STOP);
  });

  it('stops gate-check and the weekly updates with exit 2, naming the file and no id', () => {
    const { dir, ids } = oneWeekConcealed();
    for (const args of [
      ['gate-check', '--at', '2027-03-31', '--lang', 'nl'],
      ['render-emails', '--at', '2027-03-31', '--dry-run'],
    ]) {
      const { status, stdout, stderr } = run(args, { cwd: dir });
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().replace(/^rollout: /, '')).toMatch(STOP);
      for (const id of ids) {
        expect(stderr).not.toContain(id);
        expect(stderr).not.toContain(code(id));
      }
    }
  });

  it('still reads the weeks when a report holds codes only for accounts the roster lacks', async () => {
    // A report with names, plus a guest account Microsoft 365 lists by code: not a concealed export.
    const dir = adoptionCopy();
    const file = path.join(dir, 'adoption', 'exports', WEEK);
    const [header, first] = readFileSync(file, 'utf8').split('\r\n');
    writeFileSync(file, `${readFileSync(file, 'utf8')}${first!.replace(/[\w.-]+@[\w.-]+/, code('guest@elsewhere.example'))}\r\n`);
    expect(header).toContain('User Principal Name');
    const { points: read } = await points(planIn(dir), dir);
    expect(read.some((p) => p.date === '2027-03-29' && p.metric === 'active_use_pct')).toBe(true);
  });
});
