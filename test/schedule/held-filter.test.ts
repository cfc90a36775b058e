import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchedule, filterSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/** Shared sessions, paused with no end from 3 March 2027: Paramaribo's office hours from then and all of Miami wait. */
const plan = validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'shared-open.yaml'), 'utf8'));
const schedule = buildSchedule(plan);
const heldSessions = (filter: { phase?: string; location?: string }) =>
  new Set(filterSchedule(schedule, filter).held.events.filter((e) => e.type === 'training' || e.type === 'office-hours').map((e) => e.phase));

describe('what an open pause holds, in a view of one location or phase', () => {
  it('holds the shared sessions of both phases in the whole schedule', () => {
    expect([...heldSessions({})]).toEqual(['paramaribo', 'miami']);
  });

  it('keeps for one location the held shared sessions of its own phases only', () => {
    expect([...heldSessions({ location: 'Miami' })]).toEqual(['miami']);
    expect([...heldSessions({ location: 'Paramaribo' })]).toEqual(['paramaribo']);
  });

  it('keeps for one phase its own held phase and items only', () => {
    const view = filterSchedule(schedule, { phase: 'miami' });
    expect(view.held.phases.map((p) => p.id)).toEqual(['miami']);
    expect(view.held.events.length).toBeGreaterThan(0);
    expect(view.held.events.every((e) => e.phase === 'miami')).toBe(true);
    expect(filterSchedule(schedule, { phase: 'paramaribo' }).held.phases).toEqual([]);
  });

  it('gives a held phase the locations whose people it brings in', () => {
    expect(schedule.held.phases.map((p) => [p.id, p.locations])).toEqual([['miami', ['Miami']]]);
  });
});
