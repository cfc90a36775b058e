import { describe, expect, it } from 'vitest';
import { redate } from '../../src/pauses/redate.js';
import { planMessages } from '../../src/render/messages.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { minimalPlan, paramaribo as office, rotterdam, validPlan } from '../helpers.js';

/** Holi Phagwa (Monday 22 March) and Good Friday (26 March) are Paramaribo's holidays, not Rotterdam's. */
const paramaribo = (headcount: number) =>
  office(headcount, [
    { date: '2027-03-22', name: 'Holi Phagwa' },
    { date: '2027-03-26', name: 'Good Friday' },
  ]);
const firm = (atParamaribo: number, overrides: Record<string, unknown> = {}) =>
  validPlan(minimalPlan({ organization: { name: 'Kaiteur Design', headcount: 40, locations: [paramaribo(atParamaribo), rotterdam(40 - atParamaribo)] }, start: '2027-03-08', ...overrides }));

const item = (s: Schedule, type: string, key: string) => s.events.find((e) => e.type === type && e.key === key)!;

describe('a message goes out on a day most of its readers work', () => {
  it('moves the weekly update to all 40 off Paramaribo\'s Good Friday when 30 work there, to the working day before', () => {
    const s = buildSchedule(firm(30));
    expect(item(s, 'weekly-update', 'week-3')).toMatchObject({ date: '2027-03-25', week: 3, movedFrom: '2027-03-26', movedBecause: 'holiday (Good Friday, Paramaribo)' });
  });

  it('moves the survey to the early adopters, 5 of 6 in Paramaribo, off Holi Phagwa to Tuesday, and its email with it', () => {
    const plan = firm(30);
    const s = buildSchedule(plan);
    expect(s.phases.find((p) => p.id === 'early-adopters')!.peopleAt).toEqual({ Paramaribo: 5, Rotterdam: 1 });
    expect(item(s, 'survey', 'week-3')).toMatchObject({ date: '2027-03-23', movedFrom: '2027-03-22', movedBecause: 'holiday (Holi Phagwa, Paramaribo)' });
    // The core team, 10 of 14 in Paramaribo, goes live the day after Holi Phagwa too: it has nothing to rate yet.
    expect(s.phases.find((p) => p.id === 'core-team')).toMatchObject({ start: '2027-03-23', movedFrom: '2027-03-22' });
    const survey = planMessages(s, plan).find((m) => m.template === 'survey' && m.date === '2027-03-23');
    expect(survey).toBeDefined();
  });

  it('leaves them where they are when most readers work in Rotterdam', () => {
    const s = buildSchedule(firm(10));
    expect(item(s, 'weekly-update', 'week-3')).toMatchObject({ date: '2027-03-26' });
    expect(item(s, 'weekly-update', 'week-3')).not.toHaveProperty('movedFrom');
    expect(item(s, 'survey', 'week-3').date).toBe('2027-03-22');
  });

  it('counts a survey\'s readers, not the organization: a first phase all in Paramaribo moves it though most work in Rotterdam', () => {
    const phases = [
      { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo'] }, weeks: 2 },
      { id: 'rotterdam', name: 'Rotterdam', audience: 'rest', weeks: 2 },
    ];
    const s = buildSchedule(firm(10, { phases }));
    expect(item(s, 'survey', 'week-3')).toMatchObject({ date: '2027-03-23', movedFrom: '2027-03-22' });
    expect(item(s, 'weekly-update', 'week-3').date).toBe('2027-03-26');
  });

  it('names only the holidays of the places its readers work at', () => {
    const phases = [
      { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo'] }, weeks: 2 },
      { id: 'rotterdam', name: 'Rotterdam', audience: 'rest', weeks: 2 },
    ];
    const rotterdamToo = { ...rotterdam(30), holidays: [{ date: '2027-03-22', name: 'Bloemencorso' }] };
    const plan = validPlan(minimalPlan({ organization: { name: 'Kaiteur Design', headcount: 40, locations: [paramaribo(10), rotterdamToo] }, start: '2027-03-08', phases }));
    expect(item(buildSchedule(plan), 'survey', 'week-3')).toMatchObject({ date: '2027-03-23', movedBecause: 'holiday (Holi Phagwa, Paramaribo)' });
  });

  it('moves off half the readers\' holiday too, and a one-location plan off every holiday of its place', () => {
    expect(item(buildSchedule(firm(20)), 'weekly-update', 'week-3').date).toBe('2027-03-25');
    const one = validPlan(minimalPlan({ organization: { name: 'Kaiteur Design', headcount: 9, locations: [paramaribo(9)] }, preset: 'small', start: '2027-03-15' }));
    const s = buildSchedule(one);
    expect(item(s, 'weekly-update', 'week-2')).toMatchObject({ date: '2027-03-25', movedBecause: 'holiday (Good Friday, Paramaribo)' });
    // The coordinator works there too: no checklist falls on its holiday.
    expect(s.events.filter((e) => e.type === 'checklist' && e.date === '2027-03-22')).toEqual([]);
  });

  it('gives a pause added later the dates building gives', () => {
    const plan = firm(30);
    // A week's pause puts the week-2 survey (15 March) on Holi Phagwa: it moves on to Tuesday.
    const after = { ...plan, pauses: [{ from: '2027-03-15', until: '2027-03-22', reason: 'a storm' }] };
    const built = buildSchedule(after);
    const fast = redate(buildSchedule(plan), plan, after)!;
    const dates = (s: Schedule) => s.events.map((e) => `${e.type} ${e.key} ${e.phase ?? ''} ${e.location ?? ''} ${e.date} ${e.movedFrom ?? ''}`).sort();
    expect(dates(fast)).toEqual(dates(built));
    expect(item(built, 'survey', 'week-2')).toMatchObject({ date: '2027-03-23', pausedFrom: '2027-03-15', movedFrom: '2027-03-22' });
  });
});
