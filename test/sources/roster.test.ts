import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/util/errors.js';
import { load } from '../helpers.js';
import { stringify } from 'yaml';
import { adoptionCopy, adoptionPlan, planIn, points, type PlanData } from './support.js';

/** The example's folder with the roster rewritten by `edit`. */
function withRoster(edit: (csv: string) => string, change?: Parameters<typeof adoptionCopy>[0]): string {
  const dir = adoptionCopy(change);
  const file = path.join(dir, 'adoption/people.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

const read = (dir: string) => points(planIn(dir), dir);

describe('the roster', () => {
  it.each([
    ['a person listed twice', (csv: string) => `${csv}SANDRA.PINAS@kaiteur.example,Sandra P,Design,Paramaribo\r\n`, 'adoption/people.csv:27:1: this person is listed twice (first on line 5); keep one row per person'],
    ['a row without an id', (csv: string) => `${csv},Nobody,Design,Paramaribo\r\n`, 'adoption/people.csv:27:1: no E-mail in this row; every person needs one, as the exports write it'],
    ['a location the plan lacks', (csv: string) => csv.replace('Branch,Nieuw Nickerie', 'Branch,Nickerie'), /adoption\/people\.csv:20:4: location "Nickerie" is not in the plan; the plan has "Paramaribo", "Nieuw Nickerie"; add it under organization\.locations or correct the roster$/],
    ['a missing column', (csv: string) => csv.replace('Afdeling', 'Department'), /adoption\/people\.csv:1:1: no column "Afdeling", which people\.columns\.group names; /],
  ])('refuses %s, naming the line and column but never the person', async (_, edit, message) => {
    const error = await read(withRoster(edit)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/sandra|nobody/i);
  });

  it('reads a group however it is spelled, past the first spellings it compares by their bytes', async () => {
    const before = await read(withRoster((csv) => csv));
    // Each of the 25 people's group and location in a spelling of its own: case, spaces, a quoted cell.
    const spell = (name: string, n: number) => {
      const cased = [...name].map((c, i) => ((n >> i) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
      return n % 3 === 0 ? `" ${cased}"` : `${cased}${' '.repeat(n % 4)}`;
    };
    const spelled = (csv: string, last = (location: string) => location) => {
      let n = 0;
      return csv.replace(/^([^,\r\n]+,[^,\r\n]+),([^,\r\n]+),([^,\r\n]+)$/gm, (line, person: string, group: string, location: string) =>
        person.startsWith('E-mail') ? line : `${person},${spell(group, ++n)},${spell(n === 25 ? last(location) : location, n)}`,
      );
    };
    expect((await read(withRoster((csv) => spelled(csv)))).points).toEqual(before.points);
    // The last row, after more spellings than are kept as bytes, still meets the check of its text.
    const late = await read(withRoster((csv) => spelled(csv, () => 'Nickerie'))).catch((e: Error) => e);
    expect((late as Error).message).toMatch(/people\.csv:26:4: location "nickerie" is not in the plan; /i);
  });

  it('says who is in a phase whose audience is a share only through a phase column', async () => {
    const share = (plan: PlanData) => {
      plan.phases[1]!.audience = '60%';
    };
    const invalid = load(readFileSync(path.join(withRoster((csv) => csv, share), 'rollout.yaml'), 'utf8'), 'rollout.yaml');
    expect(invalid.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      'rollout.yaml:59:15: error phases[1].audience: phase studio brings in a share (60%), so the roster has to say who is in it (add a phase column to the roster and name it with people.columns.phase)',
    ]);
    const dir = withRoster(
      (csv) => csv.split('\r\n').map((line, i) => (i === 0 ? `${line},Fase` : line && `${line},${line.includes(',Design,') ? 'studio' : ''}`)).join('\r\n'),
      (plan) => {
        share(plan);
        plan.people.columns = { ...(plan.people.columns as object), phase: 'Fase' };
      },
    );
    // Only the 9 Design people are in the studio now; Farida (unlicensed) leaves the total: 7 active of 8 on 03-29.
    const studio = (await read(dir)).points.filter((p) => p.metric === 'active_use_pct' && p.scope === 'studio');
    expect(studio.at(-1)).toMatchObject({ date: '2027-03-29', value: 87.5, rows: 8 });
  });

  /** The example with a Fase column naming the Design people's phase as `phase`; the studio is 60% of the headcount. */
  const designIn = (phase: string) =>
    withRoster(
      (csv) => csv.split('\r\n').map((line, i) => (i === 0 ? `${line},Fase` : line && `${line},${line.includes(',Design,') ? phase : ''}`)).join('\r\n'),
      (plan) => {
        plan.phases[1]!.audience = '60%';
        plan.people.columns = { ...(plan.people.columns as object), phase: 'Fase' };
      },
    );

  it.each(['studio', 'Ontwerp en kantoor', 'design and office'])('reads the phase %s by its id or its name in any of the plan\'s languages', async (phase) => {
    // The plan speaks Dutch first: its English name is as much the phase's as its Dutch one.
    const studio = (await read(designIn(phase))).points.filter((p) => p.metric === 'active_use_pct' && p.scope === 'studio');
    expect(studio.at(-1)).toMatchObject({ date: '2027-03-29', value: 87.5, rows: 8 });
  });

  it.each([
    ['a misspelt phase', 'Ontwerp en kantor', ' (did you mean "Ontwerp en kantoor"?)'],
    ['a group given as the phase', 'Design', ''],
  ])('refuses %s as the other roster cells are refused: where, what was found, what the plan has, what to do', async (_, phase, meant) => {
    const error = (await read(designIn(phase)).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(
      new RegExp(`adoption/people\\.csv:5:5: phase "${phase}" is not in the plan${meant.replace(/[()?]/g, '\\$&')}; the plan has "pilot", "studio", "nickerie", "decommission"; correct the roster with a phase's id or name, or add the phase under phases$`),
    );
  });

  it('suggests the name a misspelt location was meant to be, and still lists the plan\'s', async () => {
    const error = (await read(withRoster((csv) => csv.replace('Branch,Nieuw Nickerie', 'Branch,Nieuw Nikerie'))).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/adoption\/people\.csv:20:4: location "Nieuw Nikerie" is not in the plan \(did you mean "Nieuw Nickerie"\?\); the plan has "Paramaribo", "Nieuw Nickerie"; add it under organization\.locations or correct the roster$/);
  });

  it('stops when nobody in an export is in the roster, counting apart the accounts exclude: leaves out', async () => {
    const dir = withRoster((csv) => csv.replaceAll('@kaiteur.example', '@elsewhere.example'));
    // 26 accounts: Farida is unlicensed in every export, so exclude: leaves her out; the 25 others have a row it keeps.
    await expect(read(dir)).rejects.toThrow(
      /^sources\[0\]\.person: none of the 25 accounts in \S+ and \d+ other files \(besides 1 that sources\[0\]\.exclude leaves out\) are in the roster \S*adoption\/people\.csv; check that people\.columns\.person names the column with the same ids as User Principal Name$/,
    );
  });
});

describe('activity exports with a row per person per day', () => {
  it('counts a person active on a day when the active column is above 0', async () => {
    const dir = adoptionCopy((plan) => {
      plan.sources = [{ file: 'adoption/daily.csv', kind: 'activity', date: 'Date', person: 'User', active: 'Messages Posted', where: { Workspace: 'Kaiteur' }, metric: 'active_use_pct' }];
    });
    writeFileSync(
      path.join(dir, 'adoption/daily.csv'),
      'Date,User,Workspace,Messages Posted\n2027-03-22,sandra.pinas@kaiteur.example,Kaiteur,3\n2027-03-22,kevin.tjon@kaiteur.example,Kaiteur,0\n2027-03-22,naomi.wongsodikromo@kaiteur.example,Other,9\n2027-03-23,kevin.tjon@kaiteur.example,Kaiteur,1\n',
    );
    const design = (await read(dir)).points.filter((p) => p.metric === 'active_use_pct' && p.scope === 'Design');
    // 9 Design people: 1 active on 03-22 (Naomi's row is another workspace), 1 on 03-23.
    expect(design.map((p) => [p.date, p.value, p.rows])).toEqual([
      ['2027-03-22', 11.1111, 2],
      ['2027-03-23', 11.1111, 1],
    ]);
  });
});

describe('messages about bad cells', () => {
  it('quote numbers and dates, never a cell that may be a name or an id', async () => {
    const dir = adoptionCopy((plan) => {
      plan.sources = [{ ...plan.sources[2]!, metrics: { satisfaction: 'Email*' } }];
    });
    const error = (await read(dir).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/Form Responses 1\.csv:2:2: the satisfaction answer is not a number; correct it in the export, or run with --lenient to skip bad rows/);
    expect(error.message).not.toContain('@');
  });
});

describe('rollout validate', () => {
  it('asks for a roster where a source counts people', () => {
    const plan = stringify({ ...adoptionPlan(), people: undefined });
    expect(load(plan, 'rollout.yaml').diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path}: ${d.message}`)).toEqual([
      'sources[0].kind: an activity source counts the roster people who are active, but the plan has no roster',
      'sources[2].person: person maps answers to the roster, but the plan has no roster',
      'sources[3].person: person maps answers to the roster, but the plan has no roster',
      'sources[5].kind: an attendance source counts the roster people who attended a training, but the plan has no roster',
    ]);
  });
});
