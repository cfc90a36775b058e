import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { measuredDays, readWindow, brokenLeftOut } from '../../src/sources/read-window.js';
import { parseDay } from '../../src/util/dates.js';
import { adoptionCopy, planIn } from '../sources/support.js';

// The example rolled back on Wednesday 24 March: the Teams reports of 29 March and later come after it.
const ON = '2027-03-24';
const LEFT_OUT = `left out: after the rollback on ${ON} only rows up to that day are read, and it has none, nor a day up to then in its name`;

/** The example with its rollback written in, and the Teams report of `week` exported while Microsoft 365 concealed names. */
function rolledBack(concealedWeek?: string): string {
  const dir = adoptionCopy((plan) => Object.assign(plan, { rollback: { on: ON, reason: 'calls kept dropping' } }));
  if (concealedWeek) {
    const file = path.join(dir, 'adoption/exports', `TeamsUserActivityUserDetail${concealedWeek}.csv`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/[\w.-]+@[\w.-]+/g, (id) => createHash('md5').update(id).digest('hex').toUpperCase()));
  }
  return dir;
}

const check = (dir: string, at: string) => checkGates({ plan: planIn(dir), files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } });

describe('the days read', () => {
  it('end on the day of a rollback of the whole rollout once it is in effect; the switch-off condition reads none before the start', () => {
    const plan = planIn(rolledBack());
    expect(readWindow(plan, parseDay('2027-03-22'))).toEqual({});
    expect(readWindow(plan)).toEqual({});
    expect(readWindow(plan, parseDay('2027-04-05'))).toEqual({ until: parseDay(ON) });
    expect(measuredDays(plan, parseDay('2027-03-22'))).toEqual({ from: parseDay('2027-03-01'), until: parseDay('2027-03-22') });
    expect(measuredDays(plan, parseDay('2027-04-05'))).toEqual({ from: parseDay('2027-03-01'), until: parseDay(ON) });
  });

  it('leave out a file that stopped before its first row only after the rollback, and only when its name gives no day up to it', () => {
    const after = { until: parseDay(ON) };
    expect(brokenLeftOut(after, 'exports/Dagrapport vestiging Nickerie.csv', 0, [], 'auto')).toBe(LEFT_OUT);
    expect(brokenLeftOut(after, 'exports/Dagrapport vestiging Nickerie 2027-03-29.csv', 0, [], 'auto')).toBe(LEFT_OUT);
    expect(brokenLeftOut(after, `exports/Dagrapport vestiging Nickerie ${ON}.csv`, 0, [], 'auto')).toBeUndefined();
    expect(brokenLeftOut(after, 'exports/Dagrapport vestiging Nickerie 2027-03-22.csv', 0, [], 'auto')).toBeUndefined();
    expect(brokenLeftOut({}, 'exports/Dagrapport vestiging Nickerie.csv', 0, [], 'auto')).toBeUndefined();
    expect(brokenLeftOut({ from: parseDay('2027-04-19') }, 'exports/Dagrapport vestiging Nickerie.csv', 0, [], 'auto')).toBeUndefined();
  });

  it('leave out a file cut off or broken after its rows when they are all dated outside the days read', () => {
    const [before, after] = [parseDay('2027-03-22'), parseDay('2027-03-29')];
    const file = 'exports/Member Analytics Prior 30 Days - Mar 29, 2027.csv';
    expect(brokenLeftOut({ until: parseDay(ON) }, file, 12, [after], 'auto')).toBe(`left out: none of its rows is dated up to ${ON}, when the rollout rolled back, the days read`);
    expect(brokenLeftOut({ until: parseDay(ON) }, file, 12, [before, after], 'auto')).toBeUndefined();
    expect(brokenLeftOut({ from: parseDay('2027-04-19') }, file, 12, [after], 'auto')).toBe('left out: none of its rows is dated from 2027-04-19, the days read');
    // A date whose order is still open, or rows with no date read, may be on a day read.
    expect(brokenLeftOut({ until: parseDay(ON) }, file, 12, [NaN], 'auto')).toBeUndefined();
    expect(brokenLeftOut({ until: parseDay(ON) }, file, 12, [], 'auto')).toBeUndefined();
    expect(brokenLeftOut({}, file, 12, [after], 'auto')).toBeUndefined();
  });
});

describe('exports after a rollback of the whole rollout', () => {
  it('a report with concealed names dated after the rollback is not read: the decision stays the rollback', async () => {
    const out = await check(rolledBack('20270329'), '2027-03-31');
    expect(out.result.decision).toBe('rollback');
    expect(out.warnings.join('\n')).not.toMatch(/20270329|hexadecimal|\d\d accounts in the export are not in the roster/);
  });

  it('a broken report with rows up to the rollback still stops the check: a kept verdict reads it', async () => {
    await expect(check(rolledBack('20270322'), '2027-03-31')).rejects.toThrow(/TeamsUserActivityUserDetail20270322\.csv has none of the people of the roster .*and no later report has names, .*narrow sources\[0\]\.file\)$/);
  });

  it('an empty file after the rollback is said and left out; without a rollback it stops the check as before', async () => {
    const dir = rolledBack();
    writeFileSync(path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270405.csv'), '');
    writeFileSync(path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail (1).csv'), '');
    const out = await check(dir, '2027-04-05');
    expect(out.result.decision).toBe('rollback');
    const said = (name: string) => expect.stringMatching(new RegExp(`${name}: the file is empty; export it again with its header row; ${LEFT_OUT}$`));
    expect(out.warnings.filter((w) => w.includes('TeamsUserActivityUserDetail'))).toEqual([said('TeamsUserActivityUserDetail \\(1\\)\\.csv'), said('TeamsUserActivityUserDetail20270405\\.csv')]);
    const plain = adoptionCopy();
    writeFileSync(path.join(plain, 'adoption/exports/TeamsUserActivityUserDetail (1).csv'), '');
    await expect(check(plain, '2027-04-05')).rejects.toThrow(/TeamsUserActivityUserDetail \(1\)\.csv: the file is empty; export it again with its header row$/);
  });

  it('leaves the switch-off withdrawn: nothing to be ready, and its condition read no later than the rollback', async () => {
    const { result } = await check(rolledBack(), '2027-04-05');
    expect(result.decommission).toBeNull();
    expect(result.decommissionReady).toBeNull();
    expect(result.condition?.measuredOn).toBe('2027-03-22');
    expect(result.condition?.organizationDay ?? '2027-03-22').toBe('2027-03-22');
  });
});
