import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// The default preset from 2027-01-04: early adopters, the core team from 01-18, everyone else from 02-01.
const plan = minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['nl', 'en'] } });

describe('emails and report say what was measured, to whom it applies', () => {
  it('render-emails --metrics: a company-wide value once, too few answers, surveys only to groups that started', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    writeFileSync(path.join(dir, 'm.csv'), 'date,metric,value\n2027-01-20,active_use_pct,50\n2027-01-21,satisfaction,9\n2027-01-21,satisfaction,8\n');
    const r = run(['render-emails', '--metrics', 'm.csv', '--at', '2027-01-22', '--out', 'out'], { cwd: dir });
    expect(r.status).toBe(0);
    const read = (name: string) => readFileSync(path.join(dir, 'out', name), 'utf8');
    const update = read('2027-01-22_rollout_weekly-update.nl.md');
    // Everyone else starts on 1 February: no share of all 40 against the goal as if they had.
    expect(update).toContain("- **Hele organisatie:** 20 van de 40 collega's zijn tot nu toe begonnen; 50% van iedereen werkt actief met Teamchat (doel 80% zodra iedereen begonnen is), gemeten op woensdag 20 januari");
    expect(read('2027-01-22_rollout_weekly-update.en.md')).toContain('- **Whole organization:** 20 of the 40 people have started so far; 50% of everyone uses Teamchat actively (goal 80% once everyone has started), measured on Wednesday, January 20');
    expect(update).not.toMatch(/\*\*Koplopers:\*\* 50%|\*\*Kernteam:\*\* 50%/);
    expect(update).toContain('nog te weinig antwoorden (2)');
    // The core team starts on 18 January: the survey that day asks the early adopters only.
    expect(read('2027-01-18_rollout_survey.en.md')).toMatch(/^- \*\*To:\*\* Early adopters \(\d+ people\)$/m);
  });

  it('report: measured active use with data, the planned head count labelled as planned without', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    writeFileSync(path.join(dir, 'm.csv'), 'date,metric,value,location\n2027-02-12,active_use_pct,65,\n');
    expect(run(['report', '--at', '2027-02-15', '--lang', 'en', '-o', 'planned.html'], { cwd: dir }).status).toBe(0);
    expect(run(['report', '--metrics', 'm.csv', '--at', '2027-02-15', '--lang', 'en', '-o', 'measured.html'], { cwd: dir }).status).toBe(0);
    const planned = readFileSync(path.join(dir, 'planned.html'), 'utf8');
    expect(planned).toContain('<span class="card-label">People started, as planned</span>');
    expect(planned).not.toContain('Active use, measured');
    const measured = readFileSync(path.join(dir, 'measured.html'), 'utf8');
    expect(measured).toContain('<span class="card-label">Active use, measured</span><span class="card-value">65%</span>');
  });
});
