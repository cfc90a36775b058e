import type { Operator } from '../plan/schema.js';

/** Observed values are rounded to this many decimals, so that what is shown is what was compared. */
export const COMPARED_DECIMALS = 4;

export function roundObserved(value: number): number {
  const factor = 10 ** COMPARED_DECIMALS;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

export function compare(observed: number, op: Operator, threshold: number): boolean {
  switch (op) {
    case '>=':
      return observed >= threshold;
    case '>':
      return observed > threshold;
    case '<=':
      return observed <= threshold;
    case '<':
      return observed < threshold;
    case '==':
      return observed === threshold;
    case '!=':
      return observed !== threshold;
  }
}
