import { PeopleCounts } from './part-people.js';
import { gateInPeople } from './said-in-people.js';
import { displayNames } from '../plan/display-names.js';
import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import { partsAskingRollback, partsRollingBackAhead, withoutParts } from '../rollback/decide-parts.js';
import { planCalendar, planPauses, timePhases, type TimedPhase } from '../schedule/phases.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { placeText } from '../util/place.js';
import { compare, roundObserved } from './compare.js';
import { importMetrics, type ImportReport } from './csv.js';
import { guardedDecision } from '../guards/decide.js';
import { rollbackOf } from './rollback.js';
import { currentPhase, evaluateGate, gateWindows, inScope, measure, windowId, type GateWindow, type Measured, type Sourceless } from './evaluate.js';
import { Latest } from './latest.js';
import { causeGone } from './cause-gone.js';
import { closedGuards } from './closed-guards.js';
import { notStartedBy, scopeStart } from './started.js';
import { ObservationLedger, type Repeat, type Scope } from './ledger.js';
import { through, type Observations } from './series.js';
import type { ClosedGuard, GateCheckResult, GateResult, OutOfDate, ScopeName, SwitchOff } from './types.js';
import { cadenceFields, datedOrigin, staleAfter, staleness } from './out-of-date.js';
import { readSources, type SourcesInput } from '../sources/read.js';
import { gateScopes } from '../sources/scopes.js';
import { computedMetrics } from '../sources/unread.js';
import { ungivenSourceKind } from '../sources/ungiven.js';
import { wholeOnly } from '../sources/whole-only.js';
import { backKey, backLists, overlapsBack, partsBack, StillOnShares, type PartBack } from './still-on.js';
import { pausesAhead, planAsOf } from '../replay/as-of.js';
import { requireUsable } from '../sources/problems.js';
import type { Awaited } from '../sources/missing.js';
import { awaitedFiles } from './awaited.js';
import { bounded, measuredDays, readWindow, type ReadWindow } from '../sources/read-window.js';
import { unknownPartNotes } from './unknown-parts.js';
import { unmeasuredParts } from './unmeasured.js';

export interface GateCheckInput {
  plan: Plan;
  /** Metrics exports; their rows count together, whatever their order or split. */
  files: string[];
  asOf: Day;
  lenient: boolean;
  /** Where the plan is, for its `people:` and `sources:` files. */
  sources?: Pick<SourcesInput, 'baseDir' | 'locate' | 'awaited' | 'readOn'> & {
    /** The files behind `awaited`, and the roster while it is awaited: the result names them. */
    awaitedFiles?: readonly Awaited[];
  };
}

export interface GateCheckOutput {
  result: GateCheckResult;
  /** One per file, for the rows skipped under --lenient. */
  imports: ImportReport[];
  /** Days a file reported again with the same values, counted once. */
  repeats: Repeat[];
  /** Each gate's observations in its window by day, in the order of `result.gates`: what a chart draws. */
  series: Observations[];
  /** Counts from reading the sources worth a line on standard error. */
  warnings: string[];
}

/** Reads the exports once and evaluates every gate, the decision and the decommission condition. */
export async function checkGates(input: GateCheckInput): Promise<GateCheckOutput> {
  const plan = planAsOf(input.plan, input.asOf);
  const phases = timePhases(plan);
  const read = await readLedger({ ...input, plan }, phases, input.asOf);
  const judged = judgeDay(plan, phases, read, input.asOf, measureIn(read.ledger), read.imports.length > 0, input.plan);
  return { ...judged, result: withAwaited(judged.result, input), imports: read.imports, repeats: read.repeats, warnings: read.warnings };
}

/**
 * The decision history: the exports read once, the gates evaluated as of each day. Each day
 * gives the result `checkGates` gives with `--at` that day; `last` is the last day in full.
 */
export async function replayGates(input: ReplayInput): Promise<{ results: GateCheckResult[]; last: GateCheckOutput }> {
  const replay = await replayed(input);
  const last = replay.last();
  return { results: [...input.days.slice(0, -1).map((day) => replay.judge(day, replay.measureOf).result), last.result], last };
}

/**
 * The decision as of each day, and the last day in full: what the report's history strip draws.
 * A gate before its due day is pending whatever its rows say, so earlier days leave it unmeasured.
 */
