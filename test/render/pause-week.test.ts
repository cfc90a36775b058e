import { describe, expect, it } from 'vitest';
import { measuredDays, pauseWeekOf } from '../../src/render/pause-week.js';
import { parseDay } from '../../src/util/dates.js';
import type { Plan } from '../../src/plan/resolve.js';

/* Nieuw Nickerie's line is down from Monday 5 April until Monday 12 April 2027; Teams' activity report counts the 7 days up to its refresh date. */
const pause = { from: parseDay('2027-04-05'), until: parseDay('2027-04-12') };
const week = (refreshed: string, days = 7) => pauseWeekOf(pause, parseDay(refreshed), days);

describe('where a measurement lies against a pause', () => {
  it('goes by the days a weekly report counts, not its refresh date', () => {
    // 30 March - 5 April: six days before the pause, one in it.
    expect(week('2027-04-05')).toBe('before');
    // 6 - 12 April: the outage week, though refreshed on the day it ended.
    expect(week('2027-04-12')).toBe('during');
    // 13 - 19 April: the first week back.
    expect(week('2027-04-19')).toBe('after');
    expect(week('2027-04-26')).toBeNull();
    expect(week('2027-03-22')).toBeNull();
  });

  it('takes a value of one day as that day', () => {
    expect(week('2027-04-05', 1)).toBe('during');
    expect(week('2027-04-12', 1)).toBe('after');
    expect(week('2027-04-02', 1)).toBe('before');
  });

  it('counts a report of an open pause as during it, never as a week back', () => {
    expect(pauseWeekOf({ from: pause.from, until: undefined }, parseDay('2027-04-19'), 7)).toBe('during');
  });

  it('reads the days from the activity source of the metric, else one', () => {
    const plan = (sources: object[]) => ({ sources }) as unknown as Plan;
    const teams = { kind: 'activity', activeWithin: '2w', metric: 'active_use_pct' };
    expect(measuredDays(plan([teams, { ...teams, activeWithin: '7d' }]), 'active_use_pct')).toBe(14);
    expect(measuredDays(plan([teams]), 'slack_active_pct')).toBe(1);
    expect(measuredDays(plan([{ kind: 'values' }]), 'active_use_pct')).toBe(1);
  });
});
