import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * test/fixtures/plans/switch-off-ends.yaml: from Monday 8 March 2027 the rollout ends on Friday
 * 2 April. From Monday 1 March it was to end on Friday 26 March; a week's pause (8 to 15 March) or
 * a week's extension puts that end on Friday 2 April too. The reviews count from the end the
 * rollout has: 3 months after Friday 2 April is Friday 2 July.
 */
const FIXTURE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'plans', 'switch-off-ends.yaml'), 'utf8');
const plan = (start: string, more = '') => validPlan(`${FIXTURE.replace('start: 2027-03-08', `start: ${start}`)}${more}`);

const PAUSE = 'pauses:\n  - { from: 2027-03-08, until: 2027-03-15, reason: { en: the office moves, nl: het kantoor verhuist } }\n';
const EXTENSION = 'extensions:\n  - { phase: all, by: 1w, decided: 2027-03-10, reason: { en: the trainer is ill, nl: de trainer is ziek } }\n';

function reviews(p: ReturnType<typeof plan>) {
  const schedule = buildSchedule(p);
  const of = (key: string) => schedule.events.find((e) => e.key === key && (e.type === 'review' || e.type === 'retrospective'))!;
  return { end: schedule.end, of };
}

describe('the reviews after a pause or an extension', () => {
  it('give the month-3 review 3 months after the end the rollout has, as a later start does', () => {
    const later = reviews(plan('2027-03-08'));
    expect(later.end).toBe('2027-04-02');
    expect(later.of('month-3').date).toBe('2027-07-02');
    for (const moved of [reviews(plan('2027-03-01', PAUSE)), reviews(plan('2027-03-01', EXTENSION))]) {
      expect(moved.end).toBe('2027-04-02');
      // 2 April + 3 months: Friday 2 July, not the planned Saturday 26 June held over to Monday 28 June and moved a week (5 July).
      expect(moved.of('month-3')).toMatchObject({ date: '2027-07-02', pausedFrom: '2027-06-28', sequence: 2 });
      // 2 April + 1 month: Sunday 2 May, held over to Monday 3 May.
      expect(moved.of('month-1')).toMatchObject({ date: '2027-05-03', movedFrom: '2027-05-02', movedBecause: 'Sunday' });
      // A week and two weeks after Friday 2 April, as before.
      expect(moved.of('week-1').date).toBe('2027-04-09');
      expect(moved.of('retrospective').date).toBe('2027-04-16');
    }
  });

  it('still move by a pause after the end: 2 July, then the week of 21 June to 28 June, is 9 July', () => {
    const paused = reviews(plan('2027-03-08', 'pauses:\n  - { from: 2027-06-21, until: 2027-06-28, reason: { en: the office moves, nl: het kantoor verhuist } }\n'));
    expect(paused.of('month-3')).toMatchObject({ date: '2027-07-09', pausedFrom: '2027-07-02', sequence: 2 });
    expect(paused.of('month-1').date).toBe('2027-05-03');
  });

  it('held by an open pause, keep the day they had', () => {
    const held = buildSchedule(plan('2027-03-01', 'pauses:\n  - { from: 2027-03-08, reason: { en: the office moves, nl: het kantoor verhuist } }\n'));
    expect(held.events.filter((e) => e.type === 'review')).toEqual([]);
    // 26 March + 3 months: Saturday 26 June, held over to Monday 28 June.
    expect(held.held.events.find((e) => e.key === 'month-3')?.plannedDate).toBe('2027-06-28');
  });
});
