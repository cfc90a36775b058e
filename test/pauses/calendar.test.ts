import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

const plan = (name: string) => validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', name), 'utf8'));
const schedule = (name: string) => buildSchedule(plan(name));
/** Calendar entries by UID, as ical.js reads them. */
const entries = (ics: string) => new Map(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => [v.getFirstPropertyValue('uid') as string, v]));
const field = (v: ICAL.Component, name: string) => v.getFirstPropertyValue(name)?.toString() ?? null;

describe('the calendar keeps every entry it had when a pause is added', () => {
  it('a closed pause moves entries under their UIDs and drops none', () => {
    const plain = entries(scheduleIcs(buildSchedule({ ...plan('paused.yaml'), pauses: [] }), 'en'));
    const now = entries(scheduleIcs(schedule('paused.yaml'), 'en'));
    expect(plain.size).toBeGreaterThan(50);
    expect([...plain.keys()].filter((uid) => !now.has(uid))).toEqual([]);
    expect([...now.values()].filter((v) => field(v, 'status') !== null)).toEqual([]);
  });

  it('an open pause cancels what it holds at the date it last had, one SEQUENCE higher, under the same UID', () => {
    const was = entries(scheduleIcs(schedule('paused.yaml'), 'en'));
    const now = entries(scheduleIcs(schedule('open.yaml'), 'en'));
    const cancelled: string[] = [];
    for (const [uid, v] of was) {
      const entry = now.get(uid);
      expect(entry, uid).toBeDefined();
      expect(field(entry!, 'dtstart'), uid).toBe(field(v, 'dtstart'));
      if (field(entry!, 'status') === null) {
        expect(field(entry!, 'sequence'), uid).toBe(field(v, 'sequence'));
        continue;
      }
      cancelled.push(`${field(v, 'dtstart')!.slice(0, 10)} ${field(v, 'summary')}`);
      expect([field(entry!, 'status'), Number(field(entry!, 'sequence'))], uid).toEqual(['CANCELLED', Number(field(v, 'sequence')) + 1]);
      expect(field(entry!, 'description'), uid).toMatch(/^Cancelled: the rollout has been paused since 2027-04-26: de internetverbinding in Nieuw Nickerie ligt eruit\. It gets a new date when the pause ends\./);
    }
    // Nothing new: the open pause only takes entries away.
    expect([...now.keys()].filter((uid) => !was.has(uid))).toEqual([]);
    expect(cancelled).toContain('2027-04-26 Groepstraining voor Alle overige collega’s (Nieuw Nickerie)');
    // Everything from the pause on, and the go/no-go before the launch it holds.
    expect(cancelled.every((c) => c >= '2027-04-26' || c.includes('department-2-go-no-go'))).toBe(true);
  });
});

describe('a calendar entry’s SEQUENCE never goes down as the plan records a pause and a rollback', () => {
  /** Each entry's SEQUENCE and whether it is cancelled, by UID. */
  const revisions = (p: ReturnType<typeof plan>) => new Map([...entries(scheduleIcs(buildSchedule(p), 'en'))].map(([uid, v]) => [uid, { sequence: Number(field(v, 'sequence')), status: field(v, 'status'), start: field(v, 'dtstart') }]));
  const base = plan('paused.yaml');
  const open = { from: '2027-04-26', reason: 'the connection is down' };
  // The plan as the coordinator writes it in, step by step: nothing, the pause while it runs, its end, a rollback.
  const steps = [
    { ...base, pauses: [] },
    base,
    { ...base, pauses: [...base.pauses, open] },
    { ...base, pauses: [...base.pauses, { ...open, until: '2027-05-10' }] },
    { ...base, pauses: [...base.pauses, { ...open, until: '2027-05-10' }], rollback: { on: '2027-05-17', reason: 'calls drop' } },
  ];

  it('rises for each entry that changes, at every step', () => {
    const calendars = steps.map(revisions);
    for (let i = 1; i < calendars.length; i++) {
      for (const [uid, then] of calendars[i - 1]!) {
        const now = calendars[i]!.get(uid);
        if (!now) continue;
        expect(now.sequence, `step ${i}: ${uid}`).toBeGreaterThanOrEqual(then.sequence);
        if (now.start !== then.start || now.status !== then.status) expect(now.sequence, `step ${i}: ${uid}`).toBeGreaterThan(then.sequence);
      }
    }
    // The entries the open pause cancelled are dated again once it has its end, one SEQUENCE higher.
    const [held, resumed] = [calendars[2]!, calendars[3]!];
    const cancelled = [...held].filter(([, e]) => e.status === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(20);
    for (const [uid, e] of cancelled) expect([resumed.get(uid)?.status, resumed.get(uid)?.sequence], uid).toEqual([null, e.sequence + 1]);
  });
});
