import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptionCopy, planIn, points, resaveInExcel, type Point } from './support.js';

const studio = (all: Point[]) => all.filter((p) => p.metric === 'active_use_pct' && p.scope === 'studio').map(({ date, value }) => [date, value]);

/** The example with its first weekly Teams export (all days 12 or less) opened and saved again in Dutch Excel. */
function oneResaved(dateFormat?: string): string {
  const dir = adoptionCopy((plan) => {
    if (dateFormat) plan.sources[0]!.dateFormat = dateFormat;
  });
  resaveInExcel(path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270308.csv'));
  return dir;
}

describe('one weekly export saved again by Dutch Excel among year-first ones', () => {
  it('names that file, one of its dates and one of the others, and says to export it again', async () => {
    const dir = oneResaved();
    const error = await points(planIn(dir), dir).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message.replaceAll(`${dir}/`, '')).toBe(
      'adoption/exports/TeamsUserActivityUserDetail20270308.csv:2:1: the dates of this file, such as "8-3-2027" and "7-3-2027", read both day-first and month-first, ' +
        'unlike those of the source\'s other files (adoption/exports/TeamsUserActivityUserDetail20270315.csv:2:1: "2027-03-15"), as when Excel saves an export again: ' +
        'export this file again, or say which order it has with sources[0].dateFormat: dd-mm-yyyy ("8-3-2027" is 8 March) or sources[0].dateFormat: mm-dd-yyyy ("8-3-2027" is 3 August); ' +
        'the other files read the same either way',
    );
  });

  it('reads every file once dateFormat gives the odd one\'s order: the year-first files read as they are', async () => {
    const untouched = adoptionCopy();
    const dir = oneResaved('dd-mm-yyyy');
    const { points: all } = await points(planIn(dir), dir);
    expect(studio(all)).toEqual(studio((await points(planIn(untouched), untouched)).points));
    expect(studio(all)[0]).toEqual(['2027-03-08', 7.1429]);
  });

  it("names a file written in the other order than the source's other files, rather than asking for another dateFormat", async () => {
    // The week of 22 March saved again by Dutch Excel (22-3-2027 settles day-first), that of 29 March by US Excel (3/29/2027).
    const resaved = (dateFormat?: string) => {
      const dir = adoptionCopy((plan) => {
        if (dateFormat) plan.sources[0]!.dateFormat = dateFormat;
      });
      resaveInExcel(path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270322.csv'), 'nl');
      resaveInExcel(path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270329.csv'), 'us');
      return dir;
    };
    const message = async (dir: string) => (await points(planIn(dir), dir).then(() => '', (e: unknown) => (e as Error).message)).replaceAll(`${dir}/`, '');
    expect(await message(resaved())).toMatch(
      /^adoption\/exports\/TeamsUserActivityUserDetail20270329\.csv:2:1: date "3\/29\/2027" is not a real date written DD-MM-YYYY; the source's other files are written in that order \(adoption\/exports\/TeamsUserActivityUserDetail20270322\.csv:2:1: "22-3-2027"\), unlike this one, as when Excel saves an export again: export it again, or run with --lenient to skip bad rows \(\d+ more bad rows in this file\)$/,
    );
    // Under the plan's dd-mm-yyyy the US file is named as the odd one, not the plan's order asked to change.
    const named = await message(resaved('dd-mm-yyyy'));
    expect(named).toMatch(/^adoption\/exports\/TeamsUserActivityUserDetail20270329\.csv:2:1: date "3\/29\/2027" is not a real date written DD-MM-YYYY, the order sources\[0\]\.dateFormat sets; the source's other files are written in that order \(adoption\/exports\/TeamsUserActivityUserDetail20270322\.csv:2:1: "22-3-2027"\)/);
    expect(named).not.toContain('set sources[0].dateFormat');
  });
});
