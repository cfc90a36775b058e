import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

const phasesOf = (overrides: Record<string, unknown>) =>
  buildSchedule(validPlan(minimalPlan(overrides))).phases.map((p) => [p.id, p.start, p.end, p.startWeek, p.endWeek, p.people]);

describe('preset timelines', () => {
  it('default phases from a Monday: weeks 1-2, 3-4, 5-6, decommission week 7', () => {
    expect(phasesOf({ start: '2027-01-04' })).toEqual([
      ['early-adopters', '2027-01-04', '2027-01-15', 1, 2, 6],
      ['core-team', '2027-01-18', '2027-01-29', 3, 4, 14],
      ['everyone-else', '2027-02-01', '2027-02-12', 5, 6, 20],
      ['decommission', '2027-02-15', '2027-02-19', 7, 7, 0],
    ]);
  });

  it('default phases from a Wednesday keep whole rollout weeks', () => {
    expect(phasesOf({ start: '2027-01-06' })).toEqual([
      ['early-adopters', '2027-01-06', '2027-01-19', 1, 2, 6],
      ['core-team', '2027-01-20', '2027-02-02', 3, 4, 14],
      ['everyone-else', '2027-02-03', '2027-02-16', 5, 6, 20],
      ['decommission', '2027-02-17', '2027-02-23', 7, 7, 0],
    ]);
  });

  it('shares give whole people within their range: 10-20% of 40 is 4-8', () => {
    const phases = buildSchedule(validPlan(minimalPlan())).phases;
    expect(phases.map((p) => p.peopleRange)).toEqual([[4, 8], [12, 16], [20, 20], [0, 0]]);
  });

  it('solo: day 1 switch, week 1 learn and adjust, done', () => {
    expect(phasesOf({ preset: 'solo', organization: { name: 'a', headcount: 1 } })).toEqual([
      ['switch', '2027-01-04', '2027-01-04', 1, 1, 1],
      ['learn-and-adjust', '2027-01-05', '2027-01-08', 1, 1, 0],
    ]);
  });

  it('small: half, other half, full adoption, old system off in week 4', () => {
    expect(phasesOf({ preset: 'small', organization: { name: 'a', headcount: 7 } })).toEqual([
      ['first-half', '2027-01-04', '2027-01-08', 1, 1, 4],
      ['second-half', '2027-01-11', '2027-01-15', 2, 2, 3],
      ['full-adoption', '2027-01-18', '2027-01-22', 3, 3, 0],
      ['decommission', '2027-01-25', '2027-01-29', 4, 4, 0],
    ]);
  });

  it('growing: pilot, department 1, department 2, everyone else, old system off in week 9', () => {
    const organization = {
      name: 'a',
      headcount: 20,
      groups: [
        { name: 'Pilot', headcount: 3, kind: 'pilot' },
        { name: 'Design', headcount: 6, kind: 'department' },
        { name: 'Accounts', headcount: 5, kind: 'department' },
      ],
    };
    expect(phasesOf({ preset: 'growing', start: '2027-03-01', organization })).toEqual([
      ['pilot', '2027-03-01', '2027-03-12', 1, 2, 3],
      ['department-1', '2027-03-15', '2027-03-26', 3, 4, 6],
      ['department-2', '2027-03-29', '2027-04-09', 5, 6, 5],
      ['everyone-else', '2027-04-12', '2027-04-23', 7, 8, 6],
      ['decommission', '2027-04-26', '2027-04-30', 9, 9, 0],
    ]);
  });

  it('moves phases off holidays across a year end', () => {
    const calendar = { holidays: [{ date: '2026-12-25', name: 'Christmas' }, '2026-12-28', { date: '2027-01-01', name: "New Year's Day" }] };
    expect(phasesOf({ start: '2026-12-21', calendar })).toEqual([
      ['early-adopters', '2026-12-21', '2026-12-31', 1, 2, 6],
      ['core-team', '2027-01-04', '2027-01-15', 3, 4, 14],
      ['everyone-else', '2027-01-18', '2027-01-29', 5, 6, 20],
      ['decommission', '2027-02-01', '2027-02-05', 7, 7, 0],
    ]);
  });

  it('a start on a holiday moves to the next working day, and phases still take turns', () => {
    const plan = { preset: 'solo', start: '2027-01-01', organization: { name: 'a', headcount: 1 }, calendar: { holidays: ['2027-01-01'] } };
    expect(phasesOf(plan)).toEqual([
      ['switch', '2027-01-04', '2027-01-04', 1, 1, 1],
      ['learn-and-adjust', '2027-01-05', '2027-01-07', 1, 1, 0],
    ]);
  });
});
