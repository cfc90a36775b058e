import type { ShownStatus } from '../gates/shown-status.js';
import { secondTryId } from '../gates/second-try.js';
import type { HeldPhase, Schedule, ScheduleEvent, SchedulePhase } from '../schedule/types.js';
import { parseDay, type Day } from '../util/dates.js';
import type { Formats, Words } from './i18n.js';
import { diamond, dot, el, escapeXml, linearScale, pin, svg, text, tooltip, type Scale } from './svg.js';

/** The Gantt chart of the phases by rollout week, with today's line and the milestones as markers. */

export const TIMELINE = { width: 1000, labelWidth: 190, right: 14, axis: 40, row: 30, groupRow: 22 } as const;

export interface TimelineInput {
  schedule: Schedule;
  asOf: Day;
  /** Gate id → status, to colour the gate markers; absent without metrics. */
  gateStatus: Map<string, ShownStatus>;
  /** The gates of parts' first tries, before they rolled back (see firstTryGates). */
  firstTryGates: ScheduleEvent[];
  /** The go/no-gos of other parts judged for each try of a part rolled back (see guardedTries). */
  tries: ReadonlyMap<string, string>;
  /** Location names of the plan: several of them group the phases per location. */
  locations: string[];
  words: Words;
  formats: Formats;
}

type Row = { kind: 'group'; label: string } | { kind: 'phase'; phase: SchedulePhase | HeldPhase } | { kind: 'reviews' };

/** Phase rows (those an open pause holds too, undated), under a header per location (or set of locations) when the plan has several. */
export function timelineRows(phases: (SchedulePhase | HeldPhase)[], locations: string[], words: Words): Row[] {
  if (locations.length < 2) return [...phases.map((phase) => ({ kind: 'phase' as const, phase })), { kind: 'reviews' }];
  const groups = new Map<string, (SchedulePhase | HeldPhase)[]>();
  for (const phase of phases) {
    const label = phase.locations.length === locations.length ? words.allLocations : phase.locations.join(', ');
    groups.set(label, [...(groups.get(label) ?? []), phase]);
  }
  const rows: Row[] = [...groups].flatMap(([label, list]) => [{ kind: 'group' as const, label }, ...list.map((phase) => ({ kind: 'phase' as const, phase }))]);
  return [...rows, { kind: 'reviews' }];
}

/** Whole rollout weeks covering every phase and event, as a day domain [first Monday-ish day, day after the last]. */
export function timelineDomain(schedule: Schedule): [Day, Day] {
  const start = parseDay(schedule.start);
  const days = [...schedule.phases.flatMap((p) => [parseDay(p.start), parseDay(p.end)]), ...schedule.held.phases.map((p) => parseDay(p.plannedStart)), ...schedule.events.map((e) => parseDay(e.date)), start];
  const weekStart = (day: Day): Day => start + Math.floor((day - start) / 7) * 7;
  return [weekStart(Math.min(...days)), weekStart(Math.max(...days)) + 7];
}

export function timelineSvg(input: TimelineInput): string {
  const { schedule, words, asOf } = input;
  const rows = timelineRows([...schedule.phases, ...schedule.held.phases], input.locations, words);
  const height = TIMELINE.axis + rows.reduce((h, r) => h + (r.kind === 'group' ? TIMELINE.groupRow : TIMELINE.row), 0) + 8;
  const labels = labelWidth(rows, words);
  const x = linearScale(timelineDomain(schedule), [labels, TIMELINE.width - TIMELINE.right]);
  const parts = [weekAxis(x, schedule, height, input.formats, words)];
  let y = TIMELINE.axis;
  for (const row of rows) {
    if (row.kind === 'group') {
      parts.push(text({ x: 8, y: y + 15, class: 'tl-group' }, row.label), el('line', { x1: 8, x2: TIMELINE.width - TIMELINE.right, y1: y + 20, y2: y + 20, class: 'tl-group-rule' }));
      y += TIMELINE.groupRow;
      continue;
    }
    parts.push(row.kind === 'reviews' ? reviewsRow(y, x, input) : 'plannedStart' in row.phase ? heldRow(row.phase, y, x, labels, input) : phaseRow(row.phase, y, x, labels, input));
    y += TIMELINE.row;
  }
  parts.push(todayLine(x, asOf, height, input));
  return svg(TIMELINE.width, height, { class: 'timeline', role: 'img', 'aria-label': words.timeline }, ...parts);
}