export async function replayDecisions(input: ReplayInput): Promise<{ decisions: Pick<GateCheckResult, 'asOf' | 'decision'>[]; last: GateCheckOutput }> {
  const replay = await replayed(input);
  const last = replay.last();
  const earlier = input.days.slice(0, -1).map((day) => replay.judge(day, (w) => (day < w.due ? measure(w.gate, NONE) : replay.measureOf(w))).result);
  return { decisions: [...earlier, last.result].map(({ asOf, decision }) => ({ asOf, decision })), last };
}

type ReplayInput = Omit<GateCheckInput, 'asOf'> & { days: Day[] };

/** The exports read once for every day of a replay (days in order), and each window measured once. */
async function replayed(input: ReplayInput) {
  const lastDay = input.days.at(-1)!;
  const viewOf = plansAsOf(input.plan);
  const last = viewOf(lastDay);
  // The windows and the condition as of the last day hold every row an earlier day reads: an
  // earlier day's plan lacks at most an open pause (or a rollback of one part) that began later, which held nothing by then.
  const read = await readLedger({ ...input, plan: last.plan }, last.phases, lastDay);
  // A gate's window only grows with the day (from its phase's start to its due day or that day),
  // so each gate's rows are gathered once, as of the last day, and each day reads a prefix; a
  // window that closed before the day is the one an earlier day measured.
  // A second try's go/no-go is a window of its own beside its gate's first (see windowId).
  const widest = new Map(gateWindows(last.plan, last.phases, lastDay).map((w) => [windowId(w), windowSeries(read.ledger, soFar(w, lastDay))]));
  const known = new Map<string, Measured>();
  const measureOf = (w: GateWindow): Measured => {
    const key = `${windowId(w)}:${w.to}`;
    let measured = known.get(key);
    if (!measured) known.set(key, (measured = measure(w.gate, through(widest.get(windowId(w))!, w.to))));
    return measured;
  };
  const judge = (day: Day, measured: (w: GateWindow) => Measured) => {
    const { plan, phases } = viewOf(day);
    return judgeDay(plan, phases, read, day, measured, read.imports.length > 0, input.plan);
  };
  const lastOutput = (): GateCheckOutput => {
    const judged = judge(lastDay, measureOf);
    return { ...judged, result: withAwaited(judged.result, input), imports: read.imports, repeats: read.repeats, warnings: read.warnings };
  };
  return { measureOf, judge, last: lastOutput };
}

/** The result with the files still awaited as of its day, which the JSON and the report name. */
const withAwaited = (result: GateCheckResult, input: Pick<GateCheckInput, 'sources'>): GateCheckResult => ({ ...result, ...awaitedFiles(input.sources?.awaitedFiles) });

/** Each day's plan as it stood that day (see planAsOf), its phases timed once per distinct plan. */
function plansAsOf(plan: Plan): (day: Day) => { plan: Plan; phases: TimedPhase[] } {
  const timed = new Map<string, { plan: Plan; phases: TimedPhase[] }>();
  return (day) => {
    const seen = planAsOf(plan, day);
    const key = `${seen.pauses.length}:${seen.partRollbacks.length}:${seen.partRollbacks.filter((r) => r.resume).length}:${seen.rollback === undefined}`;
    let view = timed.get(key);
    if (!view) timed.set(key, (view = { plan: seen, phases: timePhases(seen) }));
    return view;
  };
}

function conditionOf(phases: TimedPhase[]) {
  const decommission = phases.find((p) => p.kind === 'decommission' && p.phase.when);
  return { decommission, condition: decommission?.phase.when };
}

/** Streams the --metrics exports and the plan's sources into a ledger, keeping the rows the gates read up to `asOf`. */
function readLedger(input: Omit<GateCheckInput, 'asOf'>, phases: TimedPhase[], asOf: Day) {
  const windows = gateWindows(input.plan, phases, asOf);
  return readObservations(input, keptDays(windows, conditionOf(phases).condition?.metric, measuredDays(input.plan, asOf)), asOf);
}

/**
 * The gate check as of `asOf`, from one read of the exports that also keeps every value of the
 * `measured` metrics up to `until`: what the weekly updates report, read as the gates read it.
 * The exports are read on the check's day: a date in a ticket export's name after it counts only
 * up to it, so that an update written ahead never counts days that have not come as no tickets.
 */
