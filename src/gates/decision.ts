import type { Plan } from '../plan/resolve.js';
import type { Decision, Gate } from '../plan/schema.js';
import { EXIT, type ExitCode } from '../util/errors.js';
import type { GateStatus } from './types.js';

const RANK: Record<Decision, number> = { continue: 0, pause: 1, rollback: 2 };

/** What one gate asks for: its severity's contingency when failing, onInconclusive when inconclusive. */
export function gateEffect(gate: Gate, status: GateStatus, contingency: Plan['contingency']): Decision {
  if (status === 'fail') return contingency[gate.severity];
  if (status === 'inconclusive') return gate.onInconclusive;
  return 'continue';
}

/** The worst of the gates' effects wins: rollback over pause over continue. */
export function decide(effects: Decision[]): Decision {
  return effects.reduce<Decision>((worst, d) => (RANK[d] > RANK[worst] ? d : worst), 'continue');
}

export function exitCodeFor(decision: Decision): ExitCode {
  return { continue: EXIT.ok, pause: EXIT.failed, rollback: EXIT.rollback }[decision];
}
