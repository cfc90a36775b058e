import type { Plan } from '../plan/resolve.js';
import type { Metric } from '../plan/schema.js';
import { planPauses, timePhases, type TimedPhase } from '../schedule/phases.js';
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
export async function checkGates(input: GateCheckInput): Promise<GateCheckOutput> {
  const judge = new DayJudge(input.plan);
  const day = judge.on(input.asOf);
  const { imports, warnings } = await readObservations(input, judge, day.accept);
  return { ...day.finish(), imports, warnings };
}

/**
 * The decision history: the exports read once, the gates evaluated as of each day. Every day
 * gives the result `checkGates` would give with `--at` that day.
 */
export async function replayGates(input: Omit<GateCheckInput, 'asOf'> & { days: Day[] }): Promise<{ results: GateCheckResult[]; last: GateCheckOutput }> {
  const judge = new DayJudge(input.plan);
  const observations: Observation[] = [];
  const { imports, warnings } = await readObservations(input, judge, (o) => observations.push(o));
  const outputs = input.days.map((asOf) => {
    const day = judge.on(asOf);
    for (const o of observations) day.accept(o);
    return day.finish();
  });
  return { results: outputs.map((o) => o.result), last: { ...outputs.at(-1)!, imports, warnings } };
}

/** What the plan's gates and condition read, and how to judge them as of a day. */
class DayJudge {
  readonly phases: TimedPhase[];
  readonly condition: TimedPhase['phase']['when'];
  readonly metrics: Map<string, Metric>;
  readonly wanted: Set<string>;
  readonly answers: Set<string>;

  constructor(readonly plan: Plan) {
    this.phases = timePhases(plan);
    this.condition = this.phases.find((p) => p.kind === 'decommission' && p.phase.when)?.phase.when;
    this.metrics = new Map(plan.metrics.map((m) => [m.name, m]));
    for (const name of [...plan.gates.map((g) => g.metric), ...(this.condition ? [this.condition.metric] : [])]) {
      if (!this.metrics.has(name)) this.metrics.set(name, { name, unit: 'number' });
    }
    this.wanted = new Set([...plan.gates.map((g) => g.metric), ...(this.condition ? [this.condition.metric] : [])]);
    this.answers = new Set(plan.gates.filter((g) => g.aggregate === 'nps').map((g) => g.metric));
  }

  on(asOf: Day): { accept: (o: Observation) => void; finish: () => Pick<GateCheckOutput, 'result' | 'series'> } {
    const { plan, phases, condition } = this;
    const windows = gateWindows(plan, phases, asOf);
    const decommission = phases.find((p) => p.kind === 'decommission' && p.phase.when);
    const latest = new Latest(asOf);
    const byMetric = new Map<string, typeof windows>();
    for (const w of windows) byMetric.set(w.gate.metric, [...(byMetric.get(w.gate.metric) ?? []), w]);
    const accept = (o: Observation): void => {
      for (const w of byMetric.get(o.metric) ?? []) if (matches(w, o)) w.series.push(o.day, o.value);
      if (o.metric === condition?.metric) latest.add(o.day, o.value, `${o.location ?? ''}|${o.group ?? ''}|${o.phase ?? ''}`.toLowerCase());
    };
    const finish = () => {
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
          condition: condition && decommission ? { phase: decommission.id, metric: condition.metric, op: condition.op, threshold: condition.threshold, observed } : null,
          blockedLaunches,
          decommission: switchOff,
          openPause,
          gates,
        },
        series,
      };
    };
    return { accept, finish };
  }
}

/** Streams the --metrics exports and the plan's sources into `accept`. */
async function readObservations({ plan, files, lenient, sources }: Omit<GateCheckInput, 'asOf'>, judge: DayJudge, accept: (o: Observation) => void): Promise<{ imports: ImportReport[]; warnings: string[] }> {
  const options = {
    metrics: judge.metrics,
    wanted: judge.wanted,
    answers: judge.answers,
    columns: plan.metricsImport.columns,
    dateFormat: plan.metricsImport.dateFormat,
    lenient,
  };
  const imports: ImportReport[] = [];
  for (const file of files) imports.push(await importMetrics(file, options, accept));
  const scopes = (metric: string) => gateScopes(plan, metric);
  const fromSources = sources ? await readSources({ plan, lenient, metrics: judge.metrics, answers: options.answers, scopes, ...sources }, accept) : { imports: [], warnings: [] };
  imports.push(...fromSources.imports);
  return { imports, warnings: fromSources.warnings };
}
