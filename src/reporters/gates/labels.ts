import { exitCodeFor } from '../../gates/decision.js';
import { reasonText, shownValue } from '../../gates/reasons.js';
import type { PlanReaders } from '../../gates/in-language.js';
import type { BlockedLaunch, GateCheckResult, GateResult, RolledBackPart, ScopeName } from '../../gates/types.js';
import { shownStatus } from '../../gates/shown-status.js';
import { DEFAULT_PLAN_FILE } from '../../plan/format.js';
import type { Language } from '../../plan/schema.js';
import { aggregateWord, everyoneWord } from '../../plan/condition-text.js';
import { metricName, pausedPartName, phaseName, type DisplayNames } from '../../plan/display-names.js';
import { plainGateReason } from './plain-reason.js';
import { gateWords } from './words.js';
import { partRollbackWords } from '../../rollback/words.js';
import { withoutFullStop } from '../../util/full-stop.js';

/**
 * Wording every gate-check format shares, so that they tell the same story; English unless asked.
 * The tables name gates and phases by id, as the plan does, and metrics by name, as the reasons
 * below them do; the sentences use the plan's names throughout.
 */

export const formatValue = (g: Pick<GateResult, 'observed' | 'aggregate' | 'threshold'>, lang: Language = 'en'): string => (g.observed === null ? '-' : shownValue(g.observed, g.aggregate, lang, g.threshold));

/** `satisfaction (mean)`, `satisfaction (gemiddelde)`; `last` and an aggregate named like its metric (`nps`) go unsaid. */
export function metricLabel(g: Pick<GateResult, 'metric' | 'aggregate'>, lang: Language = 'en', name: string = g.metric): string {
  return g.aggregate === 'last' || g.aggregate === g.metric ? name : `${name} (${aggregateWord(g.aggregate, lang)})`;
}

/** Whose gate it is: its phase, or everyone for a gate that reads the whole organization's rows. */
export const gateOwner = (g: Pick<GateResult, 'phase' | 'scope'>, lang: Language = 'en'): string => (g.scope === 'organization' ? everyoneWord(lang) : g.phase);

export function gateCells(g: GateResult, names: DisplayNames, lang: Language = 'en'): string[] {
  const w = gateWords(lang);
  return [g.id, gateOwner(g, lang), metricLabel(g, lang, metricName(names, g.metric)), formatValue(g, lang), g.op, w.number(g.threshold), String(g.samples), w.status[shownStatus(g)]];
}

/** Why a gate has its status, with the plan's names; the JSON carries the English sentence with ids. */
export const gateReason = (g: GateResult, names: DisplayNames, lang: Language = 'en'): string => reasonText(g.because, lang, names, g.threshold);

/** A gate not due yet whose value so far fails, with what its failure would ask. */
export function failingSoFarCause(g: GateResult, lang: Language = 'en'): string {
  const w = gateWords(lang);
  return w.failingSoFar(g.id, formatValue(g, lang), `${g.op} ${w.number(g.threshold)}`, g.due, w.severity[g.severity], w.decision[g.effectIfDue ?? g.effect]);
}

function gateCause(g: GateResult, lang: Language): string {
  const w = gateWords(lang);
  if (g.status === 'pending' && g.effectIfDue) return failingSoFarCause(g, lang);
  return g.status === 'fail' ? w.failed(g.id, w.severity[g.severity], w.decision[g.effect]) : w.inconclusive(g.id, w.decision[g.effect]);
}

