import { describe, expect, it } from 'vitest';
import { gateWindows } from '../../src/gates/evaluate.js';
import { redate } from '../../src/pauses/redate.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { timePhases } from '../../src/schedule/phases.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import type { Plan } from '../../src/plan/resolve.js';
import { validPlan } from '../helpers.js';
import { resortPlan } from '../resort-gate.js';

/** The resort's launch and its success gate, as the schedule dates them, and the gate's due day as gate-check takes it. */
function resort(plan: Plan): { launch?: string; gate?: string; checked: string } {
  const events = buildSchedule(plan).events.filter((e) => e.phase === 'resort');
  const window = gateWindows(plan, timePhases(plan), parseDay(plan.start)).find((w) => w.gate.id === 'resort-success')!;
  return { launch: events.find((e) => e.type === 'launch')?.date, gate: events.find((e) => e.key === 'resort-success')?.date, checked: formatDay(window.due) };
}

describe('a gate due `within` after a launch held over from a holiday', () => {
  it('falls 4 weeks after the held-over launch without a pause', () => {
    expect(resort(validPlan(resortPlan()))).toEqual({ launch: '2027-03-30', gate: '2027-04-27', checked: '2027-04-27' });
  });

  it.each([
    ['a pause of the resort alone', '{ from: 2027-03-22, until: 2027-03-29, reason: the resort is fully booked, only: { phase: resort } }'],
    ['a pause of everything', '{ from: 2027-03-22, until: 2027-03-29, reason: the resort is fully booked }'],
  ])('goes back to the Monday 4 weeks after the launch when %s moves the launch back onto a Monday', (_, pause) => {
    // The launch was meant for Monday 29 March: 5 working days on, Monday 5 April, and the gate 4 weeks later.
    expect(resort(validPlan(resortPlan([pause])))).toEqual({ launch: '2027-04-05', gate: '2027-05-03', checked: '2027-05-03' });
  });

  it('moves by the whole pause when the pause comes after the launch, which stays held over', () => {
    const plan = validPlan(resortPlan(['{ from: 2027-04-12, until: 2027-04-19, reason: the resort is fully booked }']));
    expect(resort(plan)).toEqual({ launch: '2027-03-30', gate: '2027-05-04', checked: '2027-05-04' });
  });

  it('what-if and diff date the gate as building does', () => {
    const plain = validPlan(resortPlan());
    const paused = validPlan(resortPlan(['{ from: 2027-03-22, until: 2027-03-29, reason: the resort is fully booked }']));
    const fast = redate(buildSchedule(plain), plain, paused);
    expect(fast?.events.find((e) => e.key === 'resort-success')?.date).toBe('2027-05-03');
  });
});
