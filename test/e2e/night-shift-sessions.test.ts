import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from '../helpers.js';
import { nightShiftPlan as plan } from '../night-shift.js';

afterAll(removeTempDirs);

function planIn(text: string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), text);
  return dir;
}

describe('a night-shift location with session times of its own', () => {
  it('validate warns, at Albina’s working hours, that it cannot reach the day’s sessions, and what to write', () => {
    const out = run(['validate'], { cwd: planIn(plan()) });
    expect(out.status).toBe(0);
    const lines = out.stderr.split('\n').filter((l) => l.includes('session'));
    expect(lines).toEqual([
      'rollout.yaml:13:21: warning organization.locations[1].workingHours: training sessions at 10:00 (training.sessionTime): outside working hours in Albina: 10:00-11:30 local, works 23:00-07:00; the schedule flags them (give Albina its own time inside its working hours 23:00-07:00: sessionTime: "23:00" in its entry under organization.locations)',
    ]);
    expect(out.stderr).toContain('office hours at 14:00 (training.officeHours.time): outside working hours in Albina');
    expect(run(['validate', '--strict'], { cwd: planIn(plan()) }).status).toBe(1);
  });

  it('validate points at an own time after midnight that falls in a Sunday shift', () => {
    const out = run(['validate', '--format', 'json'], { cwd: planIn(plan('      sessionTime: "23:00"\n      officeHoursTime: "02:00"\n')) });
    const warnings = (JSON.parse(out.stdout) as { warnings: { code: string; line: number; column: number; message: string }[] }).warnings.filter((w) => w.code === 'session-unreachable');
    expect(warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [15, 24, 'office hours at 02:00 (organization.locations[1].officeHoursTime): Albina does not work on 2027-03-14: Sunday; the schedule flags them'],
    ]);
  });

  it('schedule, calendar, e-mails and report give Albina its own times, in English and Dutch', () => {
    const dir = planIn(plan('      sessionTime: "23:00"\n      officeHoursTime: "23:15"\n'));
    const validate = run(['validate'], { cwd: dir });
    expect(validate.stderr).not.toContain('session');

    const json = JSON.parse(run(['schedule', '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout) as { events: { type: string; location?: string; time?: string; title: string; flags?: string[] }[] };
    const sessions = json.events.filter((e) => e.type === 'training' || e.type === 'office-hours');
    expect(new Set(sessions.map((e) => `${e.location} ${e.type} ${e.time}`))).toEqual(new Set(['Paramaribo training 10:00', 'Paramaribo office-hours 14:00', 'Albina training 23:00', 'Albina office-hours 23:15']));
    expect(sessions.filter((e) => e.flags)).toEqual([]);
    // Neither works every day: the schedule says what the messages say.
    expect(sessions.find((e) => e.location === 'Albina' && e.type === 'office-hours')!.title).toBe('Office hours (every working day, first week of Albina)');

    const ics = run(['schedule', '--format', 'ics', '-o', '-'], { cwd: dir }).stdout;
    expect(ics).toContain('DTSTART;TZID=America/Paramaribo:20270315T230000\r\nDTEND;TZID=America/Paramaribo:20270316T003000');

    expect(run(['render-emails', '--phase', 'albina'], { cwd: dir }).status).toBe(0);
    const welcome = (lang: string) => readFileSync(path.join(dir, 'emails', `2027-03-15_albina_welcome.${lang}.md`), 'utf8');
    expect(welcome('en')).toContain('- **Training:** Monday, March 15 at 23:00, 90 minutes, Albina, hands-on\n');
    expect(welcome('en')).toContain('- **Office hours:** drop in at 23:15, 60 minutes, every working day in the first week from Monday, March 15');
    expect(welcome('nl')).toContain('- **Training:** maandag 15 maart om 23:00, 90 minuten, Albina, praktijkgericht\n');
    expect(welcome('nl')).toContain('- **Spreekuur:** loop binnen om 23:15, 60 minuten, de eerste week elke werkdag vanaf maandag 15 maart');

    const report = run(['report', '--at', '2027-03-12', '--lang', 'nl', '-o', '-'], { cwd: dir }).stdout;
    expect(report).toMatch(/Training <span class="muted">23:00, 90 min<\/span>/);
    expect(report).toMatch(/Spreekuur [^<]*<span class="muted">23:15, 60 min<\/span>/);
  });
});

describe('schedule: a session shared by places on other clocks', () => {
  it('joins its times with "and" in the table and markdown, as the messages do, in English and Dutch', () => {
    const dir = planIn(`version: 1
tool: { name: Microsoft Teams }
organization:
  name: Ramdin & Partners
  headcount: 30
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 20 }
    - { name: Rotterdam, timezone: Europe/Amsterdam, headcount: 10 }
start: 2027-03-01
calendar: { timezone: America/Paramaribo }
phases:
  - { id: everyone, name: Everyone, audience: all, weeks: 2 }
training: { mode: shared, sessionTime: "10:00", sessionMinutes: 60 }
`);
    const training = (lang: string) => run(['schedule', '--format', 'markdown', '--lang', lang], { cwd: dir }).stdout.split('\n').find((l) => /\| train/.test(l));
    expect(training('en')).toContain('| 10:00 in Paramaribo and 14:00 in Rotterdam (60 min) |');
    expect(training('nl')).toContain('| 10:00 in Paramaribo en 14:00 in Rotterdam (60 min) |');
  });
});
