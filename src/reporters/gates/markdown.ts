import { markdownText } from '../../escape/markdown.js';
import type { GateCheckResult, GateStatus } from '../../gates/types.js';
import { rollbackLines, COLUMNS, decisionLine, decommissionLine, gateCells, headline } from './labels.js';

const ICON: Record<GateStatus, string> = { pass: '✅', fail: '❌', inconclusive: '⚠️', pending: '⏳' };

const cell = markdownText;

/** The summary for a pull request comment or a GitHub step summary. */
export function renderMarkdown(result: GateCheckResult): string {
  const rows = result.gates.map((g) => {
    const cells = gateCells(g).map(cell);
    cells[cells.length - 1] = `${ICON[g.status]} ${g.status}`;
    return `| ${cells.join(' | ')} |`;
  });
  const decommission = decommissionLine(result);
  return [
    `### Rollout gate check: ${result.decision}`,
    '',
    cell(headline(result)),
    '',
    `| ${COLUMNS.join(' | ')} |`,
    '| --- | --- | --- | ---: | :---: | ---: | ---: | --- |',
    ...rows,
    '',
    `**${cell(decisionLine(result))}**`,
    ...rollbackLines(result).flatMap((l) => ['', `**${cell(l)}**`]),
    ...(decommission ? ['', cell(decommission)] : []),
    '',
    '<details><summary>Why</summary>',
    '',
    ...result.gates.map((g) => `- **${cell(g.id)}** (${g.status}): ${cell(g.reason)}`),
    '',
    '</details>',
    '',
  ].join('\n');
}
