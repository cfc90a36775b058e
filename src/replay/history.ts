import type { GateCheckResult } from '../gates/types.js';
import { launchJson, switchOffJson } from '../reporters/gates/json.js';
import { ID_NAMES } from '../plan/display-names.js';
import { decisionCauses, decisionWhy } from '../reporters/gates/labels.js';
import { exitCodeFor } from '../gates/decision.js';
import type { Language } from '../plan/schema.js';
import { gateWords } from '../reporters/gates/words.js';
import { parseDay, parseDuration, type Day } from '../util/dates.js';

/** The days a replay evaluates: `from`, then every `every`, and always `to` itself. */
export function replayDays(from: string, to: string, every: string): Day[] {
  const [first, last, step] = [parseDay(from), parseDay(to), parseDuration(every)];
  const days: Day[] = [];
  for (let d = first; d <= last; d += step) days.push(d);
  if (days.at(-1) !== last) days.push(last);
  return days;
}

/** The report's history: weekly (or coarser, at most 12 days) from the start, always ending on asOf. */
export function historyDays(start: Day, asOf: Day): Day[] {
  if (asOf < start) return [asOf];
  const step = Math.max(7, Math.ceil((asOf - start) / 11 / 7) * 7);
  const days: Day[] = [];
  for (let d = asOf; d >= start && days.length < 12; d -= step) days.unshift(d);
  return days;
}

const failing = (r: GateCheckResult): string[] => r.gates.filter((g) => g.status === 'fail').map((g) => g.id);

/** One day of the history: what a reader or a script needs, in a fixed key order. */
export function historyEntry(r: GateCheckResult) {
  return {
    asOf: r.asOf,
    decision: r.decision,
    exitCode: exitCodeFor(r.decision),
    currentPhase: r.currentPhase,
    blockedLaunches: r.blockedLaunches.map(launchJson),
    nextLaunch: r.nextLaunch && launchJson(r.nextLaunch),
    ...(r.partsAhead ? { partsAhead: r.partsAhead } : {}),
    decommission: r.decommission && switchOffJson(r.decommission),
    failing: failing(r),
    why: decisionCauses({ ...r, names: ID_NAMES }),
  };
}

/** The decision line's why, as the one-day check says it (a launch that will wait unless things change too); `-` when nothing waits. */
function why(r: GateCheckResult, lang: Language, nothingWaits: string): string {
  const text = decisionWhy(r, lang);
  return text === nothingWaits ? '-' : text;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** jsonl is for scripts and stays English; text and markdown speak `lang`. */
export function renderHistory(format: 'jsonl' | 'text' | 'markdown', results: GateCheckResult[], lang: Language = 'en'): string {
  if (format === 'jsonl') return results.map((r) => JSON.stringify(historyEntry(r))).join('\n') + '\n';
  const w = gateWords(lang);
  const rows = results.map((r) => [r.asOf, w.decision[r.decision], r.currentPhase ?? '-', failing(r).join(', ') || '-', why(r, lang, w.nothingWaits)]);
  const head = [...w.historyColumns];
  if (format === 'markdown') {
    return [`### ${w.historyTitle}`, '', `| ${head.join(' | ')} |`, '| --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i < 4 ? r[i]!.length : 0))));
  const line = (r: string[]) => r.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  return [line(head), ...rows.map(line), ''].join('\n');
}
