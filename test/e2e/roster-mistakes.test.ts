import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy, type PlanData } from '../sources/support.js';

/** gate-check on a copy of the example whose roster (adoption/people.csv) is edited as a coordinator might. */
function checkWithRoster(edit: (lines: string[]) => string[], change?: (plan: PlanData) => void) {
  const dir = adoptionCopy(change);
  const file = path.join(dir, 'adoption/people.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8').split('\r\n')).join('\r\n'));
  return run(['gate-check', '--at', '2027-03-29'], { cwd: dir });
}

describe('gate-check on a roster with a mistake: exit 2 at its line and column, with what to do', () => {
  it('a row without an e-mail address', () => {
    const r = checkWithRoster((lines) => lines.map((line, i) => (i === 3 ? line.replace(/^[^,]*/, '') : line)));
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'rollout: adoption/people.csv:4:1: no E-mail in this row; every person needs one, as the exports write it\n']);
  });

  it('a person listed twice', () => {
    const r = checkWithRoster((lines) => [...lines.slice(0, 4), lines[2]!, ...lines.slice(4)]);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'rollout: adoption/people.csv:5:1: this person is listed twice (first on line 3); keep one row per person\n']);
  });

  it('a phase the plan does not have', () => {
    const withPhase = (p: PlanData) => {
      (p.people as { columns: Record<string, string> }).columns.phase = 'Fase';
    };
    const r = checkWithRoster((lines) => lines.map((line, i) => (i === 0 ? `${line},Fase` : i === 2 ? `${line},pilott` : line === '' ? line : `${line},`)), withPhase);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'rollout: adoption/people.csv:3:5: phase "pilott" is not in the plan; did you mean "pilot"?; write a phase id or name\n']);
  });
});
