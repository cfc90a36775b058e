import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/** Pinas BV after `rollout init --preset growing`, with `by: group` changed to `by: location` as the comment offers. */
const PLAN = `version: 1
tool: { name: Microsoft Teams, replaces: email, contact: { name: Sandra Pinas, email: sandra@pinasbv.sr } }
organization:
  name: Pinas BV
  headcount: 25
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 20 }
    - { name: Nieuw Nickerie, timezone: America/Paramaribo, headcount: 5 }
  groups:
    - { name: IT pilot, headcount: 3, kind: pilot, location: Paramaribo }
    - { name: Kantoor, headcount: 9, kind: department, location: Paramaribo }
    - { name: Verkoop, headcount: 8, kind: department, location: Paramaribo }
start: 2027-03-01
strategy:
  approach: phased
  by: location
preset: growing
`;

describe('strategy.by beside a preset, through the built binary', () => {
  it('warns at the by: line, and the checklist says the split the schedule runs', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), PLAN);
    const validate = run(['validate'], { cwd: dir });
    expect(validate.status).toBe(0);
    expect(validate.stderr).toContain("rollout.yaml:16:7: warning strategy.by: strategy.by: location does nothing beside preset: growing; the phases stay the preset's: Pilot group, Kantoor, Verkoop, Everyone else (remove preset: growing for one two-week phase per location: Paramaribo, then Nieuw Nickerie, the old system off in week 5;");
    expect(run(['schedule'], { cwd: dir }).stdout).toContain('Pilot group');
    expect(run(['render-emails', '--out', 'em'], { cwd: dir }).status).toBe(0);
    const checklist = readdirSync(path.join(dir, 'em')).find((f) => f.includes('get-started.en'))!;
    expect(readFileSync(path.join(dir, 'em', checklist), 'utf8')).toContain('Establish the approach for the broad rollout: phased by group');

    writeFileSync(path.join(dir, 'rollout.yaml'), PLAN.replace('preset: growing\n', ''));
    expect(run(['validate'], { cwd: dir }).stderr).not.toContain('strategy.by');
    expect(run(['schedule'], { cwd: dir }).stdout).toMatch(/Nieuw Nickerie .*weeks 3-4/);
  });
});
