import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkPauses } from '../../src/pauses/checks.js';
import { pauseReaders } from '../../src/pauses/readers.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { gateWindows } from '../../src/gates/evaluate.js';
import { guardedDecision } from '../../src/guards/decide.js';
import { planPauses, timePhases } from '../../src/schedule/phases.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { diagnosticLines, ROOT, validPlan } from '../helpers.js';

/*
 * Three offices in Suriname roll out one after the other: head office in Paramaribo, then Nieuw
 * Nickerie, then Albina (launch Monday 12 April 2027), then the switch-off. Albina's line is down
 * for a week: a pause of Albina alone.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml');
const base = parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
const week = { from: '2027-04-12', until: '2027-04-19', reason: 'the Albina line is down' };

type Edit = (plan: Record<string, unknown>) => void;
const planWith = (pauses: unknown[], edit?: Edit) => {
  const data = structuredClone(base);
  data.pauses = pauses;
  edit?.(data);
  return validPlan(stringify(data));
};

/** Each item's date by `type key phase location`, the notices left out. */
function dates(schedule: Schedule): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of schedule.events) {
    if (e.type === 'pause' || e.type === 'resume') continue;
    const id = [e.type, e.key, e.phase ?? '', e.location ?? ''].join(' ');
    out.set(id, [...(out.get(id) ?? []), e.date]);
  }
  return out;
}

const on = (schedule: Schedule, type: string, key: string, phase?: string, location?: string) =>
  schedule.events.filter((e) => e.type === type && e.key === key && (phase === undefined || e.phase === phase) && (location === undefined || e.location === location)).map((e) => e.date);

const phaseMix: Edit = (plan) => {
  // One phase brings in Nieuw Nickerie and Albina together.
  const phases = plan.phases as Record<string, unknown>[];
  phases.splice(2, 2, { id: 'branches', name: 'Branches', audience: { locations: ['Nieuw Nickerie', 'Albina'] }, weeks: 2 });
  plan.gates = (plan.gates as { phase: string }[]).filter((g) => g.phase === 'head-office');
};