function weekAxis(x: Scale, schedule: Schedule, height: number, formats: Formats, words: Words): string {
  const start = parseDay(schedule.start);
  const [from, to] = x.domain;
  const weekWidth = x(from + 7) - x(from);
  const every = Math.ceil(56 / weekWidth);
  // The grid first, the labels over it: a date wider than its week is never crossed by the next line.
  const grid: string[] = [];
  const labels = [text({ x: 8, y: 14, class: 'tl-axis-title' }, words.week)];
  for (let day = from; day < to; day += 7) {
    const week = (day - start) / 7 + 1;
    grid.push(el('line', { x1: x(day), x2: x(day), y1: 20, y2: height, class: 'tl-grid' }));
    labels.push(text({ x: x(day + 3.5), y: 14, class: 'tl-week' }, String(week)));
    if ((week - 1) % every === 0) labels.push(text({ x: x(day) + 2, y: 32, class: 'tl-date' }, formats.short(day)));
  }
  return el('g', { class: 'tl-axis' }, ...grid, ...labels);
}

const eventsOf = (schedule: Schedule, phase: string, types: ScheduleEvent['type'][]) =>
  schedule.events.filter((e) => e.phase === phase && types.includes(e.type));

/** Average glyph widths of the row names (12 px) and head counts (10 px): the report opens anywhere, with whatever font is there. */
const NAME_GLYPH = 6.6;
const COUNT_GLYPH = 5.6;
const MAX_LABELS = 320;

/** The width of the names column: the longest row name and its head count side by side, within bounds. */
function labelWidth(rows: Row[], words: Words): number {
  const need = rows.map((r) => (r.kind === 'phase' ? 18 + r.phase.name.length * NAME_GLYPH + countWidth(r.phase, words) : r.kind === 'reviews' ? 18 + words.wholeOrganization.length * NAME_GLYPH : 0));
  return Math.min(MAX_LABELS, Math.max(TIMELINE.labelWidth, Math.ceil(Math.max(...need))));
}

const countWidth = (phase: SchedulePhase | HeldPhase, words: Words): number => (phase.people ? 14 + words.peopleCount(phase.people).length * COUNT_GLYPH : 0);

/**
 * A row's name, cut to the room beside its head count with an ellipsis (the whole name is its
 * tooltip), and the head count, for a row whose middle is `mid`.
 */
function rowLabels(phase: SchedulePhase | HeldPhase, labels: number, words: Words, mid: number): string[] {
  const room = Math.floor((labels - 18 - countWidth(phase, words)) / NAME_GLYPH);
  const y = mid + 4;
  const name = phase.name.length <= room ? text({ x: 8, y, class: 'tl-label' }, phase.name) : el('text', { x: 8, y, class: 'tl-label' }, tooltip(phase.name), escapeXml(`${phase.name.slice(0, Math.max(1, room - 1)).trimEnd()}…`));
  return phase.people ? [name, text({ x: labels - 10, y: mid + 3.5, class: 'tl-people' }, words.peopleCount(phase.people))] : [name];
}

/** A phase an open pause holds: no dates yet, a dashed bar from the day it was to start, open to the right. */
function heldRow(phase: HeldPhase, y: number, x: Scale, labels: number, input: TimelineInput): string {
  const { words, formats } = input;
  const mid = y + TIMELINE.row / 2;
  const from = parseDay(phase.plannedStart);
  const [, end] = x.range;
  const about = `${phase.name}: ${words.heldSince(formats.short(from))}`;
  return el(
    'g',
    { class: 'tl-row' },
    ...rowLabels(phase, labels, words, mid),
    el('rect', { x: x(from), y: mid - 8, width: end - x(from), height: 16, rx: 4, class: 'tl-held', 'data-phase': phase.id }, tooltip(about)),
    text({ x: x(from) + 6, y: mid + 4, class: 'tl-held-label' }, words.onHold),
  );
}

function phaseRow(phase: SchedulePhase, y: number, x: Scale, labels: number, input: TimelineInput): string {
  const { words, formats, asOf, schedule } = input;
  const start = parseDay(phase.start);
  const end = parseDay(phase.end) + 1;
  const mid = y + TIMELINE.row / 2;
  const current = asOf >= start && asOf < end;
  const about = `${phase.name}: ${formats.short(start)} – ${formats.short(end - 1)}${phase.people ? `, ${phase.people}` : ''}`;
  const parts = [
    ...rowLabels(phase, labels, input.words, mid),
    el('rect', { x: x(start), y: mid - 8, width: x(end) - x(start), height: 16, rx: 4, class: `tl-bar tl-${phase.kind}${current ? ' tl-current' : ''}`, 'data-phase': phase.id }, tooltip(about)),
  ];
  if (asOf > start) parts.push(el('rect', { x: x(start), y: mid - 8, width: x(Math.min(asOf, end)) - x(start), height: 16, rx: 4, class: 'tl-done' }));
  // Where it is held, when the plan has several places: a launch at one place is a second try there.
  const when = (e: ScheduleEvent) => `${formats.short(parseDay(e.date))}${e.location && input.locations.length > 1 ? `, ${e.location}` : ''}`;
  for (const e of eventsOf(schedule, phase.id, ['launch'])) parts.push(pin(x(parseDay(e.date) + 0.5), mid - 9, 5, { class: 'tl-launch' }, tooltip(`${words.events.launch}: ${when(e)}`)));
  for (const e of eventsOf(schedule, phase.id, ['training'])) parts.push(dot(x(parseDay(e.date) + 0.5), mid, 3.5, 'tl-training', `${words.events.training}: ${when(e)}`));
  const own = withFirstTries(eventsOf(schedule, phase.id, ['gate']), input.firstTryGates.filter((e) => e.phase === phase.id)).filter((e) => e.scope !== 'organization');
  parts.push(...sideBySide(own, x, (e, cx) => gateMarker(e, cx, mid, input)));
  return el('g', { class: 'tl-row' }, ...parts);
}

