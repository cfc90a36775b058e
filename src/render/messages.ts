import { isSolo } from '../plan/fit.js';
import { weekOf } from '../schedule/phases.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { readableId, shortHash } from '../util/ids.js';
import { requirePhaseId, type Plan } from '../plan/resolve.js';
import type { Schedule, ScheduleEvent, SchedulePhase } from '../schedule/types.js';
import type { ChecklistTemplate, EmailTemplate, TemplateKind } from './templates.js';
import { noticePause, pauseReaders, type PauseReaders } from '../pauses/readers.js';
import { LocalDays } from '../pauses/local-days.js';
import { extensionOf } from '../pauses/notices.js';
import { extensionReaders } from '../pauses/notice-days.js';
import { postponesSwitchOff, rolledBackOn } from '../rollback/notice.js';
import { scheduleToldBefore } from './eras.js';

/** One message or checklist to render, once per language. */
export interface Message {
  kind: TemplateKind;
  template: EmailTemplate | ChecklistTemplate;
  /** Send date of an email, due date of a checklist, YYYY-MM-DD. */
  date: string;
  week: number;
  phase?: SchedulePhase;
  location?: string;
  /** The schedule event the message comes from (none for the get-started checklist). */
  event?: ScheduleEvent;
  /** File name without language and extension, e.g. `2027-01-04_early-adopters_announcement`. */
  base: string;
  /** For weekly updates: 1 for the first, 2 for the second, ... */
  number: number;
  /** The rollout's first announcement, which the executive sponsor sends. */
  first: boolean;
  /** A pause or resume notice's readers: everyone, or the launch phases whose dates the pause moves. */
  readers?: PauseReaders;
}

const CHECKLIST_KEYS: Record<string, ChecklistTemplate> = {
  'get-started': 'get-started',
  'two-weeks-before': 'two-weeks-before',
  'one-week-before': 'one-week-before',
  'launch-day': 'launch-day',
  'first-week': 'first-week',
  'each-week-after': 'each-week-after',
  'switch-day': 'switch-day',
  'learn-and-adjust': 'learn-and-adjust',
  'export-data': 'export-data',
};
const REVIEW_KEYS: Record<string, ChecklistTemplate> = { 'week-1': 'review-week-1', 'month-1': 'review-month-1', 'month-3': 'review-month-3', evaluation: 'evaluation' };

