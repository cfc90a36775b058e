import type { Plan } from '../plan/resolve.js';
import { formatPath, type PlanPath, type SourceMap } from '../plan/positions.js';
import { RolloutError, type Diagnostic } from '../util/errors.js';
import { loadRoster, type Roster } from './roster.js';
import { rosterReachMismatches } from './roster-reach.js';
import { rosterMismatches } from './roster-size.js';
import { struckNote } from './roster-struck.js';

/**
 * For `validate`: the roster's disagreements with the plan as warnings at the plan's headcounts,
 * its rows left out as struck through at its file,
 * or one warning when the roster cannot be read (gate-check, report and metrics stop on it).
 */
export async function rosterDiagnostics(plan: Plan, source: SourceMap | undefined, planFile: string, baseDir: string): Promise<Diagnostic[]> {
  if (!plan.people) return [];
  const at = (key: PlanPath, code: string, message: string, hint: string): Diagnostic => {
    const position = source?.position(key);
    return { severity: 'warning', code, file: planFile, path: formatPath(key), message, hint, ...(position ? { line: position.line, column: position.column } : {}) };
  };
  let roster: Roster;
  try {
    roster = await loadRoster(plan, baseDir);
  } catch (error) {
    if (!(error instanceof RolloutError)) throw error;
    return [at(['people', 'file'], 'roster-unreadable', `the roster cannot be read: ${error.message}`, 'gate-check, report and metrics stop here until it is fixed')];
  }
  const struck = struckNote(plan, roster);
  return [
    ...(struck ? [at(['people', 'file'], 'roster-struck', struck.message, struck.hint)] : []),
    ...rosterMismatches(plan, roster).map((m) => at(m.path, 'roster-size', m.message, m.hint)),
    ...rosterReachMismatches(plan, roster).map((m) => at(m.path, 'roster-reach', m.message, m.hint)),
  ];
}
