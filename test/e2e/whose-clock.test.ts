import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, ROOT, run } from '../helpers.js';

/*
 * Ramdin Klinieken: Willemstad (America/Curacao) is an hour behind Paramaribo and Lelydorp; each
 * location's training is at 10:00 and office hours at 14:00 on its own clock. The table and
 * markdown say whose clock a time is on; a plan on one clock keeps its times as they were.
 */
const PLAN = path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml');
const schedule = (plan: string, ...args: string[]) => run(['schedule', '--plan', plan, ...args]).stdout;

describe('session times on several clocks, end to end', () => {
  it('says whose time each is in the table and markdown, in English and Dutch', () => {
    expect(schedule(PLAN, '--lang', 'en')).toMatch(/│ 2027-04-05 │ 10:00 in Willemstad \(90 min\) │ training/);
    expect(schedule(PLAN, '--lang', 'nl')).toMatch(/│ 2027-03-01 │ 14:00 in Paramaribo \(60 min\) │ spreekuur/);
    expect(schedule(PLAN, '--lang', 'en', '--format', 'markdown')).toContain('| 2027-04-05 | 10:00 in Willemstad (90 min) | training | willemstad | Willemstad |');
    expect(schedule(PLAN, '--lang', 'en', '--location', 'Willemstad')).toMatch(/│ 2027-04-05 │ 10:00 in Willemstad \(90 min\) │ training/);
    // The calendar and JSON had the zone already.
    expect(schedule(PLAN, '--format', 'ics')).toContain('DTSTART;TZID=America/Curacao:20270405T100000');
    expect(JSON.parse(schedule(PLAN, '--format', 'json')).events.find((e: { type: string; phase: string }) => e.type === 'training' && e.phase === 'willemstad')).toMatchObject({ time: '10:00', timezone: 'America/Curacao' });
  });

  it('keeps the times of a plan on one clock as they were', () => {
    const table = schedule(example('adoption.yaml'), '--lang', 'en');
    expect(table).toMatch(/│ \d\d:\d\d \(\d+ min\) +│ training/);
    expect(table).not.toMatch(/\d\d:\d\d in /);
  });
});
