import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unknownPartNotes } from '../../src/gates/unknown-parts.js';
import { example, minimalPlan, removeTempDirs, run, tempDir, validPlan } from '../helpers.js';

afterAll(removeTempDirs);

const enterprise = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));

describe('the parts a metrics export names that the plan does not have', () => {
  it('says nothing of the phases, groups and locations the plan has, in any case', () => {
    expect(unknownPartNotes(enterprise, 'm.csv', [{ phase: 'PILOT', location: 'georgetown' }, { location: 'Port of Spain' }, {}])).toEqual([]);
  });

  it('names a misspelt phase, with the phase meant and the switch-off that reads it all the same', () => {
    expect(unknownPartNotes(enterprise, 'm.csv', [{ phase: 'pilott' }])).toEqual([
      "m.csv: phase \"pilott\" is not in the plan (did you mean \"pilot\"?): no phase's gate reads those rows, and the switch-off condition reads them as a phase of their own; write the phase's id as the plan has it (pilot, paramaribo, georgetown and 2 more)",
    ]);
  });

  it('tells a phase written by its name, in any of the plan\'s languages, to write its id', () => {
    const adoption = validPlan(readFileSync(example('adoption.yaml'), 'utf8'));
    for (const name of ['IT-pilot', 'it pilot']) expect(unknownPartNotes(adoption, 'm.csv', [{ phase: name }])[0]).toContain(`phase "${name}" is not in the plan (the name of phase "pilot": write its id)`);
  });

  it('gives one note for each kind, and says where the plan has none of a kind', () => {
    const plan = validPlan(minimalPlan());
    expect(unknownPartNotes(plan, 'm.csv', [{ group: 'Financiën', location: 'Albina' }, { group: 'Verkoop' }])).toEqual([
      'm.csv: groups "Financiën", "Verkoop" are not in the plan: no gate written for a group reads those rows, and the switch-off condition reads them as a group of their own; the plan has no groups: add it under organization.groups, or leave the column out',
      'm.csv: location "Albina" is not in the plan: no gate written for a location reads those rows, and the switch-off condition reads them as a location of their own; the plan has no locations: add it under organization.locations, or leave the column out',
    ]);
  });
});

describe('rollout gate-check with a misspelt phase in the export', () => {
  it('says so on standard error, naming the file and the phase meant', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'usage.csv'), 'date,metric,value,phase\n2027-03-05,active_use_pct,50,pilott\n2027-03-12,active_use_pct,90,pilott\n');
    const r = run(['gate-check', '--plan', example('growing-team.yaml'), '--metrics', 'usage.csv', '--at', '2027-03-15'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('rollout: usage.csv: phase "pilott" is not in the plan (did you mean "pilot"?): no phase\'s gate reads those rows');
  });
});