function gateMarker(e: ScheduleEvent, cx: number, mid: number, { words, formats, gateStatus, firstTryGates, tries }: TimelineInput): string {
  // The report's schedule dates each item's latest: a go/no-go judged again for a part's second try is that try's, a result of its own.
  const again = secondTryId(e.key, true);
  const firstTry = firstTryGates.includes(e);
  // A first try's gate keeps its own result only as a go/no-go judged again; any other's result is the second try's.
  const id = firstTry || !gateStatus.has(again) ? e.key : again;
  const status = firstTry && !gateStatus.has(again) ? undefined : gateStatus.get(id);
  // Another part's go/no-go judged for each try is named by the try of the part whose relaunch it guards.
  const part = tries.get(e.key);
  const judgedAgain = part !== undefined && (gateStatus.has(again) || firstTryGates.some((f) => f.key === e.key));
  const name = judgedAgain ? `${e.key} (${words.beforeTry(part, !firstTry)})` : firstTry ? `${id} (${words.firstTry})` : id;
  return diamond(cx, mid, 6, { class: `tl-gate${status ? ` st-${status}` : ''}${firstTry ? ' tl-first-try' : ''}` }, tooltip(`${words.events.gate} ${name}: ${formats.short(parseDay(e.date))}${status ? `, ${words.status[status]}` : ''}`));
}

/** A row's gates with its first tries' beside them, by day. */
function withFirstTries(gates: ScheduleEvent[], first: ScheduleEvent[]): ScheduleEvent[] {
  return first.length === 0 ? gates : [...gates, ...first].sort((a, b) => a.date.localeCompare(b.date));
}

/** Reviews, the rollback and the gates on everyone's rows: they belong to no phase. */
function reviewsRow(y: number, x: Scale, input: TimelineInput): string {
  const { words, formats, schedule } = input;
  const mid = y + TIMELINE.row / 2;
  const everyone = (e: ScheduleEvent) => e.type === 'review' || e.type === 'retrospective' || e.type === 'rollback' || e.scope === 'organization';
  const reviews = withFirstTries(schedule.events.filter(everyone), input.firstTryGates.filter(everyone));
  const markers = sideBySide(reviews, x, (e, cx) =>
    e.type === 'gate'
      ? gateMarker(e, cx, mid, input)
      : el('rect', { x: cx - 4.5, y: mid - 4.5, width: 9, height: 9, rx: 2, class: e.type === 'rollback' ? 'tl-review tl-rollback' : 'tl-review' }, tooltip(`${words.events[e.type]}: ${formats.short(parseDay(e.date))}`)),
  );
  return el('g', { class: 'tl-row' }, text({ x: 8, y: mid + 4, class: 'tl-label tl-muted' }, words.wholeOrganization), ...markers);
}

/** Markers of the same day are set side by side, so that none hides another. */
function sideBySide(events: ScheduleEvent[], x: Scale, draw: (e: ScheduleEvent, cx: number) => string): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const n = seen.get(e.date) ?? 0;
    seen.set(e.date, n + 1);
    return draw(e, x(parseDay(e.date) + 0.5) + n * 11);
  });
}

/** Today's line runs through the middle of today's day. */
export function todayX(x: Scale, asOf: Day): number | undefined {
  const at = asOf + 0.5;
  return at >= x.domain[0] && at <= x.domain[1] ? x(at) : undefined;
}

function todayLine(x: Scale, asOf: Day, height: number, input: TimelineInput): string {
  const at = todayX(x, asOf);
  if (at === undefined) return '';
  return el(
    'g',
    { class: 'tl-today' },
    el('line', { x1: at, x2: at, y1: 36, y2: height, class: 'today-line' }),
    text({ x: at + 4, y: height - 4, class: 'today-label' }, `${input.words.today} ${input.formats.short(asOf)}`),
  );
}
