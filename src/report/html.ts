import { conditionScope, conditionValue, decisionWhy, metricLabel, outOfDateLines, partsStillBack, reportOnlyLine, switchOffWaiting } from '../reporters/gates/labels.js';
import { gateWords } from '../reporters/gates/words.js';
import { metricName, metricTitle, pausedPartName, phaseName } from '../plan/display-names.js';
import { DEFAULT_METRICS, planIn, type Plan } from '../plan/resolve.js';
import { resultIn } from '../gates/in-language.js';
import { rollbackPeople } from '../gates/rollback.js';
import type { Observations } from '../gates/series.js';
import type { AwaitedFile, GateCheckResult, GateResult } from '../gates/types.js';
import { shownStatus, type ShownStatus } from '../gates/shown-status.js';
import type { Schedule } from '../schedule/types.js';
import { parseDay, type Day } from '../util/dates.js';
import { gateChartSvg } from './charts.js';
import { condition, formatsFor, wordsFor, type Formats, type ReportLanguage, type Words } from './i18n.js';
import { inReportStyle } from './in-report-style.js';
import { questionsSection } from './questions.js';
import { briefSection } from './brief.js';
import { REPORT_CSS } from './styles.js';
import { escapeXml as esc, pin, diamond, el, svg } from './svg.js';
import { championsTable, checklistTable, gatesTable, statusPill, supportTable, upcomingTable, type TableContext } from './tables.js';
import { timelineSvg } from './timeline.js';
import { firstTryGates } from './first-try-gates.js';
import { gateTitle, guardedTries } from './gate-titles.js';
import { partRollbackBanners } from './part-rollback.js';
import { partRollbackWords } from '../rollback/words.js';
import { pauseLengthLabel } from '../pauses/length.js';

export interface ReportInput {
  plan: Plan;
  schedule: Schedule;
  asOf: Day;
  language: ReportLanguage;
  /** The gates as of `asOf`, with each gate's observations (none without metrics). */
  check: { result: GateCheckResult; series: Observations[] };
  /** False without --metrics: no decision banner, and the gates are not judged. */
  measured: boolean;
  /** The decision as of earlier days, oldest first, ending with `asOf`; empty without metrics. */
  history?: Pick<GateCheckResult, 'asOf' | 'decision'>[];
}

interface Context extends TableContext {
  input: ReportInput;
  /** The go/no-gos of other parts judged for each try of a part rolled back (see guardedTries). */
  tries: ReadonlyMap<string, string>;
  /** How a gate result is named (see gateTitle). */
  title: (id: string) => string;
}

