import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { BIN, example, ROOT, run, tempDir } from '../helpers.js';

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

describe('rollout schedule --format ics -o FILE --force over the calendar of last week', () => {
  /** Each entry's SEQUENCE, start and status by UID, as ical.js reads the file. */
  const entries = (file: string) =>
    new Map(
      new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')))
        .getAllSubcomponents('vevent')
        .map((v) => [v.getFirstPropertyValue('uid') as string, { sequence: Number(v.getFirstPropertyValue('sequence')), start: String(v.getFirstPropertyValue('dtstart')), status: v.getFirstPropertyValue('status') ?? null }]),
    );

  it('keeps every SEQUENCE at least where it was when a recorded pause is taken out, and raises those that moved back', () => {
    const dir = tempDir();
    const fixture = readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'paused.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'rollout.yaml'), fixture);
    expect(run(['schedule', '--format', 'ics', '-o', 'rollout.ics'], { cwd: dir }).status).toBe(0);
    const before = entries(path.join(dir, 'rollout.ics'));
    // The pause was recorded by mistake: the coordinator deletes it and writes the calendar again.
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify({ ...parse(fixture), pauses: undefined }));
    const r = run(['schedule', '--format', 'ics', '-o', 'rollout.ics', '--force'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const after = entries(path.join(dir, 'rollout.ics'));
    let moved = 0;
    for (const [uid, was] of before) {
      const now = after.get(uid)!;
      expect(now.sequence, uid).toBeGreaterThanOrEqual(was.sequence);
      if (now.start !== was.start) {
        expect(now.sequence, uid).toBeGreaterThan(was.sequence);
        moved++;
      }
    }
    expect(moved).toBeGreaterThan(30);
  });

  it('warns that a calendar sent to a file with > cannot carry its SEQUENCEs on', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), newYork);
    const out = openSync(path.join(dir, 'rollout.ics'), 'w');
    const r = spawnSync(process.execPath, [BIN, 'schedule', '--format', 'ics'], { cwd: dir, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    closeSync(out);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('rollout: warning: a calendar sent to a file with > cannot carry on the SEQUENCE numbers of the one it replaces, so calendars that have that one may ignore some changes; write it with -o FILE --force instead\n');
    expect(entries(path.join(dir, 'rollout.ics')).size).toBeGreaterThan(5);
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

describe('rollout schedule --format ics: the communication plan', () => {
  /** Each CSV row's leading cells (date, week, type never hold a comma) and the calendar's entries. */
  const rowsOf = (csv: string) => csv.trim().split('\r\n').slice(1).map((line) => line.split(','));
  const entriesOf = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

  it('puts every announcement, reminder, weekly update, survey and checklist in the calendar, for one location as its table shows', () => {
    for (const where of [[], ['--location', 'Georgetown']]) {
      const args = ['schedule', '--plan', example('enterprise.yaml'), '--lang', 'nl', ...where, '-o', '-'];
      const csv = run([...args, '--format', 'csv']);
      const ics = run([...args, '--format', 'ics']);
      expect(csv.status).toBe(0);
      expect(ics.status).toBe(0);
      const rows = rowsOf(csv.stdout);
      const entries = entriesOf(ics.stdout);
      // One entry per row, in the same order, on its day; the communication items on a whole day.
      expect(entries.map((e) => String(e.getFirstPropertyValue('dtstart')).slice(0, 10))).toEqual(rows.map((r) => r[0]));
      expect(entries.map((e) => String(e.getFirstPropertyValue('uid')).split('-')[0])).toEqual(rows.map((r) => r[2]!.split('-')[0]));
      const communication = entries.filter((e) => /^(announcement|reminder|weekly|survey|checklist)-/.test(String(e.getFirstPropertyValue('uid'))));
      expect(communication.length).toBe(rows.filter((r) => ['announcement', 'reminder', 'weekly-update', 'survey', 'checklist'].includes(r[2]!)).length);
      expect(communication.every((e) => e.getFirstProperty('dtstart')!.type === 'date')).toBe(true);
      const titles = communication.map((e) => String(e.getFirstPropertyValue('summary')));
      for (const title of ['Checklijst: 2 weken vooraf', 'Checklijst: 1 week vooraf', 'Wekelijkse update, week 1', 'Tevredenheidspeiling, week 2']) expect(titles).toContain(title);
      expect(titles.some((t) => t.startsWith('Herinnering aan '))).toBe(true);
    }
  });
});
