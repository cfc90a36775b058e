import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { pauseReaders } from '../../src/pauses/readers.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { guardedDecision } from '../../src/guards/decide.js';
import { planPauses, timePhases } from '../../src/schedule/phases.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies: the head office in Paramaribo is done by late March, Albina runs from Monday 12
 * to Friday 23 April 2027, and the switch-off of email chains follows from Monday 26 to Friday 30
 * April (export 26th, archive 27th, turn-off and celebration 30th; the week-1 review on 7 May, the
 * retrospective on 14 May). A part whose phase is over and that pauses goes back to the old tools:
 * the switch-off may not turn them off until it resumes.
 */
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as Record<string, unknown>;
const reason = 'the line cannot carry video calls';

const scheduleWith = (...pauses: Record<string, unknown>[]) => {
  const data = structuredClone(base);
  data.pauses = pauses.map((p) => ({ reason, ...p }));
  return buildSchedule(validPlan(stringify(data)));
};

const on = (schedule: Schedule, type: string, key: string) => schedule.events.filter((e) => e.type === type && e.key === key).map((e) => e.date);
const switchOff = (schedule: Schedule) => schedule.phases.find((p) => p.kind === 'decommission');
/** The switch-off's steps, then the reviews and the retrospective after it. */
const after = (schedule: Schedule) =>
  ['export-data', 'archive', 'turn-off', 'celebrate'].map((k) => on(schedule, 'decommission', k)[0]).concat([on(schedule, 'review', 'week-1')[0], on(schedule, 'retrospective', 'retrospective')[0], on(schedule, 'review', 'month-1')[0]]);

describe('a pause of one location and the switch-off', () => {
  const none = scheduleWith();

  it('as planned: the switch-off the week after Albina, the reviews after it', () => {
    expect(switchOff(none)).toMatchObject({ start: '2027-04-26', end: '2027-04-30' });
    expect(after(none)).toEqual(['2027-04-26', '2027-04-27', '2027-04-30', '2027-04-30', '2027-05-07', '2027-05-14', '2027-05-31']);
  });

  it('waits for a location whose phase ended when it pauses from the switch-off’s first day, with its reviews and retrospective', () => {
    // Albina goes back to the old tools the Monday after its phase, for two weeks (10 working days).
    const albina = scheduleWith({ from: '2027-04-26', until: '2027-05-10', only: { location: 'Albina' } });
    expect(switchOff(albina)).toMatchObject({ start: '2027-05-10', end: '2027-05-14' });
    expect(after(albina)).toEqual(['2027-05-10', '2027-05-11', '2027-05-14', '2027-05-14', '2027-05-21', '2027-05-28', '2027-06-14']);
    // Albina's launch and the other offices keep their dates.
    expect(on(albina, 'launch', 'launch')).toEqual(on(none, 'launch', 'launch'));
    expect(albina.pauses[0]).toMatchObject({ phases: ['albina', 'switch-off'], switchOff: { id: 'switch-off', start: '2027-05-10' } });
    // Everyone still uses the old system, and its switch-off moves: everyone is told.
    expect(pauseReaders(albina, albina.pauses[0]!).everyone).toBe(true);
  });

  it('waits for a pause that starts in its lead-up, of a part over long before', () => {
    // The head office pauses from Monday 19 April (Albina's second week) until Wednesday 28 April: 7 working days.
    const office = scheduleWith({ from: '2027-04-19', until: '2027-04-28', only: { location: 'Paramaribo' } });
    expect(switchOff(office)).toMatchObject({ start: '2027-05-05', end: '2027-05-11' });
    // The reviews count from the switch-off's new end, Tuesday 11 May: a week, two weeks and a month (Friday 11 June) later.
    expect(after(office)).toEqual(['2027-05-05', '2027-05-06', '2027-05-11', '2027-05-11', '2027-05-18', '2027-05-25', '2027-06-11']);
    expect(on(office, 'launch', 'launch')).toEqual(on(none, 'launch', 'launch'));
  });

  it('holds what is left of a switch-off under way when the pause begins, and leaves its steps done before', () => {
    // Albina goes back from Wednesday 28 April, after the export and the archive, until 12 May.
    const albina = scheduleWith({ from: '2027-04-28', until: '2027-05-12', only: { location: 'Albina' } });
    expect(after(albina)).toEqual(['2027-04-26', '2027-04-27', '2027-05-14', '2027-05-14', '2027-05-21', '2027-05-28', '2027-06-14']);
    expect(switchOff(albina)).toMatchObject({ start: '2027-04-26', end: '2027-05-14' });
  });

  it('leaves the switch-off to a pause that resumes by its first day, and tells only the part’s people', () => {
    const office = scheduleWith({ from: '2027-04-19', until: '2027-04-26', only: { location: 'Paramaribo' } });
    expect(after(office)).toEqual(after(none));
    expect(pauseReaders(office, office.pauses[0]!)).toEqual({
      everyone: false,
      phases: [
        { id: 'pilot', name: 'ICT pilot', people: 3 },
        { id: 'head-office', name: 'Head office', people: 15 },
      ],
    });
  });

  it('holds the switch-off and the reviews while open, and pauses the rollout: nothing else is left', () => {
    const open = scheduleWith({ from: '2027-04-26', only: { location: 'Albina' } });
    expect(open.held.phases.map((p) => p.id)).toEqual(['switch-off']);
    expect(open.held.events.filter((e) => e.type === 'review' || e.type === 'retrospective').length).toBe(4);
    const data = structuredClone(base);
    data.pauses = [{ from: '2027-04-26', until: '2027-05-10', reason, only: { location: 'Albina' } }];
    const plan = validPlan(stringify(data));
    const decided = guardedDecision(timePhases(plan), [], parseDay('2027-04-28'), null, planPauses(plan));
    expect([decided.decision, decided.openPause?.only]).toEqual(['pause', { location: 'Albina' }]);
  });
});

describe('the notices of a pause of one location whose dates are all past', () => {
  it('go to its people in a phase that brings in other places too', () => {
    // No switch-off: Nieuw Nickerie and Albina start together on 30 March; Albina pauses after that phase.
    const data = structuredClone(base);
    const phases = data.phases as Record<string, unknown>[];
    phases.splice(2, 3, { id: 'branches', name: 'Branches', audience: { locations: ['Nieuw Nickerie', 'Albina'] }, weeks: 2 });
    data.gates = (data.gates as { phase: string }[]).filter((g) => g.phase === 'head-office');
    data.pauses = [{ from: '2027-04-19', until: '2027-04-26', reason, only: { location: 'Albina' } }];
    const schedule = buildSchedule(validPlan(stringify(data)));
    expect(schedule.phases.find((p) => p.id === 'branches')!.end < '2027-04-19').toBe(true);
    expect(pauseReaders(schedule, schedule.pauses[0]!)).toEqual({ everyone: false, phases: [{ id: 'branches', name: 'Branches', people: 3, location: 'Albina' }] });
  });
});