/** Why the rollout pauses or rolls back: each launch and the switch-off that waits, with the gates it waits for. */
export function decisionCauses(result: GateCheckResult, lang: Language = 'en'): string[] {
  const w = gateWords(lang);
  if (result.rolledBack) return [w.rolledBack(result.rolledBack.on, withoutFullStop(result.rolledBack.reason))];
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  const p = result.openPause;
  const name = (id: string) => phaseName(result.names.phases, id);
  const paused = p ? [w.paused(p.from, p.until, withoutFullStop(p.reason), p.only && pausedPartName(p.only, result.names.phases))] : [];
  const causes = [...partCauses(result, lang), ...paused, ...result.blockedLaunches.map((b) => stillCounting((b.pausedFrom ? w.launchPausedAhead(name(b.phase), b.launch, b.pausedFrom, launchCauses(result, b, lang)) : w.launchWaits(name(b.phase), b.launch, launchCauses(result, b, lang))), b, lang))];
  const off = result.decommission;
  if (off?.waits && off.due !== null) causes.push(stillCounting(w.switchOffWaits(name(off.phase), off.due, switchOffCauses(result, byId, lang)), off, lang));
  if (off?.pausedFrom && off.due !== null) causes.push(stillCounting(w.switchOffPausedAhead(name(off.phase), off.due, off.pausedFrom, switchOffCauses(result, byId, lang)), off, lang));
  // The parts rolled back hold all that is left: the rollout waits for them.
  const held = result.rolledBackParts ?? [];
  if (causes.length === 0 && result.decision === 'pause' && held.length > 0) causes.push(partRollbackWords(lang).waits(held.map((h) => pausedPartName(h.only, result.names.phases)).join(', ')));
  return causes;
}

/** Each location whose own gates ask for its rollback, and what the rest of the rollout does. */
function partCauses(result: GateCheckResult, lang: Language): string[] {
  const r = result.rollback;
  if (!r?.parts) return [];
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  return r.parts.map((p) => partRollbackWords(lang).decided(p.location, p.gates.map((id) => gateCause(byId.get(id)!, lang)).join(', '), gateWords(lang).decision[r.rest!]));
}

/** The rollbacks of one part the plan records: said beside the decision, which is the rest's. */
export function rolledBackPartLines(result: GateCheckResult, lang: Language = 'en'): string[] {
  return (result.rolledBackParts ?? []).map((p) => partRollbackWords(lang).recorded(pausedPartName(p.only, result.names.phases), p.on, p.reason));
}

/**
 * Why the switch-off waits: the condition not met, and each gate guarding it that asks to. Ahead
 * of its day (see SwitchOff.waits) only such gates hold it: the condition is read on the day.
 */
function switchOffCauses(result: GateCheckResult, byId: Map<string, GateResult>, lang: Language): string {
  const off = result.decommission!;
  const objecting = off.guards.map((id) => byId.get(id)!).filter((g) => g.effect !== 'continue');
  const ahead = (off.waits || off.pausedFrom) && off.due !== null && result.asOf < off.due;
  return [...(result.decommissionReady === false && !ahead ? [conditionText(result, lang)] : []), ...objecting.map((g) => gateCause(g, lang))].join(', ');
}

/** A launch or the switch-off ahead, with the last day whose exports its due gates still read, once there is one. */
function stillCounting(waits: string, held: { readsUntil?: string }, lang: Language): string {
  return held.readsUntil ? `${waits}; ${gateWords(lang).stillCounts(held.readsUntil)}` : waits;
}

/** Why a launch waits: each gate guarding it that asks to, with its status and effect. */
function launchCauses(result: GateCheckResult, launch: BlockedLaunch, lang: Language): string {
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  return launch.gates.map((id) => gateCause(byId.get(id)!, lang)).join(', ');
}

/**
 * The condition as read. With parts rolled back, the switch-off waits because they are back on the
 * old tools, not for their use of the new one: said so, then the lowest of the parts still on it.
 */
function conditionText(result: GateCheckResult, lang: Language): string {
  const waiting = switchOffWaiting(result);
  if (!waiting) return conditionReading(result, result.condition!, lang);
  return partRollbackWords(lang).switchOffWaits(waiting.parts, conditionReading(result, waiting.rest, lang));
}

/**
 * With parts rolled back and still back on the old tools, the switch-off waits for them: those
 * parts by name, each with its day, and the condition as read of the parts still on the new tool
 * (the parts not measured are the whole condition's: a part back may be among them).
 */