/** The whole report: one HTML page with its styles and charts inlined, so it opens anywhere offline. */
export function renderReport(given: ReportInput): string {
  // The check may have read the plan in another language: the report quotes the plan in its own.
  const input = { ...given, check: { ...given.check, result: resultIn(given.check.result, given.plan) } };
  const words = wordsFor(input.language);
  const formats = formatsFor(input.language);
  const tries = guardedTries(input.plan, input.schedule, input.language);
  const results = new Set(input.check.result.gates.map((g) => g.id));
  const ctx: Context = { plan: input.plan, schedule: input.schedule, asOf: input.asOf, language: input.language, words, formats, input, tries, title: (id) => gateTitle(id, tries, words, results) };
  const title = words.title(input.plan.tool.name, input.plan.organization.name);
  const brief = briefSection(input.plan, words, input.language);
  const body = [
    header(ctx, title),
    section('timeline', words.timeline, '<div class="timeline-scroll">' + timelineSvg({ ...ctx, gateStatus: gateStatus(input), firstTryGates: firstTryGates(input.plan, input.schedule), tries: ctx.tries, locations: input.plan.organization.locations.map((l) => l.name) }) + '</div>' + legend(words) + historyStrip(ctx) + pauses(ctx)),
    section('adoption', words.adoption, `<p class="lead">${esc(words.adoptionLead)}</p>${adoption(ctx)}`),
    section('gates', words.gates, gatesTable(ctx, input.check.result.gates, input.measured, ctx.title)),
    section('upcoming', words.upcoming, upcomingTable(ctx)),
    section('checklists', words.checklists, checklistTable(ctx)),
    section('support', words.support, supportTable(ctx)),
    section('champions', words.champions, championsTable(ctx)),
    section('questions', words.questions, questionsSection(input.plan, words)),
    brief ? section('brief', words.brief, brief) : '',
    `<footer>${esc(words.generated(input.plan.tool.name))}</footer>`,
  ];
  return [
    '<!doctype html>',
    `<html lang="${input.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may be fetched: the report must look the same from a mail attachment with no network.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body><main>${body.join('\n')}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

/**
 * The decision as of each earlier day, as a strip of coloured cells under the timeline: under a
 * heading, each cell with its day and decision in words, as a print or a PDF keeps no hover title.
 */
function historyStrip(ctx: Context): string {
  const history = ctx.input.history ?? [];
  if (history.length === 0) return '';
  const cells = history.map((r) => {
    const day = ctx.formats.short(parseDay(r.asOf));
    const decision = ctx.words.decision[r.decision];
    return `<li class="hs hs-${r.decision}" title="${esc(`${day}: ${decision}`)}"><span>${esc(day)}</span><span class="hs-decision">${esc(decision)}</span></li>`;
  });
  return `<h3 class="history-title" id="history-title">${esc(ctx.words.history)}</h3><ol class="history" aria-labelledby="history-title">${cells.join('')}</ol>`;
}

const section = (id: string, heading: string, content: string): string => `<section id="${id}"><h2>${esc(heading)}</h2>${content}</section>`;

function gateStatus({ check, measured }: ReportInput): Map<string, ShownStatus> {
  return new Map(measured ? check.result.gates.map((g) => [g.id, shownStatus(g)]) : []);
}

function header(ctx: Context, title: string): string {
  const { words, formats, asOf, input } = ctx;
  const org = input.plan.organization;
  return [
    '<header>',
    `<p class="eyebrow">${esc(input.plan.tool.name)} · ${esc(org.name)}</p>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="date">${esc(words.reportOf)} ${esc(formats.long(asOf))}</p>`,
    secondTry(ctx),
    recorded(ctx) ? rolledBack(ctx) + rollback(ctx) : input.measured ? banner(input.check.result, input.language, words, formats) + rollback(ctx) : unjudged(ctx),
    partRollbackBanners(input.plan, input.schedule, asOf, input.language),
    awaited(ctx),
    `<div class="cards">${cards(ctx).join('')}</div>`,
    '</header>',
  ].join('');
}

/** Why the gates are not judged: no data was given, or the plan's exports are not due yet (listed below it). */
function unjudged({ words, input }: Context): string {
  const text = (input.check.result.awaited ?? []).length > 0 ? words.nothingDue : words.noMetrics;
  return `<div class="banner neutral" role="status"><strong>${esc(text)}</strong></div>`;
}

/** The exports (or the roster) not there yet and not due yet: unread, as gate-check says on stderr and in its JSON. */
function awaited({ words, formats, input }: Context): string {
  const files = input.check.result.awaited ?? [];
  if (files.length === 0) return '';
  const day = (d: string) => formats.short(parseDay(d));
  // The metric a gate or the switch-off reads, by the name the rest of the report gives it.
  const why = ({ because }: AwaitedFile): string =>
    because.kind === 'gate' || because.kind === 'switch-off'
      ? words.dueWhy({ ...because, metric: metricName(input.check.result.names, because.metric) }, undefined)
      : words.dueWhy(because, because.kind === 'session' ? day(because.held) : because.kind === 'survey' ? day(because.sent) : undefined);
  const items = files.map((f) => `<li>${esc(words.awaited(f.file, f.key, day(f.due), why(f)))}</li>`);
  return `<div class="awaited" role="note"><strong>${esc(words.awaitedTitle)}</strong><ul>${items.join('')}</ul></div>`;
}

/** gate-check's decision and its reasons, in its words and order, so that the two never disagree; days and conditions as the report writes them. */
function banner(result: GateCheckResult, language: ReportLanguage, words: Words, formats: Formats): string {
  const reportOnly = reportOnlyLine(result, language);
  // An export behind is said first: every value below may rest on it.
  const notes = [...outOfDateLines(result, language).map((l) => `${l.charAt(0).toUpperCase()}${l.slice(1)}`), ...(reportOnly ? [reportOnly] : [])];
  const note = notes.map((n) => ` <span class="banner-note">${esc(inReportStyle(n, formats))}.</span>`).join('');
  return `<div class="banner decision-${result.decision}" role="status" data-decision="${result.decision}"><span class="banner-word">${esc(words.decision[result.decision])}</span><span>${esc(words.decisionLead[result.decision])}: ${esc(inReportStyle(decisionWhy(result, language), formats))}.${note}</span></div>`;
}

/** The rollback the plan records, once the report's day has reached it. */
const recorded = (ctx: Context) => (ctx.plan.rollback && parseDay(ctx.plan.rollback.on) <= ctx.asOf ? ctx.plan.rollback : undefined);

/** That the plan is a second try, with why the first stopped in the report's language; nothing for a first. */
function secondTry(ctx: Context): string {
  const restart = planIn(ctx.plan, ctx.input.language).restart;
  return restart ? `<p class="date">${esc(ctx.words.secondTry(ctx.formats.short(parseDay(restart.rolledBackOn)), restart.reason))}</p>` : '';
}

/** The rollback the plan records, with its reason in the report's language: measured or not, nothing is decided again. */
function rolledBack(ctx: Context): string {
  const { words, formats } = ctx;
  const { on, reason } = planIn(ctx.plan, ctx.input.language).rollback!;
  return `<div class="banner decision-rollback" role="status" data-decision="rollback"><span class="banner-word">${esc(words.rolledBack)}</span><span>${esc(words.rolledBackOn(formats.short(parseDay(on)), reason))}.</span></div>`;
}

/** On rollback: the plan's procedure and whom to tell, in the report's language. */
function rollback(ctx: Context): string {
  if (ctx.input.check.result.decision !== 'rollback' && !recorded(ctx)) return '';
  const { words } = ctx;
  const plan = planIn(ctx.plan, ctx.input.language);
  const procedure = plan.contingency.rollbackProcedure ?? words.noProcedure;
  const tell = rollbackPeople(plan);
  return [
    '<div class="rollback">',
    `<p><strong>${esc(words.rollbackProcedure)}:</strong> ${esc(procedure)}</p>`,
    tell.length ? `<p><strong>${esc(words.tellFirst)}:</strong> ${tell.map(esc).join(', ')}</p>` : '',
    '</div>',
  ].join('');
}

/** The plan's pauses and extensions and why, under the timeline they moved. */
function pauses(ctx: Context): string {
  const list = ctx.schedule.pauses;
  const extensions = ctx.schedule.extensions ?? [];
  if (list.length === 0 && extensions.length === 0) return '';
  const { words, formats } = ctx;
  // Pauses of two parts may start the same day.
  const key = (p: { from: string; only?: { phase?: string; location?: string } | undefined }) => `${p.from} ${p.only?.phase ?? ''} ${p.only?.location ?? ''}`;
  const reasons = new Map(planIn(ctx.plan, ctx.input.language).pauses.map((p) => [key(p), p.reason]));
  const items = list.map((p) => {
    const from = formats.short(parseDay(p.from));
    const { rollback } = ctx.schedule;
    const span =
      p.until === null && rollback ? words.pauseEnded(from, formats.short(parseDay(rollback.on))) : words.pauseSpan(from, p.until === null ? null : formats.short(parseDay(p.until)), pauseLengthLabel(p, ctx.input.language));
    // A pause of one part names it; any other the phase it concerns.
    const part = p.only ? pausedPartName(p.only, ctx.plan.phases) : p.phase !== undefined ? phaseName(ctx.plan.phases, p.phase) : undefined;
    const phase = part !== undefined ? `${part}: ` : '';
    return `<li><strong>${esc(span)}</strong> ${esc(phase + (reasons.get(key(p)) ?? p.reason))}</li>`;
  });
  // The schedule is built from the plan in the report's language: its names and reasons are in it.
  const extended = extensions.map((x) => {
    const span = words.extensionSpan(formats.short(parseDay(x.decided)), formats.short(parseDay(x.until)), formats.short(parseDay(x.was)), pauseLengthLabel(x, ctx.input.language));
    return `<li><strong>${esc(span)}</strong> ${esc(`${words.runsLonger(x.name)}: ${x.reason}`)}</li>`;
  });
  return `<div class="pauses"><h3>${esc(extensions.length ? words.pausesAndExtensions : words.pauses)}</h3><ul>${[...items, ...extended].join('')}</ul></div>`;
}

function cards(ctx: Context): string[] {
  const { words, formats, asOf, input } = ctx;
  const { result } = input.check;
  const current = ctx.schedule.phases.find((p) => p.id === result.currentPhase);
  const reached = ctx.schedule.phases.filter((p) => p.kind === 'launch' && parseDay(p.start) <= asOf).reduce((n, p) => n + p.people, 0);
  const headcount = input.plan.organization.headcount;
  const share = headcount ? Math.round((reached / headcount) * 100) : 0;
  const d = result.condition;
  const metric = d ? input.plan.metrics.find((m) => m.name === d.metric) : undefined;
  const label = d ? metricTitle(input.plan.metrics, d.metric, input.language) : '';
  const percent = d !== null && (metric?.unit === 'percent' || /_pct$/.test(d.metric));
  // Measured adoption where there is data: the whole organization's, else the switch-off
  // condition's lowest part, saying which; without data, the planned head count, labelled as planned.
  const use = input.measured && d !== null && d.observed !== null && percent ? (d.organization ?? d.observed) : null;
  // The day the value shown was measured, as the weekly update says it: an export is often days older than the report.
  const useDay = d === null ? null : d.organization !== null ? d.organizationDay : d.day;
  const useScope = d === null || d.lowest === null ? '' : d.organization !== null ? gateWords(input.language).wholeOrganization : conditionScope(d, result.names, input.language)!;
  const meter = (value: number) => `<span class="meter"><span style="width:${Math.max(0, Math.min(100, value))}%"></span></span>`;
  const list = [
    card(words.currentPhase, current ? esc(current.name) : esc(words.noPhase), current ? esc(`${formats.short(parseDay(current.start))} – ${formats.short(parseDay(current.end))}`) : esc(noPhaseNote(ctx))),
    use !== null
      ? card(words.activeUse, esc(`${formats.rounded(use)}%`), `${esc(words.measuredIn(useScope, formats.long(useDay === null ? asOf : parseDay(useDay))))}${meter(use)}`)
      : card(words.people, esc(words.ofHeadcount(reached, headcount)), meter(share)),
  ];
  if (input.measured) {
    // A gate an open pause holds is counted as on hold, not as one still running to its day; one a rollback withdrew as withdrawn: it will never be judged.
    const counts = (['pass', 'fail', 'inconclusive', 'pending', 'withdrawn'] as const).map((s) => [s, result.gates.filter((g) => shownStatus(g) === s && !g.onHold).length] as const).filter(([, n]) => n > 0);
    const held = result.gates.filter((g) => g.onHold).length;
    const heldCount = held > 0 ? ` <span class="count st-held">${held} ${esc(words.onHold)}</span>` : '';
    list.push(card(words.gatesSummary, counts.map(([s, n]) => `<span class="count st-${s}">${n} ${esc(words.status[s])}</span>`).join(' ') + heldCount, ''));
  }
  if (d && result.rolledBack) list.push(withdrawnSwitchOff(ctx, result.rolledBack.on));
  else if (d) {
    const needs = condition(d.op, d.threshold, formats);
    const closed = input.measured ? closedGuardNotes(ctx) : [];
    const state = !input.measured ? words.notMeasured : result.decommissionReady && closed.length === 0 ? words.ready : words.notReady;
    const reading = (c: NonNullable<GateCheckResult['condition']>) => `${words.latest} ${conditionValue(c, result.names, input.language, formats.rounded)!}`;
    // With parts rolled back, the switch-off waits for them, not for their use: as gate-check says it.
    const waiting = input.measured ? switchOffWaiting(result) : undefined;
    const latest = waiting
      ? `; ${partRollbackWords(input.language).switchOffWaits(waiting.parts.map((p) => ({ ...p, on: formats.short(parseDay(p.on)) })), waiting.rest.observed !== null ? reading(waiting.rest) : words.notMeasured)}`
      : input.measured && d.observed !== null ? `; ${reading(d)}` : '';
    list.push(card(words.decommission(planIn(input.plan, input.language).tool.replaces), esc(state), esc(`${label} ${needs}${latest}${closed.map((c) => `; ${c}`).join('')}`)));
  }
  return list;
}

/** A gate guarding the held switch-off that failed on a window that has closed: it holds the switch-off whatever the use now. */
function closedGuardNotes({ words, formats, input }: Context): string[] {
  const { result } = input.check;
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  return (result.decommission?.closed ?? []).map((c) => {
    const g = byId.get(c.gate)!;
    return words.closedGuard(c.gate, formats.short(parseDay(c.failedOn)), g.observed === null ? '-' : formats.rounded(g.observed), condition(g.op, g.threshold, formats));
  });
}

/** The switch-off a rollback of the whole rollout withdrew, as gate-check has none: the old system stays on. */
function withdrawnSwitchOff({ words, formats, input }: Context, on: string): string {
  const replaces = planIn(input.plan, input.language).tool.replaces;
  return card(words.decommission(replaces), esc(words.withdrawn), esc(words.switchOffWithdrawn(formats.short(parseDay(on)), replaces ?? words.oldSystem)));
}

/** Beside "none running", when the parts rolled back ran the last phase started: each of them and its day. */
function noPhaseNote({ words, formats, input, plan }: Context): string {
  const { result } = input.check;
  return partsStillBack(result).map((p) => words.partRolledBack(pausedPartName(p.only, plan.phases), formats.short(parseDay(p.on)))).join(', ');
}

const card = (label: string, value: string, note: string): string => `<div class="card"><span class="card-label">${esc(label)}</span><span class="card-value">${value}</span><span class="card-note">${note}</span></div>`;

function legend(words: Words): string {
  const icon = (shape: string) => svg(14, 14, { class: 'legend-icon', 'aria-hidden': 'true' }, shape);
  const items = [
    [icon(el('rect', { x: 0, y: 3, width: 14, height: 8, rx: 2, class: 'tl-bar tl-launch' })), words.legend.phase],
    [icon(pin(7, 12, 4, { class: 'tl-launch' })), words.legend.launch],
    [icon(el('circle', { cx: 7, cy: 7, r: 3.5, class: 'tl-training' })), words.legend.training],
    [icon(diamond(7, 7, 6, { class: 'tl-gate' })), words.legend.gate],
    [icon(el('rect', { x: 2.5, y: 2.5, width: 9, height: 9, rx: 2, class: 'tl-review' })), words.legend.review],
    [icon(el('line', { x1: 7, x2: 7, y1: 0, y2: 14, class: 'today-line' })), words.legend.today],
  ];
  return `<p class="legend">${items.map(([i, label]) => `<span>${i}${esc(label!)}</span>`).join('')}</p>`;
}

/** Each phase's gates under it; the gates on everyone's rows after them, under the whole organization. */
function adoption(ctx: Context): string {
  const { input, words, formats } = ctx;
  const gates = input.check.result.gates.map((g, i) => [g, i] as const);
  const charts = (own: typeof gates) => (own.length ? `<div class="charts">${own.map(([g, i]) => gateFigure(ctx, g, input.check.series[i]!)).join('')}</div>` : `<p class="muted">${esc(words.noGates)}</p>`);
  const phases = ctx.schedule.phases.map((phase) => {
    const when = `${formats.short(parseDay(phase.start))} – ${formats.short(parseDay(phase.end))}`;
    const own = gates.filter(([g]) => g.phase === phase.id && g.scope !== 'organization');
    return `<div class="phase" data-phase="${esc(phase.id)}"><h3>${esc(phase.name)} <span class="muted">${esc(when)}</span></h3>${charts(own)}</div>`;
  });
  const everyone = gates.filter(([g]) => g.scope === 'organization');
  if (everyone.length) phases.push(`<div class="phase" data-scope="organization"><h3>${esc(words.wholeOrganization)}</h3>${charts(everyone)}</div>`);
  return phases.join('');
}

function gateFigure(ctx: Context, gate: GateResult, obs: Observations): string {
  const { input, words, formats } = ctx;
  const metric = input.plan.metrics.find((m) => m.name === gate.metric) ?? DEFAULT_METRICS.find((m) => m.name === gate.metric);
  const label = metricTitle(input.plan.metrics, gate.metric, input.language);
  const chart = gateChartSvg({ gate, label: metricLabel(gate, input.language, label), obs, unit: metric?.unit ?? 'number', asOf: input.asOf, measured: input.measured, words, formats });
  const observed = input.measured && gate.observed !== null ? `${formats.gateValue(gate.observed, gate.aggregate, gate.threshold)} · ` : '';
  return [
    `<figure class="gate-chart" data-gate="${esc(gate.id)}">`,
    `<figcaption><span><strong>${esc(ctx.title(gate.id))}</strong> <span class="muted">${esc(metricLabel(gate, input.language, label))}</span></span>`,
    `<span class="caption-right"><span class="muted">${esc(`${observed}${condition(gate.op, gate.threshold, formats)}`)}</span> ${statusPill(input.measured ? shownStatus(gate) : undefined, words)}</span></figcaption>`,
    chart,
    '</figure>',
  ].join('');
}