export async function checkAndMeasure(input: GateCheckInput, measured: readonly string[], until: Day): Promise<GateCheckOutput & { ledger: ObservationLedger }> {
  const plan = planAsOf(input.plan, input.asOf);
  const phases = timePhases(plan);
  const { condition } = conditionOf(phases);
  const spans = keptDays(gateWindows(plan, phases, input.asOf), condition?.metric, measuredDays(plan, input.asOf));
  for (const metric of measured) spans.set(metric, [...(spans.get(metric) ?? []), -Infinity, until]);
  const read = await readObservations({ ...input, plan }, spans, input.asOf);
  return { ...judgeDay(plan, phases, read, input.asOf, measureIn(read.ledger), read.imports.length > 0, input.plan), imports: read.imports, repeats: read.repeats, warnings: read.warnings, ledger: read.ledger };
}

/** Streams the --metrics exports and the plan's sources into a ledger, keeping each metric's rows on the days `spans` gives ([from, to] pairs). */
async function readObservations({ plan, files, lenient, sources }: Omit<GateCheckInput, 'asOf'>, spans: Map<string, number[]>, asOf: Day) {
  const metrics = new Map(plan.metrics.map((m) => [m.name, m]));
  for (const name of [...plan.gates.map((g) => g.metric), ...spans.keys()]) {
    if (!metrics.has(name)) metrics.set(name, { name, unit: 'number' });
  }
  const ledger = new ObservationLedger();
  const stillOn = new StillOnShares();
  const people = new PeopleCounts();
  let lastMetric = '';
  let kept: number[] = [];
  const accept = (metric: string, day: Day, value: number, scope: Scope, person?: number, second?: number): void => {
    if (metric !== lastMetric) {
      kept = spans.get(metric)!;
      lastMetric = metric;
    }
    for (let i = 0; i < kept.length; i += 2) {
      if (day >= kept[i]! && day <= kept[i + 1]!) {
        ledger.add(metric, scope, day, value, person, second);
        return;
      }
    }
  };
  const options = {
    metrics,
    wanted: new Set(spans.keys()),
    answers: new Set(plan.gates.filter((g) => g.aggregate === 'nps').map((g) => g.metric)),
    columns: plan.metricsImport.columns,
    dateFormat: plan.metricsImport.dateFormat,
    // Where the plan sets the order, when it does: a date that is no date in that order may be one in another.
    dateSetting: { key: 'metricsImport.dateFormat', at: plan.metricsImport.dateFormat === 'auto' ? undefined : placeText(sources?.locate?.(['metricsImport', 'dateFormat'])) },
    thousands: plan.metricsImport.thousands,
    lenient,
    // The days the plan's sources are read on: a second try reads none of the first attempt's rows.
    ...windowOption(readWindow(plan, asOf)),
    scope: ledger.scope.bind(ledger),
  };
  const imports: ImportReport[] = [];
  const repeats: Repeat[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    ledger.beginFile(file);
    const seen = ledger.scopeCount;
    const report = await importMetrics(file, options, accept);
    requireUsable(report);
    imports.push(report);
    repeats.push(...ledger.endFile());
    warnings.push(...unknownPartNotes(plan, file, ledger.scopesFrom(seen)));
  }
  // The sources' values go through the same ledger, as one more file: overlaps with --metrics show.
  if (sources && plan.sources.length > 0) {
    ledger.beginFile("the plan's sources");
    const input = { plan, lenient, metrics, answers: options.answers, scopes: scopesWithStillOn(plan, asOf), ...sources, asOf };
    const read = await readSources(input, (p) => {
      if (p.stillOn !== undefined) stillOn.add(p.stillOn, p.day, p.value);
      else if (spans.has(p.metric)) {
        accept(p.metric, p.day, p.value, ledger.scope(p.phase, p.group, p.location, p.exact), p.person, p.second);
        if (p.people) people.add(p.metric, p, p.day, p.people);
      }
    });
    imports.push(...read.imports);
    warnings.push(...read.warnings);
    for (const [metric, day] of read.covered) ledger.cover(metric, day);
    repeats.push(...ledger.endFile());
  }
  return { ledger, stillOn, people, imports, repeats, warnings, sourcesOnly: files.length === 0 && sources !== undefined && plan.sources.length > 0 };
}