export function switchOffWaiting(result: GateCheckResult): { parts: { part: string; on: string }[]; rest: ConditionRead } | undefined {
  const c = result.condition;
  const back = partsStillBack(result);
  if (!c?.stillOnNewTool || back.length === 0) return undefined;
  return { parts: back.map((p) => ({ part: pausedPartName(p.only, result.names.phases), on: p.on })), rest: { ...withoutPeople(c), ...c.stillOnNewTool, organization: null, notMeasured: [] } };
}

/** The switch-off condition as read, or as read of the parts still on the new tool (with all of them `together`). */
type ConditionRead = NonNullable<GateCheckResult['condition']> & { together?: number | null };

function conditionReading(result: GateCheckResult, d: ConditionRead, lang: Language): string {
  const w = gateWords(lang);
  const metric = metricName(result.names, d.metric);
  const read = conditionValue(d, result.names, lang, (v) => shownValue(v, 'last', lang, d.threshold));
  // Of the parts still on the new tool, only rows that name no part (which hold the parts back too) may have come.
  const none = d.together !== undefined && d.measuredOn !== null ? w.notApart(metric) : d.measuredOn !== null ? w.noneStarted(metric) : w.noRows(metric);
  const value = read !== undefined ? w.is(metric, read) : none;
  // A phase not started by the day measured is said to be so, not read as 0%.
  const waiting = d.notStarted.map((p): [string, string | null] => [phaseName(result.names.phases, p.phase), p.start]);
  // A part with people that no row measures counts too: named, not left out.
  const unmeasured = d.notMeasured.map((p) => scopeText(p, result.names, lang));
  const stale = d.stale ? `; ${w.conditionStale(d.stale.newest, d.stale.age)}` : '';
  return `${w.needs(value, `${d.op} ${w.number(d.threshold)}`)}${stale}${waiting.length && d.measuredOn !== null ? `; ${w.notStarted(d.measuredOn, waiting)}` : ''}${unmeasured.length ? `; ${w.notMeasured(metric, unmeasured)}` : ''}`;
}

/**
 * The condition's value as read, with whose it is (see conditionScope); with the whole
 * organization's value beside a part's, each is said to be whose (`55 in the lowest of the parts
 * started (location Port of Spain) and 72 in the whole organization`), so that neither is read as
 * everyone's. Undefined without a value.
 */
export function conditionValue(d: ConditionRead, names: DisplayNames, lang: Language, shown: (value: number) => string): string | undefined {
  if (d.observed === null) return undefined;
  const w = gateWords(lang);
  // A part of a few people is said in people too: in a part of 3, 80% is all 3.
  const people = d.people ? `: ${w.partPeople(d.people.active, d.people.total, d.people.needed, w.number(d.threshold))}` : '';
  const part = d.lowest !== null && Object.keys(d.lowest).length > 0 ? `${scopeText(d.lowest, names, lang)}${people}` : undefined;
  if (part !== undefined && d.organization !== null) return w.lowestAndWhole(shown(d.observed), part, shown(d.organization));
  if (d.together != null) return part !== undefined ? w.lowestAndTogether(shown(d.observed), part, shown(d.together)) : `${shown(d.observed)} (${w.together})`;
  const scope = conditionScope(d, names, lang);
  return `${shown(d.observed)}${scope ? ` (${scope}${people})` : ''}`;
}

/** `phase Pilot group`, `group Advies, location Paramaribo`; `whole organization` for rows that name no part. */
export function scopeText(scope: ScopeName, names: DisplayNames, lang: Language = 'en'): string {
  const w = gateWords(lang);
  const named = { ...scope, ...(scope.phase !== undefined ? { phase: phaseName(names.phases, scope.phase) } : {}) };
  const parts = (['phase', 'group', 'location'] as const).flatMap((k) => (named[k] === undefined ? [] : [`${w.parts[k]} ${named[k]}`]));
  return parts.length ? parts.join(', ') : w.wholeOrganization;
}

