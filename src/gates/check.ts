import type { Plan } from '../plan/resolve.js';
import { planPauses, timePhases } from '../schedule/phases.js';
import { formatDay, type Day } from '../util/dates.js';
import { compare, roundObserved } from './compare.js';
import { importMetrics, type ImportReport, type Observation } from './csv.js';
import { guardedDecision } from '../guards/decide.js';
import { currentPhase, evaluateGate, gateWindows, matches } from './evaluate.js';
import { Latest } from './latest.js';
import type { Observations } from './series.js';
import type { GateCheckResult } from './types.js';
import { readSources, type SourcesInput } from '../sources/read.js';
import { gateScopes } from '../sources/scopes.js';
import { requireUsable } from '../sources/problems.js';

export interface GateCheckInput {
  plan: Plan;
  /** Metrics exports; their rows count together, whatever their order or split. */
  files: string[];
  asOf: Day;
  lenient: boolean;
  /** Where the plan is, for its `people:` and `sources:` files. */
  sources?: Pick<SourcesInput, 'baseDir' | 'locate'>;
}

export interface GateCheckOutput {
  result: GateCheckResult;
  /** One per file, for the rows skipped under --lenient. */
  imports: ImportReport[];
  /** Each gate's observations in its window by day, in the order of `result.gates`: what a chart draws. */
  series: Observations[];
  /** Counts from reading the sources worth a line on standard error. */
  warnings: string[];
}

/** Reads the exports once and evaluates every gate, the decision and the decommission condition. */
export async function checkGates({ plan, files, asOf, lenient, sources }: GateCheckInput): Promise<GateCheckOutput> {
  const phases = timePhases(plan);
  const windows = gateWindows(plan, phases, asOf);
  const decommission = phases.find((p) => p.kind === 'decommission' && p.phase.when);
  const condition = decommission?.phase.when;
  const latest = new Latest(asOf);

  const metrics = new Map(plan.metrics.map((m) => [m.name, m]));
  for (const name of [...plan.gates.map((g) => g.metric), ...(condition ? [condition.metric] : [])]) {
    if (!metrics.has(name)) metrics.set(name, { name, unit: 'number' });
  }
  const byMetric = new Map<string, typeof windows>();
  for (const w of windows) byMetric.set(w.gate.metric, [...(byMetric.get(w.gate.metric) ?? []), w]);
  const accept = (o: Observation): void => {
    for (const w of byMetric.get(o.metric) ?? []) if (matches(w, o)) w.series.push(o.day, o.value);
    if (o.metric === condition?.metric) latest.add(o.day, o.value, `${o.location ?? ''}|${o.group ?? ''}|${o.phase ?? ''}`.toLowerCase());
  };
  const options = {
    metrics,
    wanted: new Set([...byMetric.keys(), ...(condition ? [condition.metric] : [])]),
    answers: new Set(plan.gates.filter((g) => g.aggregate === 'nps').map((g) => g.metric)),
    columns: plan.metricsImport.columns,
    dateFormat: plan.metricsImport.dateFormat,
    lenient,
  };
  const imports: ImportReport[] = [];
  for (const file of files) {
    const report = await importMetrics(file, options, accept);
    requireUsable(report);
    imports.push(report);
  }
  const scopes = (metric: string) => gateScopes(plan, metric);
  const fromSources = sources ? await readSources({ plan, lenient, metrics, answers: options.answers, scopes, ...sources }, accept) : { imports: [], warnings: [] };
  imports.push(...fromSources.imports);

  const series = windows.map((w) => w.series.sorted());
  const gates = windows.map((w, i) => evaluateGate(w, asOf, plan.contingency, series[i]!));
  const latestValue = latest.value();
  const observed = latestValue === undefined ? null : roundObserved(latestValue);
  const decommissionReady = condition ? observed !== null && compare(observed, condition.op, condition.threshold) : null;
  const { decision, blockedLaunches, decommission: switchOff, openPause } = guardedDecision(phases, gates, asOf, decommissionReady, planPauses(plan));
  return {
    result: {
      asOf: formatDay(asOf),
      currentPhase: currentPhase(phases, asOf)?.id ?? null,
      decision,
      decommissionReady,
      condition: condition ? { phase: decommission.id, metric: condition.metric, op: condition.op, threshold: condition.threshold, observed } : null,
      blockedLaunches,
      decommission: switchOff,
      openPause,
      gates,
    },
    imports,
    series,
    warnings: fromSources.warnings,
  };
}
