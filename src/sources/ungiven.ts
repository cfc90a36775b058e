import type { Check } from '../plan/checks.js';
import type { PlanPath } from '../plan/positions.js';
import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import type { UngivenSource } from '../gates/reasons.js';
import { isSurveyGate } from '../plan/success-gates.js';
import { computedMetrics, couldFeed, readMetrics } from './unread.js';
import { sourceAdvice, TRAINING } from './source-advice.js';

/**
 * A gate whose metric no source computes stays undecided at every check, which a plan that takes
 * its data from `sources:` rarely means (the default ticket trend in a plan with no helpdesk
 * export). A plan that sets `metricsImport` expects a `--metrics` file, which may give it: quiet.
 * A metric that an unread source metric could be renamed to is left to `unread-metric`, which
 * names this gate already.
 */
export function checkUngivenMetrics(plan: Plan): Check[] {
  if (plan.sources.length === 0 || setsMetricsImport(plan)) return [];
  const computed = computedMetrics(plan);
  const given = new Set(computed.map((c) => c.metric));
  const read = readMetrics(plan);
  const renamable = computed.filter((c) => !read.has(c.metric));
  const out: Check[] = [];
  plan.gates.forEach((gate, i) => {
    if (given.has(gate.metric) || renamable.some((c) => couldFeed(plan, c, gate))) return;
    const path: PlanPath = plan.defaultGates ? defaultGateAt(plan, gate) : ['gates', i, 'metric'];
    const drop = plan.defaultGates ? `or list the gates you want under gates: without ${gate.id} (it is one of the playbook's defaults)` : 'or remove the gate';
    out.push({
      severity: 'warning',
      code: 'ungiven-metric',
      path,
      ...(plan.defaultGates && plan.presetPhases ? { atKey: true } : {}),
      message: `gate ${gate.id} reads the metric "${gate.metric}", which no source gives, so it stays undecided at every check`,
      hint: `add a source with ${sourceAdvice(ungivenSourceKind(plan, gate), gate.metric, 'en')}, ${drop}; a --metrics file with ${gate.metric} rows feeds it too`,
    });
  });
  plan.phases.forEach((phase, i) => {
    const metric = phase.when?.metric;
    if (metric === undefined || given.has(metric)) return;
    out.push({
      severity: 'warning',
      code: 'ungiven-metric',
      path: plan.presetPhases ? ['preset'] : ['phases', i, 'when', 'metric'],
      ...(plan.presetPhases ? { atKey: true } : {}),
      message: `the switch-off (phase ${phase.id}) waits for the metric "${metric}", which no source gives, so the old system stays on`,
      hint: `add a source with metric: ${metric} (kind: activity, or a share from kind: daily), or change when.metric to a metric a source gives; a --metrics file with ${metric} rows feeds it too`,
    });
  });
  return out;
}

/** Any key of `metricsImport` written in the plan: its defaults are filled in either way. */
export function setsMetricsImport(plan: Plan): boolean {
  const { columns, dateFormat, thousands } = plan.raw.metricsImport;
  return Object.keys(columns).length > 0 || dateFormat !== 'auto' || thousands !== undefined;
}

/** A default gate has no line of its own: it is said at the preset, else at the phase it judges. */
export function defaultGateAt(plan: Plan, gate: Gate): PlanPath {
  if (plan.presetPhases) return ['preset'];
  return ['phases', plan.phases.findIndex((p) => p.id === gate.phase)];
}

/** The kind of export that gives what the gate reads: a survey's answers, events to count, training attendance, or shares of people. */
export function ungivenSourceKind(plan: Plan, gate: Gate): UngivenSource {
  if (isSurveyGate(plan, gate)) return 'responses';
  if (gate.metric === TRAINING) return 'attendance';
  return ['slope', 'sum', 'count'].includes(gate.aggregate) ? 'events' : 'activity';
}