/**
 * Why no row can come for a gate, when the plan's sources are all that is read (`sourcesOnly`):
 * no source gives its metric, or each gives it for the whole organization and the gate reads a
 * location or group.
 */
function sourcelessOf(plan: Plan, sourcesOnly: boolean): (gate: Gate) => Sourceless | undefined {
  if (!sourcesOnly) return () => undefined;
  const given = new Set(computedMetrics(plan).map((c) => c.metric));
  return (gate) => {
    if (!given.has(gate.metric)) return { kind: 'ungiven', source: ungivenSourceKind(plan, gate), preset: plan.defaultGates };
    const whole = wholeOnly(plan, gate);
    return whole && { kind: 'whole-only', ...whole };
  };
}

/**
 * The scopes the sources compute a metric's shares for (see gateScopes) and, for the switch-off
 * condition's metric with parts rolled back, the people still on the new tool: for each list of
 * parts back on some day (see backLists), everyone but them, as the rows of no part hold them too.
 */
function scopesWithStillOn(plan: Plan, asOf: Day): (metric: string) => ReturnType<typeof gateScopes> {
  const lists = plan.partRollbacks.length === 0 ? [] : backLists(planPauses(plan), asOf);
  const metric = lists.length === 0 ? undefined : plan.phases.find((p) => p.kind === 'decommission' && p.when)?.when!.metric;
  const stillOn = lists.map((back) => ({ stillOn: { key: backKey(back), back } }));
  return (m) => (m === metric ? [...gateScopes(plan, m), ...stillOn] : gateScopes(plan, m));
}

/**
 * The last day the gates holding a launch ahead read, once they are due by `asOf`: their due day.
 * An export dated up to it still counts, however late it is downloaded; one dated later counts
 * for the gates after them only. Before their due day they read on anyway.
 */
function readsUntil(windows: readonly GateWindow[], gates: readonly string[], asOf: Day): { readsUntil?: string } {
  const last = Math.max(...windows.filter((w) => gates.includes(windowId(w)) && w.due <= asOf).map((w) => w.due));
  return Number.isFinite(last) ? { readsUntil: formatDay(last) } : {};
}

/**
 * Every gate, the decision and the decommission condition as of one day, from what the ledger
 * holds; `read`: some export was read (without one, as the report without metrics shows the plan,
 * no gate is judged and no launch is held back from being the current phase); `recorded`: the
 * plan as written, with the pauses written in ahead of their first day.
 */