/**
 * Whose value the switch-off condition reads when no whole organization's value is beside it
 * (see conditionValue): the lowest part of the organization, which decides, or the whole
 * organization. Undefined without a measured value.
 */
export function conditionScope(d: NonNullable<GateCheckResult['condition']>, names: DisplayNames, lang: Language = 'en'): string | undefined {
  if (d.lowest === null) return undefined;
  const w = gateWords(lang);
  return Object.keys(d.lowest).length === 0 ? w.wholeOrganization : w.lowest(scopeText(d.lowest, names, lang));
}

/** The decision's causes in one sentence, or that nothing waits: what every format and the report say. */
export function decisionWhy(result: GateCheckResult, lang: Language = 'en'): string {
  const again = secondTriesAhead(result, lang);
  const causes = decisionCauses(result, lang);
  if (causes.length) return [...causes, ...again].join('; ');
  return [whatWaitsNext(result, lang), ...partsAhead(result, lang), ...again].join('; ');
}

/** Each part rolled back whose second try is planned: the day it starts again and its gates due in it. */
function secondTriesAhead(result: GateCheckResult, lang: Language): string[] {
  return (result.rolledBackParts ?? []).flatMap((p) => {
    if (p.again === undefined) return [];
    const held = result.gates.flatMap((g) => (g.because.kind === 'held' && g.because.again !== undefined && sameParts(g.because.part, p.only) ? [{ id: g.id, due: g.because.due!, again: g.because.again }] : []));
    // Its gates give the day it starts there as the schedule dates it (a holiday moves it); the plan's day otherwise.
    return [partRollbackWords(lang).againAhead(pausedPartName(p.only, result.names.phases), p.on, held[0]?.again ?? p.again, held)];
  });
}

const sameParts = (a: { phase?: string; location?: string } | undefined, b: { phase?: string; location?: string }): boolean => a?.phase === b.phase && a?.location === b.location;

/** A location that a gate not due yet would roll back if it fell due today, with its value so far: while there is time to act. */
function partsAhead(result: GateCheckResult, lang: Language): string[] {
  const w = gateWords(lang);
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  const soFar = (g: GateResult) => w.needs(w.is(g.id, formatValue(g, lang)), `${g.op} ${w.number(g.threshold)}`);
  return (result.partsAhead ?? []).map((p) => w.partWillRollBack(p.location, p.due, p.gates.map((id) => soFar(byId.get(id)!)).join(', ')));
}

/** The next launch or the switch-off that would wait if things stay so, or that nothing waits. */
function whatWaitsNext(result: GateCheckResult, lang: Language): string {
  const w = gateWords(lang);
  const next = result.nextLaunch;
  const name = (id: string) => phaseName(result.names.phases, id);
  if (next) {
    return stillCounting(w.nextLaunchWaits(name(next.phase), next.launch, launchCauses(result, next, lang)), next, lang);
  }
  // Once every launch has started, the switch-off is what can wait next: said while there is time to act.
  const off = result.decommission;
  if (off?.next && !off.ready && off.due !== null) return w.switchOffWillWait(name(off.phase), off.due, switchOffCauses(result, new Map(result.gates.map((g) => [g.id, g])), lang));
  return w.nothingWaits;
}

export function decisionLine(result: GateCheckResult, lang: Language = 'en'): string {
  const w = gateWords(lang);
  return w.decisionLine(w.decision[result.decision], exitCodeFor(result.decision), decisionWhy(result, lang));
}

/** Each export behind on the day checked (see OutOfDate), with what to do: for standard error, the summary and the report's banner. */
export function outOfDateLines(result: GateCheckResult, lang: Language = 'en'): string[] {
  const w = gateWords(lang);
  return (result.outOfDate ?? []).map((o) =>
    w.exportBehind(metricName(result.names, o.metric), `${o.source}: ${o.file}`, o.newest, o.age, result.asOf, 'everyMonths' in o ? { months: o.everyMonths } : { days: o.every }, o.into),
  );
}