describe('a pause of one location', () => {
  const none = buildSchedule(planWith([]));
  const albina = buildSchedule(planWith([{ ...week, only: { location: 'Albina' } }]));

  it('moves its launch, sessions and gates, and the switch-off that waits for it, by the pause', () => {
    expect(on(none, 'launch', 'launch', 'albina')).toEqual(['2027-04-12']);
    expect(on(albina, 'launch', 'launch', 'albina')).toEqual(['2027-04-19']);
    expect(on(albina, 'training', 'session-1', 'albina', 'Albina')).toEqual(['2027-04-19']);
    expect(on(albina, 'gate', 'albina-active')).toEqual(['2027-05-17']);
    // The go/no-go before Albina's launch follows the launch it guards.
    expect(on(albina, 'gate', 'albina-go-no-go')).toEqual(['2027-04-16']);
    expect(on(albina, 'decommission', 'turn-off')).toEqual(['2027-05-07']);
    expect(albina.phases.find((p) => p.id === 'switch-off')).toMatchObject({ start: '2027-05-03', end: '2027-05-07' });
  });

  it('leaves every other office as planned: gates, windows, sessions, weekly updates', () => {
    const before = dates(none);
    const after = dates(albina);
    const others = [...before.keys()].filter((id) => !/ albina | switch-off |^review|^retrospective|albina-/.test(`${id} `));
    expect(others.length).toBeGreaterThan(40);
    const weekly = 'checklist each-week-after  ';
    for (const id of others) if (id !== weekly) expect([id, after.get(id)]).toEqual([id, before.get(id)]);
    // The coordinator's weekly checklist goes on one more week, to Albina's gate (it names what to download that day).
    expect(after.get(weekly)).toEqual([...before.get(weekly)!, '2027-05-17']);
    expect(on(albina, 'gate', 'head-office-active')).toEqual(['2027-04-12']);
    expect(on(albina, 'gate', 'nickerie-active')).toEqual(['2027-04-27']);
    expect(albina.phases.filter((p) => p.id !== 'albina' && p.id !== 'switch-off')).toEqual(none.phases.filter((p) => p.id !== 'albina' && p.id !== 'switch-off'));
  });

  it('keeps the weekly updates going until the week Albina now ends, and moves the reviews after the switch-off', () => {
    expect(on(none, 'weekly-update', 'week-8')).toEqual(['2027-04-23']);
    expect(on(none, 'weekly-update', 'week-9')).toEqual([]);
    expect(on(albina, 'weekly-update', 'week-9')).toEqual(['2027-04-30']);
    expect(on(albina, 'retrospective', 'retrospective')).toEqual(['2027-05-21']);
  });

  it('is the same pause as one of Albina’s phase when the phase brings in Albina alone', () => {
    const phase = buildSchedule(planWith([{ ...week, only: { phase: 'albina' } }]));
    expect(dates(phase)).toEqual(dates(albina));
    expect(phase.pauses[0]).toMatchObject({ only: { phase: 'albina' }, phase: 'albina', phases: ['albina', 'switch-off'] });
    expect(albina.pauses[0]).toMatchObject({ only: { location: 'Albina' }, phases: ['albina', 'switch-off'] });
  });

  it('moves only the sessions at that location of a phase that brings in other places too', () => {
    const mixedNone = buildSchedule(planWith([], phaseMix));
    const mixed = buildSchedule(planWith([{ from: '2027-03-29', until: '2027-04-05', reason: 'line down', only: { location: 'Albina' } }], phaseMix));
    expect(on(mixed, 'launch', 'launch', 'branches')).toEqual(on(mixedNone, 'launch', 'launch', 'branches'));
    expect(on(mixedNone, 'training', 'session-1', 'branches', 'Albina')).toEqual(['2027-03-30']);
    // Meant for Easter Monday and held over to Tuesday: the pause moves the Monday it was meant for.
    expect(on(mixed, 'training', 'session-1', 'branches', 'Albina')).toEqual(['2027-04-05']);
    expect(on(mixed, 'training', 'session-1', 'branches', 'Nieuw Nickerie')).toEqual(['2027-03-30']);
    expect(on(mixed, 'decommission', 'turn-off')).toEqual(on(mixedNone, 'decommission', 'turn-off'));
    // Its notices go to the phase's people at Albina only.
    expect(pauseReaders(mixed, mixed.pauses[0]!)).toEqual({ everyone: false, phases: [{ id: 'branches', name: 'Branches', people: 3, location: 'Albina' }] });
  });

  it('holds only its part while open, the rest dated as planned', () => {
    const open = buildSchedule(planWith([{ from: '2027-04-12', reason: 'line down', only: { location: 'Albina' } }]));
    expect(open.held.phases.map((p) => p.id)).toEqual(['albina', 'switch-off']);
    expect(on(open, 'gate', 'nickerie-active')).toEqual(['2027-04-27']);
    // The go/no-go due the Friday before the pause began was judged then: it keeps its day, not on hold.
    expect(open.held.events.filter((e) => e.phase !== 'albina' && e.phase !== 'switch-off' && e.type !== 'review' && e.type !== 'retrospective')).toEqual([]);
    expect(on(open, 'gate', 'albina-go-no-go')).toEqual(['2027-04-09']);
  });
});

describe('a pause of one phase', () => {
  it('moves the phases that wait for it and not one that may overlap', () => {
    const nickerie = { from: '2027-03-30', until: '2027-04-06', reason: 'fix', only: { phase: 'nickerie' } };
    const waiting = buildSchedule(planWith([nickerie]));
    expect(waiting.phases.map((p) => [p.id, p.start])).toEqual([
      ['pilot', '2027-03-01'],
      ['head-office', '2027-03-15'],
      ['nickerie', '2027-04-06'],
      ['albina', '2027-04-19'],
      ['switch-off', '2027-05-03'],
    ]);
    const overlap: Edit = (plan) => Object.assign((plan.phases as Record<string, unknown>[])[3]!, { overlap: true });
    const free = buildSchedule(planWith([nickerie], overlap));
    expect(free.phases.map((p) => [p.id, p.start])).toEqual([
      ['pilot', '2027-03-01'],
      ['head-office', '2027-03-15'],
      ['nickerie', '2027-04-06'],
      ['albina', '2027-04-12'],
      // The switch-off waits for every phase before it.
      ['switch-off', '2027-05-03'],
    ]);
  });
});

