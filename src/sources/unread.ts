import type { Check } from '../plan/checks.js';
import type { PlanPath } from '../plan/positions.js';
import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import { progressMetrics } from '../progress/metrics.js';
import type { SourceKind } from '../plan/sources-schema.js';

export interface Computed {
  metric: string;
  kind: SourceKind;
  path: PlanPath;
  atKey?: true;
  /** It comes as a share from 0 to 100 (people active, trained, a numerator over a denominator). */
  share?: true;
  /** The source's line with another metric name, as the plan would write it. */
  written: (metric: string) => string;
}

/** The aggregates a gate uses on what each kind of source computes: answers, events, shares. */
const FITS: Record<SourceKind, ReadonlySet<Gate['aggregate']>> = {
  responses: new Set(['nps', 'mean', 'p50', 'p90', 'min', 'max']),
  events: new Set(['slope', 'sum', 'count', 'mean']),
  activity: new Set(['last', 'mean', 'min', 'max']),
  'sign-ins': new Set(['last', 'mean', 'min', 'max']),
  daily: new Set(['last', 'mean', 'min', 'max']),
  attendance: new Set(['last', 'mean', 'min', 'max']),
};

/**
 * Whether a gate could read what a source computes: an aggregate that fits the kind of source,
 * and a share (0-100) only for a metric in percent, never for a score such as satisfaction (1-10).
 */
export function couldFeed(plan: Plan, computed: Computed, gate: Gate): boolean {
  if (!FITS[computed.kind].has(gate.aggregate)) return false;
  const unit = plan.metrics.find((m) => m.name === gate.metric)?.unit;
  return !computed.share || unit === undefined || unit === 'percent';
}

/**
 * A metric a source computes that no gate or switch-off condition reads decides nothing, which is
 * nearly always a name that differs from the gate's (`recommend` for the default gate's `nps`):
 * said where the source names it, with the gates that get no data. One that only a weekly update
 * reads (a helpdesk export's tickets) is said too: its missing file is a note, not a stop.
 */
export function checkUnreadMetrics(plan: Plan): Check[] {
  const computed = computedMetrics(plan);
  const deciding = decidingMetrics(plan);
  const read = readMetrics(plan);
  const given = new Set(computed.map((c) => c.metric));
  const starved = plan.gates.filter((g) => !given.has(g.metric));
  return computed
    .filter((c) => !deciding.has(c.metric))
    .map((c) => {
      const candidates = starved.filter((g) => couldFeed(plan, c, g));
      const names = [...new Set(candidates.map((g) => g.metric))];
      const gatesOf = (m: string) => candidates.filter((g) => g.metric === m).map((g) => `gate ${g.id}`).join(', ');
      const rename =
        names.length > 0
          ? `if ${names.length === 1 ? 'it is meant for' : 'it is meant for one of'} what ${names.map(gatesOf).join(' or ')} ${names.length === 1 && candidates.length === 1 ? 'reads' : 'read'} (no source gives ${names.join(' or ')} now), write ${names.map((m) => c.written(m)).join(' or ')}; else add a gate with metric: ${c.metric}`
          : `add a gate with metric: ${c.metric}, or leave it out`;
      const message = read.has(c.metric)
        ? `no gate reads the metric "${c.metric}": only the weekly updates give it, so what this source computes decides nothing, and its missing file is a note, not a stop`
        : `no gate reads the metric "${c.metric}", so what this source computes decides nothing`;
      const hint = read.has(c.metric) && names.length === 0 ? `add a gate with metric: ${c.metric} for it to decide, or leave it for the updates` : rename;
      return { severity: 'warning', code: 'unread-metric', path: c.path, ...(c.atKey ? { atKey: true } : {}), message, hint };
    });
}

/** The metrics a gate or the switch-off condition reads: those a decision waits for. */
export function decidingMetrics(plan: Plan): Set<string> {
  return new Set([...plan.gates.map((g) => g.metric), ...plan.phases.flatMap((p) => (p.when ? [p.when.metric] : []))]);
}

/** The metrics a gate, the switch-off condition or a weekly update reads. */
export function readMetrics(plan: Plan): Set<string> {
  // The updates give a source's training share only in the scopes of a gate on it, which reads it already.
  const { activeUse, satisfaction, nps, tickets } = progressMetrics(plan);
  const updates = [activeUse, satisfaction, nps, tickets].filter((m) => m !== undefined);
  return new Set([...decidingMetrics(plan), ...updates]);
}

/** Every metric the plan's sources compute, with where each is named. */
export function computedMetrics(plan: Plan): Computed[] {
  return plan.sources.flatMap((source, i): Computed[] =>
    source.kind === 'activity' || source.kind === 'sign-ins' || source.kind === 'events' || source.kind === 'attendance'
      ? [{ metric: source.metric, kind: source.kind, path: ['sources', i, 'metric'], ...(source.kind === 'events' ? {} : { share: true as const }), written: (m) => `metric: ${m}` }]
      : Object.entries(source.metrics).map(([metric, column]) => ({
          metric,
          kind: source.kind,
          path: ['sources', i, 'metrics', metric],
          atKey: true,
          ...(typeof column === 'string' ? {} : { share: true as const }),
          written: (m: string) => `${m}: ${typeof column === 'string' ? JSON.stringify(column) : `{ numerator: ${JSON.stringify(column.numerator)}, denominator: ${JSON.stringify(column.denominator)} }`}`,
        })),
  );
}
