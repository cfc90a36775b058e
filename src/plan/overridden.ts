import type { Check } from './checks.js';

/**
 * Keys a plan writes that another key beside them overrides: the plan then says more than it
 * means, so each is a warning at the key that does nothing.
 */
export function checkOverridden(input: unknown): Check[] {
  const gates = (input as { gates?: unknown } | null)?.gates;
  if (!Array.isArray(gates)) return [];
  return gates.flatMap((gate: unknown, i): Check[] => {
    if (gate === null || typeof gate !== 'object' || !('within' in gate) || !('due' in gate)) return [];
    return [{ severity: 'warning', code: 'within-overridden', path: ['gates', i, 'within'], atKey: true, message: `within does nothing here: the gate is due ${String(gate.due)}`, hint: 'remove within, or remove due to date the gate by within' }];
  });
}
