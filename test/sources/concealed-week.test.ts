import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy, planIn, points } from './support.js';

const WEEK = 'TeamsUserActivityUserDetail20270329.csv';
/** Microsoft 365's code in place of a concealed user principal name: 32 hexadecimal digits. */
const code = (name: string) => createHash('md5').update(name).digest('hex').toUpperCase();

/** The example with one week's report exported while Microsoft 365 concealed user names, the other weeks with names. */
function oneWeekConcealed(): { dir: string; ids: string[] } {
  const dir = adoptionCopy();
  const file = path.join(dir, 'adoption', 'exports', WEEK);
  const text = readFileSync(file, 'utf8');
  const ids = [...text.matchAll(/[\w.-]+@[\w.-]+/g)].map(([id]) => id);
  writeFileSync(file, text.replace(/[\w.-]+@[\w.-]+/g, code));
  return { dir, ids };
}

const STOP = new RegExp(
  `^sources\\[0\\]: \\S*${WEEK.replace('.', '\\.')} has none of the people of the roster \\S+people\\.csv: its \\d+ rows hold codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names, ` +
    `so its report day would be left out and the gates would read the report before: .*clear "Display concealed user, group, and site names in all reports" and export that report again$`,
);

describe('a week exported while Microsoft 365 concealed user names, among weeks with names', () => {
  it('stops the reading, naming the file, instead of leaving its day out', async () => {
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