function judgeDay(plan: Plan, phases: TimedPhase[], { ledger, stillOn, people, sourcesOnly }: { ledger: ObservationLedger; stillOn: StillOnShares; people: PeopleCounts; sourcesOnly: boolean }, asOf: Day, measureOf: (w: GateWindow) => Measured, read: boolean, recorded: Plan): Pick<GateCheckOutput, 'result' | 'series'> {
  const windows = gateWindows(plan, phases, asOf);
  const { decommission, condition } = conditionOf(phases);
  const measured = windows.map((w) => (w.started ? measureOf(w) : measure(w.gate, NONE)));
  const series = measured.map((m) => m.read);
  const sourceless = sourcelessOf(plan, sourcesOnly);
  const gates = windows.map((w, i) => gateInPeople(evaluateGate(w, asOf, plan.contingency, measured[i]!, sourceless(w.gate), staleAfter(plan, w.gate.metric)), w, people));
  // The condition reads the rollout's own days: none before its start, none after a rollback of the whole rollout.
  const days = measuredDays(plan, asOf);
  const startOf = scopeStart(plan, phases);
  const latestValue = condition ? latest(ledger, condition.metric, days, startOf) : undefined;
  const observed = latestValue?.value == null ? null : roundObserved(latestValue.value);
  // The switch-off is not ready on a value weeks old: the old system stays on until an export says it may go.
  const conditionAfter = condition && staleAfter(plan, condition.metric);
  const conditionLate = latestValue && conditionAfter !== undefined ? staleness(latestValue.day, asOf, conditionAfter) : undefined;
  const notStarted = latestValue ? notStartedBy(phases, latestValue.day).map((p) => ({ phase: p.phase, start: Number.isFinite(p.start) ? formatDay(p.start) : null })) : [];
  const notMeasured = latestValue ? unmeasuredParts(plan, phases, latestValue.read, startOf, latestValue.day) : [];
  const scopeOf = {
    lowest: latestValue?.lowest ?? null,
    organization: latestValue?.organization ?? null,
    ...(condition && latestValue?.lowest && latestValue.lowestDay != null ? optional('people', people.of(condition.metric, latestValue.lowest, latestValue.lowestDay, condition.op, condition.threshold)) : {}),
    day: latestValue?.lowestDay == null ? null : formatDay(latestValue.lowestDay),
    organizationDay: latestValue?.organizationDay == null ? null : formatDay(latestValue.organizationDay),
    measuredOn: latestValue ? formatDay(latestValue.day) : null,
    notStarted,
    notMeasured,
    ...(conditionLate ? { stale: { newest: formatDay(conditionLate.newest), age: conditionLate.age } } : {}),
  };
  // A phase not started by the day measured cannot have reached the condition yet.
  // A part with people not measured cannot be shown to have reached it either.
  // A switch-off the rollback withdrew cannot be ready: there is none.
  const decommissionReady = condition && !plan.rollback ? observed !== null && !conditionLate && notStarted.length === 0 && notMeasured.length === 0 && compare(observed, condition.op, condition.threshold) : null;
  // Gates written for one location that ask for a rollback roll back that location; the rest is judged without them.
  const parts = partsAskingRollback(plan, gates);
  const ahead = partsRollingBackAhead(plan, gates);
  const pauses = planPauses(plan);
  const guarded = guardedDecision(phases, withoutParts(gates, [...parts, ...ahead]), asOf, decommissionReady, pauses, plan.rollback, pausesAhead(recorded, asOf));
  const { rolledBack, rolledBackParts } = guarded;
  // A launch held ahead of its day, by gates due already: the exports that can still change that.
  const blockedLaunches = guarded.blockedLaunches.map((b) => (asOf < parseDay(b.launch) ? { ...b, ...readsUntil(windows, b.gates, asOf) } : b));
  const switchOff = guarded.decommission && switchOffHeld(guarded.decommission, closedGuards(windows, gates, asOf, phases, planCalendar(plan), pauses), gates, windows, asOf);
  const nextLaunch = guarded.nextLaunch && { ...guarded.nextLaunch, ...readsUntil(windows, guarded.nextLaunch.gates, asOf) };
  // A part rolled back is on the old tools again: the condition for the rest is read without it.
  const back = rolledBack ? [] : partsBack(pauses, asOf);
  const stillOnNewTool = condition && back.length > 0 ? { stillOnNewTool: stillOnNewToolOf(plan, phases, { ledger, stillOn }, condition.metric, days, back) } : {};
  // While a part is back on the old tools, the switch-off waits for it whatever the condition reads.
  const ready = switchOff && { phase: switchOff.phase, ready: back.length > 0 ? false : decommissionReady };
  // A go/no-go judged before the pause keeps its verdict; whether the pause may end reads its rows so far.
  const rowsSoFar = measured.map((m, i) => (windows[i]!.judgedBeforePause ? measureOf(soFar(windows[i]!, asOf)) : m));
  const gone = causeGone(guarded.openPause, windows, rowsSoFar, asOf, planCalendar(plan), ready ?? undefined);
  const openPause = gone ? { ...guarded.openPause!, causeGone: gone } : guarded.openPause;
  const ofParts = parts.length > 0 && guarded.decision !== 'rollback';
  const decision = ofParts ? 'rollback' : guarded.decision;
  // A launch that waits today has not started: the phase before it is current.
  const waiting = new Set(read ? blockedLaunches.map((b) => b.phase) : []);
  return {
    result: {
      asOf: formatDay(asOf),
      // A rollout that rolled back runs no phase any more, nor does a part rolled back.
      currentPhase: rolledBack ? null : (currentPhase(phases, asOf, pauses, waiting)?.id ?? null),
      decision,
      decommissionReady,
      condition: condition && decommission ? { phase: decommission.id, metric: condition.metric, op: condition.op, threshold: condition.threshold, observed, ...scopeOf, ...stillOnNewTool } : null,
      blockedLaunches,
      nextLaunch,
      decommission: switchOff,
      openPause,
      rolledBack,
      ...(rolledBackParts.length > 0 ? { rolledBackParts } : {}),
      rollback: decision === 'rollback' ? { ...rollbackOf(plan), ...(ofParts ? { parts, rest: guarded.decision } : {}) } : null,
      ...(ahead.length > 0 ? { partsAhead: ahead } : {}),
      ...exportsBehind(plan, ledger, asOf, [...windows.filter((w, i) => w.to === asOf && gates[i]!.stale).map((w) => w.gate.metric), ...(conditionLate && condition && !plan.rollback ? [condition.metric] : [])]),
      gates,
      names: displayNames(plan),
    },
    series,
  };
}

