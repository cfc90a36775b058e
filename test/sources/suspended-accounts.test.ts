import { describe, expect, it } from 'vitest';
import { INTERN_WEEKS, internPlan, sabajoFolder, SURVEY_SOURCE, SURVEY_WITH_INTERN, WITH_INTERN, WITHOUT_INTERN_LATER } from '../google-users.js';
import { planIn, points } from './support.js';

/** The firm with this `people:` line and this exclude on its activity source (none when empty). */
async function sabajo(people: string, exclude: string, weeks: Record<string, string> = INTERN_WEEKS) {
  const plan = internPlan([
    `people: ${people}`,
    'sources:',
    `  - { file: "exports/accounts *.csv", kind: activity, asOf: filename, person: User, lastActive: Last sign-in${exclude ? `, exclude: ${exclude}` : ''} }`,
  ]);
  const dir = sabajoFolder(plan, { 'people.csv': WITH_INTERN, ...weeks });
  const read = await points(planIn(dir), dir).catch((e: Error) => e);
  if (read instanceof Error) throw new Error(read.message.replaceAll(`${dir}/`, ''));
  return { ...read, warnings: read.warnings.map((w) => w.replaceAll(`${dir}/`, '')) };
}

const COLUMNS = '{ person: "Email Address [Required]", group: Department }';
const kantoor = (read: Awaited<ReturnType<typeof sabajo>>) => read.points.filter((p) => p.scope === 'kantoor').map((p) => [p.date, p.value, p.rows]);

describe('a suspended account in the Google Workspace user download', () => {
  it('leaves every share through people.exclude, whatever language an export writes its status in', async () => {
    const read = await sabajo(`{ file: people.csv, columns: ${COLUMNS}, exclude: { "Status [READ ONLY]": Suspended } }`, '');
    expect(kantoor(read)).toEqual([
      ['2027-02-12', 75, 4],
      ['2027-02-15', 75, 4],
    ]);
    // Its export rows are no stranger's: no note about an account the roster lacks.
    expect(read.warnings).toEqual([]);
  });

  it("is told of when a source's exclude left out rows of an earlier report and none of a later one", async () => {
    const read = await sabajo(`{ file: people.csv, columns: ${COLUMNS} }`, '{ User account status: Suspended }');
    expect(kantoor(read)).toEqual([
      ['2027-02-12', 75, 4],
      ['2027-02-15', 60, 5],
    ]);
    expect(read.warnings).toEqual([
      'sources[0].exclude: "User account status" left out rows of exports/accounts 2027-02-12.csv but none of exports/accounts 2027-02-15.csv, where 1 person whose rows it left out has a row it does not leave out, so they count there; ' +
        'a report downloaded in another language (an admin console set to Dutch) names its values so: write both as a list (exclude: { "User account status": [Suspended, ...] }, with the word that report writes); ' +
        'if the account was reactivated, nothing is wrong',
    ]);
    expect(read.warnings.join('\n')).not.toMatch(/stagiair|sabajo-arch/);
  });

  it('says nothing when the account it left out is gone from the later report (deleted), which still has the column', async () => {
    const read = await sabajo(`{ file: people.csv, columns: ${COLUMNS} }`, '{ User account status: Suspended }', WITHOUT_INTERN_LATER);
    expect(kantoor(read)).toEqual([
      ['2027-02-12', 75, 4],
      ['2027-02-15', 75, 4],
    ]);
    expect(read.warnings.filter((w) => w.includes('.exclude'))).toEqual([]);
  });

  it('leaves out both words written as a list, with no note', async () => {
    const read = await sabajo(`{ file: people.csv, columns: ${COLUMNS} }`, '{ User account status: [Suspended, Opgeschort] }');
    expect(kantoor(read)).toEqual([
      ['2027-02-12', 75, 4],
      ['2027-02-15', 75, 4],
    ]);
    expect(read.warnings).toEqual([]);
  });

  it("leaves a suspended person's survey answer out without counting it among answers from people not in the roster", async () => {
    const plan = internPlan([`people: { file: people.csv, columns: ${COLUMNS}, exclude: { "Status [READ ONLY]": Suspended } }`, 'sources:', SURVEY_SOURCE]);
    const dir = sabajoFolder(plan, { 'people.csv': WITH_INTERN, 'exports/enquete.csv': SURVEY_WITH_INTERN });
    const read = await points(planIn(dir), dir);
    expect(read.points.filter((p) => p.scope === 'kantoor/Kantoor').map((p) => [p.date, p.value])).toEqual([['2027-02-12', 8]]);
    expect(read.warnings.map((w) => w.replaceAll(`${dir}/`, ''))).toEqual(['sources[0]: 1 response from people not in the roster people.csv left out']);
  });

  it('refuses a people.exclude column the roster lacks, naming the key and the closest column', async () => {
    const error = await sabajo(`{ file: people.csv, columns: ${COLUMNS}, exclude: { "Status": Suspended } }`, '').catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^people\.csv:1:1: no column "Status", which people\.exclude\.Status names; the header has .*"Status \[READ ONLY\]"/);
  });
});
