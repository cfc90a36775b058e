import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/*
 * A firm in Paramaribo (UTC-3) with an office in Rotterdam (UTC+1, UTC+2 from Sunday 28 March
 * 2027) whose shared sessions are held at Paramaribo's clock: training at 10:00, office hours at 16:00.
 */
const PLAN = `version: 1
tool: { name: Microsoft Teams, contact: { name: Servicedesk, email: servicedesk@example.org } }
organization:
  name: Ramdin & Partners
  headcount: 27
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 18 }
    - { name: Rotterdam, timezone: Europe/Amsterdam, headcount: 9, languages: [nl] }
  groups:
    - { name: Pilot, headcount: 4, kind: pilot, location: Paramaribo }
    - { name: Kantoor Rotterdam, headcount: 9, location: Rotterdam }
    - { name: Kantoor Paramaribo, headcount: 14, location: Paramaribo }
start: 2027-03-08
calendar: { timezone: America/Paramaribo }
phases:
  - { id: pilot, name: Pilot, audience: { groups: [Pilot] }, weeks: 2 }
  - { id: rotterdam, name: Kantoor Rotterdam, audience: { groups: [Kantoor Rotterdam] }, weeks: 2 }
  - { id: paramaribo, name: Kantoor Paramaribo, audience: { groups: [Kantoor Paramaribo] }, weeks: 2 }
training: { sessionTime: "10:00", sessionMinutes: 90, mode: shared, officeHours: { time: "16:00", minutes: 60 } }
`;

const rotterdamRows = (html: string) =>
  [.../<section id="upcoming">([\s\S]*?)<\/section>/.exec(html)![1]!.matchAll(/<tr>(.*?)<\/tr>/g)]
    .map((m) => [...m[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')).join(' | '))
    .filter((row) => row.endsWith('| Kantoor Rotterdam | Rotterdam') && /\d\d:\d\d/.test(row));

describe('rollout report: a shared session for another time zone', () => {
  it('gives the next two weeks the Rotterdam clock the messages give, across the daylight saving change', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), PLAN);
    const nl = run(['report', '--at', '2027-03-19', '--lang', 'nl', '-o', 'report.html'], { cwd: dir });
    expect([nl.status, nl.stderr]).toEqual([0, '']);
    expect(rotterdamRows(readFileSync(path.join(dir, 'report.html'), 'utf8'))).toEqual([
      '22 mrt | Training 14:00 in Rotterdam, 90 min | Kantoor Rotterdam | Rotterdam',
      '22 mrt – 31 mrt | Spreekuur 7× 20:00 in Rotterdam (21:00 vanaf maandag 29 maart), 60 min | Kantoor Rotterdam | Rotterdam',
    ]);
    expect(rotterdamRows(run(['report', '--at', '2027-03-19', '--lang', 'en', '-o', '-'], { cwd: dir }).stdout)).toEqual([
      '22 Mar | Training 14:00 in Rotterdam, 90 min | Kantoor Rotterdam | Rotterdam',
      '22 Mar – 31 Mar | Office hours 7× 20:00 in Rotterdam (21:00 from Monday, March 29), 60 min | Kantoor Rotterdam | Rotterdam',
    ]);
    expect(run(['render-emails', '--lang', 'nl', '--phase', 'rotterdam'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'emails', '2027-03-22_rotterdam_welcome.nl.md'), 'utf8')).toContain('loop binnen om 20:00 in Rotterdam (21:00 vanaf maandag 29 maart), 60 minuten');
  });
});
