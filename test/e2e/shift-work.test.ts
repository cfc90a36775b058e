import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from '../helpers.js';

/*
 * A care foundation: the head office works Monday-Friday, the clinic in Albina has nurses on
 * shifts every day and night, the post in Moengo works Monday-Saturday.
 */

afterAll(removeTempDirs);

const plan = (albinaHours: string) => `version: 1
tool: { name: Microsoft Teams, contact: { name: ICT, email: ict@zorgmarowijne.example } }
organization:
  name: Stichting Zorg Marowijne
  headcount: 40
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 16, workingHours: { start: "08:00", end: "16:30" } }
    - { name: Moengo, timezone: America/Paramaribo, headcount: 10, languages: [nl], workingDays: [mon, tue, wed, thu, fri, sat] }
    - { name: Albina, timezone: America/Paramaribo, headcount: 14, languages: [nl], workingHours: ${albinaHours}, workingDays: [mon, tue, wed, thu, fri, sat, sun] }
start: 2027-04-05
calendar: { workingDays: [mon, tue, wed, thu, fri] }
phases:
  - { id: paramaribo, name: Paramaribo, audience: { locations: [Paramaribo] }, weeks: 2 }
  - { id: moengo, name: Moengo, audience: { locations: [Moengo] }, weeks: 2 }
  - { id: albina, name: Albina, audience: { locations: [Albina] }, weeks: 2 }
training: { sessionTime: "02:00", officeHours: { time: "23:30", minutes: 60 } }
`;

function folder(albinaHours = '{ start: "23:00", end: "07:00" }'): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), plan(albinaHours));
  return dir;
}

describe('a plan for shift work, end to end', () => {
  it('accepts a night shift and round the clock, and says how to write them when misspelt', () => {
    expect(run(['validate'], { cwd: folder() }).status).toBe(0);
    expect(run(['validate'], { cwd: folder('{ start: "00:00", end: "24:00" }') }).status).toBe(0);
    const bad = run(['validate'], { cwd: folder('{ start: "23:00", end: "7:00" }') });
    expect(bad.status).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('rollout.yaml:10:122: error organization.locations[2].workingHours.end: expected a time of day written HH:MM');
    expect(bad.stdout + bad.stderr).toContain('round the clock { start: "00:00", end: "24:00" }');
  });

  it('holds Albina’s office hours on its weekend and flags none of its night sessions; the head office gets no weekend and its night sessions are flagged', () => {
    const r = run(['schedule', '--format', 'json', '--lang', 'en'], { cwd: folder() });
    expect(r.status).toBe(0);
    const events: { date: string; type: string; phase?: string; flags?: string[] }[] = JSON.parse(r.stdout).events;
    const at = (phase: string, type: string) => events.filter((e) => e.phase === phase && e.type === type);
    expect(at('albina', 'office-hours').map((e) => e.date).slice(0, 7)).toEqual(['2027-05-03', '2027-05-04', '2027-05-05', '2027-05-06', '2027-05-07', '2027-05-08', '2027-05-09']);
    expect([...at('albina', 'office-hours'), ...at('albina', 'training')].some((e) => e.flags)).toBe(false);
    expect(at('paramaribo', 'office-hours').some((e) => ['2027-04-10', '2027-04-11'].includes(e.date))).toBe(false);
    expect(at('paramaribo', 'training')[0]!.flags).toEqual(['outside working hours in Paramaribo: 02:00-03:30 local, works 08:00-16:30']);
  });

  it('writes Albina’s nurses a welcome and an announcement for their first shift, in Dutch', () => {
    const dir = folder();
    expect(run(['render-emails', '-o', 'mail'], { cwd: dir }).status).toBe(0);
    const read = (suffix: string) => readFileSync(path.join(dir, 'mail', readdirSync(path.join(dir, 'mail')).find((f) => f.endsWith(suffix))!), 'utf8');
    expect(read('_albina_welcome.nl.md')).toContain('log op je eerste dienst vanaf vandaag in op Microsoft Teams');
    expect(read('_albina_welcome.nl.md')).toContain('de eerste week elke dag vanaf maandag 3 mei');
    expect(read('_albina_announcement.nl.md')).toContain('stap over op je eerste dienst op of na maandag 3 mei');
    expect(read('_paramaribo_welcome.en.md')).toContain('every working day in the first week from Monday, April 5');
  });
});
