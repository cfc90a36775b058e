import { describe, expect, it } from 'vitest';
import { JOHAN, LEAVER_PEOPLE as PEOPLE, leaverPlan, leaverReports as reports, sabajoFolder, userDownload } from '../google-users.js';
import { planIn, points } from './support.js';

/** The office's shares and the notes, with this roster (and its `left` column, when given). */
async function read(roster: string, left = '') {
  const plan = leaverPlan(left);
  const dir = sabajoFolder(plan, { 'people.csv': roster, ...reports() });
  const { points: all, warnings } = await points(planIn(dir), dir);
  return { kantoor: all.filter((p) => p.scope === 'kantoor').map((p) => [p.date, p.value]), warnings: warnings.map((w) => w.replaceAll(`${dir}/`, '')) };
}

describe('an account deleted from Google Workspace, gone from the newest report and from the user download', () => {
  it('is said to be gone from the newest report, with the advice to keep the row with the day they left', async () => {
    const { kantoor, warnings } = await read(userDownload(PEOPLE.filter((u) => u.email !== JOHAN)));
    expect(kantoor[0]).toEqual(['2027-02-11', 71.4286]);
    expect(warnings).toEqual([
      'sources[0]: 1 account in the export is not in the roster people.csv and left out; it has rows in earlier reports but none in the newest, exports/accounts 2027-03-01.csv: ' +
        'if the person left and their account was deleted, keep their roster row with the day they left (people.columns.left) rather than deleting it (a user download saved over the roster drops it: copy the row into each new one), as without it they drop out of the shares of the days they worked here and a go/no-go already judged changes',
    ]);
  });

  it('keeps the share judged in February once the row is kept with the day they left, with no note', async () => {
    const withLeft = userDownload(PEOPLE).replace(/\r\n/, ',Left\r\n').replace(/(k8@sabajo-arch\.sr.*)\r\n/, '$1,2027-03-01\r\n');
    const { kantoor, warnings } = await read(withLeft, ', left: Left');
    expect(kantoor).toEqual([
      ['2027-02-11', 62.5],
      ['2027-03-01', 100],
    ]);
    expect(warnings).toEqual([]);
  });

  it('still says to add a colleague or exclude a shared account when the newest report has the account too', async () => {
    const { warnings } = await read(userDownload(PEOPLE.filter((u) => u.email !== 'k1@sabajo-arch.sr' && u.email !== JOHAN)));
    expect(warnings.find((w) => w.startsWith('sources[0]:'))).toMatch(
      /^sources\[0\]: 2 accounts in the export are not in the roster people\.csv and left out; 1 of them has rows in earlier reports but none in the newest, exports\/accounts 2027-03-01\.csv: .*; of the others: add a colleague's account to the roster; one that is no one person's/,
    );
  });
});
