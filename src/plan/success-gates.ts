import type { Gate, Metric, ParsedPlan, Phase } from './schema.js';

import { TINY_TEAM } from './fit.js';
import { satisfactionGoal } from './satisfaction-scale.js';

/**
 * The playbook's satisfaction metrics as gates, due four weeks after the first launch like its
 * adoption goal: satisfaction 7+/10 (the same place on the scale a plan gives `satisfaction`:
 * 3.7 on 1 to 5), NPS above 0, support tickets not rising. They are the
 * company's goals, so they read everyone's answers in that window, not only the first phase's
 * (as the weekly updates do). Missing answers
 * keep the rollout going (the gate reports inconclusive); a failing score pauses it, rising
 * tickets are reported. A team of three or fewer gets none: one answer is no survey.
 */
export function successGates(phases: readonly Phase[], plan: Pick<ParsedPlan, 'organization' | 'metrics'>): Gate[] {
  const first = phases.find((p) => p.kind === 'launch');
  if (!first || plan.organization.headcount <= TINY_TEAM) return [];
  const gate = (fields: Pick<Gate, 'id' | 'metric' | 'aggregate' | 'op' | 'threshold' | 'severity'>): Gate => ({
    phase: first.id,
    within: '4w',
    guards: 'none',
    scope: 'organization',
    onInconclusive: 'continue',
    ...fields,
  });
  return [
    gate({ id: 'satisfaction', metric: 'satisfaction', aggregate: 'mean', op: '>=', threshold: satisfactionGoal(plan.metrics), severity: 'major' }),
    gate({ id: 'nps', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0, severity: 'major' }),
    gate({ id: 'support-tickets-trend', metric: 'support_tickets', aggregate: 'slope', op: '<=', threshold: 0, severity: 'minor' }),
  ];
}

/** A gate on survey answers: an NPS, or a metric measured as a score. */
export function isSurveyGate(plan: { metrics: readonly Metric[] }, gate: Pick<Gate, 'aggregate' | 'metric'>): boolean {
  return gate.aggregate === 'nps' || plan.metrics.find((m) => m.name === gate.metric)?.unit === 'score';
}
