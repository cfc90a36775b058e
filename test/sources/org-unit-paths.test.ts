import { describe, expect, it } from 'vitest';
import { AT_TWO_PLACES, FIVE_FEBRUARY, sabajoFolder, twoPlacesPlan, userDownload, type GoogleUser } from '../google-users.js';
import { planIn, points } from './support.js';

const SOURCE = ['sources:', '  - { file: "exports/accounts *.csv", kind: activity, asOf: filename, person: User, lastActive: Last sign-in }'];

/** The activity shares of the firm whose user download lists these people. */
async function shares(users: GoogleUser[]) {
  const dir = sabajoFolder(twoPlacesPlan(SOURCE), { 'people.csv': userDownload(users), ...FIVE_FEBRUARY });
  const read = await points(planIn(dir), dir).catch((e: Error) => e);
  if (read instanceof Error) throw new Error(read.message.replaceAll(`${dir}/`, ''));
  return read;
}

describe("the Org Unit Path of Google Workspace's user download as the roster's location", () => {
  it('stands for the location its deepest part names; the top unit / for none (the group says where)', async () => {
    const read = await shares(AT_TWO_PLACES);
    const byLocation = read.points.filter((p) => p.scope === 'paramaribo' || p.scope === 'moengo').map((p) => [p.scope, p.value, p.rows]);
    expect(byLocation).toEqual([
      ['paramaribo', 100, 3],
      ['moengo', 50, 2],
    ]);
    expect(read.warnings).toEqual([]);
  });

  it('refuses a path no part of which names a location, naming the cell and the rule', async () => {
    const error = await shares([...AT_TWO_PLACES, { email: 'farah@sabajo-arch.sr', orgUnit: '/Kantoor/Archief', department: 'Kantoor' }]).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      'people.csv:7:6: location "/Kantoor/Archief" is not in the plan; the plan has "Paramaribo", "Moengo"; an org-unit path stands for the location its deepest part names, and no part of this one names a location of the plan; add it under organization.locations or correct the roster',
    );
  });

  it('matches a part whole, never a location whose name a part only begins with', async () => {
    const error = await shares([{ email: 'farah@sabajo-arch.sr', orgUnit: '/Moengo-project', department: 'Bouw' }, ...AT_TWO_PLACES]).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^people\.csv:2:6: location "\/Moengo-project" is not in the plan/);
  });
});
