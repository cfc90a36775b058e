import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { GateCheckResult } from '../../gates/types.js';
import { shownStatus, type ShownStatus } from '../../gates/shown-status.js';
import { terminalText } from '../../escape/terminal.js';
import type { Language } from '../../plan/schema.js';
import { rolledBackPartLines, rollbackLines, decisionLine, decommissionLine, gateCells, gateReason, headline, recordPauseLine, reportOnlyLine, causeGoneLine, closedGuardLines, unguardedFailureLine } from './labels.js';
import type { PlanReaders } from '../../gates/in-language.js';
import { gateWords } from './words.js';

/** `planFile`: the plan the check read, for the commands it suggests; `readers`: its languages, for the reasons it suggests (see recordPauseLine). */
export function renderText(result: GateCheckResult, c: ChalkInstance, lang: Language = 'en', planFile?: string, readers?: PlanReaders): string {
  const w = gateWords(lang);
  const paint: Record<ShownStatus, (s: string) => string> = { pass: c.green, fail: c.red, inconclusive: c.yellow, pending: c.dim, withdrawn: c.dim };
  const shown = (g: GateCheckResult['gates'][number]) => paint[shownStatus(g)](w.status[shownStatus(g)]);
  // cli-table3 colours on its own; our chalk instance decides instead.
  const table = new Table({ head: [...w.columns], style: { head: [], border: [] } });
  for (const g of result.gates) {
    const cells = gateCells(g, result.names, lang).map(terminalText);
    cells[cells.length - 1] = shown(g);
    table.push(cells);
  }
  const decision = { continue: c.green, pause: c.yellow, rollback: c.red }[result.decision](decisionLine(result, lang));
  const decommission = decommissionLine(result, lang);
  const reportOnly = reportOnlyLine(result, lang);
  const unguarded = unguardedFailureLine(result, lang, planFile);
  const record = recordPauseLine(result, lang, planFile, readers) ?? causeGoneLine(result, lang);
  const why = result.gates.map((g) => `  ${g.id} (${shown(g)}): ${terminalText(gateReason(g, result.names, lang))}`);
  return [terminalText(headline(result, lang)), table.toString(), c.bold(decision), ...(record ? [terminalText(record)] : []), ...closedGuardLines(result, lang).map(terminalText), ...(reportOnly ? [terminalText(reportOnly)] : []), ...(unguarded ? [terminalText(unguarded)] : []), ...rolledBackPartLines(result, lang).map(terminalText), ...rollbackLines(result, lang, readers).map((l) => c.red(terminalText(l))), ...(decommission ? [terminalText(decommission)] : []), '', `${w.why}:`, ...why, ''].join('\n');
}
