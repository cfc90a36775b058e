import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gateDueDay, guardedPhase } from '../../src/guards/guarded.js';
import type { Plan } from '../../src/plan/resolve.js';
import { planCalendar, timePhases } from '../../src/schedule/phases.js';
import { example, load, minimalPlan, sameDayLaunches, validPlan } from '../helpers.js';

/** What a minimal plan is warned of besides its gates: unanswered discovery questions, a signer without an address. */
const ELSEWHERE = new Set(['discovery', 'sender-without-email']);

/** Each launch after the first, with the gates guarding it that fall due before it starts. */
function guardsOf(plan: Plan): { launch: string; gates: string[] }[] {
  const phases = timePhases(plan);
  const calendar = planCalendar(plan);
  const launches = phases.filter((p) => p.kind === 'launch').slice(1);
  return launches.map((launch) => {
    const before = phases.filter((p) => p.index < launch.index && p.kind === 'launch').at(-1)!;
    const gates = plan.gates.filter((g) => g.guards === 'next' && g.phase === before.id && gateDueDay(g, phases, calendar) < launch.start);
    return { launch: launch.id, gates: gates.map((g) => g.id) };
  });
}

const presets: [string, number][] = [['solo', 1], ['small', 6], ['growing', 20], ['custom', 40]];
const examples = ['adoption.yaml', 'enterprise.yaml', 'growing-team.yaml', 'small-team.yaml', 'solo.yaml'];

