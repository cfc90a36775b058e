import { metricLabel } from '../reporters/gates/labels.js';
import type { GateResult } from '../gates/types.js';
import { shownStatus, type ShownStatus } from '../gates/shown-status.js';
import { respondentsText } from '../gates/reasons.js';
import { gateRespondents } from '../gates/respondents.js';
import { metricTitle, pausedPartName, phaseName as namedPhase } from '../plan/display-names.js';
import { checklistOwner } from '../plan/checklist-owner.js';
import { word } from '../plan/builtin-text.js';
import { tiersInEscalationOrder } from '../plan/resistance.js';
import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import type { Schedule, ScheduleEvent } from '../schedule/types.js';
import { parseDay, type Day } from '../util/dates.js';
import { condition, type Formats, type Words } from './i18n.js';
import { escapeXml as esc } from './svg.js';
import { rolledBackName } from '../rollback/words.js';
import { phaseClock } from '../render/local-clock.js';
import { downloadTexts, laterCopies } from '../sources/downloads.js';
import { wholeOnlyPart } from '../sources/whole-only.js';
import { formatList } from '../util/lists.js';

/** The report's tables. Cells are markup: every plan value goes through `esc` on its way in. */

export interface TableContext {
  plan: Plan;
  schedule: Schedule;
  asOf: Day;
  language: Language;
  words: Words;
  formats: Formats;
}

