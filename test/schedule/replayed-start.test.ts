import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { minimalPlan, validPlan } from '../helpers.js';

/* The minimal plan starts on Monday 4 January 2027; replayed from Monday 6 September 2027. */
const LATER = parseDay('2027-09-06');
const launches = (plan: ReturnType<typeof validPlan>, start?: number) =>
  buildSchedule(plan, start === undefined ? {} : { start }).events.filter((e) => e.type === 'launch').map((e) => e.date);

describe('schedule --start: the plan replayed from another start', () => {
  const unpaused = launches(validPlan(minimalPlan()), LATER);

  it('leaves out a pause that resumed before that start: it moves nothing, and has no notices', () => {
    const plan = validPlan(minimalPlan({ pauses: [{ from: '2027-01-18', until: '2027-02-01', reason: 'laptops are late' }] }));
    // In the plan as written, the pause moves every launch after it.
    expect(launches(plan)).not.toEqual(launches(validPlan(minimalPlan())));
    const replayed = buildSchedule(plan, { start: LATER });
    expect(replayed.events.filter((e) => e.type === 'launch').map((e) => e.date)).toEqual(unpaused);
    expect([replayed.pauses, replayed.events.filter((e) => e.type === 'pause' || e.type === 'resume' || e.pausedFrom !== undefined)]).toEqual([[], []]);
  });

  it('keeps a pause that resumes after that start, with its days from that start on, and one still open', () => {
    const late = validPlan(minimalPlan({ pauses: [{ from: '2027-09-01', until: '2027-09-13', reason: 'the office moves' }] }));
    // Of its 8 working days (1 to 10 September), the 5 from the start on (6 to 10 September) move the first launch.
    expect([unpaused[0], launches(late, LATER)[0]]).toEqual(['2027-09-06', '2027-09-13']);
    const open = buildSchedule(validPlan(minimalPlan({ pauses: [{ from: '2027-01-18', reason: 'on hold' }] })), { start: LATER });
    expect([open.pauses.length, open.events.some((e) => e.type === 'launch'), open.held.events.some((e) => e.type === 'launch')]).toEqual([1, false, true]);
  });
});
