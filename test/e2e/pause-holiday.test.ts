import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// A week's outage pause that ends on Holi Phagwa (Monday 2027-03-22), in a plan whose switch-off is meant for Easter Monday.
const PLAN = minimalPlan({
  organization: { name: 'Kustzorg', headcount: 30, languages: ['nl', 'en'] },
  start: '2027-02-01',
  preset: 'growing',
  calendar: { holidays: ['2027-03-22', '2027-03-26', '2027-03-29'] },
  pauses: [{ from: '2027-03-15', until: '2027-03-22', reason: { nl: 'storing van het internet', en: 'internet outage' } }],
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
  it('warns that emails which went out before the pause now read otherwise, naming them', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(Object.fromEntries(Object.entries(PLAN).filter(([key]) => key !== 'pauses'))));
    expect(run(['render-emails', '--out', 'emails', '--at', '2027-03-12'], { cwd: dir }).stderr).not.toContain('rewrote');
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(PLAN));
    const r = run(['render-emails', '--out', 'emails', '--at', '2027-03-15', '--force'], { cwd: dir });
    expect(r.status).toBe(0);
    // The announcement of 1 March and the reminder of 8 March named Monday 15 March for everyone else; they went out so, and the pause now makes them say 23 March.
    expect(r.stderr).toMatch(/^rollout: warning: rewrote 8 messages dated before 2027-03-15 with another text than an earlier run wrote \(2027-03-01_everyone-else_announcement\.nl\.md, 2027-03-01_everyone-else_announcement\.en\.md, .* and 5 more\): by their date they went out with the earlier text/m);
    expect(read(dir, '2027-03-08_everyone-else_reminder.en.md')).toContain('Tuesday, March 23');
  });
});

const read = (dir: string, name: string) => readFileSync(path.join(dir, 'emails', name), 'utf8');