/** Which template an event becomes, if any. */
function templateFor(event: ScheduleEvent, phase: SchedulePhase | undefined, solo: boolean): { kind: TemplateKind; template: EmailTemplate | ChecklistTemplate } | undefined {
  // One person writes no email to themselves: a solo rollout is its checklists.
  const launch = phase?.kind === 'launch' && !solo;
  switch (event.type) {
    case 'announcement':
      if (phase?.kind === 'decommission') return { kind: 'email', template: 'decommission' };
      return launch ? { kind: 'email', template: 'announcement' } : undefined;
    case 'reminder':
      return launch ? { kind: 'email', template: 'reminder' } : undefined;
    case 'launch':
      return launch ? { kind: 'email', template: 'welcome' } : undefined;
    // The schedule has a rollback item only for a rollback of one part: the whole rollout's comes from rollBack.
    case 'rollback':
    case 'weekly-update':
    case 'survey':
    case 'pause':
    case 'resume':
    case 'retrospective':
      return { kind: 'email', template: event.type };
    case 'checklist': {
      const template = CHECKLIST_KEYS[event.key];
      return template ? { kind: 'checklist', template } : undefined;
    }
    case 'review': {
      const template = REVIEW_KEYS[event.key];
      return template ? { kind: 'checklist', template } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The file-name part of each location: its readable name, with a short hash of the name where
 * that is empty or shared with another location (東京 and 大阪, "Site 1" and "Site-1").
 */
function placeParts(locations: string[]): Map<string, string> {
  const readable = new Map(locations.map((name) => [name, readableId(name)]));
  const uses = new Map<string, number>();
  for (const r of readable.values()) uses.set(r, (uses.get(r) ?? 0) + 1);
  return new Map(locations.map((name) => {
    const r = readable.get(name)!;
    return [name, r !== '' && uses.get(r) === 1 ? r : [r, shortHash(name, 8)].filter(Boolean).join('-')];
  }));
}

function fileBase(date: string, template: string, kind: TemplateKind, phase?: string, place?: string): string {
  const scope = phase === undefined ? 'rollout' : phase;
  const parts = [date, scope, ...(place !== undefined && place !== scope ? [place] : []), kind === 'checklist' && !template.startsWith('review') && template !== 'get-started' ? `checklist-${template}` : template];
  return parts.join('_');
}

const PER_LOCATION = new Set(['announcement', 'reminder', 'welcome']);

/**
 * The locations a phase's announcement, reminder and welcome (dated as `event`) speak to: those the
 * schedule gives the phase's sessions at. Two or more make one message per location, with its own
 * champion and local session times; one makes a single message that names it. A location whose
 * second try the schedule dates such an item of its own for (see sharedSecondTries) hears it from that one.
 */
function localPlaces(schedule: Schedule, phase: SchedulePhase | undefined, template: string, event: ScheduleEvent): string[] {
  if (!phase || !PER_LOCATION.has(template)) return [];
  const places = new Set<string>();
  for (const e of schedule.events) if (e.phase === phase.id && e.location !== undefined && (e.type === 'training' || e.type === 'office-hours')) places.add(e.location);
  for (const e of schedule.events) if (e.phase === phase.id && e.location !== undefined && e.type === event.type && e.key === event.key) places.delete(e.location);
  return [...places];
}

/**
 * The day a phase's message dated as `event` goes to its people at `location`: a welcome the day they
 * start (after the launch when that is their holiday), and any of them later by a pause of that
 * location alone, as it moves their sessions.
 */
function localDay(local: LocalDays, template: string, phase: string, location: string, event: ScheduleEvent): Day {
  return template === 'welcome' ? parseDay(local.start(phase, location, event)) : local.message(phase, location, event);
}

/**
 * An extension's notices, on the day it was decided: to the people of the phase that runs longer,
 * that it does, until when and why; and, when phases wait for it, the notice that their starts
 * move, to their people, or to everyone when the switch-off moves too.
 */
function extensionNotices(schedule: Schedule, event: ScheduleEvent): Message[] {
  const extension = extensionOf(schedule, event);
  const phase = schedule.phases.find((p) => p.id === event.phase)!;
  const notice = (template: EmailTemplate, readers: PauseReaders, scope: string | undefined): Message => ({
    kind: 'email', template, date: event.date, week: event.week, phase, event, base: fileBase(event.date, template, 'email', scope), number: 1, first: false, readers,
  });
  const readers = extensionReaders(extension, schedule.phases);
  const own = notice('extension', readers.own, phase.id);
  const moves = readers.moves;
  if (!moves) return [own];
  return [own, notice('extension-moves', moves, moves.everyone || moves.phases.length > 1 ? undefined : moves.phases[0]!.id)];
}

export interface MessageOptions {
  /** Only the messages of this phase. */
  phase?: string;
  /** The day the rollout rolls back: its notice and checklist that day, and nothing else from that day on. */
  rollback?: string;
}

/**
 * Every message and checklist of the rollout, in date order: announcement, reminder and welcome
 * per launch phase (per location where the schedule dates them per location), the decommission
 * notice, weekly updates, the retrospective, the checklists at their due events and the
 * enterprise guide's get-started checklist at the very beginning.
 */
export function planMessages(schedule: Schedule, plan: Plan, options: MessageOptions = {}): Message[] {
  // A phase an open pause holds has no messages of its own yet, but its people hear of the pause.
  if (options.phase !== undefined) requirePhaseId([...schedule.phases, ...schedule.held.phases], options.phase);
  const phases = new Map(schedule.phases.map((p) => [p.id, p]));
  const places = placeParts(plan.organization.locations.map((l) => l.name));
  const messages: Message[] = [];
  const solo = isSolo(plan);
  const local = new LocalDays(plan);
  let updates = 0;
  for (const event of schedule.events) {
    if (event.type === 'rollback') {
      messages.push(...partRollback(schedule, plan, event, places));
      continue;
    }
    if (event.type === 'extension') {
      if (!solo) messages.push(...extensionNotices(schedule, event));
      continue;
    }
    const phase = event.phase === undefined ? undefined : phases.get(event.phase);
    // A phase an open pause holds has no dates to announce: its messages wait for the pause to end.
    if (event.phase !== undefined && !phase && event.type !== 'pause') continue;
    const chosen = templateFor(event, phase, solo);
    if (!chosen) continue;
    if (chosen.template === 'weekly-update') updates++;
    const readers = event.type === 'pause' || event.type === 'resume' ? pauseReaders(schedule, noticePause(schedule, plan.pauses, event.key)) : undefined;
    // The notices of a pause of one location go to its people, or to everyone when the switch-off waits for it.
    const locations = event.location !== undefined ? (readers?.everyone ? [] : [event.location]) : localPlaces(schedule, phase, chosen.template, event);
    // A notice to the people of several phases, or to everyone, is named for the rollout, not for the phase it paused.
    const scope = readers && (readers.everyone || readers.phases.length > 1) ? undefined : phase?.id;
    for (const location of locations.length ? locations : [undefined]) {
      const day = phase && location !== undefined && event.location === undefined ? localDay(local, chosen.template, phase.id, location, event) : parseDay(event.noticeOn ?? event.date);
      // An open pause of that place holds it: it waits for the pause to end.
      if (!Number.isFinite(day)) continue;
      const date = formatDay(day);
      messages.push({
        ...chosen,
        date,
        week: date === event.date ? event.week : weekOf(parseDay(schedule.start), parseDay(date)),
        ...(phase ? { phase } : {}),
        ...(location !== undefined ? { location } : {}),
        event,
        base: fileBase(date, chosen.template, chosen.kind, scope, location !== undefined && (locations.length > 1 || event.location !== undefined) ? places.get(location) : undefined),
        number: chosen.template === 'weekly-update' ? updates : 1,
        first: false,
        ...(readers ? { readers } : {}),
      });
    }
  }
  for (const phase of schedule.phases.filter((p) => p.kind === 'decommission' && !solo)) {
    if (messages.some((m) => m.template === 'decommission' && m.phase?.id === phase.id)) continue;
    const steps = schedule.events.filter((e) => e.type === 'decommission' && e.phase === phase.id);
    const date = steps[0]?.date ?? phase.start;
    messages.push({ kind: 'email', template: 'decommission', date, week: steps[0]?.week ?? phase.startWeek, phase, base: fileBase(date, 'decommission', 'email', phase.id), number: 1, first: false });
  }
  if (options.rollback !== undefined) rollBack(messages, options.rollback, plan);

  const order = (m: Message) => (m.kind === 'checklist' ? 1 : 0);
  messages.sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b) || a.base.localeCompare(b.base));
  const firstAnnouncement = messages.find((m) => m.template === 'announcement');
  if (firstAnnouncement) {
    for (const m of messages) if (m.template === 'announcement' && m.date === firstAnnouncement.date) m.first = true;
  }
  const seen = new Map<string, number>();
  for (const m of messages) {
    const n = (seen.get(m.base) ?? 0) + 1;
    seen.set(m.base, n);
    if (n > 1) m.base = `${m.base}-${n}`;
  }
  return options.phase === undefined ? messages : messages.filter((m) => concerns(m, options.phase!));
}

/**
 * Whether a message is one of a phase's: its own, the rollback email (to everyone, its people
 * included), and a pause or resume notice that tells its people their dates move.
 */
function concerns(m: Message, phase: string): boolean {
  if (m.readers) return m.readers.everyone || m.readers.phases.some((p) => p.id === phase);
  return m.phase?.id === phase || (m.template === 'rollback' && m.kind === 'email' && m.event === undefined) || m.template === 'switch-off-postponed';
}

/**
 * A rollback of one part: the email to that part's people (at that location, in the last phase
 * that brought them in before the day), in their languages, and the coordinator's checklist; and,
 * when it puts the switch-off on hold or its second try moves the day announced, the notice to everyone that the switch-off is postponed.
 */
function partRollback(schedule: Schedule, plan: Plan, event: ScheduleEvent, places: Map<string, string>): Message[] {
  const on = rolledBackOn(event);
  const rollback = schedule.rollbacks?.find((r) => r.on === on && r.only.phase === event.phase && r.only.location === event.location);
  // A part that starts again (resume) has its phases dated in its second try: whether they had started, the schedule told before says.
  const firstStart = new Map((rollback?.resume ? scheduleToldBefore(plan, on).phases : []).map((p) => [p.id, p.start]));
  const own = event.phase !== undefined ? [event.phase] : [];
  const started = schedule.phases.filter((p) => p.kind === 'launch' && ((firstStart.get(p.id) ?? p.start) < on || own.includes(p.id)));
  const here = event.location === undefined ? [] : started.filter((p) => (p.peopleAt?.[event.location!] ?? 0) > 0);
  const phase = event.phase !== undefined ? started.find((p) => p.id === event.phase) : here.at(-1);
  const place = event.location === undefined ? undefined : places.get(event.location);
  const common = { date: event.date, week: event.week, event, number: 1, first: false, ...(phase ? { phase } : {}) };
  // Named after the rollback, not the phase that brought its people in last: a location's goes to all of them, whatever their phase.
  const base = (kind: TemplateKind) => fileBase(event.date, 'rollback', kind, event.phase, place);
  // A location goes back whole: everyone there who had started, whatever their phase, as its second try starts them all again.
  const readers: PauseReaders | undefined = here.length > 1 ? { everyone: false, phases: here.map((p) => ({ id: p.id, name: p.name, people: p.peopleAt![event.location!]!, location: event.location! })) } : undefined;
  return [
    { ...common, kind: 'email', template: 'rollback', ...(event.location !== undefined ? { location: event.location } : {}), ...(readers ? { readers } : {}), base: base('email') },
    { ...common, kind: 'checklist', template: 'rollback', base: base('checklist') },
    ...(postponesSwitchOff(schedule, on, () => scheduleToldBefore(plan, on))
      ? [{ date: event.date, week: event.week, event, number: 1, first: false, kind: 'email' as const, template: 'switch-off-postponed' as const, base: fileBase(event.date, 'switch-off-postponed', 'email') }]
      : []),
  ];
}

/**
 * A rollback ends the rollout: what was planned from its day on (that day's welcome, survey or
 * switch-off notice too) would announce launches and a switch-off that will not happen, so it
 * goes; the notice to everyone and the coordinator's checklist take its place.
 */
function rollBack(messages: Message[], date: string, plan: Plan): void {
  const kept = messages.filter((m) => m.date < date);
  messages.splice(0, messages.length, ...kept);
  const week = weekOf(parseDay(plan.start), parseDay(date));
  for (const [kind, template] of [['email', 'rollback'], ['checklist', 'rollback']] as const) {
    messages.push({ kind, template, date, week, base: fileBase(date, template, kind), number: 1, first: false });
  }
}
