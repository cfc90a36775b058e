import type { Plan } from '../plan/resolve.js';
import { timePhases } from '../schedule/phases.js';
import type { Day } from '../util/dates.js';
import { RolloutError, type Diagnostic } from '../util/errors.js';
import { readSources } from './read.js';
import { riskMessage, SHARE_FIX, sharesAtRisk, shortMessage, staysShort, type ShareAtRisk } from './whole-organization.js';

/** The name the denominator is read under: no metric of a plan, so read as the number it is. */
const COUNTED = 'counted';

/**
 * For `validate`: each `whole-organization-share` hint of a share written as numerator and
 * denominator, judged by the export's own denominator on the last day on or before the gate's
 * due day. A count that leaves the gate short turns it into a warning with that count; one that
 * lets it pass (accounts enabled at each launch) drops it. Without such a day (no export yet, one
 * that cannot be read, or rows only after the due day) the hint stays as it is.
 */
export async function judgeSharesByExport(plan: Plan, diagnostics: Diagnostic[], baseDir: string): Promise<void> {
  const headcount = plan.organization.headcount;
  // Read once per source and column: two shares of one export can count over different columns.
  const counts = new Map<string, Map<Day, number> | undefined>();
  for (const risk of sharesAtRisk(plan, timePhases(plan))) {
    if (risk.denominator === undefined) continue;
    const at = diagnostics.findIndex((d) => d.code === 'whole-organization-share' && d.message === riskMessage(risk, headcount));
    if (at < 0) continue;
    const key = JSON.stringify([risk.index, risk.denominator]);
    if (!counts.has(key)) counts.set(key, await denominators(plan, risk, baseDir));
    const counted = lastOnOrBefore(counts.get(key), risk.due);
    if (counted === undefined) continue;
    if (!staysShort(risk.gate, risk.started, counted.value)) diagnostics.splice(at, 1);
    else Object.assign(diagnostics[at]!, { severity: 'warning', message: shortMessage(risk, headcount, counted), hint: SHARE_FIX(risk.metric) });
  }
}

/** The denominator of the risk's source per day, as its rows give it; undefined when its exports cannot be read. */
async function denominators(plan: Plan, risk: ShareAtRisk, baseDir: string): Promise<Map<Day, number> | undefined> {
  const source = plan.sources[risk.index]!;
  if (source.kind !== 'daily') return undefined;
  const one: Plan = { ...plan, people: undefined, sources: [{ ...source, metrics: { [COUNTED]: risk.denominator! } }] };
  const byDay = new Map<Day, number>();
  try {
    await readSources({ plan: one, baseDir, lenient: true, metrics: new Map(), answers: new Set(), scopes: () => [] }, (p) => byDay.set(p.day, p.value));
  } catch (error) {
    if (error instanceof RolloutError) return undefined;
    throw error;
  }
  return byDay;
}

function lastOnOrBefore(byDay: Map<Day, number> | undefined, due: Day): { day: Day; value: number } | undefined {
  let last: { day: Day; value: number } | undefined;
  for (const [day, value] of byDay ?? []) if (day <= due && (!last || day > last.day)) last = { day, value };
  return last;
}
