import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diagnosticLines, minimalPlan, validPlan } from '../helpers.js';

/** A pilot, an office and a branch, one after the other: the playbook guards the office's and the branch's launch. */
const threeLaunches = (gates?: unknown[]) =>
  minimalPlan({
    phases: [
      { id: 'pilot', name: 'Pilot', audience: '10%', weeks: 2 },
      { id: 'office', name: 'Office', audience: '50%', weeks: 2 },
      { id: 'branch', name: 'Branch', audience: 'rest', weeks: 2 },
    ],
    ...(gates ? { gates } : {}),
  });

const trained = { id: 'branch-trained', phase: 'branch', metric: 'training_completion_pct', threshold: 50, within: '1w', severity: 'minor' };
const unguarded = (plan: Record<string, unknown>) => diagnosticLines(plan, 'unguarded-launch');

/** The gates the warning's hint says to add, read as the YAML items they are written as. */
const pasted = (line: string): unknown[] => parse(`[${line.slice(line.indexOf('each a - item: ') + 'each a - item: '.length, -1)}]`) as unknown[];

describe('rollout validate: a plan whose own gates drop the playbook go/no-go', () => {
  it('warns at gates: that no gate guards the launches the playbook guarded, and writes out its gates to keep them', () => {
    const lines = unguarded(threeLaunches([trained]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^rollout\.yaml:\d+:1: warning gates: no gate guards the launch of "office" or "branch", so each starts whatever the use before it: a plan's own gates: replace all 8 of the playbook's, whose go\/no-go guarded them \(to keep the playbook's gates, add these 8 under gates: beside yours, each a - item: \{ id: pilot-go-no-go, phase: pilot, metric: active_use_pct, threshold: 60, due: day-before, guards: next \}, /,
    );
    // Pasted beside the plan's own gate, they are the playbook's gates as a plan without gates: has them, and the warning goes.
    const kept = [trained, ...pasted(lines[0]!)];
    expect(validPlan(threeLaunches(kept)).gates.slice(1)).toEqual(validPlan(threeLaunches()).gates);
    expect(unguarded(threeLaunches(kept))).toEqual([]);
  });

  it('of the rest, names only the playbook gates no gate of the plan stands for (one on their metric and phase)', () => {
    const satisfaction = { id: 'happy', phase: 'pilot', metric: 'satisfaction', aggregate: 'mean', threshold: 8 };
    const pilotActive = { id: 'pilot-active', phase: 'pilot', metric: 'active_use_pct', threshold: 70, within: '2w' };
    const [line] = unguarded(threeLaunches([pilotActive, satisfaction]));
    expect(line).toMatch(/warning gates: no gate guards the launch of "office" or "branch", .*add these 6 under gates:/);
    expect(pasted(line!).map((g) => (g as { id: string }).id)).toEqual(['pilot-go-no-go', 'office-go-no-go', 'office-success', 'branch-success', 'nps', 'support-tickets-trend']);
  });

  it('is quiet for the playbook gates, for own gates with a go/no-go of their own (one is a choice), and for gates: []', () => {
    expect(unguarded(threeLaunches())).toEqual([]);
    const go = (phase: string) => ({ id: `${phase}-go`, phase, metric: 'active_use_pct', threshold: 50, due: 'day-before', guards: 'next' });
    expect(unguarded(threeLaunches([go('pilot'), go('office')]))).toEqual([]);
    expect(unguarded(threeLaunches([go('office'), trained]))).toEqual([]);
    // A go/no-go on the last launch guards nothing.
    expect(unguarded(threeLaunches([go('branch')]))).toHaveLength(1);
    expect(unguarded(threeLaunches([]))).toEqual([]);
  });
});
