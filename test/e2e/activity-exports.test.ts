import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy, BRANCH_IDS } from '../sources/support.js';

/** Rewrites every Teams user activity report of a copy of the example. */
function editReports(dir: string, edit: (text: string, file: string) => string): void {
  const exports = path.join(dir, 'adoption/exports');
  for (const file of readdirSync(exports).filter((f) => f.startsWith('TeamsUserActivityUserDetail'))) {
    writeFileSync(path.join(exports, file), edit(readFileSync(path.join(exports, file), 'utf8'), file));
  }
}

const onlyActivity = (p: { sources: Record<string, unknown>[]; gates: Record<string, unknown>[] }) => {
  p.sources = [p.sources[0]!];
  p.gates = p.gates.filter((g) => g.metric === 'active_use_pct');
};

const metrics = (dir: string) => run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: dir });
const notInRoster = 'rollout: sources[0]: 1 account in the export is not in the roster adoption/people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)\n';

/** The Office colleague the example's report of 29 March has no row for, who had rows before. */
const GONE =
  'rollout: sources[0]: 1 roster person (phase studio; group Office; location Paramaribo) with rows in earlier reports has none in the newest, adoption/exports/TeamsUserActivityUserDetail20270329.csv (the report of 2027-03-29), and counts as not active there; if they left, keep their roster row with the day they left (people.columns.left), which takes them out of the shares from that day on; if the export is incomplete, export it again';

describe('the Teams user activity report', () => {
  it('with concealed user names: stops, says they are codes, and where in the admin center to show the names', () => {
    const dir = adoptionCopy(onlyActivity);
    editReports(dir, (text) => text.replace(/[a-z.]+@kaiteur\.example/g, (id) => createHash('md5').update(id).digest('hex')));
    const r = metrics(dir);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'rollout: rollout.yaml:141:13: none of the 25 accounts in adoption/exports/TeamsUserActivityUserDetail20270308.csv and 3 other files (besides 1 that sources[0].exclude leaves out) are in the roster adoption/people.csv; they are codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names: ' +
        'in the Microsoft 365 admin center under Settings > Org settings > Services > Reports, clear "Display concealed user, group, and site names in all reports" and export again\n',
    );
  });

  it('without the rows of people it had before: leaves them out of that day, names their part, never counts them as not active', () => {
    const dir = adoptionCopy(onlyActivity);
    editReports(dir, (text, file) => (file.includes('20270329') ? text.split('\r\n').filter((line) => !BRANCH_IDS.test(line)).join('\r\n') : text));
    const r = metrics(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      notInRoster +
        "rollout: sources[0]: the report of 2027-03-29 has no row for 7 roster people who had rows in an earlier report (phase nickerie; group Branch; location Nieuw Nickerie); they are left out of that day's shares, not counted as not active (if the export is incomplete, export it again; if they left, give them the day they left in the roster, people.columns.left)\n" +
        `${GONE}\n`,
    );
    expect(r.stdout).toContain('2027-03-22,active_use_pct,0,,Branch,,7\r\n');
    expect(r.stdout).not.toMatch(/^2027-03-29,.*,Branch,/m);
  });

  it('saved again with day-first dates (as Dutch Excel writes them): the same shares as the export', () => {
    const dir = adoptionCopy(onlyActivity);
    editReports(dir, (text) => text.replace(/\b(2027)-(\d\d)-(\d\d)\b/g, '$3-$2-$1'));
    const dutch = metrics(dir);
    const exported = metrics(adoptionCopy(onlyActivity));
    expect([dutch.status, dutch.stderr]).toEqual([0, `${notInRoster}${GONE}\n`]);
    expect(dutch.stdout).toContain('2027-03-29,active_use_pct,65.2174,,,,22\r\n');
    expect(dutch.stdout).toBe(exported.stdout);
  });
});