/** A failing or inconclusive gate that guards nothing: its title says it decides nothing. */
export const isReportOnly = (g: GateResult): boolean => g.guarding === null && (g.status === 'fail' || g.status === 'inconclusive');

/**
 * A failing or inconclusive gate that holds nothing: report only, or its contingency is continue
 * (a minor gate). CI shows it as a note, not as a failure, so that a run that continues is green.
 */
export const holdsNothing = (g: GateResult): boolean => (g.status === 'fail' || g.status === 'inconclusive') && (isReportOnly(g) || g.effect === 'continue');

/** A failing or inconclusive gate's verdict in a few words, as CI titles it (English). */
export function verdictTitle(g: GateResult): string {
  if (isReportOnly(g)) return g.status === 'fail' ? `${g.id} failed (${g.severity}, report only)` : `${g.id} is inconclusive (report only)`;
  return g.status === 'fail' ? `${g.id} failed (${g.severity} → ${g.effect})` : `${g.id} is inconclusive (→ ${g.effect})`;
}

/** The report-only gates that failed or are inconclusive, so that nobody reads them as the decision's cause. */
export function reportOnlyLine(result: GateCheckResult, lang: Language = 'en'): string | undefined {
  const gates = result.gates.filter(isReportOnly);
  const w = gateWords(lang);
  const note = (g: GateResult) => (g.status === 'fail' ? w.failedNote(g.id, w.severity[g.severity]) : w.inconclusiveNote(g.id));
  return gates.length ? w.reportOnly(gates.map(note).join(', ')) : undefined;
}

/**
 * A failed gate of the phase under way that guards nothing, whose severity's contingency pauses or
 * rolls back: the plan says what a failed gate leads to, yet nothing waits for this one. What to
 * write to make one wait, and the pause of that phase, while no pause is open.
 */
export function unguardedFailureLine(result: GateCheckResult, lang: Language = 'en', planFile?: string): string | undefined {
  if (result.openPause) return undefined;
  const g = result.gates.find((x) => isReportOnly(x) && x.status === 'fail' && x.effect !== 'continue' && !x.withdrawn && x.phase === result.currentPhase);
  if (!g) return undefined;
  const cause = gateCause(g, lang);
  const pause = `- { from: ${result.asOf}, reason: ${JSON.stringify(plainGateReason(result, g, lang))}, only: { phase: ${g.phase} } }`;
  return gateWords(lang).unguarded(cause, phaseName(result.names.phases, g.phase), pause, `rollout what-if --pause 2w --at ${result.asOf} --only-phase ${g.phase}${planArgument(planFile)}`);
}

/** A reason as the plan writes it: a string in its one language, or one in each of its languages. */
export function reasonEntry(languages: readonly Language[], reason: (lang: Language) => string): string {
  return languages.length === 1 ? JSON.stringify(reason(languages[0]!)) : `{ ${languages.map((lang) => `${lang}: ${JSON.stringify(reason(lang))}`).join(', ')} }`;
}

/**
 * While a launch or the switch-off waits and the plan records no pause, what to write into it:
 * the gate-check decides, the plan is where the rollout's dates come from. An item of `pauses:`,
 * as a plan may hold earlier pauses already, that pauses what waits alone; its reason, which the
 * pause's notice gives as why, in each of the plan's languages (`readers`), as this line says it.
 */
