import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { adoptionCopy, planIn, points } from './support.js';

const REPORT = 'TeamsUserActivityUserDetail20270322.csv';
/** What a browser names a second download of the same report, which the plan's glob matches too. */
const AGAIN = 'TeamsUserActivityUserDetail20270322 (1).csv';

/** A copy of the example with a second export of the 03-22 report, its rows changed by `edit`. */
function withSecondDownload(edit: (rows: string[]) => string[]): string {
  const dir = adoptionCopy();
  const exports = path.join(dir, 'adoption', 'exports');
  const [header, ...rows] = readFileSync(path.join(exports, REPORT), 'utf8').replace(/\r\n$/, '').split('\r\n');
  writeFileSync(path.join(exports, AGAIN), `${[header, ...edit(rows)].join('\r\n')}\r\n`);
  return dir;
}

describe('two activity exports of the same report day', () => {
  it('count once, with a warning, when they have the same rows (in any order)', async () => {
    const dir = withSecondDownload((rows) => rows.reverse());
    const twice = await points(planIn(dir), dir);
    const once = await points(planIn(), path.join(ROOT, 'examples'));
    expect(twice.points).toEqual(once.points);
    expect(twice.warnings.filter((w) => w.includes('both report'))).toEqual([expect.stringMatching(/^sources\[0\]: \S*TeamsUserActivityUserDetail20270322 \(1\)\.csv and \S*TeamsUserActivityUserDetail20270322\.csv both report 2027-03-22 with the same rows; counted once$/)]);
  });

  it('stop the run when their rows differ, naming both files, the day, the plan line and what to do', async () => {
    // The second download says Ravi was last active on 03-10, the first on 03-21.
    const dir = withSecondDownload((rows) => rows.map((row) => (row.includes('ravi.sewdien@') ? row.replace(',2027-03-21,', ',2027-03-10,') : row)));
    await expect(points(planIn(dir), dir)).rejects.toThrow(
      /^sources\[0\]: \S*TeamsUserActivityUserDetail20270322 \(1\)\.csv and \S*TeamsUserActivityUserDetail20270322\.csv both report 2027-03-22 with different rows, so one of them is wrong; remove the wrong file, or narrow sources\[0\]\.file \("adoption\/exports\/TeamsUserActivityUserDetail\*\.csv"\) so that it matches one export per report date$/,
    );
  });

  it('leave out, with a note, the one exported while Microsoft 365 concealed user names: the one with names counts', async () => {
    // The first download, before "Display concealed user, group, and site names" was cleared: codes in place of the names.
    const code = (name: string) => createHash('md5').update(name).digest('hex').toUpperCase();
    const dir = withSecondDownload((rows) => rows.map((row) => row.replace(/[\w.-]+@[\w.-]+/, code)));
    const read = await points(planIn(dir), dir);
    const once = await points(planIn(), path.join(ROOT, 'examples'));
    expect(read.points).toEqual(once.points);
    // Its codes are not counted as accounts the roster lacks: the one note added is that it is left out.
    expect(read.warnings).toHaveLength(once.warnings.length + 1);
    expect(read.warnings.filter((w) => w.includes('left out: none of its rows'))).toEqual([
      expect.stringMatching(
        /^sources\[0\]: \S*TeamsUserActivityUserDetail20270322 \(1\)\.csv, the report of 2027-03-22, is left out: none of its rows is a person of the roster \S*people\.csv, as \d+ hold codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names, and a report of the same day has names and counts in its place: move the file out of the folder, or narrow sources\[0\]\.file, to drop this note$/,
      ),
    ]);
  });

  it('stop the run when two reports of a day with names differ, beside one exported while names were concealed', async () => {
    const code = (name: string) => createHash('md5').update(name).digest('hex').toUpperCase();
    const dir = withSecondDownload((rows) => rows.map((row) => (row.includes('ravi.sewdien@') ? row.replace(',2027-03-21,', ',2027-03-10,') : row)));
    const exports = path.join(dir, 'adoption', 'exports');
    writeFileSync(path.join(exports, 'TeamsUserActivityUserDetail20270322 (2).csv'), readFileSync(path.join(exports, REPORT), 'utf8').replace(/[\w.-]+@[\w.-]+/g, code));
    await expect(points(planIn(dir), dir)).rejects.toThrow(/both report 2027-03-22 with different rows, so one of them is wrong; remove the wrong file/);
  });
});
