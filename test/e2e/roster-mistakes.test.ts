import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy, type PlanData } from '../sources/support.js';

/** gate-check on a copy of the example whose roster (adoption/people.csv) is edited as a coordinator might. */
function checkWithRoster(edit: (lines: string[]) => string[], change?: (plan: PlanData) => void, args: string[] = []) {
  const dir = adoptionCopy(change);
  const file = path.join(dir, 'adoption/people.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8').split('\r\n')).join('\r\n'));
  return run(['gate-check', '--at', '2027-03-29', ...args], { cwd: dir });
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

  const withPhase = (p: PlanData) => {
    (p.people as { columns: Record<string, string> }).columns.phase = 'Fase';
  };
  /** The roster with a Fase column, `phase` on its second person's row (line 3). */
  const phaseOnLine3 = (phase: string) => (lines: string[]) => lines.map((line, i) => (i === 0 ? `${line},Fase` : i === 2 ? `${line},${phase}` : line === '' ? line : `${line},`));

  it('a phase the plan does not have', () => {
    const r = checkWithRoster(phaseOnLine3('pilott'), withPhase);
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'rollout: adoption/people.csv:3:5: phase "pilott" is not in the plan (did you mean "pilot"?); the plan has "pilot", "studio", "nickerie", "decommission"; correct the roster with a phase\'s id or name, or add the phase under phases\n',
    ]);
  });

  it('not a mistake: a phase by its name in the plan\'s other language, whatever --lang', () => {
    // The plan speaks Dutch first (IT-pilot); the English name is the same phase, and so is the id.
    // Judged, not stopped: exit 1, as studio-active, failed that day, holds the switch-off.
    for (const lang of ['nl', 'en']) {
      const args = ['--format', 'json', '--lang', lang];
      const byName = checkWithRoster(phaseOnLine3('IT pilot'), withPhase, args);
      expect([lang, byName.status, byName.stdout]).toEqual([lang, 1, checkWithRoster(phaseOnLine3('pilot'), withPhase, args).stdout]);
    }
  });
});
