import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

// The default preset from Monday 2027-01-04: decommission in week 7, from Monday 2027-02-15.
const schedule = (overrides: Record<string, unknown>) => buildSchedule(validPlan(minimalPlan(overrides)));
const decommission = (s: ReturnType<typeof schedule>) => s.events.filter((e) => e.type === 'decommission').map((e) => [e.key, e.date]);

describe('a pause around a holiday', () => {
  it('keeps the archive the working day after the export when the pause moves a switch-off meant for a holiday back to a working day', () => {
    // Without the pause the switch-off is meant for the holiday of 02-15: export on the 16th, archive on the 17th.
    const holiday = { calendar: { holidays: ['2027-02-15'] } };
    expect(decommission(schedule(holiday)).slice(0, 2)).toEqual([['export-data', '2027-02-16'], ['archive', '2027-02-17']]);
    // A week's pause moves the day it was meant for to Monday 02-22, a working day: the archive follows on Tuesday, not Wednesday.
    const paused = schedule({ ...holiday, pauses: [{ from: '2027-02-01', until: '2027-02-08', reason: 'outage' }] });
    expect(decommission(paused)).toEqual([['export-data', '2027-02-22'], ['archive', '2027-02-23'], ['turn-off', '2027-02-26'], ['celebrate', '2027-02-26']]);
    expect(paused.events.find((e) => e.key === 'archive')).toMatchObject({ pausedFrom: '2027-02-17', sequence: 2 });
    expect(paused.events.find((e) => e.key === 'archive')!.movedFrom).toBeUndefined();
  });

  it('names the working day the rollout resumes on when the pause ends on a holiday', () => {
    const s = schedule({ calendar: { holidays: ['2027-01-25'] }, pauses: [{ from: '2027-01-18', until: '2027-01-25', reason: 'outage' }] });
    expect(s.events.find((e) => e.type === 'resume')).toMatchObject({ date: '2027-01-22', title: 'Resume on 2027-01-26' });
  });
});
