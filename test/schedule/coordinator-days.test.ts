import { describe, expect, it } from 'vitest';
import { redate } from '../../src/pauses/redate.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { EASTER_MONDAY, threeOffices } from '../helpers.js';

/** Paramaribo from 1 March, Rotterdam from 22 March, Willemstad from 12 April; `more`: each office's other holidays beside Easter Monday. */
const firm = (more: { paramaribo?: unknown[]; rotterdam?: unknown[]; willemstad?: unknown[] } = {}) =>
  threeOffices({}, { paramaribo: [EASTER_MONDAY, ...(more.paramaribo ?? [])], rotterdam: [EASTER_MONDAY, ...(more.rotterdam ?? [])], willemstad: [EASTER_MONDAY, ...(more.willemstad ?? [])] });
const at = (s: Schedule, type: string, key: string, phase?: string) => s.events.find((e) => e.type === type && e.key === key && e.phase === phase && (key !== 'each-week-after' || e.title.includes('week 5')))!;

describe("the coordinator's checklists keep off a day off at every location they concern", () => {
  it('moves the weekly checklist off Easter Monday at all three offices, and Willemstad\'s 2 weeks before with the announcement it prepares', () => {
    const s = buildSchedule(firm());
    expect(at(s, 'checklist', 'each-week-after')).toMatchObject({ date: '2027-03-30', week: 5, movedFrom: '2027-03-29', movedBecause: 'holiday (Tweede Paasdag, Paramaribo; Tweede Paasdag, Rotterdam; Tweede Paasdag, Willemstad)' });
    expect(at(s, 'checklist', 'two-weeks-before', 'willemstad')).toMatchObject({ date: '2027-03-30', movedFrom: '2027-03-29', movedBecause: 'holiday (Tweede Paasdag, Willemstad)' });
    expect(at(s, 'announcement', 'announcement', 'willemstad').date).toBe('2027-03-30');
  });

  it("moves a phase's checklist off a holiday of its own office alone; the rollout's stay where another office works", () => {
    const s = buildSchedule(firm({ rotterdam: [{ date: '2027-03-08', name: 'Studiedag' }] }));
    expect(at(s, 'checklist', 'two-weeks-before', 'rotterdam')).toMatchObject({ date: '2027-03-09', movedBecause: 'holiday (Studiedag, Rotterdam)' });
    expect(s.events.filter((e) => e.key === 'each-week-after' && e.date === '2027-03-08')).toHaveLength(1);
  });

  it('moves a review off a day no office works', () => {
    const studiedag = [{ date: '2027-04-30', name: 'Studiedag' }];
    const s = buildSchedule(firm({ paramaribo: studiedag, rotterdam: studiedag, willemstad: studiedag }));
    expect(at(s, 'review', 'week-1')).toMatchObject({ date: '2027-05-03', movedFrom: '2027-04-30' });
    expect(at(buildSchedule(firm({ paramaribo: studiedag })), 'review', 'week-1').date).toBe('2027-04-30');
  });

  it('gives a pause added later the checklist days building gives', () => {
    const plan = firm();
    const after = { ...plan, pauses: [{ from: '2027-03-15', until: '2027-03-22', reason: 'a storm' }] };
    const checklists = (s: Schedule) => s.events.filter((e) => e.type === 'checklist').map((e) => `${e.key} ${e.phase ?? ''} ${e.date} ${e.movedFrom ?? ''}`).sort();
    expect(checklists(redate(buildSchedule(plan), plan, after)!)).toEqual(checklists(buildSchedule(after)));
    // The pause moves a week's items onto Easter Monday: no checklist stays on it.
    expect(buildSchedule(after).events.filter((e) => e.type === 'checklist' && e.date === '2027-03-29')).toEqual([]);
  });
});
