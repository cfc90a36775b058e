import { reachChecks, type Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import { withRosterPlaces } from '../plan/resolve.js';
import { formatPath, type PlanPath, type SourceMap } from '../plan/positions.js';
import { RolloutError, type Diagnostic, type Severity } from '../util/errors.js';
import { loadRoster, type Roster } from './roster.js';
import { rosterPlaces } from './roster-places.js';
import { rosterReachMismatches } from './roster-reach.js';
import { rosterMismatches } from './roster-size.js';
import { struckNote } from './roster-struck.js';

/**
 * For `validate`: the roster's disagreements with the plan as warnings at the plan's headcounts,
 * its rows left out as struck through at its file,
 * or one warning when the roster cannot be read (gate-check, report and metrics stop on it).
 * When its phase column places the people of share and `rest` phases, the reach of those phases
 * as the roster has it (`stale`: the plan's own findings on it, which no longer hold).
 */
export async function rosterDiagnostics(plan: Plan, source: SourceMap | undefined, planFile: string, baseDir: string): Promise<{ diagnostics: Diagnostic[]; stale: (d: Diagnostic) => boolean }> {
  const none = () => false;
  if (!plan.people) return { diagnostics: [], stale: none };
  const at = (key: PlanPath, code: string, message: string, hint: string | undefined, severity: Severity = 'warning'): Diagnostic => {
    const position = source?.position(key);
    return { severity, code, file: planFile, path: formatPath(key), message, ...(hint ? { hint } : {}), ...(position ? { line: position.line, column: position.column } : {}) };
  };
  let roster: Roster;
  try {
    roster = await loadRoster(plan, baseDir);
  } catch (error) {
    if (!(error instanceof RolloutError)) throw error;
    return { diagnostics: [at(['people', 'file'], 'roster-unreadable', `the roster cannot be read: ${error.message}`, 'gate-check, report and metrics stop here until it is fixed')], stale: none };
  }
  const struck = struckNote(plan, roster);
  const placed = withRosterPlaces(plan, rosterPlaces(plan, roster));
  const reach = placed === plan ? { fresh: [], stale: none } : changedReach(plan, placed);
  return {
    diagnostics: [
      ...(struck ? [at(['people', 'file'], 'roster-struck', struck.message, struck.hint)] : []),
      ...rosterMismatches(plan, roster).map((m) => at(m.path, 'roster-size', m.message, m.hint)),
      ...reach.fresh.map((c) => at(c.path, c.code, c.message, c.hint, c.severity)),
      ...rosterReachMismatches(placed, roster).map((m) => at(m.path, 'roster-reach', m.message, m.hint)),
    ],
    stale: reach.stale,
  };
}

/** The phases' reach once the roster placed their people: the findings that are new, and a test for the plan's that are gone. */
function changedReach(plan: Plan, placed: Plan): { fresh: Check[]; stale: (d: Diagnostic) => boolean } {
  const key = (c: Pick<Check, 'code' | 'message'>) => `${c.code}\n${c.message}`;
  const before = new Set(reachChecks(plan).map(key));
  const after = reachChecks(placed);
  const kept = new Set(after.map(key));
  return { fresh: after.filter((c) => !before.has(key(c))), stale: (d) => before.has(key(d)) && !kept.has(key(d)) };
}
