import type { GateCheckResult } from '../../gates/types.js';
import { rollbackLines, decisionLine, decommissionLine, failingSoFarCause, gateReason, holdsNothing, verdictTitle, closedGuardLines } from './labels.js';

/** Message escaping of GitHub workflow commands. */
export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Property values need `:` and `,` escaped as well. */
export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export interface GithubContext {
  /** Absent when the plan came from standard input. */
  planFile?: string;
  /** Line in the plan of each gate, by gate index, when known. */
  lineOf: (index: number) => number | undefined;
}

/**
 * Annotations for failing (error) and inconclusive (warning) gates, and (warning) for gates not due yet whose value so far would hold the next launch, (error) for a gate whose closed window holds the switch-off with what to write in the plan, then the decision; a failing gate that holds nothing (report only, or minor → continue) warns, and a report-only one says it reports only.
 * Each says why in the sentence people read in the text output (phases and metrics by name), in English.
 */
export function renderGithub(result: GateCheckResult, context: GithubContext): string {
  const holdingNext = new Set(result.nextLaunch?.gates ?? []);
  const at = (index: number): string[] => {
    if (context.planFile === undefined) return [];
    const line = context.lineOf(index);
    return [`file=${escapeProperty(context.planFile)}`, ...(line !== undefined ? [`line=${line}`] : [])];
  };
  // A gate whose closed window holds the switch-off: that, and what to write in the plan, on its line.
  const closed = closedGuardLines(result);
  const held = (result.decommission?.closed ?? []).map((c, i) => `::error ${[...at(c.index), `title=${escapeProperty(`Gate ${c.gate} holds the switch-off`)}`].join(',')}::${escapeData(closed[i]!)}`);
  const commands = result.gates.flatMap((g) => {
    // A gate not due yet that would hold the next launch warns ahead, while there is time to act.
    const ahead = g.status === 'pending' && g.effectIfDue !== undefined && holdingNext.has(g.id);
    // A gate withdrawn with its part rolled back asks nothing of CI: its verdict is history.
    if ((g.status !== 'fail' && g.status !== 'inconclusive' && !ahead) || g.withdrawn) return [];
    // Only a failure that holds the rollout is an error: one that holds nothing must not read as what stopped it.
    const level = g.status === 'fail' && !holdsNothing(g) ? 'error' : 'warning';
    const title = `Gate ${ahead ? failingSoFarCause(g) : verdictTitle(g)}`;
    const properties = [...at(g.index), `title=${escapeProperty(title)}`];
    return [`::${level} ${properties.join(',')}::${escapeData(gateReason(g, result.names))}`];
  });
  const decommission = decommissionLine(result);
  return [...commands, ...held, decisionLine(result), ...rollbackLines(result).map((l) => `::error title=Roll back::${escapeData(l)}`), ...(decommission ? [decommission] : []), ''].join('\n');
}

/** A problem that stopped the check before any gate was judged, where it is known: a file and its line. */
export interface StoppedAt {
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** An error annotation for each problem that stopped the check (exit 2), so that the run's page says why, not only its exit code. */
export function renderStoppedGithub(problems: readonly StoppedAt[]): string {
  const lines = problems.map(({ file, line, column, message }) => {
    const properties = [
      ...(file !== undefined ? [`file=${escapeProperty(file)}`] : []),
      ...(file !== undefined && line !== undefined ? [`line=${line}`, ...(column !== undefined ? [`col=${column}`] : [])] : []),
      `title=${escapeProperty('Gates not checked: input that cannot be used')}`,
    ];
    return `::error ${properties.join(',')}::${escapeData(message)}`;
  });
  return [...lines, ''].join('\n');
}
