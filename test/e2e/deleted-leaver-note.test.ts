import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';

/*
 * test/fixtures/outage-week: the roster gives an Office colleague a day she left (22 March, its
 * `Uit dienst` column); the Teams report of 29 March has her account deleted (`Is Deleted` True,
 * which the plan's exclude leaves out), that of 5 April was saved again in Dutch Excel, which
 * writes WAAR.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'outage-week');

describe('the note on a deleted account written WAAR in a later report, end to end', () => {
  it('says the person the roster has leave counts nowhere, and names nobody', () => {
    const r = run(['metrics', '--at', '2027-04-19', '--format', 'csv'], { cwd: FIXTURE });
    expect(r.status).toBe(0);
    const note = r.stderr.split('\n').find((line) => line.includes('sources[0].exclude'));
    expect(note).toBe(
      'rollout: sources[0].exclude: "Is Deleted" left out rows of adoption/exports/TeamsUserActivityUserDetail20270329.csv but none of adoption/exports/TeamsUserActivityUserDetail20270405.csv, ' +
        'where 1 person whose rows it left out has a row it does not leave out; the roster gives that person a day they left before it (people.columns.left), so they count nowhere, ' +
        'but the deleted account of someone the roster still has would count there; a report downloaded in another language (an admin console set to Dutch) names its values so: ' +
        'write both as a list (exclude: { "Is Deleted": [True, ...] }, with the word that report writes)',
    );
    expect(r.stdout + r.stderr).not.toMatch(/dennis|karsters/i);
  });
});