export function recordPauseLine(result: GateCheckResult, lang: Language = 'en', planFile?: string, readers: PlanReaders = { languages: [lang], inLanguage: () => result }): string | undefined {
  if (result.openPause || result.decision !== 'pause') return undefined;
  const held = result.blockedLaunches.find((b) => !b.pausedFrom);
  const off = result.decommission;
  const reason = (l: Language) => plainReasons(l === lang ? result : readers.inLanguage(l), held, l);
  const waiting = held ? { phase: held.phase, from: held.launch } : off?.waits && off.due !== null ? { phase: off.phase, from: off.due } : undefined;
  if (!waiting) return undefined;
  // A pause of what waits (and what waits for it): the phases running go on, with their office hours and gates.
  const pause = `- { from: ${waiting.from}, reason: ${reasonEntry(readers.languages, reason)}, only: { phase: ${waiting.phase} } }`;
  const w = gateWords(lang);
  return (held ? w.recordPause : w.recordSwitchOffPause)(pause, `rollout what-if --pause 2w --at ${waiting.from} --only-phase ${waiting.phase}${planArgument(planFile)}`);
}

/**
 * Why a launch (`held`) or the switch-off waits, in words for the pause notice every reader gets:
 * each gate that holds it by its part, metric, figure and goal (see plainGateReason), and for the
 * switch-off its condition as read.
 */
function plainReasons(result: GateCheckResult, held: BlockedLaunch | undefined, lang: Language): string {
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  if (held) return held.gates.map((id) => plainGateReason(result, byId.get(id)!, lang)).join('; ');
  const off = result.decommission!;
  const objecting = off.guards.map((id) => byId.get(id)!).filter((g) => g.effect !== 'continue');
  const ahead = off.due !== null && result.asOf < off.due;
  return [...(result.decommissionReady === false && !ahead ? [conditionText(result, lang)] : []), ...objecting.map((g) => plainGateReason(result, g, lang))].join('; ');
}

/**
 * The `--plan` a suggested command needs to read the plan this check read, so that it runs as
 * copied: none for the default file or standard input, quoted for a shell where the path needs it.
 */
