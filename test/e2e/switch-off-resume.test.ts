import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Atelier Sabajo pauses the file-server switch-off alone, planned for Monday 15 March 2027, from
 * Tuesday 2 March; on Friday 12 March it writes in `until: 2027-03-22`. The pause's 14 working
 * days put the switch-off on Friday 2 April: the resume notice sends everyone to that day.
 */
const PLAN = path.join(ROOT, 'test', 'fixtures', 'pauses', 'sabajo-switch-off.yaml');

describe('the resume notice of a pause of the switch-off before it began, end to end', () => {
  it('names the day the schedule starts the switch-off, in English and Dutch', () => {
    const schedule = JSON.parse(run(['schedule', '--plan', PLAN, '--format', 'json', '--lang', 'en']).stdout) as { events: { date: string; type: string; key: string; title: string }[] };
    expect(schedule.events.find((e) => e.type === 'decommission' && e.key === 'export-data')?.date).toBe('2027-04-02');
    expect(schedule.events.find((e) => e.type === 'resume')).toMatchObject({ date: '2027-03-12', title: 'Resume on 2027-04-02' });
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', PLAN, '--out', out]).status).toBe(0);
    const en = readFileSync(path.join(out, '2027-03-12_rollout_resume.en.md'), 'utf8');
    expect(en).toContain('we resume the switch-off of the file server in the Google Workspace rollout on Friday, April 2.');
    const nl = readFileSync(path.join(out, '2027-03-12_rollout_resume.nl.md'), 'utf8');
    expect(nl).toContain('op vrijdag 2 april.');
    expect(`${en}${nl}`).not.toMatch(/March 22|22 maart/);
  });
});
