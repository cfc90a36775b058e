import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstMissing, exportsDueFrom } from '../../src/sources/missing.js';
import { parseDay } from '../../src/util/dates.js';
import { adoptionCopy, planIn } from './support.js';

describe('exports that are not there yet', () => {
  it('are due from the first launch day, moved off a holiday', () => {
    expect(exportsDueFrom(planIn())).toBe(parseDay('2027-03-01'));
    const dir = adoptionCopy((plan) => ((plan as unknown as { calendar: unknown }).calendar = { holidays: ['2027-03-01'] }));
    expect(exportsDueFrom(planIn(dir))).toBe(parseDay('2027-03-02'));
  });

  it('are named with the plan key that names them, the roster first', async () => {
    const dir = adoptionCopy((plan) => (plan.sources[4]!.file = 'adoption/exports/tickets-exprot-*.csv'));
    const locate = (at: (string | number)[]) => `rollout.yaml@${at.join('.')}`;
    expect(await firstMissing(planIn(dir), { baseDir: dir, locate })).toEqual({ file: 'adoption/exports/tickets-exprot-*.csv', at: 'rollout.yaml@sources.4.file' });
    rmSync(path.join(dir, 'adoption/people.csv'));
    expect(await firstMissing(planIn(dir), { baseDir: dir })).toEqual({ file: 'adoption/people.csv', at: 'people.file' });
  });

  it('are none when every file is there', async () => {
    const dir = adoptionCopy();
    expect(await firstMissing(planIn(dir), { baseDir: dir })).toBeUndefined();
  });
});