function planArgument(planFile: string | undefined): string {
  if (planFile === undefined || planFile === '-' || planFile === DEFAULT_PLAN_FILE) return '';
  return ` --plan ${/^[\w./:@+-]+$/.test(planFile) ? planFile : `'${planFile.replaceAll("'", `'"'"'`)}'`}`;
}

/** While an open pause runs and what held its launch or the switch-off is gone: how to resume. */
export function causeGoneLine(result: GateCheckResult, lang: Language = 'en'): string | undefined {
  const p = result.openPause;
  const gone = p?.causeGone;
  if (!gone) return undefined;
  const w = gateWords(lang);
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  // A gate judged before the pause keeps its verdict; what passes now is its value on the rows so far.
  const now = (g: GateResult): GateResult => (gone.soFar?.[g.id] === undefined ? g : { ...g, observed: gone.soFar[g.id]! });
  const gates = gone.gates.map((id) => now(byId.get(id)!)).map((g) => `${g.id} ${formatValue(g, lang)} ${g.op} ${w.number(g.threshold)}`);
  const id = (p.only?.phase ?? p.phase)!;
  const end = `until: ${gone.until}, untilDecided: ${gone.untilDecided}`;
  if (id !== result.decommission?.phase) return w.causeGone(phaseName(result.names.phases, id), gates.join(', '), end);
  // The switch-off: its condition as read, beside the gates guarding it.
  return w.switchOffReady(phaseName(result.names.phases, id), [...(result.condition ? [conditionText(result, lang)] : []), ...gates].join(', '), end);
}

/** On rollback, the plan's procedure and who to tell, so nobody has to look them up. */
export function rollbackLines(result: GateCheckResult, lang: Language = 'en', readers: PlanReaders = { languages: [lang], inLanguage: () => result }): string[] {
  const r = result.rollback;
  if (!r) return [];
  const w = gateWords(lang);
  return [w.procedure(r.procedure), w.tell(r.tell), ...(r.parts ?? []).map((p) => partRollbackWords(lang).record(partRollbackEntry(result, p, readers)))];
}

/**
 * The `rollback:` entry that records the rollback of one location its gates ask for, as it can be
 * written into the plan: the reason in plain words (see plainRollbackReason), in each of the
 * plan's languages (a text per language when there are several, as its notices are written in each).
 */
export function partRollbackEntry(result: GateCheckResult, part: { location: string; gates: string[] }, readers: PlanReaders): string {
  return `rollback: { on: ${result.asOf}, reason: ${reasonEntry(readers.languages, (lang) => plainRollbackReason(readers.inLanguage(lang), part.gates, lang))}, only: { location: ${part.location} } }`;
}

/**
 * Why gates ask for a rollback, for the notice that tells the people it reaches why: each gate's
 * part, metric, figure and goal (see plainGateReason), never its id or the plan's contingency rule.
 */
export function plainRollbackReason(result: GateCheckResult, gates: readonly string[], lang: Language): string {
  return gates.map((id) => plainGateReason(result, result.gates.find((g) => g.id === id)!, lang)).join('; ');
}

export function decommissionLine(result: GateCheckResult, lang: Language = 'en'): string | undefined {
  const off = result.decommission;
  if (!off) return undefined;
  const w = gateWords(lang);
  // A condition that holds beside a switch-off not ready is said to hold: a gate guarding it is what waits.
  const reading = result.condition && (result.decommissionReady && !off.ready ? w.conditionMet(conditionText(result, lang)) : conditionText(result, lang));
  const failedOn = new Map((off.closed ?? []).map((c) => [c.gate, c.failedOn]));
  const guards = off.guards.map((id) => (failedOn.has(id) ? w.failedOn(id, failedOn.get(id)!) : id));
  const parts = [reading ?? undefined, guards.length ? w.guardedBy(guards.join(', ')) : undefined].filter((p): p is string => p !== undefined);
  return w.decommission(phaseName(result.names.phases, off.phase), off.due, off.ready, parts);
}

/**
 * For each gate guarding a held switch-off that failed on a window that has closed: that it did,
 * with its value and condition, that no new export changes it, and what the plan can write to go on.
 */
export function closedGuardLines(result: GateCheckResult, lang: Language = 'en'): string[] {
  const off = result.decommission;
  const w = gateWords(lang);
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  // A pause the plan records that holds the switch-off is not to be suggested again.
  const p = result.openPause;
  const paused = off?.pausedFrom !== undefined || (p !== null && (p.only === undefined || p.only.phase === off?.phase));
  return (off?.closed ?? []).map((c) => {
    const g = byId.get(c.gate)!;
    const failed = w.closedGuard(c.gate, c.failedOn, formatValue(g, lang), `${g.op} ${w.number(g.threshold)}`, phaseName(result.names.phases, off!.phase));
    return `${failed}. ${w.closedWayOut(c.gate, `gates[${c.index}]`, c.later, c.within, c.laterDue, paused)}`;
  });
}

export function headline(result: GateCheckResult, lang: Language = 'en'): string {
  return gateWords(lang).headline(result.asOf, result.currentPhase === null ? noPhaseRunning(result, lang) : phaseName(result.names.phases, result.currentPhase));
}

/** The parts rolled back that are still back on the old tools: none once the whole rollout rolled back. */
export function partsStillBack(result: GateCheckResult): RolledBackPart[] {
  return result.rolledBack ? [] : (result.rolledBackParts ?? []);
}

/** Why no phase runs, when parts rolled back ran the last one: said in place of the current phase. */
function noPhaseRunning(result: GateCheckResult, lang: Language): string | null {
  const back = partsStillBack(result);
  return back.length === 0 ? null : partRollbackWords(lang).noneRunning(back.map((p) => ({ part: pausedPartName(p.only, result.names.phases), on: p.on })));
}

/** The condition without the people of its own lowest part: the parts still on the new tool have a lowest of their own. */
function withoutPeople({ people: _, ...rest }: NonNullable<GateCheckResult['condition']>): NonNullable<GateCheckResult['condition']> {
  return rest;
}
