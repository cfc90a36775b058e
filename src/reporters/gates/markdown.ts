import { markdownText } from '../../escape/markdown.js';
import type { GateCheckResult } from '../../gates/types.js';
import { shownStatus, type ShownStatus } from '../../gates/shown-status.js';
import type { Language } from '../../plan/schema.js';
import { rolledBackPartLines, rollbackLines, decisionLine, decommissionLine, gateCells, gateReason, headline, outOfDateLines, recordPauseLine, reportOnlyLine, causeGoneLine, closedGuardLines, unguardedFailureLine } from './labels.js';
import type { PlanReaders } from '../../gates/in-language.js';
import { gateWords } from './words.js';

const ICON: Record<ShownStatus, string> = { pass: '✅', fail: '❌', inconclusive: '⚠️', pending: '⏳', withdrawn: '➖' };

const cell = markdownText;

/** The summary for a pull request comment or a GitHub step summary; `planFile` and `readers` as for renderText. */
export function renderMarkdown(result: GateCheckResult, lang: Language = 'en', planFile?: string, readers?: PlanReaders): string {
  const w = gateWords(lang);
  const rows = result.gates.map((g) => {
    const cells = gateCells(g, result.names, lang).map(cell);
    cells[cells.length - 1] = `${ICON[shownStatus(g)]} ${w.status[shownStatus(g)]}`;
    return `| ${cells.join(' | ')} |`;
  });
  const decommission = decommissionLine(result, lang);
  const reportOnly = reportOnlyLine(result, lang);
  const unguarded = unguardedFailureLine(result, lang, planFile);
  const record = recordPauseLine(result, lang, planFile, readers) ?? causeGoneLine(result, lang);
  return [
    `### ${cell(w.title(w.decision[result.decision]))}`,
    '',
    cell(headline(result, lang)),
    '',
    `| ${w.columns.join(' | ')} |`,
    '| --- | --- | --- | ---: | :---: | ---: | ---: | --- |',
    ...rows,
    '',
    `**${cell(decisionLine(result, lang))}**`,
    ...outOfDateLines(result, lang).flatMap((l) => ['', `⚠️ ${cell(l)}`]),
    ...(record ? ['', cell(record)] : []),
    ...closedGuardLines(result, lang).flatMap((l) => ['', cell(l)]),
    ...(reportOnly ? ['', cell(reportOnly)] : []),
    ...(unguarded ? ['', cell(unguarded)] : []),
    ...rolledBackPartLines(result, lang).flatMap((l) => ['', cell(l)]),
    ...rollbackLines(result, lang, readers).flatMap((l) => ['', `**${cell(l)}**`]),
    ...(decommission ? ['', cell(decommission)] : []),
    '',
    `<details><summary>${w.why}</summary>`,
    '',
    ...result.gates.map((g) => `- **${cell(g.id)}** (${w.status[shownStatus(g)]}): ${cell(gateReason(g, result.names, lang))}`),
    '',
    '</details>',
    '',
  ].join('\n');
}

/** The job summary of a check that stopped on input it cannot use (exit 2): no verdict, and why. */
export function renderStoppedMarkdown(problems: readonly string[], lang: Language = 'en'): string {
  const w = gateWords(lang);
  return [`### ${cell(w.notChecked)}`, '', ...problems.map((p) => `- ${cell(p)}`), '', cell(w.notCheckedFix), ''].join('\n');
}
