import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { rosterDiagnostics } from '../../src/sources/roster-diagnostics.js';
import { headcountTolerance } from '../../src/sources/roster-size.js';
import { formatDiagnostic } from '../../src/util/errors.js';
import { adoptionCopy, planIn, points } from './support.js';

/** The example's folder with only the roster rows `keep` keeps (the header stays). */
function rosterOf(keep: (row: string, index: number) => boolean, extra: string[] = []): string {
  const dir = adoptionCopy();
  const file = path.join(dir, 'adoption/people.csv');
  const [header, ...rows] = readFileSync(file, 'utf8').split('\r\n').filter(Boolean);
  writeFileSync(file, [header, ...rows.filter(keep), ...extra].map((line) => `${line}\r\n`).join(''));
  return dir;
}

async function diagnostics(dir: string): Promise<string[]> {
  const loaded = loadPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8'), 'rollout.yaml');
  return (await rosterDiagnostics(loaded.plan!, loaded.source, 'rollout.yaml', dir)).diagnostics.map(formatDiagnostic);
}

const rosterWarnings = async (dir: string) => (await points(planIn(dir), dir)).warnings.filter((w) => w.startsWith('the roster'));

describe('a roster far from the plan headcounts', () => {
  it('allows a tenth of a headcount, and always one person', () => {
    expect([1, 3, 9, 10, 25, 40, 1000].map(headcountTolerance)).toEqual([1, 1, 1, 1, 2, 4, 100]);
  });

  it('leaves the example, whose roster matches every headcount, without a warning', async () => {
    const dir = adoptionCopy();
    expect(await diagnostics(dir)).toEqual([]);
    expect(await rosterWarnings(dir)).toEqual([]);
  });

  it('warns in validate at the headcount a one-person roster falls short of, with counts only', async () => {
    const dir = rosterOf((_, i) => i === 0);
    const found = await diagnostics(dir);
    // The phases' audiences get warnings of their own, about the locations the roster leaves empty.
    const headcounts = found.filter((d) => / warning organization\./.test(d));
    expect(headcounts[0]).toMatch(
      /^rollout\.yaml:\d+:\d+: warning organization\.headcount: the roster \S*adoption\/people\.csv lists 1 person but organization\.headcount is 25 \(add the 24 people missing from the roster, or lower organization\.headcount; shares of active use count only the people in the roster\)$/,
    );
    // The one person is in the IT pilot in Paramaribo: the other groups and the branch are empty.
    expect(headcounts.slice(1).map((d) => d.replace(/ \(.*/, '').replace(/^.*headcount: the roster \S+ /, ''))).toEqual([
      'lists 1 person in group "IT pilot" but organization.groups[0].headcount is 3',
      'lists 0 people in group "Design" but organization.groups[1].headcount is 9',
      'lists 0 people in group "Office" but organization.groups[2].headcount is 6',
      'lists 0 people in group "Branch" but organization.groups[3].headcount is 7',
      'lists 1 person in Paramaribo but organization.locations[0].headcount is 18',
      'lists 0 people in Nieuw Nickerie but organization.locations[1].headcount is 7',
    ]);
    const roster = readFileSync(path.join(dir, 'adoption/people.csv'), 'utf8').split('\r\n')[1]!;
    for (const cell of roster.split(',').slice(0, 2)) expect(found.join('\n')).not.toContain(cell);
  });

  it('says that leavers kept with a day before the start explain a headcount written before, and to lower it; one leaving later still counts', async () => {
    const leaving = async (...days: string[]) => {
      const dir = adoptionCopy((plan) => {
        (plan.people as { columns: Record<string, string> }).columns.left = 'Uit dienst';
      });
      const file = path.join(dir, 'adoption/people.csv');
      const [header, ...rows] = readFileSync(file, 'utf8').split('\r\n').filter(Boolean);
      let office = 0;
      const dated = rows.map((row) => `${row},${row.includes(',Office,') ? (days[office++] ?? '') : ''}`);
      writeFileSync(file, [`${header},Uit dienst`, ...dated].map((line) => `${line}\r\n`).join(''));
      return (await diagnostics(dir)).filter((d) => / warning organization\./.test(d)).map((d) => d.replace(/^.*headcount: the roster \S+ /, ''));
    };
    expect(await leaving('15-2-2027', '26-2-2027')).toEqual([
      'lists 4 people in group "Office" on the start day (2 more left before it, by people.columns.left) but organization.groups[2].headcount is 6 (write organization.groups[2].headcount: 4: the headcounts count the people there when the rollout starts, and the schedule and messages size each phase by them)',
      'lists 16 people in Paramaribo on the start day (2 more left before it, by people.columns.left) but organization.locations[0].headcount is 18 (write organization.locations[0].headcount: 16: the headcounts count the people there when the rollout starts, and the schedule and messages size each phase by them)',
    ]);
    // The plan starts on 1 March: people who leave during or after the rollout are there for it.
    expect(await leaving('22-3-2027', '30-6-2027')).toEqual([]);
  });

  it('tells gate-check, report and metrics the same, as warnings', async () => {
    const dir = rosterOf((row) => !row.includes(',Branch,'));
    expect(await rosterWarnings(dir)).toEqual([
      expect.stringMatching(/the roster \S+ lists 18 people but organization\.headcount is 25; add the 7 people missing/),
      expect.stringMatching(/lists 0 people in group "Branch" but organization\.groups\[3\]\.headcount is 7; /),
      expect.stringMatching(/lists 0 people in Nieuw Nickerie but organization\.locations\[1\]\.headcount is 7; /),
    ]);
  });

  it('stays quiet within the tolerance and warns past it, both ways', async () => {
    // Rows 4 and 20 are a designer and someone at the branch: two of 25, one per group and location.
    expect(await diagnostics(rosterOf((_, i) => i !== 4 && i !== 20))).toEqual([]);
    const threeLeft = await diagnostics(rosterOf((_, i) => i !== 4 && i !== 20 && i !== 12));
    expect(threeLeft[0]).toMatch(/ warning organization\.headcount: the roster \S+ lists 22 people but organization\.headcount is 25 \(/);
    const extra = Array.from({ length: 4 }, (_, i) => `new.hire${i}@kaiteur.example,New Hire ${i},Design,Paramaribo`);
    const grown = await diagnostics(rosterOf(() => true, extra));
    expect(grown.map((d) => d.replace(/^.*?warning /, '').replace(/ \(.*/, ''))).toEqual([
      expect.stringMatching(/^organization\.headcount: the roster \S+ lists 29 people but organization\.headcount is 25$/),
      expect.stringMatching(/^organization\.groups\[1\]\.headcount: the roster \S+ lists 13 people in group "Design" but organization\.groups\[1\]\.headcount is 9$/),
      expect.stringMatching(/^organization\.locations\[0\]\.headcount: the roster \S+ lists 22 people in Paramaribo but organization\.locations\[0\]\.headcount is 18$/),
    ]);
    expect(grown[0]).toMatch(/\(if 4 people left, give them the day they left \(people\.columns\.left\); if people joined, raise organization\.headcount; /);
  });

  it('warns once when validate cannot read the roster', async () => {
    const dir = adoptionCopy((plan) => {
      plan.people.file = 'adoption/nobody.csv';
    });
    expect(await diagnostics(dir)).toEqual([expect.stringMatching(/^rollout\.yaml:\d+:\d+: warning people\.file: the roster cannot be read: \S*adoption\/nobody\.csv: .*no such file; put the roster there or correct people\.file; `rollout init --people` writes one to fill in \(gate-check, report and metrics stop here until it is fixed\)$/)]);
  });
});
