import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Zorg Marowijne (see test/gates/rolled-back-share.test.ts) with Moengo's 5 and Albina's 4 in one
 * phase, Branches, from 19 April 2027; Albina rolled back on 17 May. On 21 May Moengo has 3 of 5
 * active and Albina's 4 are back on WhatsApp: the phase's gate (no location, >= 50) reads 3 of 5 = 60.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'still-on');

describe("gate-check on a phase's gate after a location of it rolled back", () => {
  it('reads the people still on the new tool, in text and JSON', () => {
    const dir = tempDir();
    cpSync(FIXTURE, dir, { recursive: true });
    const plan = path.join(dir, 'rollout.yaml');
    const data = parse(readFileSync(plan, 'utf8')) as { phases: unknown[]; gates: unknown[] };
    data.phases = [data.phases[0], { id: 'branches', name: 'Branches', audience: { locations: ['Moengo', 'Albina'] }, weeks: 2 }, data.phases[3]];
    data.gates = [{ id: 'branches-success', phase: 'branches', metric: 'active_use_pct', op: '>=', threshold: 50, within: '5w' }];
    writeFileSync(plan, stringify(data));
    const check = (...args: string[]) => run(['gate-check', '--at', '2027-05-24', ...args], { cwd: dir });
    expect(check().stdout).toContain('  branches-success (gehaald): de laatste waarde van 2 rijen actief gebruik van 2027-04-19 tot en met 2027-05-24 is 60 op 2027-05-21 (3 van 5 personen; 3 van 5 nodig), >= 50\n');
    expect(check('--lang', 'en').stdout).toContain('is 60 on 2027-05-21 (3 of 5 people; 3 of 5 needed), >= 50');
    const gate = (JSON.parse(check('--format', 'json').stdout) as { gates: { id: string; status: string; observed: number; people?: unknown }[] }).gates.find((g) => g.id === 'branches-success');
    expect(gate).toMatchObject({ status: 'pass', observed: 60 });
  });
});