describe('a pause of a part that has ended', () => {
  it('moves what it still has on or after its first day, and no phase after it', () => {
    const none = buildSchedule(planWith([]));
    const office = buildSchedule(planWith([{ from: '2027-04-12', until: '2027-04-14', reason: 'a burst pipe', only: { location: 'Paramaribo' } }]));
    expect(office.pauses[0]).toMatchObject({ phases: ['pilot', 'head-office'] });
    // Head office's success gate falls due on the first day of the pause: two working days later.
    expect([on(none, 'gate', 'head-office-active'), on(office, 'gate', 'head-office-active')]).toEqual([['2027-04-12'], ['2027-04-14']]);
    expect(office.phases).toEqual(none.phases);
    expect(on(office, 'launch', 'launch', 'albina')).toEqual(['2027-04-12']);
    expect(on(office, 'gate', 'nickerie-active')).toEqual(['2027-04-27']);
  });
});

describe('gate-check while a pause of one part runs', () => {
  it('holds that part’s gates and lets the others decide', () => {
    const plan = planWith([{ ...week, only: { location: 'Albina' } }]);
    const phases = timePhases(plan);
    const asOf = parseDay('2027-04-14');
    const windows = gateWindows(plan, phases, asOf);
    expect(windows.map((w) => [w.gate.id, w.heldSince !== undefined, w.heldPart])).toEqual([
      ['head-office-active', false, undefined],
      ['nickerie-active', false, undefined],
      ['albina-go-no-go', false, undefined],
      ['albina-active', true, { location: 'Albina' }],
    ]);
    // Albina and the switch-off that waits for it are all that is left: the rollout is paused.
    const decided = guardedDecision(phases, [], asOf, null, planPauses(plan));
    expect([decided.decision, decided.openPause?.only]).toEqual(['pause', { location: 'Albina' }]);
    const everything = planWith([week]);
    expect(guardedDecision(timePhases(everything), [], asOf, null, planPauses(everything)).decision).toBe('pause');
    // With Nieuw Nickerie in Albina's phase, Nickerie's launch goes on: the others decide.
    const shared = planWith([{ ...week, from: '2027-03-31', until: '2027-04-07', only: { location: 'Albina' } }], phaseMix);
    const during = parseDay('2027-04-01');
    expect(guardedDecision(timePhases(shared), [], during, null, planPauses(shared)).decision).toBe('continue');
  });

  it('pauses the rollout while pauses of one part hold every phase not yet over', () => {
    const pilot = planWith([{ ...week, from: '2027-03-08', until: '2027-03-15', only: { phase: 'pilot' } }]);
    const decided = guardedDecision(timePhases(pilot), [], parseDay('2027-03-09'), null, planPauses(pilot));
    expect([decided.decision, decided.openPause?.only]).toEqual(['pause', { phase: 'pilot' }]);
  });
});

