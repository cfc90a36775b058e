import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';

// Apart from the measuring (measured.ts): validate reads it too, and must not load the gates with it.

/** Which of the plan's metrics plays each part in a weekly update; absent when the plan has none. */
export interface ProgressMetrics {
  activeUse?: string;
  satisfaction?: string;
  nps?: string;
  tickets?: string;
  training?: string;
}

/**
 * Active use is the decommission condition's metric (the playbook's "80%+ using the new system"),
 * else `active_use_pct`; NPS is what an `nps` gate reads, else `nps`; the tickets trend what a
 * `slope` gate reads, else `support_tickets` or `tickets`; satisfaction is `satisfaction`, and
 * training `training_completion_pct`.
 */
export function progressMetrics(plan: Plan): ProgressMetrics {
  const named = new Set([...plan.metrics.map((m) => m.name), ...plan.gates.map((g) => g.metric)]);
  const byName = (...names: string[]) => names.find((n) => named.has(n));
  const byGate = (kind: Gate['aggregate']) => plan.gates.find((g) => g.aggregate === kind)?.metric;
  const when = plan.phases.find((p) => p.kind === 'decommission' && p.when)?.when?.metric;
  const found: ProgressMetrics = {
    activeUse: when ?? byName('active_use_pct'),
    satisfaction: byName('satisfaction'),
    nps: byGate('nps') ?? byName('nps'),
    tickets: byGate('slope') ?? byName('support_tickets', 'tickets'),
    training: byName('training_completion_pct'),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
}
