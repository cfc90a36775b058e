import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { daysRead, noDayRead } from '../../src/sources/days-read.js';
import { parseDay } from '../../src/util/dates.js';
import { adoptionCopy, planIn } from '../sources/support.js';

// The example rolled back on Wednesday 24 March: the Teams reports of 29 March and later come after it.
const ON = '2027-03-24';
const LEFT_OUT = `left out: it has no row before ${ON}, when the rollout rolled back, and rows from that day on are not read`;

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

describe('the days a check reads', () => {
  it('run from the plan’s start to the day, and end the day before a rollback of the whole rollout once it is in effect', () => {
    const plan = planIn(rolledBack());
    expect(daysRead(plan, parseDay('2027-03-22'))).toEqual({ from: parseDay('2027-03-01'), until: parseDay('2027-03-22') });
    const after = daysRead(plan, parseDay('2027-04-05'));
    expect([after.from, after.until]).toEqual([parseDay('2027-03-01'), parseDay('2027-03-23')]);
    expect(after.outside).toBe(LEFT_OUT.replace('left out: ', ''));
    expect(noDayRead(after, [parseDay('2027-03-24'), parseDay('2027-03-29')])).toBe(true);
    expect(noDayRead(after, [parseDay('2027-03-29'), parseDay('2027-03-23')])).toBe(false);
    // A day not known yet (a date whose order is still open) may be one that is read.
    expect(noDayRead(after, [NaN])).toBe(false);
    expect(noDayRead(after, [])).toBe(true);
  });
});

describe('exports after a rollback of the whole rollout', () => {
  it('a report with concealed names dated after the rollback is said and left out: the decision stays the rollback', async () => {
    const out = await check(rolledBack('20270329'), '2027-03-31');
    expect(out.result.decision).toBe('rollback');
    const said = out.warnings.filter((w) => w.includes('TeamsUserActivityUserDetail20270329.csv has none of the people'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(new RegExp(`export that report again; ${LEFT_OUT}$`));
    // Its codes are no colleagues missing from the roster.
    expect(out.warnings.join('\n')).not.toMatch(/\d\d people in the export are not in the roster/);
  });

  it('a broken report with rows before the rollback still stops the check: a kept verdict reads it', async () => {
    await expect(check(rolledBack('20270322'), '2027-03-31')).rejects.toThrow(/TeamsUserActivityUserDetail20270322\.csv has none of the people of the roster .*export that report again$/);
  });

  it('an empty file after the rollback is said and left out; without a rollback it stops the check as before', async () => {
    const dir = rolledBack();
    writeFileSync(path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270405.csv'), '');
    const out = await check(dir, '2027-04-05');
    expect(out.result.decision).toBe('rollback');
    expect(out.warnings.filter((w) => w.endsWith(`TeamsUserActivityUserDetail20270405.csv: the file is empty; export it again with its header row; ${LEFT_OUT}`))).toHaveLength(1);
    const plain = adoptionCopy();
    writeFileSync(path.join(plain, 'adoption/exports/TeamsUserActivityUserDetail20270405.csv'), '');
    await expect(check(plain, '2027-04-05')).rejects.toThrow(/TeamsUserActivityUserDetail20270405\.csv: the file is empty; export it again with its header row$/);
  });

  it('leaves the switch-off withdrawn: nothing to be ready, and its condition read no later than the day before the rollback', async () => {
    const { result } = await check(rolledBack(), '2027-04-05');
    expect(result.decommission).toBeNull();
    expect(result.decommissionReady).toBeNull();
    expect(result.condition?.measuredOn).toBe('2027-03-22');
    expect(result.condition?.organizationDay ?? '2027-03-22').toBe('2027-03-22');
  });
});