export function table(headers: string[], rows: string[][], rowClass: (i: number) => string | undefined = () => undefined): string {
  const head = `<thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((cells, i) => `<tr${rowClass(i) ? ` class="${rowClass(i)}"` : ''}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

export const statusPill = (status: ShownStatus | undefined, words: Words): string =>
  status ? `<span class="pill st-${status}">${esc(words.status[status])}</span>` : `<span class="pill st-none">${esc(words.notMeasured)}</span>`;

/** A phase by its name, a phase a rollback withdrew from the schedule included. */
const phaseName = (ctx: TableContext, id: string | undefined): string => (id === undefined ? '' : esc(namedPhase(ctx.plan.phases, id)));

/** A gate's or an item's phase by name; the whole organization for a gate that reads everyone's rows. */
const ownerName = (ctx: TableContext, item: { phase?: string; scope?: string }): string => (item.scope === 'organization' ? esc(ctx.words.wholeOrganization) : phaseName(ctx, item.phase));

export function gatesTable(ctx: TableContext, gates: GateResult[], measured: boolean, title: (id: string) => string): string {
  const { words, formats } = ctx;
  const rows = gates.map((g) => [
    `<strong>${esc(title(g.id))}</strong>`,
    ownerName(ctx, g),
    esc(metricLabel(g, ctx.language, metricTitle(ctx.plan.metrics, g.metric, ctx.language))),
    `<span class="num">${measured && g.observed !== null ? esc(formats.gateValue(g.observed, g.aggregate, g.threshold)) : '–'}</span>${measured ? respondentsNote(ctx, g) : ''}`,
    esc(condition(g.op, g.threshold, formats)),
    esc(`${formats.short(parseDay(g.window.from))} – ${formats.short(parseDay(g.window.to))}`),
    // A gate an open pause holds has no due day yet: the planned one is only that.
    esc(g.onHold ? `${words.planned} ${formats.short(parseDay(g.due))}` : formats.short(parseDay(g.due))),
    (g.onHold ? `<span class="pill st-held">${esc(words.onHold)}</span>` : statusPill(measured ? shownStatus(g) : undefined, words)) + rolledBackNote(ctx, g) + wholeOnlyNote(ctx, g),
  ]);
  return table(words.gateColumns, rows);
}

/**
 * Beside the status of a gate withdrawn with its part: the rollback that followed, or that took it
 * before its day; of a gate on hold as it waits for a part rolled back: that part, as gate-check says.
 */
function rolledBackNote(ctx: TableContext, g: GateResult): string {
  const b = g.because;
  const waits = b.kind === 'held' && b.rolledBack;
  if (b.kind !== 'rolled-back' && !waits) return '';
  const note = waits ? ctx.words.waitsForRolledBack : b.kind === 'rolled-back' && b.unstarted ? ctx.words.partRolledBackUnstarted : ctx.words.partRolledBack;
  const on = b.kind === 'held' ? b.since : b.on;
  return ` <span class="muted">${esc(note(rolledBackName(b.part, ctx.plan.phases, ctx.language), ctx.formats.short(parseDay(on))))}</span>`;
}

/** Beside a survey gate's value: how many people it is from, so that a small office sees how much one answer weighs. */
function respondentsNote(ctx: TableContext, g: GateResult): string {
  const whom = gateRespondents(g.because);
  return whom ? ` <span class="muted">${esc(respondentsText(whom, ctx.language))}</span>` : '';
}

/** Beside an undecided gate of a location or group that its exports give for the whole organization only: why no row comes. */
function wholeOnlyNote(ctx: TableContext, g: GateResult): string {
  const b = g.because;
  return b.kind === 'whole-only' ? ` <span class="muted">${esc(ctx.words.wholeOnly(wholeOnlyPart(b, ctx.language)))}</span>` : '';
}

/** Events of the next fourteen days; office hours of one phase and place become one row. */
export function upcomingTable(ctx: TableContext): string {
  const { words, asOf } = ctx;
  const soon = ctx.schedule.events.filter((e) => e.type !== 'checklist' && parseDay(e.date) >= asOf && parseDay(e.date) < asOf + 14);
  if (soon.length === 0) return `<p class="muted">${esc(words.nothingUpcoming)}</p>`;
  const rows: ScheduleEvent[][] = [];
  const sessions = new Map<string, ScheduleEvent[]>();
  for (const e of soon) {
    const key = `${e.phase}|${e.location}`;
    const group = e.type === 'office-hours' ? sessions.get(key) : undefined;
    if (group) group.push(e);
    else {
      rows.push([e]);
      if (e.type === 'office-hours') sessions.set(key, rows[rows.length - 1]!);
    }
  }
  const body = rows.flatMap((group) => [...downloadRow(group[0]!, soon, ctx), row(group, ctx)]);
  return table(words.eventColumns, body);
}

/**
 * Before the first gate of a day, what to download that day: the gates are judged on the rows
 * dated up to it.
 */
function downloadRow(e: ScheduleEvent, soon: ScheduleEvent[], ctx: TableContext): string[][] {
  if (e.type !== 'gate' || soon.find((x) => x.type === 'gate' && x.date === e.date) !== e) return [];
  const due = soon.filter((x) => x.type === 'gate' && x.date === e.date);
  const downloads = due.flatMap((x) => x.downloads ?? []);
  const exports = formatList(downloadTexts(downloads, ctx.language), ctx.language, 'and');
  const owners = [...new Set(due.map((x) => ownerName(ctx, x)))];
  // What to download stays in the row; what a later copy does, the long part, folds away under it.
  const later = laterCopies(downloads, ctx.language).join(' ');
  const fold = later ? `<details class="later"><summary>${esc(ctx.words.laterCopy)}</summary>${esc(later)}</details>` : '';
  return [[esc(ctx.formats.short(parseDay(e.date))), `${esc(ctx.words.download)}: <span class="muted">${esc(`${exports}.`)}</span>${fold}`, owners.join(', '), '']];
}

/** One row of the next two weeks: an item, or a phase's office hours at one place. */
function row(group: ScheduleEvent[], ctx: TableContext): string[] {
  const { words, formats } = ctx;
  const e = group[0]!;
  const last = group[group.length - 1]!;
  const when = group.length === 1 ? formats.short(parseDay(e.date)) : `${formats.short(parseDay(e.date))} – ${formats.short(parseDay(last.date))}`;
  const count = group.length > 1 ? ` ${words.times(group.length)}` : '';
  const reach = e.scope === 'organization' ? ctx.plan.organization.locations.map((l) => l.name) : ctx.schedule.phases.find((p) => p.id === e.phase)?.locations;
  const where = e.location ?? reach?.join(', ') ?? '';
  return [esc(when), `${esc(words.events[e.type])}${esc(count)}${detail(group, ctx)}`, ownerName(ctx, e), esc(where)];
}

/** What a row's item is about; a session's time as its people read it, at each of their locations, as the messages give it. */
function detail(group: ScheduleEvent[], ctx: TableContext): string {
  const e = group[0]!;
  if (e.type === 'gate') return ` <span class="muted">${esc(e.key)}</span>`;
  const clock = phaseClock(group, ctx.schedule.phases.find((p) => p.id === e.phase), ctx.plan, ctx.language);
  // The length after a comma: a clock that moves with daylight saving already ends in brackets.
  if (clock) return ` <span class="muted">${esc(clock)}${e.minutes ? esc(`, ${e.minutes} min`) : ''}</span>`;
  if (e.type === 'weekly-update') return ` <span class="muted">${esc(`${ctx.words.week} ${e.week}`)}</span>`;
  return '';
}

export function checklistTable(ctx: TableContext): string {
  const { words, formats, asOf, plan } = ctx;
  // A rollback has the coordinator's checklist on its day too, as render-emails writes it.
  const lists = ctx.schedule.events.filter((e) => e.type === 'checklist' || e.type === 'rollback');
  const rows = lists.map((e) => {
    const part = e.location === undefined && e.phase === undefined ? undefined : pausedPartName(e, plan.phases);
    const what = e.type === 'rollback' ? words.rollBackChecklist(part) : (words.checklist[e.key] ?? e.key);
    return [esc(formats.short(parseDay(e.date))), esc(e.key === 'each-week-after' ? `${what} (${words.week} ${e.week})` : what), phaseName(ctx, e.phase), esc(checklistOwner(plan))];
  });
  return table(words.checklistColumns, rows, (i) => (parseDay(lists[i]!.date) < asOf ? 'past' : undefined));
}

/** The tiers in the order people escalate, rollout's own default texts in the report's language. */
export function supportTable({ plan, words, language }: TableContext): string {
  const t = (s: string) => word(s, language);
  const rows = tiersInEscalationOrder(plan.support).map((x) => [esc(String(x.tier)), `<strong>${esc(t(x.name))}</strong>`, esc(x.owner ?? ''), esc(x.channels.map(t).join(', ')), esc(x.handles.map(t).join(', '))]);
  return `${table(words.supportColumns, rows)}<p class="muted">${esc(words.escalation)} ${esc(plan.support.escalation.join(' → '))}</p>`;
}

/** The plan's champions, and each location's champion that the list does not name already. */
export function championsTable(ctx: TableContext): string {
  const { plan, words } = ctx;
  const listed = plan.champions.map((c) => ({ ...c }));
  for (const l of plan.organization.locations) {
    if (l.champion && !listed.some((c) => c.name === l.champion)) listed.push({ name: l.champion, location: l.name });
  }
  if (listed.length === 0) return `<p class="muted">${esc(words.noChampions)}</p>`;
  const rows = listed.map((c) => [`<strong>${esc(c.name)}</strong>`, esc(c.location ?? ''), esc(c.group ?? ''), phaseName(ctx, c.phase), esc(c.email ?? '')]);
  return table(words.championColumns, rows);
}
