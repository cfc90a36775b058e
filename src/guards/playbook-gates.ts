import type { Check } from '../plan/checks.js';
import { playbookGates, type Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import type { TimedPhase } from '../schedule/phases.js';
import { guardedPhase } from './guarded.js';

/** The keys of a gate as the plan writes them, in that order, and the values it need not write. */
const KEYS = ['id', 'phase', 'metric', 'aggregate', 'op', 'threshold', 'within', 'due', 'guards', 'severity', 'scope', 'onInconclusive'] as const;
const DEFAULTS: Partial<Record<(typeof KEYS)[number], unknown>> = { aggregate: 'last', op: '>=', within: '4w', guards: 'none', severity: 'major', onInconclusive: 'pause' };

/** A gate as one line of YAML to paste under `gates:`, without the keys whose value is the default. */
function gateLine(gate: Gate): string {
  const value = (v: unknown) => (typeof v === 'string' && !/^[\w.-]+$/.test(v) ? JSON.stringify(v) : String(v));
  const keys = KEYS.filter((k) => gate[k] !== undefined && gate[k] !== DEFAULTS[k] && !(k === 'within' && gate.due));
  return `{ ${keys.map((k) => `${k}: ${value(gate[k])}`).join(', ')} }`;
}

/**
 * A plan's own `gates:` replace the playbook's whole: written for one more check (a training
 * gate), they also drop the go/no-go that held each launch. Said when no gate of the plan guards
 * a launch while the playbook's would have, with the playbook's gates the plan lacks written out
 * to paste; a plan with a go/no-go of its own, or that lists no gate, chose its gates.
 */
export function checkPlaybookGates(plan: Plan, timed: TimedPhase[]): Check[] {
  // `gates: []` says there are to be none.
  if (plan.defaultGates || plan.gates.length === 0) return [];
  if (plan.gates.some((g) => g.guards === 'next' && guardedPhase(g, timed))) return [];
  const playbook = playbookGates(plan.phases, plan);
  const launches = playbook.flatMap((g) => (g.guards === 'next' ? (guardedPhase(g, timed)?.id ?? []) : []));
  if (launches.length === 0) return [];
  // Each go/no-go is lacking; any other gate is kept by one of the plan's on its metric and phase.
  const lacking = playbook.filter((gate) => gate.guards === 'next' || !plan.gates.some((g) => g.id === gate.id || (g.metric === gate.metric && g.phase === gate.phase)));
  const names = launches.map((id) => `"${id}"`);
  return [
    {
      severity: 'warning',
      code: 'unguarded-launch',
      path: ['gates'],
      atKey: true,
      message: `no gate guards the launch of ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`}, so ${names.length === 1 ? 'it starts' : 'each starts'} whatever the use before it: a plan's own gates: replace all ${playbook.length} of the playbook's, whose go/no-go guarded ${names.length === 1 ? 'it' : 'them'}`,
      hint: `to keep the playbook's gates, add ${lacking.length === 1 ? 'it' : `these ${lacking.length}`} under gates: beside yours, each a - item: ${lacking.map(gateLine).join(', ')}`,
    },
  ];
}
