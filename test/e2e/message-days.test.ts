import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from '../helpers.js';

/** 30 people in Paramaribo, whose holidays Holi Phagwa (22 March) and Good Friday (26 March) are, and 10 in Rotterdam. */
const PLAN = `version: 1
tool: { name: Teamchat, replaces: e-mail }
organization:
  name: Kaiteur Design
  headcount: 40
  languages: [nl, en]
  locations:
    - name: Paramaribo
      timezone: America/Paramaribo
      headcount: 30
      holidays:
        - { date: 2027-03-22, name: Holi Phagwa }
        - { date: 2027-03-26, name: { en: Good Friday, nl: Goede Vrijdag } }
    - name: Rotterdam
      timezone: Europe/Amsterdam
      headcount: 10
start: 2027-03-08
`;

let dir = '';
beforeAll(() => {
  dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), PLAN);
});
afterAll(removeTempDirs);

describe('messages to people of two offices', () => {
  it('go out on a day most of their readers work, and say why they moved, in English and Dutch', () => {
    const events = JSON.parse(run(['schedule', '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout).events as { type: string; key: string; date: string; movedFrom?: string; movedBecause?: string }[];
    const at = (type: string, key: string) => events.find((e) => e.type === type && e.key === key);
    expect(at('weekly-update', 'week-3')).toMatchObject({ date: '2027-03-25', movedFrom: '2027-03-26', movedBecause: 'holiday (Good Friday, Paramaribo)' });
    expect(at('survey', 'week-3')).toMatchObject({ date: '2027-03-23', movedFrom: '2027-03-22', movedBecause: 'holiday (Holi Phagwa, Paramaribo)' });
    const nl = run(['schedule'], { cwd: dir }).stdout;
    expect(nl).toMatch(/│ 2027-03-25 │\s+│ wekelijkse update\s+│[^\n]+\n[^\n]+verplaatst van 2027-03-26: feestdag \(Goede Vrijdag, Paramaribo\)/);
  });

  it('take the core team, 10 of 14 in Paramaribo, live the day after Holi Phagwa, its welcome email with it', () => {
    const json = JSON.parse(run(['schedule', '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout) as { phases: { id: string; start: string; movedFrom?: string; movedBecause?: string }[]; events: { type: string; phase?: string; date: string }[] };
    expect(json.phases.find((p) => p.id === 'core-team')).toMatchObject({ start: '2027-03-23', movedFrom: '2027-03-22', movedBecause: 'holiday (Holi Phagwa, Paramaribo)' });
    expect(json.events.filter((e) => e.phase === 'core-team' && e.date < '2027-03-23' && ['launch', 'training', 'office-hours'].includes(e.type))).toEqual([]);
    expect(run(['render-emails', '--out', 'launch', '--phase', 'core-team'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'launch/2027-03-23_core-team_paramaribo_welcome.en.md'), 'utf8')).toContain('From today, Tuesday, March 23, 2027, your group (Core team in Paramaribo)');
  });

  it('write the survey on the day it moved to, to the early adopters alone', () => {
    expect(run(['render-emails', '--out', 'out'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'out/2027-03-23_rollout_survey.nl.md'), 'utf8')).toContain('- **Aan:** Koplopers (6 personen)');
    expect(readFileSync(path.join(dir, 'out/2027-03-23_rollout_survey.en.md'), 'utf8')).toContain('- **To:** Early adopters (6 people)');
    expect(readFileSync(path.join(dir, 'out/2027-03-25_rollout_weekly-update.en.md'), 'utf8')).toContain('- **To:** Everyone at Kaiteur Design (40 people)');
  });
});
