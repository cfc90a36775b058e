import { windows1252Note } from '../csv/windows-1252.js';
import type { Plan } from '../plan/resolve.js';
import { loadRoster, type Roster } from './roster.js';
import { rosterMismatches } from './roster-size.js';
import { struckNote } from './roster-struck.js';

/**
 * The plan's roster, and what is worth a line on standard error about it: headcounts it does not
 * bear out, rows read as Windows-1252, rows left out as struck through. `at` is where the plan names the file.
 */
export async function readRoster(plan: Plan, baseDir: string, at?: string): Promise<{ roster: Roster; warnings: string[] }> {
  const roster = await loadRoster(plan, baseDir, at);
  const warnings = rosterMismatches(plan, roster).map((m) => `${m.message}; ${m.hint}`);
  if (roster.windows1252) warnings.push(windows1252Note(roster.file, roster.windows1252));
  const struck = struckNote(plan, roster);
  if (struck) warnings.push(`${struck.message}; ${struck.hint}`);
  return { roster, warnings };
}
