import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from '../helpers.js';

/*
 * Three offices, each with Easter Monday (29 March 2027) among its own holidays and none in
 * calendar.holidays; Willemstad's drivers read a WhatsApp text and a notice, not email.
 */
const PLAN = `version: 1
tool: { name: Microsoft Teams, replaces: e-mail, why: orders raken zoek, benefit: snelheid, contact: { name: ICT, email: ict@marowijne-handel.sr } }
organization:
  name: Marowijne Handel
  headcount: 38
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 22, languages: [nl], holidays: [{ date: 2027-03-29, name: Tweede Paasdag }] }
    - { name: Rotterdam, timezone: Europe/Amsterdam, headcount: 12, holidays: [{ date: 2027-03-29, name: Tweede Paasdag }] }
    - { name: Willemstad, timezone: America/Curacao, headcount: 4, languages: [nl], holidays: [{ date: 2027-03-29, name: Tweede Paasdag }] }
  groups:
    - { name: Pilot Paramaribo, headcount: 2, kind: pilot, location: Paramaribo }
    - { name: Pilot Rotterdam, headcount: 2, kind: pilot, location: Rotterdam }
    - { name: Pilot Willemstad, headcount: 1, kind: pilot, location: Willemstad }
    - { name: Chauffeurs, headcount: 3, location: Willemstad }
start: 2027-03-01
calendar: { timezone: America/Paramaribo }
phases:
  - { id: pilot, name: Pilotgroep, audience: { groups: [Pilot Paramaribo, Pilot Rotterdam, Pilot Willemstad] }, weeks: 2 }
  - { id: paramaribo, name: Paramaribo, audience: { locations: [Paramaribo] }, weeks: 3 }
  - { id: rotterdam, name: Rotterdam, audience: { locations: [Rotterdam] }, weeks: 3 }
  - { id: willemstad, name: Willemstad, audience: { locations: [Willemstad] }, weeks: 2 }
gates:
  - { id: satisfaction, phase: pilot, metric: satisfaction, aggregate: mean, threshold: 7, within: 4w, scope: organization, severity: minor }
communications:
  targetedGroups:
    - { group: Chauffeurs, why: alleen een telefoon, channel: WhatsApp-bericht, send: [text, notice] }
`;

function firm(more: string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), `${PLAN}${more}`);
  return dir;
}

afterAll(removeTempDirs);

describe('a notice written in on Easter Monday, a holiday at every office', () => {
  it('of an extension goes out on Tuesday, its texts and notices for the drivers too, as the schedule says', () => {
    const dir = firm('extensions:\n  - { phase: paramaribo, by: 1w, decided: 2027-03-29, reason: de laptops voor Rotterdam zijn later geleverd }\n');
    const table = run(['schedule', '--lang', 'en'], { cwd: dir }).stdout;
    expect(table).toMatch(/│ 2027-03-30 │[^\n]+Paramaribo runs longer, until 2027-04-09[^\n]+\n[^\n]+moved from 2027-03-29: holiday \(Tweede Paasdag, Paramaribo; Tweede Paasdag, Rotterdam; Tweede Paasdag, Willemstad\)/);
    expect(run(['render-emails', '--out', 'em'], { cwd: dir }).status).toBe(0);
    const notices = readdirSync(path.join(dir, 'em')).filter((f) => f.includes('extension')).sort();
    expect(notices).toEqual([
      '2027-03-30_paramaribo_extension.nl.md',
      '2027-03-30_rollout_chauffeurs_extension-moves-notice.nl.html',
      '2027-03-30_rollout_chauffeurs_extension-moves-text.nl.txt',
      '2027-03-30_rollout_extension-moves.en.md',
      '2027-03-30_rollout_extension-moves.nl.md',
    ]);
    expect(readFileSync(path.join(dir, 'em/2027-03-30_rollout_extension-moves.en.md'), 'utf8')).toContain('Send on:** Tuesday, March 30, 2027');
  });

  it('of a pause goes out on Tuesday, to the drivers too', () => {
    const dir = firm('pauses:\n  - { from: 2027-03-29, until: 2027-04-06, reason: Paasweek }\n');
    const json = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout) as { events: { type: string; date: string; movedFrom?: string }[] };
    expect(json.events.filter((e) => e.type === 'pause' || e.type === 'resume')).toMatchObject([
      { type: 'pause', date: '2027-03-30', movedFrom: '2027-03-29' },
      { type: 'resume', date: '2027-04-05' },
    ]);
    expect(run(['render-emails', '--out', 'em'], { cwd: dir }).status).toBe(0);
    const notices = readdirSync(path.join(dir, 'em')).filter((f) => /_(pause|resume)[.-]/.test(f));
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.filter((f) => !f.startsWith('2027-03-30_') && !f.startsWith('2027-04-05_'))).toEqual([]);
  });
});

describe("the coordinator's checklists on Easter Monday, a holiday at every office", () => {
  it('move to Tuesday, the weekly one and Rotterdam\'s 1 week before, in the schedule and as render-emails writes them', () => {
    const dir = firm('');
    const json = JSON.parse(run(['schedule', '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout) as { events: { type: string; key: string; phase?: string; date: string; movedFrom?: string; movedBecause?: string }[] };
    const checklists = json.events.filter((e) => e.type === 'checklist');
    expect(checklists.filter((e) => e.date === '2027-03-29')).toEqual([]);
    expect(checklists.filter((e) => e.date === '2027-03-30')).toMatchObject([
      { key: 'each-week-after', movedFrom: '2027-03-29', movedBecause: 'holiday (Tweede Paasdag, Paramaribo; Tweede Paasdag, Rotterdam; Tweede Paasdag, Willemstad)' },
      { key: 'one-week-before', phase: 'rotterdam', movedFrom: '2027-03-29', movedBecause: 'holiday (Tweede Paasdag, Rotterdam)' },
    ]);
    expect(run(['render-emails', '--out', 'em'], { cwd: dir }).status).toBe(0);
    const files = readdirSync(path.join(dir, 'em'));
    expect(files.filter((f) => f.startsWith('2027-03-29_'))).toEqual([]);
    expect(files).toContain('2027-03-30_rollout_checklist-each-week-after.en.md');
    expect(files).toContain('2027-03-30_rotterdam_checklist-one-week-before.nl.md');
  });
});