/**
 * The exports behind on the day checked, of the metrics a gate reads up to that day or the
 * switch-off reads (`current`): each metric's newest row, of any part, is older than the plan expects.
 */
function exportsBehind(plan: Plan, ledger: ObservationLedger, asOf: Day, current: string[]): { outOfDate?: OutOfDate[] } {
  const behind = [...new Set(current)].flatMap((metric): OutOfDate[] => {
    const origin = datedOrigin(plan, metric);
    const late = origin && staleness(newestDay(ledger, metric, asOf), asOf, origin.every);
    return late && origin ? [{ metric, source: origin.key, file: origin.file, into: origin.into, newest: formatDay(late.newest), age: late.age, ...cadenceFields(origin.every) }] : [];
  });
  return behind.length > 0 ? { outOfDate: behind } : {};
}

/** The newest day, up to `asOf`, with a row of a metric, of any part. */
function newestDay(ledger: ObservationLedger, metric: string, asOf: Day): Day | undefined {
  let newest: Day | undefined;
  for (const [, days] of ledger.byScope(metric)) for (const day of days.keys()) if (day <= asOf && (newest === undefined || day > newest)) newest = day;
  return newest;
}

/**
 * A switch-off held (paused, or waiting, or held ahead by a pause the plan records) with the gates
 * guarding it whose window closed on a failure; waiting (or held) ahead of its day, as a launch ahead, with the exports its other due gates that
 * ask to wait can still change (a closed window reads none).
 */
function switchOffHeld(off: SwitchOff, closed: ClosedGuard[], gates: readonly GateResult[], windows: readonly GateWindow[], asOf: Day): SwitchOff {
  const waits = off.waits || off.pausedFrom !== undefined;
  const held = !off.ready && (off.due === null || waits);
  const withClosed = held && closed.length > 0 ? { ...off, closed } : off;
  if (!waits || off.due === null || asOf >= parseDay(off.due)) return withClosed;
  const open = gates.filter((g) => off.guards.includes(g.id) && g.effect !== 'continue' && !closed.some((c) => c.gate === g.id));
  return { ...withClosed, ...readsUntil(windows, open.map((g) => g.id), asOf) };
}

/**
 * The condition read of the parts still on the new tool: the lowest of the parts measured apart
 * that hold none of the people back (rows of no part hold them too, so they are not read), and
 * the share computed of all the people still on the new tool together, which counts as one more
 * part; `lowest` null when that share is the lowest.
 */
function stillOnNewToolOf(plan: Plan, phases: TimedPhase[], read: { ledger: ObservationLedger; stillOn: StillOnShares }, metric: string, days: { from: Day; until: Day }, back: PartBack[]): StillOnNewTool {
  const parts = latest(read.ledger, metric, days, scopeStart(plan, phases), overlapsBack(plan, back));
  const together = read.stillOn.latest(backKey(back), days);
  const part = parts?.value != null && parts.lowest !== null ? { value: parts.value, lowest: parts.lowest, day: parts.lowestDay } : undefined;
  const all = together && { value: together.value, lowest: null, day: together.day };
  const low = part && (!all || part.value <= all.value) ? part : all;
  return {
    observed: low ? roundObserved(low.value) : null,
    lowest: low?.lowest ?? null,
    day: low?.day == null ? null : formatDay(low.day),
    together: together ? roundObserved(together.value) : null,
  };
}

type StillOnNewTool = NonNullable<NonNullable<GateCheckResult['condition']>['stillOnNewTool']>;

const NONE: Observations = { days: [], values: [] };

/** A gate's observations in its window. */
const windowSeries = (ledger: ObservationLedger, w: GateWindow): Observations =>
  w.started ? ledger.observations(w.gate.metric, (scope) => inScope(w.gate, scope), w.from, w.to, w.since) : NONE;

