import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptionCopy, planIn, points } from './support.js';

const EXPORTS = 'adoption/exports';
const TEAMS = /^TeamsUserActivityUserDetail\d+\.csv$/;

/** A copy of the example with every Teams activity export rewritten line by line. */
function teamsEdited(edit: (line: string, index: number) => string, change?: Parameters<typeof adoptionCopy>[0]): string {
  const dir = adoptionCopy(change);
  for (const name of readdirSync(path.join(dir, EXPORTS)).filter((n) => TEAMS.test(n))) {
    const file = path.join(dir, EXPORTS, name);
    writeFileSync(file, readFileSync(file, 'utf8').split('\r\n').map(edit).join('\r\n'));
  }
  return dir;
}

const activity = async (dir: string) => {
  const { points: all, warnings } = await points(planIn(dir), dir);
  return { shares: all.filter((p) => p.metric === 'active_use_pct'), warnings: warnings.map((w) => w.replace(dir, 'DIR')) };
};

const original = () => activity(adoptionCopy());

describe('activity exports read on their bytes', () => {
  it('give the same shares with day-first dates, found from the values, as with year-first ones', async () => {
    const dayFirst = teamsEdited((line) => line.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => `${Number(d)}-${Number(m)}-${y}`));
    expect(readFileSync(path.join(dayFirst, EXPORTS, 'TeamsUserActivityUserDetail20270329.csv'), 'utf8')).toContain('\r\n29-3-2027,Kaiteur Design,');
    const expected = await original();
    expect(expected.shares).toHaveLength(4 * 11);
    expect(await activity(dayFirst)).toEqual(expected);
  });

  it('give the same shares with month-first dates in the dateFormat the plan names', async () => {
    const monthFirst = teamsEdited(
      (line) => line.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => `${m}/${d}/${y}`),
      (plan) => {
        plan.sources[0]!.dateFormat = 'mm/dd/yyyy';
      },
    );
    expect(await activity(monthFirst)).toEqual(await original());
  });

  it('match ids without regard to case, spaces around them or quotes, and people by a name only they have', async () => {
    const varied = teamsEdited((line, index) => {
      const cells = line.split(',');
      if (index === 0 || cells.length < 5) return line;
      const id = cells[4]!;
      cells[4] = id.startsWith('sandra.') ? 'SANDRA PINAS' : [id.toUpperCase(), ` ${id} `, `"${id}"`, `" ${id.toUpperCase()} "`][index % 4]!;
      return cells.join(',');
    });
    const lines = readFileSync(path.join(varied, EXPORTS, 'TeamsUserActivityUserDetail20270322.csv'), 'utf8');
    for (const variant of [/,[A-Z.]+@KAITEUR\.EXAMPLE,/, /, [a-z.]+@kaiteur\.example ,/, /,"[a-z.]+@kaiteur\.example",/, /," [A-Z.]+@KAITEUR\.EXAMPLE ",/, /,SANDRA PINAS,/]) expect(lines).toMatch(variant);
    expect(await activity(varied)).toEqual(await original());
    // A name two people have finds neither.
    const roster = path.join(varied, 'adoption/people.csv');
    writeFileSync(roster, readFileSync(roster, 'utf8').replace('Naomi Wongsodikromo', 'Sandra Pinas'));
    const { warnings } = await activity(varied);
    expect(warnings).toContain('sources[0]: 2 accounts in the export are not in the roster DIR/adoption/people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)');
  });

  it('match ids outside ASCII without regard to case, and count each stranger once', async () => {
    const dir = teamsEdited((line) => line.replace('anjali.ramdin@kaiteur.example', 'ÁNJALI.RAMDIN@KAITEUR.EXAMPLE').replace('ravi.sewdien@', 'ravi.sewdien.x@'));
    const roster = path.join(dir, 'adoption/people.csv');
    writeFileSync(roster, readFileSync(roster, 'utf8').replace('anjali.ramdin@', 'ánjali.ramdin@'));
    const { shares, warnings } = await activity(dir);
    // Ravi's rows now carry an id the roster lacks: the pilot counts him as missing (2 of 3 found, both active).
    expect(shares.filter((p) => p.scope === 'pilot').map((p) => [p.date, p.value, p.rows])).toEqual([
      ['2027-03-08', 66.6667, 2],
      ['2027-03-15', 66.6667, 2],
      ['2027-03-22', 66.6667, 2],
      ['2027-03-29', 66.6667, 2],
    ]);
    expect(warnings).toContain('sources[0]: 2 accounts in the export are not in the roster DIR/adoption/people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)');
  });

  it('leave deleted and unlicensed accounts the roster lacks out of the count of strangers, as exclude: leaves them out of the shares', async () => {
    const extra = teamsEdited((line, index) => {
      if (index !== 1) return line;
      const cells = line.split(',');
      const account = (id: string, deleted: string, licensed: string) => {
        const row = [...cells];
        [row[4], row[6], row[31]] = [id, deleted, licensed];
        return row.join(',');
      };
      // A former colleague's deleted account and a meeting room without a licence, in every report.
      return [line, account('oud.account@kaiteur.example', 'True', 'No'), account('vergaderzaal@kaiteur.example', 'False', 'No')].join('\r\n');
    });
    const { shares, warnings } = await activity(extra);
    const { shares: before, warnings: said } = await original();
    expect(shares).toEqual(before);
    expect(warnings).toEqual(said);
    expect(warnings).toContain('sources[0]: 1 account in the export is not in the roster DIR/adoption/people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)');
  });
});
