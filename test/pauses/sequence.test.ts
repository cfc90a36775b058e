import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { previousCalendar } from '../../src/reporters/schedule/ics-previous.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import type { Plan } from '../../src/plan/resolve.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/** Sranan Advies, paused from Easter Monday 29 March to 12 April 2027. */
const paused = validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'paused.yaml'), 'utf8'));
const plain: Plan = { ...paused, pauses: [] };
const rolledBack: Plan = { ...paused, rollback: { on: '2027-04-19', reason: 'calls drop' } };

/** The calendar of `plan` as written over `before` (the text of the file it replaces), if any. */
const calendar = (plan: Plan, before?: string) => scheduleIcs(buildSchedule(plan), 'en', new Date('2027-04-05T08:00:00Z'), before === undefined ? undefined : previousCalendar(before));
/** Each entry's SEQUENCE, start and status, by UID, as ical.js reads them. */
const entries = (ics: string) =>
  new Map(
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => [
      v.getFirstPropertyValue('uid') as string,
      { sequence: Number(v.getFirstPropertyValue('sequence')), start: String(v.getFirstPropertyValue('dtstart')), status: (v.getFirstPropertyValue('status') as string | null) ?? null, summary: String(v.getFirstPropertyValue('summary')) },
    ]),
  );

/** Entries of `now` whose SEQUENCE is below the one in `then`, and changed entries whose SEQUENCE did not rise. */
function regressions(then: string, now: string): string[] {
  const after = entries(now);
  const out: string[] = [];
  for (const [uid, was] of entries(then)) {
    const is = after.get(uid);
    if (!is) out.push(`${uid}: missing`);
    else if (is.sequence < was.sequence) out.push(`${uid}: ${was.sequence} -> ${is.sequence}`);
    else if ((is.start !== was.start || is.status !== was.status) && is.sequence === was.sequence) out.push(`${uid}: changed at ${is.sequence}`);
  }
  return out;
}

describe('a calendar written over the one before never lowers an entry’s SEQUENCE', () => {
  it('taking a recorded pause out of the plan: without the file before, SEQUENCE goes down; with it, every moved entry goes up', () => {
    const withPause = calendar(paused);
    // The gap: the plan alone cannot know the entries had SEQUENCE 2, so calendars would keep the paused dates.
    expect(regressions(withPause, calendar(plain)).length).toBeGreaterThan(30);
    const now = calendar(plain, withPause);
    expect(regressions(withPause, now)).toEqual([]);
    // Entries back at their first dates, one above what calendars have.
    const launch = [...entries(now)].find(([uid]) => uid.startsWith('launch-department-2'))!;
    expect(launch[1]).toMatchObject({ start: '2027-03-30', sequence: 3, status: null });
  });

  it('taking a rollback out: the entries it cancelled come back, one SEQUENCE higher', () => {
    const back = calendar(rolledBack);
    const cancelled = [...entries(back)].filter(([, e]) => e.status === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(3);
    const now = entries(calendar(paused, back));
    for (const [uid, e] of cancelled) expect(now.get(uid), uid).toMatchObject({ status: null, sequence: e.sequence + 1 });
    // The rollback's own entry is gone from the plan: the calendar cancels it rather than leaving it behind.
    const rollback = [...entries(back)].find(([uid]) => uid.startsWith('rollback'))!;
    expect(now.get(rollback[0])).toMatchObject({ status: 'CANCELLED', sequence: rollback[1].sequence + 1, start: rollback[1].start });
  });

  it('an entry the plan no longer has stays, cancelled; written again, nothing changes', () => {
    // A pause in the pilot's first week adds office hours in the week back (daily again): without the pause they are gone.
    const withPause = calendar({ ...plain, pauses: [{ from: '2027-03-03', until: '2027-03-10', reason: 'a storm' }] });
    const gone = [...entries(withPause).keys()].filter((uid) => !entries(calendar(plain)).has(uid));
    expect(gone.length).toBeGreaterThan(0);
    const now = calendar(plain, withPause);
    for (const uid of gone) expect(entries(now).get(uid), uid).toMatchObject({ status: 'CANCELLED', sequence: entries(withPause).get(uid)!.sequence + 1 });
    // The same plan written over its own calendar: the same entries and SEQUENCEs, the cancelled ones too.
    const again = calendar(plain, now);
    expect(entries(again)).toEqual(entries(now));
    // Every zone an entry names has its VTIMEZONE block, as ical.js needs.
    const zones = new ICAL.Component(ICAL.parse(again)).getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones).toEqual(['America/Paramaribo']);
  });

  it('a file rollout did not write is not read: it is replaced as it is', () => {
    expect(previousCalendar('BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nSEQUENCE:9\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')).toBeUndefined();
    expect(previousCalendar('')).toBeUndefined();
  });

  it('reads folded UIDs and a SEQUENCE that is not a number as 0', () => {
    const uid = `office-hours-${'x'.repeat(90)}@rollout`;
    const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rollout//rollout schedule//EN\r\nBEGIN:VEVENT\r\nUID:${uid.slice(0, 71)}\r\n ${uid.slice(71)}\r\nSEQUENCE:x\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;TZID=America/Guyana:20270301T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    expect([...previousCalendar(text)!]).toEqual([[uid, { sequence: 0, body: 'DTSTART;TZID=America/Guyana:20270301T100000', cancelled: false, zone: 'America/Guyana' }]]);
  });
});

describe('a second try’s calendar', () => {
  it('shares no UID with the first attempt’s, whose cancelled entries a calendar keeps at their higher SEQUENCE', () => {
    const first = entries(calendar(rolledBack));
    expect([...first.values()].filter((e) => e.status === 'CANCELLED' && e.sequence > 0).length).toBeGreaterThan(20);
    const again = entries(calendar({ ...plain, start: '2027-05-03', restart: { rolledBackOn: '2027-04-19', reason: 'calls drop', changed: 'a second line' } } as Plan));
    expect(again.size).toBeGreaterThan(20);
    expect([...again.keys()].filter((uid) => first.has(uid))).toEqual([]);
    // Its own UIDs stay put from one run to the next, as a calendar that imported it needs.
    expect([...entries(calendar({ ...plain, start: '2027-05-03', restart: { rolledBackOn: '2027-04-19', reason: 'other words', changed: 'a second line' } } as Plan)).keys()]).toEqual([...again.keys()]);
  });
});