describe('checking pauses of one part', () => {
  const problems = (pauses: unknown[]) => checkPauses(planWith([])).concat(checkPauses({ ...planWith([]), pauses } as never)).map((c) => c.code);

  it('lets pauses of different parts overlap, and no other two', () => {
    const albina = { ...week, only: { location: 'Albina' } };
    // Nieuw Nickerie's phase runs until 9 April: both pauses hold a phase of their own.
    const early = { from: '2027-04-05', until: '2027-04-12' };
    expect(problems([{ ...albina, ...early }, { ...week, ...early, only: { location: 'Nieuw Nickerie' } }])).toEqual([]);
    expect(problems([{ ...albina, ...early }, { ...week, ...early, only: { phase: 'nickerie' } }])).toEqual([]);
    // A phase and a location that hold the same people are one part, however named.
    expect(problems([albina, { ...week, only: { phase: 'albina' } }])).toEqual(['pause-overlap']);
    expect(problems([albina, { ...week, from: '2027-04-14' }])).toEqual(['pause-overlap']);
    expect(problems([albina, { ...week, from: '2027-04-14', only: { location: 'Albina' } }])).toEqual(['pause-overlap']);
    expect(problems([{ ...week, only: {} }])).toEqual(['pause-only']);
    expect(problems([{ ...week, only: { phase: 'albina', location: 'Albina' } }])).toEqual(['pause-only']);
  });

  it('names an unknown location or phase in one line with its position', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    expect(diagnosticLines(text.replace('only: { location: Albina }', 'only: { location: Albna }'), 'unknown-location')).toEqual([
      expect.stringMatching(/^rollout\.yaml:\d+:\d+: error pauses\[0\]\.only\.location: no location named "Albna".*Albina/),
    ]);
    expect(diagnosticLines(text.replace('only: { location: Albina }', 'only: { phase: albna }'), 'unknown-phase')).toEqual([
      expect.stringMatching(/^rollout\.yaml:\d+:\d+: error pauses\[0\]\.only\.phase: no phase with id "albna".*albina/),
    ]);
  });
});

describe('what a pause of one part finds on its first day', () => {
  const none = buildSchedule(planWith([]));

  it('moves what is left of a part that is over by then, and no phase after it', () => {
    // The head office's phase ended on 25 March; its success gate, at Paramaribo, is due on 12 April.
    for (const only of [{ phase: 'head-office' }, { location: 'Paramaribo' }]) {
      const moved = dates(buildSchedule(planWith([{ ...week, from: '2027-04-05', until: '2027-04-12', only }])));
      const changed = [...moved].filter(([id, days]) => String(days) !== String(dates(none).get(id)));
      expect(changed).toEqual([['gate head-office-active head-office Paramaribo', ['2027-04-19']]]);
    }
  });

  it('moves a phase that waits for both of two pauses that overlap once, by the longer reach', () => {
    // Nickerie is down 5-12 April, Albina (not yet started) 7-14 April: the switch-off waits until Albina resumes.
    const both = planWith([
      { ...week, from: '2027-04-05', until: '2027-04-12', only: { location: 'Nieuw Nickerie' } },
      { ...week, from: '2027-04-07', until: '2027-04-14', only: { location: 'Albina' } },
    ]);
    const albinaOnly = planWith([{ ...week, from: '2027-04-07', until: '2027-04-14', only: { location: 'Albina' } }]);
    const switchOff = (plan: ReturnType<typeof planWith>) => formatDay(timePhases(plan).find((p) => p.id === 'switch-off')!.start);
    expect(switchOff(planWith([]))).toBe('2027-04-26');
    expect(switchOff(albinaOnly)).toBe('2027-05-03');
    // From 5 April until 14 April: seven working days, not the ten of both pauses one after the other.
    expect(switchOff(both)).toBe('2027-05-05');
  });
});

describe('a schedule started on another day (schedule --start)', () => {
  it('finds what a pause of one part reaches on the dates of that start, as a plan with that start does', () => {
    const pause = [{ ...week, only: { location: 'Albina' } }];
    // Two weeks earlier, Albina's phase is over when its line goes down: its launch stays, but its
    // people are back on the old tools in the switch-off's week, so the switch-off waits for them.
    const moved = buildSchedule(planWith(pause), { start: parseDay('2027-02-15') });
    const written = buildSchedule(planWith(pause, (plan) => (plan.start = '2027-02-15')));
    expect(moved).toEqual(written);
    // Monday 29 March is Easter Monday.
    expect(on(moved, 'launch', 'launch', 'albina')).toEqual(['2027-03-30']);
    expect(buildSchedule(planWith([], (plan) => (plan.start = '2027-02-15'))).phases.find((p) => p.kind === 'decommission')?.start).toBe('2027-04-12');
    expect(moved.phases.find((p) => p.kind === 'decommission')?.start).toBe('2027-04-19');
  });
});