describe('gates that guard', () => {
  it.each(presets)('preset %s guards every launch after the first with a gate due before it, and the switch-off by readiness', (preset, headcount) => {
    const plan = validPlan(minimalPlan({ preset, organization: { name: 'Acme', headcount } }));
    const guards = guardsOf(plan);
    expect(guards.every((g) => g.gates.length === 1)).toBe(true);
    const off = plan.phases.find((p) => p.kind === 'decommission');
    if (preset === 'solo') expect([guards, off]).toEqual([[], undefined]);
    else expect(off?.when).toEqual({ metric: 'active_use_pct', op: '>=', threshold: 80 });
    const codes = load(minimalPlan({ preset, organization: { name: 'Acme', headcount } })).diagnostics.map((d) => d.code);
    expect(codes.filter((c) => !ELSEWHERE.has(c))).toEqual([]);
  });

  it.each(examples)('example %s guards every launch after the first and validates clean', (name) => {
    const text = readFileSync(example(name), 'utf8');
    const loaded = load(text, name);
    expect(loaded.diagnostics.filter((d) => d.severity !== 'hint')).toEqual([]);
    expect(guardsOf(loaded.plan!).every((g) => g.gates.length >= 1)).toBe(true);
  });

  it('keeps the preset dates: go/no-go the working day before the next launch, success 4 weeks after the start', () => {
    const plan = validPlan(minimalPlan({ preset: 'growing', organization: { name: 'Acme', headcount: 20 }, start: '2027-03-01' }));
    const phases = timePhases(plan);
    const due = (id: string) => new Date(gateDueDay(plan.gates.find((g) => g.id === id)!, phases, planCalendar(plan)) * 86_400_000).toISOString().slice(0, 10);
    expect([due('pilot-go-no-go'), due('pilot-success'), due('department-2-go-no-go')]).toEqual(['2027-03-12', '2027-03-29', '2027-04-09']);
    expect(phases.map((p) => p.start)).toEqual(phases.map((p) => p.plannedStart));
  });

  const twoPhases = (gate: Record<string, unknown>) =>
    minimalPlan({
      phases: [
        { id: 'pilot', name: 'Pilot', audience: '10%', weeks: 2 },
        { id: 'everyone', name: 'Everyone', audience: 'rest', weeks: 2 },
      ],
      gates: [{ id: 'g', phase: 'pilot', metric: 'active_use_pct', threshold: 60, ...gate }],
    });

  const findings = (plan: Record<string, unknown>) => load(plan).diagnostics.filter((d) => !ELSEWHERE.has(d.code));

  it('warns when a gate falls due on or after what it guards, at the gate', () => {
    const d = findings(twoPhases({ guards: 'next', within: '4w' }));
    expect(d).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'gate-after-guarded',
        path: 'gates[0].within',
        line: expect.any(Number),
        message: 'gate "g" is due 2027-02-01, not before the launch of "everyone" on 2027-01-18, which it guards',
      }),
    ]);
  });

  it('says nothing of a gate that a rollback of its own phase withdrew: it never falls due, so it is late for nothing', () => {
    const dueAfter = twoPhases({ guards: 'next', within: '2w' });
    const late = (plan: Record<string, unknown>) => findings(plan).filter((d) => d.code === 'gate-after-guarded').map((d) => d.path);
    expect(late(dueAfter)).toEqual(['gates[0].within']);
    const rolledBack = { ...dueAfter, rollback: { on: '2027-01-11', reason: { nl: 'x', en: 'x' }, only: { phase: 'pilot' } } };
    expect([late(rolledBack), findings(rolledBack).filter((d) => d.severity === 'error')]).toEqual([[], []]);
  });

  it('warns about a gate guarding a launch that never comes, and refuses day-before without guards', () => {
    expect(findings(twoPhases({ phase: 'everyone', guards: 'next' })).map((d) => [d.severity, d.message])).toEqual([
      // Written on the wrong phase, it leaves the one launch the playbook guarded without a gate (said at gates:, before the gate's line).
      ['warning', expect.stringMatching(/^no gate guards the launch of "everyone", so it starts whatever the use before it/)],
      ['warning', 'gate "g" guards next, but no launch follows phase "everyone"'],
    ]);
    expect(findings(twoPhases({ due: 'day-before' })).map((d) => [d.severity, d.path])).toEqual([['error', 'gates[0].due'], ['warning', 'gates']]);
  });

  it('warns about a report-only gate whose failure asks for a rollback, at the key that asks for it', () => {
    const warned = (gate: Record<string, unknown>) => findings(twoPhases(gate)).filter((d) => d.code === 'report-only-rollback').map((d) => [d.path, d.message]);
    expect(warned({ severity: 'critical' })).toEqual([
      ['gates[0].severity', 'gate "g" fails with severity critical, which asks for a rollback, but guards nothing, so it only reports and never rolls back'],
    ]);
    expect(warned({ onInconclusive: 'rollback' })).toEqual([['gates[0].onInconclusive', 'gate "g" with too few rows asks for a rollback, but guards nothing, so it only reports and never rolls back']]);
    expect([warned({ severity: 'critical', guards: 'next', due: 'day-before' }), warned({ severity: 'major' })]).toEqual([[], []]);
    expect(findings({ ...twoPhases({ severity: 'critical' }), contingency: { critical: 'pause' } }).filter((d) => d.code === 'report-only-rollback')).toEqual([]);
  });

  it('lets two launches of one day wait for the pilot, and both guard the launch after them', () => {
    const plan = validPlan(sameDayLaunches());
    const phases = timePhases(plan);
    const calendar = planCalendar(plan);
    const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    const goNoGo = plan.gates.filter((g) => g.guards === 'next');
    expect(goNoGo.map((g) => [g.id, guardedPhase(g, phases)?.id, day(gateDueDay(g, phases, calendar))])).toEqual([
      ['pilot-go-no-go', 'office', '2027-03-12'],
      ['office-go-no-go', 'site', '2027-03-26'],
      ['branch-go-no-go', 'site', '2027-03-26'],
    ]);
    expect(findings(sameDayLaunches())).toEqual([]);
  });

  it('gives no go/no-go to launches that nothing starts after', () => {
    const plan = validPlan(sameDayLaunches({ startWeek: 3, overlap: true }));
    expect(plan.gates.filter((g) => g.guards === 'next').map((g) => g.id)).toEqual(['pilot-go-no-go']);
    expect(findings(sameDayLaunches({ startWeek: 3, overlap: true })).filter((d) => d.code === 'guards')).toEqual([]);
  });
});
