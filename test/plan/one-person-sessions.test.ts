import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plan/checks.js';
import { minimalPlan, paramaribo, validPlan } from '../helpers.js';

/** A 7-person office with the small preset: six in Paramaribo, one working from home in Lelydorp. */
const office = (lelydorp: Record<string, unknown> = {}, training: Record<string, unknown> = {}) =>
  validPlan(
    minimalPlan({
      organization: { name: 'Kroon', headcount: 7, locations: [paramaribo(6, []), { name: 'Lelydorp', timezone: 'America/Paramaribo', headcount: 1, ...lelydorp }] },
      preset: 'small',
      start: '2027-03-01',
      training,
    }),
  );

const hints = (plan: ReturnType<typeof office>) => checkPlan(plan).filter((c) => c.code === 'one-person-session');

describe('one-person-session', () => {
  it('says a one-person location trained per location at the main office’s hour gets a group session for one, and what to write', () => {
    const [hint, ...more] = hints(office());
    expect(more).toEqual([]);
    expect(hint).toMatchObject({ severity: 'hint', path: ['organization', 'locations', 1] });
    expect(hint!.message).toBe('Lelydorp has 1 person in phase "first-half" and its own training (training.mode: per-location): a group session of 90 minutes for one, at 10:00 on 2027-03-01, the same hour as Paramaribo\'s, so whoever trains holds both at once');
    expect(hint!.hint).toContain('hold one session for all: training: { mode: shared }');
    expect(hint!.hint).toContain('sessionTime: "11:30" in its entry under organization.locations');
  });

  it('is quiet with one session for all, or with the location at its own hour after the main one', () => {
    expect(hints(office({}, { mode: 'shared' }))).toEqual([]);
    expect(hints(office({ sessionTime: '11:30' }))).toEqual([]);
    // Still at the same time, on its own clock: overlapping.
    expect(hints(office({ sessionTime: '11:00' }))).toHaveLength(1);
  });

  it('leaves a location of two or more alone: theirs is a group session', () => {
    const plan = validPlan(
      minimalPlan({ organization: { name: 'Kroon', headcount: 12, locations: [paramaribo(8, []), { name: 'Lelydorp', timezone: 'America/Paramaribo', headcount: 4 }] }, preset: 'small', start: '2027-03-01' }),
    );
    expect(hints(plan)).toEqual([]);
  });
});
