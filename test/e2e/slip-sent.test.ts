import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// A branch that launches in week 5 (1 March); on Friday 19 February its start slips a week.
const plan = (startWeek: number) =>
  minimalPlan({
    organization: { name: 'Sewdien', headcount: 25, languages: ['nl', 'en'], locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 19 }, { name: 'Albina', timezone: 'America/Paramaribo', headcount: 6 }] },
    start: '2027-02-01',
    phases: [
      { id: 'kantoor', name: 'Kantoor', audience: { locations: ['Paramaribo'] }, weeks: 2 },
      { id: 'albina', name: 'Albina', audience: { locations: ['Albina'] }, startWeek, weeks: 2 },
    ],
  });

describe('render-emails after a phase slips: what went out stays', () => {
  it('keeps the announcement that went out with the old date, and says to tell its readers', () => {
    const dir = tempDir();
    const file = (name: string) => path.join(dir, 'emails', name);
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan(5)));
    expect(run(['render-emails', '--out', 'emails', '--at', '2027-02-15'], { cwd: dir }).status).toBe(0);
    const sent = readFileSync(file('2027-02-15_albina_announcement.nl.md'), 'utf8');
    expect(sent).toContain('maandag 1 maart');
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan(6)));
    const r = run(['render-emails', '--out', 'emails', '--at', '2027-02-22', '--force'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    // Sent on 15 February with "1 maart": kept as it went out, next to the new one of 22 February.
    expect(readFileSync(file('2027-02-15_albina_announcement.nl.md'), 'utf8')).toBe(sent);
    expect(readFileSync(file('2027-02-22_albina_announcement.nl.md'), 'utf8')).toContain('maandag 8 maart');
    expect(r.stderr).toMatch(/^rollout: warning: kept 2 messages dated before 2027-02-22 that the plan no longer writes \(2027-02-15_albina_announcement\.(en|nl)\.md, 2027-02-15_albina_announcement\.(en|nl)\.md\): by their date they went out, .*tell them what changed/m);
    // A checklist, and what was never sent (the reminder of 22 February), are drafts: removed as before.
    expect(existsSync(file('2027-02-15_albina_checklist-two-weeks-before.nl.md'))).toBe(false);
    expect(existsSync(file('2027-02-22_albina_reminder.nl.md'))).toBe(false);
    expect(r.stderr).toMatch(/^weggehaald: \d+ bestand(en die)? (dat )?een eerdere run schreef en deze niet meer \(.*2027-02-15_albina_checklist-two-weeks-before/m);
  });
});
