import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { GateCheckResult, GateStatus } from '../../gates/types.js';
import { terminalText } from '../../escape/terminal.js';
import { rollbackLines, COLUMNS, decisionLine, decommissionLine, gateCells, headline } from './labels.js';

export function renderText(result: GateCheckResult, c: ChalkInstance): string {
  const paint: Record<GateStatus, (s: string) => string> = { pass: c.green, fail: c.red, inconclusive: c.yellow, pending: c.dim };
  // cli-table3 colours on its own; our chalk instance decides instead.
  const table = new Table({ head: [...COLUMNS], style: { head: [], border: [] } });
  for (const g of result.gates) {
    const cells = gateCells(g).map(terminalText);
    cells[cells.length - 1] = paint[g.status](g.status);
    table.push(cells);
  }
  const decision = { continue: c.green, pause: c.yellow, rollback: c.red }[result.decision](decisionLine(result));
  const decommission = decommissionLine(result);
  const why = result.gates.map((g) => `  ${g.id} (${paint[g.status](g.status)}): ${terminalText(g.reason)}`);
  return [terminalText(headline(result)), table.toString(), c.bold(decision), ...rollbackLines(result).map((l) => c.red(terminalText(l))), ...(decommission ? [decommission] : []), '', 'Why:', ...why, ''].join('\n');
}
