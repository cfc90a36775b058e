import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRANCH_IDS, adoptionCopy, planIn, points, type Point } from './support.js';

const on = (all: Point[], date: string) => Object.fromEntries(all.filter((p) => p.metric === 'active_use_pct' && p.date === date).map((p) => [p.scope, [p.value, p.rows]]));

describe('a Teams report that lacks a whole branch', () => {
  it('gives the branch no value that day and leaves its people out of the other shares, with a note', async () => {
    const dir = adoptionCopy();
    const file = path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270322.csv');
    // The 7 people of Nieuw Nickerie have rows in every other report.
    const lines = readFileSync(file, 'utf8').split('\r\n');
    writeFileSync(file, lines.filter((l) => !BRANCH_IDS.test(l)).join('\r\n'));
    expect(lines.filter((l) => BRANCH_IDS.test(l))).toHaveLength(7);
    const { points: all, warnings } = await points(planIn(dir), dir);
    const day = on(all, '2027-03-22');
    // 15 of the 17 Paramaribo people active; with the branch counted as not active it read 15 of 24.
    expect(day['']).toEqual([88.2353, 17]);
    expect(day['Paramaribo']).toEqual([88.2353, 17]);
    expect([day['nickerie'], day['Nieuw Nickerie'], day['Branch']]).toEqual([undefined, undefined, undefined]);
    // The reports before and after still count the branch.
    expect(on(all, '2027-03-29')['nickerie/Nieuw Nickerie']).toEqual([28.5714, 7]);
    expect(warnings).toContain(
      "sources[0]: the report of 2027-03-22 has no row for 7 roster people who had rows in an earlier report (phase nickerie; group Branch; location Nieuw Nickerie); they are left out of that day's shares, not counted as not active (if the export is incomplete, export it again; if they left, give them the day they left in the roster, people.columns.left)",
    );
    expect(warnings.join('\n')).not.toMatch(BRANCH_IDS);
  });

  it('still counts people who never had a row as not active', async () => {
    const dir = adoptionCopy();
    for (const date of ['20270308', '20270315', '20270322', '20270329']) {
      const file = path.join(dir, `adoption/exports/TeamsUserActivityUserDetail${date}.csv`);
      writeFileSync(file, readFileSync(file, 'utf8').split('\r\n').filter((l) => !BRANCH_IDS.test(l)).join('\r\n'));
    }
    const { points: all, warnings } = await points(planIn(dir), dir);
    expect(on(all, '2027-03-29')['nickerie/Nieuw Nickerie']).toEqual([0, 0]);
    expect(warnings.some((w) => w.includes('no row for'))).toBe(false);
  });
});
