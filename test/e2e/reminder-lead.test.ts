import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/* A firm of 15 that announces a week ahead and keeps the default reminderLead (1w). */
const PLAN = `version: 1
tool: { name: Google Workspace, contact: { name: Kantoor, email: kantoor@sabajo-arch.sr } }
organization: { name: Atelier Sabajo, headcount: 15, languages: [nl, en] }
start: 2027-02-01
preset: small
communications:
  announceLead: 1w
`;

describe('announceLead 1w with the default reminderLead, end to end', () => {
  it('validate hints at it, and render-emails writes the announcements without a reminder the same day', () => {
    const dir = tempDir();
    const plan = path.join(dir, 'rollout.yaml');
    writeFileSync(plan, PLAN);
    const validated = run(['validate', '--plan', plan]);
    expect(validated.status).toBe(0);
    expect(validated.stdout + validated.stderr).toMatch(/hint communications\.reminderLead: reminderLead \(1w\) is not shorter than announceLead \(1w\).*no reminder goes out.*write reminderLead: 3d/);
    const out = path.join(dir, 'emails');
    expect(run(['render-emails', '--plan', plan, '--out', out]).status).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => f.includes('_first-half_announcement.'))).toEqual(['2027-01-25_first-half_announcement.en.md', '2027-01-25_first-half_announcement.nl.md']);
    expect(files.filter((f) => f.includes('reminder'))).toEqual([]);
    // The coordinator's checklist that week asks for no reminder that is not sent.
    expect(readFileSync(path.join(out, '2027-01-25_first-half_checklist-one-week-before.en.md'), 'utf8')).not.toContain('Reminder sent');
    expect(readFileSync(path.join(out, '2027-01-25_first-half_checklist-one-week-before.nl.md'), 'utf8')).not.toContain('Herinnering verstuurd');
  });
});
