import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkGates } from '../../src/gates/check.js';
import type { Plan } from '../../src/plan/resolve.js';
import { parseDay } from '../../src/util/dates.js';
import { minimalPlan, tempDir, validPlan } from '../helpers.js';

/** Pilot 2027-01-04..01-15, everyone 01-18..01-29, decommission from 02-08 once active use reaches 80. */
export function gatePlan(gates: Record<string, unknown>[], extra: Record<string, unknown> = {}): Plan {
  return validPlan(
    minimalPlan({
      phases: [
        { id: 'pilot', name: 'Pilot', audience: '10%', weeks: 2 },
        { id: 'everyone', name: 'Everyone', audience: 'rest', weeks: 2 },
        { id: 'decommission', name: 'Old system off', kind: 'decommission', startWeek: 6, when: { metric: 'active_use_pct', op: '>=', threshold: 80 } },
      ],
      gates,
      ...extra,
    }),
  );
}

export function writeCsv(text: string, dir = tempDir(), name = 'metrics.csv'): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

export async function check(plan: Plan, csv: string | string[], at: string) {
  const files = (Array.isArray(csv) ? csv : [csv]).map((text, i) => writeCsv(text, tempDir(), `m${i}.csv`));
  return (await checkGates({ plan, files, asOf: parseDay(at), lenient: false })).result;
}
