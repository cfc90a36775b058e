import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// A week's outage pause that ends on Holi Phagwa (Monday 2027-03-22), in a plan whose switch-off is meant for Easter Monday.
const OUTAGE = { from: '2027-03-15', until: '2027-03-22', reason: { nl: 'storing van het internet', en: 'internet outage' } };
const PLAN = minimalPlan({
  organization: { name: 'Kustzorg', headcount: 30, languages: ['nl', 'en'] },
  start: '2027-02-01',
  preset: 'growing',
  calendar: { holidays: ['2027-03-22', '2027-03-26', '2027-03-29'] },
  pauses: [OUTAGE],
});

describe('render-emails for a pause that ends on a holiday', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(PLAN));
  const r = run(['render-emails', '--out', 'emails', '--at', '2027-03-01'], { cwd: dir });
  const read = (name: string) => readFileSync(path.join(dir, 'emails', name), 'utf8');

  it('says the rollout resumes on the working day after the holiday, in both languages', () => {
    expect(r.status).toBe(0);
    expect(read('2027-03-19_rollout_resume.en.md')).toContain('resumes on Tuesday, March 23');
    expect(read('2027-03-19_rollout_resume.nl.md')).toContain('gaat verder op dinsdag 23 maart');
    expect(read('2027-03-15_rollout_pause.nl.md')).toContain('We gaan verder op dinsdag 23 maart.');
    expect(r.stdout + read('2027-03-15_rollout_pause.en.md')).not.toMatch(/March 22/);
  });

  it('archives the old system the working day after the export, as the switch-off notice says', () => {
    const notice = read(readdirName(dir, '_decommission.en.md'));
    expect(notice).toContain('**Monday, April 5:** Export the data');
    expect(notice).toContain('**Tuesday, April 6:** Archive it for reference');
  });
});

function readdirName(dir: string, suffix: string): string {
  const index = JSON.parse(readFileSync(path.join(dir, 'emails', 'index.json'), 'utf8')) as { messages: { file: string }[] };
  return index.messages.map((m) => m.file).find((f) => f.endsWith(suffix))!;
}

describe('render-emails after a pause is written into the plan', () => {
  it('keeps the emails that went out before it as they went out, and warns when a change rewrites them', () => {
    const dir = tempDir();
    const write = (plan: object) => writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    write(Object.fromEntries(Object.entries(PLAN).filter(([key]) => key !== 'pauses')));
    expect(run(['render-emails', '--out', 'emails', '--at', '2027-03-12'], { cwd: dir }).stderr).not.toContain('rewrote');
    // Written in on its first day: the announcement of 1 March and the reminder of 8 March went out naming Monday 15 March.
    write(PLAN);
    const r = run(['render-emails', '--out', 'emails', '--at', '2027-03-15', '--force'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('rewrote');
    expect(read(dir, '2027-03-08_everyone-else_reminder.en.md')).toContain('Monday, March 15');
    // Planned on 1 March, the pause was in those emails: a run that writes them otherwise names them.
    write({ ...PLAN, pauses: [{ ...OUTAGE, decided: '2027-03-01' }] });
    const planned = run(['render-emails', '--out', 'emails', '--at', '2027-03-15', '--force'], { cwd: dir });
    expect(planned.stderr).toMatch(/^rollout: warning: rewrote 8 messages dated before 2027-03-15 with another text than an earlier run wrote \(2027-03-01_everyone-else_announcement\.nl\.md, 2027-03-01_everyone-else_announcement\.en\.md, .* and 5 more\): by their date they went out with the earlier text/m);
    expect(read(dir, '2027-03-08_everyone-else_reminder.en.md')).toContain('Tuesday, March 23');
  });
});

const read = (dir: string, name: string) => readFileSync(path.join(dir, 'emails', name), 'utf8');

describe('render-emails for a pause of the switch-off', () => {
  it('says it postpones the switch-off of the old system, in both languages', () => {
    const dir = tempDir();
    const plan = { ...PLAN, tool: { name: 'Microsoft Teams', replaces: { en: 'email threads', nl: 'e-maildiscussies' } }, pauses: [{ from: '2027-03-29', until: '2027-04-12', reason: 'Albina is at 60%', phase: 'decommission' }] };
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    const r = run(['render-emails', '--out', 'emails', '--at', '2027-03-01'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(read(dir, '2027-03-30_rollout_pause.en.md')).toContain('- **Subject:** We are postponing the switch-off of email threads\n');
    expect(read(dir, '2027-03-30_rollout_pause.nl.md')).toContain('stellen we in de invoering van Microsoft Teams het uitzetten van e-maildiscussies uit.');
  });
});