/** A window read up to `asOf`: a go/no-go judged before a pause reads its rows since too, to tell whether the pause may end. */
const soFar = (w: GateWindow, asOf: Day): GateWindow => (w.judgedBeforePause ? { ...w, to: Math.max(w.to, asOf) } : w);

/** Each gate measured from the ledger, as of one day. */
const measureIn = (ledger: ObservationLedger) => (w: GateWindow) => measure(w.gate, windowSeries(ledger, w));

/**
 * The days worth keeping per metric, as [from, to] pairs: the windows of the started gates, and
 * the days it reads (see measuredDays) for the decommission condition. Rows on other days are checked, then dropped.
 */
function keptDays(windows: GateWindow[], conditionMetric: string | undefined, days: { from: Day; until: Day }): Map<string, number[]> {
  const spans = new Map<string, number[]>();
  const add = (metric: string, from: Day, to: Day) => spans.set(metric, [...(spans.get(metric) ?? []), from, to]);
  for (const w of windows) if (w.started) add(w.gate.metric, w.from, soFar(w, days.until).to);
  if (conditionMetric !== undefined) add(conditionMetric, days.from, days.until);
  return spans;
}

/**
 * The latest value of a metric on the days read, per scope (see Latest), and the last day it reads;
 * `lowest` is the part of the organization that value is from, `organization` the latest value
 * of the rows that name no part (null without such rows).
 */
export function latest(ledger: ObservationLedger, metric: string, { from, until }: { from: Day; until: Day }, startOf: (scope: Scope) => Day | undefined = () => undefined, skip: (scope: Scope) => boolean = () => false): LatestValue | undefined {
  const values = new Latest<{ name: ScopeName; day: Day }>(until);
  const whole = new Latest(until);
  let last = -Infinity;
  let wholeDay: Day | undefined;
  const read: Scope[] = [];
  for (const [scope, days] of ledger.byScope(metric)) {
    if (skip(scope)) continue;
    const key = partKey(scope);
    // Only the scope's latest day up to `until` can count: the rows of earlier days are not read.
    let best = -Infinity;
    for (const day of days.keys()) if (day <= until && day >= from && day > best) best = day;
    if (best === -Infinity) continue;
    last = Math.max(last, best);
    if (key === WHOLE) {
      whole.add(best, days.get(best)!.values);
      wholeDay = best;
    }
    // A part whose people had not started by the day it was measured: its 0% says nothing of use.
    if (best < (startOf(scope) ?? -Infinity)) continue;
    const name: ScopeName = { ...(scope.phase ? { phase: scope.phase } : {}), ...(scope.group ? { group: scope.group } : {}), ...(scope.location ? { location: scope.location } : {}) };
    values.add(best, days.get(best)!.values, key, { name, day: best });
    read.push(scope);
  }
  const low = values.lowest();
  const organization = whole.value();
  if (last === -Infinity) return undefined;
  return {
    value: low?.value ?? null,
    day: last,
    lowest: low?.tag?.name ?? null,
    lowestDay: low?.tag?.day ?? null,
    organization: organization === undefined ? null : roundObserved(organization),
    organizationDay: wholeDay ?? null,
    read,
  };
}

const WHOLE = '0';

/**
 * A scope's series key: of parts with the same value, the first in key order is named, so a tie
 * names the whole organization, else a phase, a group, then a location (a phase's own location
 * is named as its phase).
 */
function partKey({ phase, group, location }: Scope): string {
  const rank = phase !== undefined ? 1 : group !== undefined ? 2 : location !== undefined ? 3 : 0;
  return rank === 0 ? WHOLE : `${rank}${phase ?? ''}|${group ?? ''}|${location ?? ''}`.toLowerCase();
}

/** See latest: the lowest part's value and day are null when every part measured had not started. */
export interface LatestValue {
  value: number | null;
  /** The last day any part was measured. */
  day: Day;
  lowest: ScopeName | null;
  lowestDay: Day | null;
  organization: number | null;
  organizationDay: Day | null;
  /** The scopes whose latest day counted: those of parts started by then. */
  read: Scope[];
}

/** The window for the row reader only when it leaves days out: each row of an export is then checked against it. */
function windowOption(window: ReadWindow): { window?: ReadWindow } {
  return bounded(window) ? { window } : {};
}

/** `{ [key]: value }`, or nothing when the value is undefined. */
const optional = <K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [k in K]?: V }));
