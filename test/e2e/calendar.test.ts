import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/** A New York office across the March switch to daylight saving time, open every day. */
const newYork = `version: 1
tool: { name: Teamchat }
organization:
  name: Acme
  headcount: 40
  locations:
    - { name: NYC, timezone: America/New_York, headcount: 40, workingHours: { start: "00:00", end: "23:59" } }
start: 2027-03-08
calendar: { workingDays: [sun, mon, tue, wed, thu, fri, sat] }
training: { sessionTime: "10:00", sessionMinutes: 60, officeHours: { time: "01:30", minutes: 90 } }
phases:
  - { id: all, name: Everyone, audience: all, weeks: 2 }
`;

describe('rollout schedule --format ics', () => {
  it('gives sessions their UTC offset on both sides of the switch, as a calendar client reads them', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), newYork);
    const r = run(['schedule', '--format', 'ics', '-o', 'nyc.ics'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(dir, 'nyc.ics'), 'utf8')));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const sessions = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => !e.startDate.isDate)
      .map((e) => ({ start: e.startDate.toJSDate().toISOString(), minutes: (e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()) / 60_000 }));
    // 01:30 in New York is 06:30Z under EST, up to and including the switch night of 14 March, then 05:30Z.
    expect(sessions.find((s) => s.start.startsWith('2027-03-14'))).toEqual({ start: '2027-03-14T06:30:00.000Z', minutes: 90 });
    expect(sessions.find((s) => s.start.startsWith('2027-03-15'))).toEqual({ start: '2027-03-15T05:30:00.000Z', minutes: 90 });
    expect(sessions.find((s) => s.minutes === 60)).toEqual({ start: '2027-03-08T15:00:00.000Z', minutes: 60 });
  });
});

describe('rollout render-emails with a templates folder', () => {
  it('warns about a file that is no template, and writes the rest', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), 'version: 1\ntool: { name: Chat }\norganization: { name: A, headcount: 40 }\nstart: 2027-01-04\n');
    const templates = path.join(dir, 'templates', 'emails');
    mkdirSync(templates, { recursive: true });
    writeFileSync(path.join(templates, 'anouncement.en.hbs'), 'Subject: x\n');
    const r = run(['render-emails', '--dry-run'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')[0]).toMatch(/^rollout: warning: templates\/emails\/anouncement.en.hbs: "anouncement" is not a message rollout writes \(did you mean "announcement"\?\); it is not used$/);
  });
});
