import { conditionClause, conditionText, gateScopeText } from '../plan/condition-text.js';
import type { Plan } from '../plan/resolve.js';
import { isSolo } from '../plan/fit.js';
import { pausedPartName, phaseName } from '../plan/display-names.js';
import { MessageCalendars } from './readers.js';
import { isSurveyGate } from '../plan/success-gates.js';
import { type Day, formatClock, formatDay, parseClock, parseDay, parseDuration, weekday } from '../util/dates.js';
import { gateDue, gateDueDay, guardedPhase } from '../guards/guarded.js';
import { dueBeforePause } from '../guards/judged-before-pause.js';
import { locationCalendar, type WorkCalendar } from './calendar.js';
import { holdsFrom, type Moved, type Pauses } from '../pauses/pauses.js';
import { NoticeCalendars } from '../pauses/notice-days.js';
import { extensionConcerns, extensionOf, noticeDay, noticePhase, noticeRef, resumeNoticeDay, resumesOn, waitingPhases, waitingSwitchOff } from '../pauses/notices.js';
import type { Part, Reach } from '../pauses/scope.js';
import { planCalendar, planPauses, type TimedPhase, timePhases, weekOf } from './phases.js';
import { attendanceProblem, convertTime } from './sessions.js';
import { KnownStarts, startOf } from './known-start.js';
import { endPhase, lookBackDay, lookBacks, rolloutEnds, type RolloutEnds } from './look-back.js';
import { pausedOfficeHours } from '../pauses/resume.js';
import { lengthOnWeeks, pauseLength } from '../pauses/length.js';
import { officeHourTitles } from './office-hours.js';
import { EVENT_TYPES, type HeldEvent, type Schedule, type ScheduleExtension, type ScheduleRollback, type ScheduleEvent, type SchedulePhase } from './types.js';
import { scheduleWords, type ScheduleWords } from './words.js';
import { sessionKind, sessionLength } from './session-kind.js';
import { landsEarlier, weekTitle } from './landing.js';
import { aheadOfLaunch, aheadOfSwitchOff, daysAhead, switchOffStart } from './ahead.js';
import { withdrawAfterRollback } from '../rollback/withdraw.js';
import { withdrawParts } from '../rollback/withdraw-parts.js';
import { withFirstTries } from '../rollback/first-try.js';
import { pausesAsMoved } from '../rollback/pause-moves.js';
import { sharedSecondTries } from '../rollback/shared-phase.js';
import { partDays } from './part-days.js';
import { announcedWhenKnown, withoutEarlyReminders } from '../rollback/announced.js';
import { compare, compareEvents } from './event-order.js';
import { targetedGroupsOf } from '../plan/targeted.js';
import { gateDownloads } from '../sources/downloads.js';

type Location = Plan['organization']['locations'][number];

export interface ScheduleOptions {
  /** Overrides the plan's start. */
  start?: Day;
  /**
   * The last day the plan stood so (a message era's, see messageEras), when the rollout it later
   * became still ran then: a part held open (an open pause, a rollback not started again) has no
   * end yet, so the rest of the rollout, its weekly updates, surveys and weekly checklist, goes on
   * up to that day, not only until the held part's first end.
   */
  goesOnUntil?: Day;
}

/** Everything a place needs to date its events: its calendar, zone and name. */
interface Place {
  calendar: WorkCalendar;
  timezone: string;
  location?: Location;
}

const DECOMMISSION_STEPS = ['export-data', 'archive', 'turn-off', 'celebrate'] as const;

/** Computes the complete dated rollout: phases, communications, training, gates, reviews, pauses. */
export function buildSchedule(given: Plan, options: ScheduleOptions = {}): Schedule {
  // Another start makes another plan: what each pause reaches is found on its dates too.
  const plan = options.start === undefined ? given : startingOn(given, formatDay(options.start));
  const start = parseDay(plan.start);
  const timed = timePhases(plan, start);
  const builder = new EventBuilder(plan, start, timed);
  const places = placesOf(plan);
  // Events are dated from the phases as planned; `add` moves each past the pauses that reach it.
  const planned = timed.map((p) => ({ ...p, start: p.plannedStart, end: p.plannedEnd }));

  const solo = isSolo(plan);
  for (const phase of planned) {
    // A phase that brings in nobody has nobody to announce to or train.
    if (phase.kind === 'launch' && phase.people === 0) continue;
    if (phase.kind === 'launch') {
      if (solo) builder.soloSwitch(phase);
      else builder.launchPhase(phase, launchPlaces(plan, phase, places, builder.global), startOf(timed[phase.index]!));
    }
    if (phase.kind === 'decommission') builder.decommissionPhase(phase, !solo);
  }
  const launches = planned.filter((p) => p.kind === 'launch');
  if (solo) {
    builder.evaluation(Math.max(...planned.map((p) => p.end), start));
  } else {
    // Weekly updates and surveys go on until the last launch ends, wherever a pause of its part or an extension moved that end.
    const lastHeld = Math.max(...launches.map((p) => Math.max(p.end + builder.endLag(p), builder.pauses.extendedEnd(p.id) ?? -Infinity, builder.endBeforeHeld(p))), start, builder.openUntil(options.goesOnUntil));
    // The weekly checklist goes on until the last gate falls due: it names what to download that day.
    builder.weekly(lastHeld, Math.max(lastHeld, builder.lastGateDue(timed)));
    builder.surveys(launches, lastHeld);
    // The retrospective and the reviews look back on a finished rollout: after the switch-off.
    builder.reviews(rolloutEnds(timed, start, builder.pauses));
  }
  builder.exports(planned);
  builder.gates(timed);
  if (!solo) builder.getStarted();

  const dated = timed.filter((p) => Number.isFinite(p.start));
  const end = Math.max(...dated.map((p) => (Number.isFinite(p.end) ? p.end : p.start)), start);
  const phases = dated.map((p) => toSchedulePhase(plan, p, builder));
  const heldPhases = timed
    .filter((p) => !Number.isFinite(p.start))
    .map((p) => ({ id: p.id, name: p.name, kind: p.kind, start: null, end: null, onHold: true as const, plannedStart: formatDay(startOf(p)), people: p.people, locations: phaseLocations(plan, p) }));
  const extensions = extensionsOf(plan, builder.pauses, timed);
  // The notices go out on a day their readers work: those whose dates each one moves.
  if (builder.pauses.spans.length > 0) builder.pauseNotices(timed, new NoticeCalendars(plan, { phases, events: builder.sorted(), held: { phases: heldPhases, events: builder.heldEvents() } }, builder.global.calendar), extensions.extensions ?? []);
  const schedule: Schedule = {
    plan: { tool: plan.tool.name, organization: plan.organization.name, headcount: plan.organization.headcount, preset: plan.preset },
    start: formatDay(start),
    end: formatDay(end),
    phases,
    events: builder.sorted(),
    pauses: builder.pauses.paused.spans.filter((s) => !s.rollback).map(({ pause, workingDays, until, reach }) => ({
      from: pause.from,
      until: pause.until ?? null,
      reason: pause.reason,
      ...(noticePhase(pause) !== undefined ? { phase: noticePhase(pause) } : {}),
      ...(pause.only ? { only: pause.only, phases: plan.phases.filter((p) => reach!.phases.has(p.id)).map((p) => p.id), waiting: waitingPhases(reach, timed).map(waitingPhase), ...switchOffWaiting(reach, timed) } : {}),
      ...pauseName(pause, plan),
      workingDays: until === undefined ? null : workingDays,
    })),
    ...extensions,
    held: {
      phases: heldPhases,
      events: builder.heldEvents(),
    },
    ...(plan.restart ? { restart: { rolledBackOn: plan.restart.rolledBackOn, reason: plan.restart.reason } } : {}),
  };
  // Each pause told on the working weeks of the people whose dates it moves.
  schedule.pauses = schedule.pauses.map((p) => ({ ...p, ...pauseLength(plan, schedule, p) }));
  return withoutIdleChecks(withdrawAfterRollback(withoutEarlyReminders(announcedWhenKnown(withdrawParts(schedule, plan, builder.pauses, timed), plan, builder.pauses)), plan, timed));
}

/**
 * The weekly checklists kept on for the gates alone (see EventBuilder.weekly) after the last gate
 * still dated: a part's rollback withdrew the gates they were for.
 */
function withoutIdleChecks(schedule: Schedule): Schedule {
  const last = Math.max(-Infinity, ...schedule.events.filter((e) => e.type === 'gate').map((e) => e.week));
  const idle = (e: ScheduleEvent) => e.type === 'checklist' && e.forGates === true && e.week > last;
  return schedule.events.some(idle) ? { ...schedule, events: schedule.events.filter((e) => !idle(e)) } : schedule;
}

/**
 * The schedule as `schedule` shows it: with each part's first try kept as the record next to its
 * second (see withFirstTries), and each pause with the starts it moved its waiting phases to (see
 * pausesAsMoved). The messages, checks and report read buildSchedule, whose items are each one's latest.
 */
export function recordedSchedule(plan: Plan, options: ScheduleOptions = {}): Schedule {
  const build = (first: Plan) => buildSchedule(first, options);
  return pausesAsMoved(withFirstTries(buildSchedule(plan, options), plan, build), plan, build);
}

/**
 * The plan replayed from another start. Its pauses are days of the calendar, not of the plan: one
 * that resumed on or before that start belongs to the days before it and moves nothing, so it is
 * left out; one that began before it and is still open or resumes after it holds or moves what it
 * reaches by its days from that start on only.
 */
function startingOn(plan: Plan, start: string): Plan {
  const pauses = plan.pauses.filter((p) => p.until === undefined || p.until > start).map((p) => (p.from < start ? { ...p, from: start } : p));
  return { ...plan, start, pauses };
}

/**
 * The office hours of the launch phases `ids` as building `plan` dates them, in date order: what-if
 * and diff take these anew for the phases a new pause reaches, as it plans them from the day a phase resumes.
 */
export function buildOfficeHours(plan: Plan, ids: ReadonlySet<string>): ScheduleEvent[] {
  const start = parseDay(plan.start);
  const timed = timePhases(plan, start);
  const builder = new EventBuilder(plan, start, timed);
  if (isSolo(plan)) return [];
  const places = placesOf(plan);
  // As launchPhase: a group session for one person is no group session.
  for (const phase of timed) if (ids.has(phase.id) && phase.kind === 'launch' && phase.people >= 2) builder.officeHours(phase, launchPlaces(plan, phase, places, builder.global));
  return builder.sorted();
}

/** The places whose people a launch phase brings in, or the plan's own calendar for a plan without locations. */
function launchPlaces(plan: Plan, phase: TimedPhase, places: Place[], global: Place): Place[] {
  const names = new Set(phaseLocations(plan, phase));
  const local = places.filter((p) => names.has(p.location!.name));
  return local.length > 0 ? local : [global];
}

/** Each location of the plan with its own working days. */
function placesOf(plan: Plan): Place[] {
  return plan.organization.locations.map((location) => ({ location, timezone: location.timezone, calendar: locationCalendar(plan, location) }));
}

/**
 * Locations whose people a launch phase brings in: those where it has anyone, so a location whose
 * people all started earlier gets no messages or sessions. Every location for the other phases.
 */
export function phaseLocations(plan: Plan, phase: TimedPhase): string[] {
  const all = plan.organization.locations.map((l) => l.name);
  return phase.kind === 'launch' ? all.filter((_, i) => phase.atLocations[i]! > 0) : all;
}

function toSchedulePhase(plan: Plan, p: TimedPhase, builder: EventBuilder): SchedulePhase {
  const pauses = builder.pauses.for({ phase: p.id });
  // Off a day off of its people as planned; after a pause, off the day the pause moved its meant start to.
  const from = p.start === p.plannedStart ? p.nominalStart : pauses.move(p.plannedStart, p.calendar, false, p.meantStart).meant!;
  const moved = p.start !== from ? { movedFrom: formatDay(from), movedBecause: p.calendar.whyNotWorking(from) } : {};
  // A phase running when an open pause began ends, for now, the working day of its people before it.
  const held = !Number.isFinite(p.end);
  const end = held ? p.calendar.onOrBefore(pauses.spans.find((s) => s.until === undefined)!.from - 1) : p.end;
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    start: formatDay(p.start),
    end: formatDay(Math.max(p.start, end)),
    startWeek: p.startWeek,
    endWeek: held ? weekOf(parseDay(plan.start), Math.max(p.start, end)) : p.endWeek,
    people: p.people,
    peopleRange: p.peopleRange,
    audience: p.audience,
    locations: phaseLocations(plan, p),
    ...(p.kind === 'launch' && p.atLocations.length > 0 ? { peopleAt: peopleAt(plan, p) } : {}),
    ...moved,
    ...(held ? { onHold: true as const } : {}),
  };
}

/** The people a launch phase brings in at each of its locations. */
function peopleAt(plan: Plan, p: TimedPhase): Record<string, number> {
  return Object.fromEntries(plan.organization.locations.flatMap((l, i) => (p.atLocations[i]! > 0 ? [[l.name, p.atLocations[i]!]] : [])));
}

/** A phase that waits for a pause of one part, with the start it has now (null while an open pause holds it). */
function waitingPhase(p: TimedPhase): { id: string; name: string; start: string | null } {
  return { id: p.id, name: p.name, start: Number.isFinite(p.start) ? formatDay(p.start) : null };
}

/** The switch-off that waits for a pause of one part, with the start it has now: the notice says it moves too. */
function switchOffWaiting(reach: Reach | undefined, timed: TimedPhase[]): { switchOff?: { id: string; name: string; start: string | null } } {
  const off = waitingSwitchOff(reach, timed);
  return off ? { switchOff: waitingPhase(off) } : {};
}

/**
 * The plan's extensions as the schedule lists them, each with the phases that wait for it and its
 * length told on the working weeks of the people whose dates it moves: the phase's own, those of
 * the phases that wait for it, everyone's when the switch-off does. Nothing without one.
 */
function extensionsOf(plan: Plan, pauses: Pauses, timed: TimedPhase[]): { extensions?: ScheduleExtension[] } {
  const spans = pauses.spans.filter((s) => s.extension);
  if (spans.length === 0) return {};
  const { locations } = plan.organization;
  return {
    extensions: spans.map(({ extension, pause, counted, reach }) => {
      const phase = timed.find((p) => p.id === extension!.phase)!;
      const waiting = waitingPhases(reach, timed);
      const off = switchOffWaiting(reach, timed);
      const readers = () => {
        const names = new Set([phase, ...waiting].flatMap((p) => phaseLocations(plan, p)));
        return off.switchOff ? locations : locations.filter((l) => names.has(l.name));
      };
      return {
        phase: phase.id,
        name: phase.name,
        decided: pause.decided!,
        was: formatDay(extension!.was),
        until: formatDay(extension!.end),
        // Counted over the days its items move by at each place (see countedDays).
        ...lengthOnWeeks(plan, counted!.from, counted!.until, readers),
        reason: pause.reason,
        waiting: waiting.map(waitingPhase),
        ...off,
      };
    }),
  };
}

/** What a pause pauses as people read it, in every view of the schedule (one location's too): its part, or the phase it concerns. */
function pauseName(pause: Plan['pauses'][number], plan: Plan): { name?: string } {
  if (pause.only) return { name: pausedPartName(pause.only, plan.phases) };
  return pause.phase === undefined ? {} : { name: phaseName(plan.phases, pause.phase) };
}

class EventBuilder {
  readonly global: Place;
  readonly pauses: Pauses;
  private readonly events: ScheduleEvent[] = [];
  private readonly held: HeldEvent[] = [];
  private readonly words: ScheduleWords;
  private readonly known: KnownStarts;

  /**
   * The phases an open pause holds, each with the first day whose items wait with it (see
   * heldFrom): what went out before the pause or rollback was written in, its announcement or
   * reminder, was sent and keeps its date.
   */
  private readonly heldPhases: ReadonlyMap<string, Day>;
  private readonly messages: MessageCalendars;
  /** The phase the rollout ends with: the reviews look back on it, so a pause that moves it moves them. */
  private readonly endPhase: string | undefined;

  constructor(
    private readonly plan: Plan,
    private readonly start: Day,
    timed: readonly TimedPhase[],
  ) {
    this.global = { calendar: planCalendar(plan), timezone: plan.calendar.timezone };
    this.pauses = planPauses(plan, this.global.calendar);
    this.words = scheduleWords(plan.language);
    this.known = new KnownStarts(plan, start);
    this.heldPhases = new Map(timed.filter((p) => !Number.isFinite(p.start)).map((p) => [p.id, this.heldFrom(p.id)]));
    this.messages = new MessageCalendars(plan, this.global.calendar, timed);
    this.endPhase = endPhase(plan, timed);
  }

  /**
   * The first day whose items of a held phase wait: the day the open pause (or rollback) that
   * holds it was written in, as render-emails takes it; what was dated before it went out.
   */
  private heldFrom(phase: string): Day {
    const open = this.pauses.for({ phase }).spans.find((s) => s.until === undefined)!;
    return open.pause.decided === undefined ? open.from : parseDay(open.pause.decided);
  }

  /**
   * How many days later a pause of one part (`only`) or an extension puts a day of `phase` than
   * the pauses of everything do: the items of no phase (weekly updates, surveys, exports) stay,
   * and go on for as long as that phase now runs. Moved as the phase's own items move, on its
   * people's working days (a location that works Saturdays moves a week by six of its days);
   * `earlier` and `nominal` as in Pauses.move, so that an end on a holiday stays in its week.
   */
  lag(phase: TimedPhase, day: Day, earlier = false, nominal = day, location?: string): number {
    if (!this.pauses.scoped) return 0;
    const own = this.pauses.for({ phase: phase.id, location }).move(day, phase.calendar, earlier, nominal).day;
    const all = this.pauses.for({}).move(day, phase.calendar, earlier, nominal).day;
    return Number.isFinite(own) && Number.isFinite(all) ? own - all : 0;
  }

  /**
   * The last day a launch that an open pause of its part holds had before that pause (its end
   * moved by the pauses before it): the rest of the rollout, its people already in the tool, goes
   * on being told and checked at least as long as it was to run, not only until the pause began.
   */
  endBeforeHeld(phase: TimedPhase): Day {
    const nominal = Math.max(phase.nominalEnd, phase.plannedEnd);
    const own = this.pauses.for({ phase: phase.id }).move(phase.plannedEnd, phase.calendar, true, nominal);
    const all = this.pauses.for({}).move(phase.plannedEnd, phase.calendar, true, nominal).day;
    // As lag does: the days the pauses of its part alone put it later than the rest.
    return own.heldBy && own.was !== undefined && Number.isFinite(all) ? phase.end + own.was - all : -Infinity;
  }

  /** `until` while a pause or rollback holds a part open: the rollout has not ended (see ScheduleOptions.goesOnUntil). */
  openUntil(until: Day | undefined): Day {
    return until !== undefined && this.pauses.spans.some((s) => s.until === undefined) ? until : -Infinity;
  }

  /**
   * How many days later the pauses of one part or an extension put the last day of `phase`, as
   * movedPhase moves it; for a phase a location rolled back shares, the last day of its second try there.
   */
  endLag(phase: TimedPhase): number {
    const lag = (location?: string) => this.lag(phase, phase.plannedEnd, true, Math.max(phase.nominalEnd, phase.plannedEnd), location);
    return Math.max(lag(), ...this.sharedSecondTries(phase).map(lag));
  }

  /** The locations whose people start `phase` again in a second try while the rest of its people went on. */
  sharedSecondTries(phase: TimedPhase): string[] {
    return sharedSecondTries(this.plan, this.pauses.spans, phase).map((s) => s.reach!.location!);
  }

  /** The part of the rollout an item belongs to, for the pauses of one part. */
  private partOf(fields: Pick<ScheduleEvent, 'type' | 'phase'>, location: string | undefined): Part {
    if (fields.type === 'review' || fields.type === 'retrospective') return { phase: this.endPhase };
    return { phase: fields.phase, location };
  }

  /**
   * Adds an event on `nominal`, moved to the place's next working day when needed, then past
   * every pause that reaches it (`dated` when the day already accounts for them, or how to find it
   * from the item's pauses and calendar); `byWeek` titles
   * it by the week it lands in. Returns undefined when an open pause holds it, or the phase it
   * belongs to: held, it keeps its last real date and its title.
   */
  add(nominal: Day, place: Place, fields: Omit<ScheduleEvent, 'date' | 'week'>, dated?: Moved | ((pauses: Pauses, calendar: WorkCalendar) => Moved), earlier = false, byWeek?: (week: number) => string): ScheduleEvent | undefined {
    const location = fields.location ?? place.location?.name;
    const pauses = this.pauses.for(this.partOf(fields, location));
    const calendar = this.calendarOf(nominal, place, fields, pauses, earlier);
    const day = earlier ? calendar.onOrBefore(nominal) : calendar.onOrAfter(nominal);
    const moved = typeof dated === 'function' ? dated(pauses, calendar) : (dated ?? pauses.land(nominal, calendar, earlier));
    // Keys in the documented order, so the JSON output reads the same for every event.
    const event = { date: formatDay(day), type: fields.type, key: fields.key } as ScheduleEvent;
    if (fields.phase !== undefined) event.phase = fields.phase;
    if (fields.scope !== undefined) event.scope = fields.scope;
    event.title = fields.title;
    if (location !== undefined) event.location = location;
    if (fields.time !== undefined) {
      event.time = fields.time;
      event.minutes = fields.minutes;
      event.timezone = fields.timezone;
    }
    if (fields.downloads !== undefined) event.downloads = fields.downloads;
    const notice = fields.type === 'pause' || fields.type === 'resume' || fields.type === 'rollback' || fields.type === 'extension';
    const shown = Number.isFinite(moved.day) ? moved.day : (moved.was ?? day);
    if (byWeek) event.title = byWeek(weekOf(this.start, shown));
    if (!Number.isFinite(moved.day) || (!notice && fields.phase !== undefined && moved.day >= (this.heldPhases.get(fields.phase) ?? Infinity))) {
      event.date = formatDay(shown);
      const { date: plannedDate, ...rest } = event;
      this.held.push({ date: null, ...rest, onHold: true, plannedDate, ...(moved.moves > 0 ? { sequence: moved.moves } : {}) });
      return undefined;
    }
    event.date = formatDay(moved.day);
    event.week = weekOf(this.start, moved.day);
    const meant = moved.meant ?? nominal;
    if (moved.day !== meant) {
      event.movedFrom = formatDay(meant);
      event.movedBecause = calendar.whyNotWorking(meant);
    }
    if (moved.day !== day) event.pausedFrom = formatDay(day);
    if (moved.moves > 0) event.sequence = moved.moves;
    this.events.push(event);
    return event;
  }

  /**
   * The days an item added on `nominal` (see add) keeps off: a message to people goes out on a day
   * most of its readers work (see MessageCalendars); a survey's readers follow from the day the
   * pauses give it.
   */
  private calendarOf(nominal: Day, place: Place, fields: Pick<ScheduleEvent, 'type' | 'key' | 'phase'>, pauses: Pauses, earlier: boolean): WorkCalendar {
    const surveyDay = () => pauses.land(nominal, this.global.calendar, earlier).meant ?? nominal;
    return (place === this.global && this.messages.of(fields, surveyDay)) || place.calendar;
  }

  /**
   * An item of a launch phase dated some days before its first working day (see daysAhead), or
   * before the day the launch was meant for once a pause or a second try moves it (see aheadOfLaunch).
   */
  private addAhead(phase: TimedPhase, fields: Omit<ScheduleEvent, 'date' | 'week'>, place: Place = this.global): ScheduleEvent | undefined {
    const ahead = daysAhead(this.plan, fields)!;
    const nominal = phase.start - ahead;
    const pauses = this.pauses.for(this.partOf(fields, place.location?.name));
    const calendar = this.calendarOf(nominal, place, fields, pauses, false);
    const landed = pauses.land(nominal, calendar);
    return this.add(nominal, place, fields, aheadOfLaunch(landed, landed.planned, phase.meantStart, ahead, pauses, calendar));
  }

  /** An item titled by the week it lands in once the pauses have moved it, as the schedule's week says. */
  private addByWeek(nominal: Day, item: Pick<ScheduleEvent, 'type' | 'key'>): ScheduleEvent | undefined {
    return this.add(nominal, this.global, { ...item, title: '' }, undefined, landsEarlier(item, nominal, this.start), weekTitle(item, this.words));
  }

  /**
   * The pause on its first day (its notice on the day it was decided, for one written in ahead),
   * the resume notice the working day before it ends, an extension on the day it was decided:
   * each a working day of its notices' readers (`readers`).
   */
  pauseNotices(timed: readonly TimedPhase[], readers: NoticeCalendars, extensions: readonly ScheduleExtension[]): void {
    const g = this.global;
    const lead = parseDuration(this.plan.communications.announceLead);
    for (const span of this.pauses.spans) {
      const { pause, rollback, extension } = span;
      if (extension) {
        const name = timed.find((p) => p.id === extension.phase)!.name;
        const told = { ...g, calendar: readers.extension(extensions.find((x) => x.phase === extension.phase && x.decided === pause.decided)!) };
        this.add(span.from, told, { phase: extension.phase, key: `extension-${span.index + 1}`, type: 'extension', title: this.words.extension(name, formatDay(extension.end), pause.reason) }, { day: told.calendar.onOrAfter(span.from), moves: 0 });
        continue;
      }
      if (rollback) {
        const { only } = rollback;
        const ref = { ...(only.phase !== undefined ? { phase: only.phase } : {}), ...(only.location !== undefined ? { location: only.location } : {}), key: `rollback-${this.plan.partRollbacks.indexOf(rollback) + 1}` };
        const on = holdsFrom(span);
        // On a day the part's people work, as its email to them and the coordinator's checklist.
        const part = { ...g, calendar: partDays(this.plan, g.calendar, only, timed) };
        this.add(on, part, { ...ref, type: 'rollback', title: this.words.rollbackOf(only.location ?? only.phase!, rollback.reason) }, { day: part.calendar.onOrAfter(on), moves: 0 });
        continue;
      }
      const ref = noticeRef(pause, span.index);
      const phase = noticePhase(pause);
      // Whom it moves, as the schedule lists the pause.
      const days = readers.pause({ from: pause.from, ...(phase !== undefined ? { phase } : {}), ...(pause.only ? { only: pause.only, phases: [...span.reach!.phases] } : {}) });
      const place = { ...g, calendar: days };
      const on = (day: Day): Moved => ({ day: days.onOrAfter(day), moves: 0 });
      // The item sits on the pause's first day; its notice may go out before, on the day it was decided.
      const item = this.add(span.from, place, { ...ref, type: 'pause', title: this.words.pause(pause.reason) }, on(span.from));
      const told = days.onOrAfter(noticeDay(pause, span.from, lead));
      if (item && told < parseDay(item.date)) item.noticeOn = formatDay(told);
      if (span.until === undefined) continue;
      const notice = resumeNoticeDay(pause, span.from, span.until, days);
      // The day its part's people are back: a pause of one part resumes on a day they work.
      const back = pause.only ? partDays(this.plan, g.calendar, pause.only, timed) : g.calendar;
      this.add(notice, place, { ...ref, type: 'resume', title: this.words.resume(formatDay(resumesOn({ from: span.from, until: span.until, only: pause.only }, (id) => timed.find((p) => p.id === id)?.start, back))) }, on(notice));
    }
  }

  /**
   * The enterprise guide's get-started checklist, due the working day before anything else is
   * planned; a pause moves it like the items it comes before.
   */
  getStarted(): void {
    const planned = this.events.filter((e) => e.type !== 'pause' && e.type !== 'resume' && e.type !== 'extension').map((e) => parseDay(e.pausedFrom ?? e.date));
    const day = this.messages.coordinator(undefined).onOrBefore(Math.min(this.start, ...planned) - 1);
    this.add(day, this.global, { type: 'checklist', key: 'get-started', title: this.words.checklist['get-started'] });
  }

  heldEvents(): HeldEvent[] {
    return [...this.held].sort((a, b) => compare(a.plannedDate, b.plannedDate) || EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type));
  }

  /** `starts`: the day the phase starts after the pauses (see startOf), which its reminder names. */
  launchPhase(phase: TimedPhase, places: Place[], starts: Day): void {
    this.launchItems(phase, this.global, starts);
    // A location rolled back that shares the phase starts it again on its own, told and welcomed as at
    // any launch: its items at that place, which its second try moves (see sharedSecondTries).
    const again = this.sharedSecondTries(phase);
    for (const place of places) if (place.location && again.includes(place.location.name)) this.launchItems(phase, place);
    // A group session for one person is no group session: the tool's own material serves.
    if (phase.people >= 2) {
      this.training(phase, places);
      this.officeHours(phase, places);
    }
  }

  /**
   * A launch's announcement, reminder, go-live and the coordinator's checklists around it, for the
   * phase as a whole (`place`: the plan's), or for its people at one place. `starts`: the day the
   * phase starts after the pauses (see startOf), which its reminder names; without it, the day of
   * the launch added here.
   */
  private launchItems(phase: TimedPhase, place: Place, starts?: Day): void {
    const ref = { phase: phase.id };
    const w = this.words;
    this.addAhead(phase, { ...ref, type: 'announcement', key: 'announcement', title: [w.announce(this.plan.tool.name, phase.name), ...targetedGroupsOf(this.plan, phase.id).map((t) => w.targeted(t.group, t.channel))].join('; ') }, place);
    const reminder = this.addAhead(phase, { ...ref, type: 'reminder', key: 'reminder', title: w.remind(phase.name, formatDay(starts ?? phase.start)) }, place);
    const launch = this.add(phase.meantStart, place, { ...ref, type: 'launch', key: 'launch', title: w.launch(phase.name) });
    // A reminder sent before a pause moved the start was written with the start it had then; one of a second try at one place names the day it starts there.
    const then = reminder && (starts !== undefined ? this.known.on(parseDay(reminder.date), phase.id) : launch && parseDay(launch.date));
    if (reminder && then !== undefined) reminder.title = w.remind(phase.name, formatDay(then));
    this.addAhead(phase, { ...ref, type: 'checklist', key: 'two-weeks-before', title: w.checklist['two-weeks-before'] }, place);
    this.addAhead(phase, { ...ref, type: 'checklist', key: 'one-week-before', title: w.checklist['one-week-before'] }, place);
    this.add(phase.meantStart, place, { ...ref, type: 'checklist', key: 'launch-day', title: w.checklist['launch-day'] });
    this.add(phase.start + 6, place, { ...ref, type: 'checklist', key: 'first-week', title: w.checklist['first-week'] }, undefined, landsEarlier({ type: 'checklist', key: 'first-week' }, phase.start + 6, this.start));
  }

  private training(phase: TimedPhase, places: Place[]): void {
    const t = this.plan.training;
    for (let k = 0; k < t.sessionsPerPhase; k++) {
      const title = this.words.training(sessionKind(phase), phase.name, k + 1, t.sessionsPerPhase);
      const minutes = sessionLength(t, phase);
      const fields = { phase: phase.id, type: 'training' as const, key: `session-${k + 1}`, title, time: t.sessionTime, minutes };
      if (t.mode === 'shared' || places.length === 1 && !places[0]!.location) {
        // One session for all its places: on a day every one of them works (see MessageCalendars.sessions).
        const days = this.messages.sessions(phase);
        const event = this.add(onStart(phase, days.nthWorkingDay(phase.start, t.sessionDay + k), days), this.global, { ...fields, timezone: this.global.timezone });
        if (event) this.flagAttendance(event, parseDay(event.date), places);
      } else {
        for (const place of places) {
          const time = place.location?.sessionTime ?? t.sessionTime;
          const event = this.add(onStart(phase, place.calendar.nthWorkingDay(phase.start, t.sessionDay + k), place.calendar), place, { ...fields, time, timezone: place.timezone });
          if (event) this.flagAttendance(event, parseDay(event.date), [place]);
        }
      }
    }
  }

  private flagAttendance(event: ScheduleEvent, day: Day, places: Place[]): void {
    const flags = places.flatMap((p) =>
      p.location ? [attendanceProblem(day, event.time!, event.minutes!, event.timezone!, p.location, p.calendar, this.plan.language)] : [],
    );
    const problems = flags.filter((f): f is string => f !== undefined);
    if (problems.length > 0) event.flags = problems;
    // People who read another clock than the session's are told their own time; converting costs, so only then.
    if (!places.some((p) => p.location && p.location.timezone !== event.timezone)) return;
    const start = parseClock(event.time!);
    const clocks = places.flatMap((p) => (p.location ? [{ location: p.location.name, time: formatClock(convertTime(day, start, event.timezone!, p.location.timezone).minutes) }] : []));
    if (clocks.some((c) => c.time !== event.time)) event.localTimes = clocks;
  }

  /** The office hours of a launch phase at each of its places (once for all with shared training), after the pauses. */
  officeHours(phase: TimedPhase, places: Place[]): void {
    const oh = this.plan.training.officeHours;
    const shared = this.plan.training.mode === 'shared' || !places[0]!.location;
    // Once for all its places: on the days every one of them works, as its shared training.
    for (const place of shared ? [{ ...this.global, calendar: this.messages.sessions(phase) }] : places) {
      const titleOf = officeHourTitles(this.words, oh, phase.name, place.calendar);
      const time = place.location?.officeHoursTime ?? oh.time;
      const fields = { phase: phase.id, type: 'office-hours' as const, time, minutes: oh.minutes, timezone: place.timezone };
      const sessions = pausedOfficeHours(phase, oh, place.calendar, this.pauses.for({ phase: phase.id, location: place.location?.name }), this.global.calendar);
      const added = sessions.map((s) => this.add(s.planned, place, { ...fields, key: s.key, title: titleOf(s) }, s.moved));
      for (const event of added) if (event) this.flagAttendance(event, parseDay(event.date), shared ? places : [place]);
    }
  }

  /**
   * The playbook's solo business: day 1 switch, week 1 learn and adjust, each with its checklist;
   * no announcement, reminder, training or office hours for the one who plans it all.
   */
  soloSwitch(phase: TimedPhase): void {
    const g = this.global;
    const w = this.words;
    const ref = { phase: phase.id };
    this.add(phase.meantStart, g, { ...ref, type: 'launch', key: 'launch', title: w.soloSwitch(this.plan.tool.name) });
    this.add(phase.meantStart, g, { ...ref, type: 'checklist', key: 'switch-day', title: w.checklist['switch-day'] });
    this.add(phase.start + 6, g, { ...ref, type: 'checklist', key: 'learn-and-adjust', title: w.checklist['learn-and-adjust'] }, undefined, landsEarlier({ type: 'checklist', key: 'learn-and-adjust' }, phase.start + 6, this.start));
  }

  /**
   * The playbook's backup plan, "export data regularly" while both systems run: every
   * `contingency.exportEvery` from the first launch until the switch-off, whose own first step
   * is the last export (without a decommission phase, until the last phase ends).
   */
  exports(planned: TimedPhase[]): void {
    const every = this.plan.contingency.exportEvery;
    const first = planned.find((p) => p.kind === 'launch');
    if (every === undefined || !first) return;
    const off = planned.find((p) => p.kind === 'decommission');
    // Until the switch-off, wherever a pause of its part moved it.
    const until = off ? off.start + this.lag(off, off.start, false, off.meantStart) : Math.max(...planned.map((p) => p.end + this.endLag(p)));
    const title = this.words.exportData(this.plan.tool.replaces ?? this.words.oldSystem);
    const step = parseDuration(every);
    for (let day = first.start + step; this.global.calendar.onOrAfter(day) < until; day += step) {
      this.add(day, this.global, { type: 'checklist', key: 'export-data', title });
    }
  }

  /** "Done": a short evaluation on the first working day after the last phase. */
  evaluation(end: Day): void {
    this.add(end + 1, this.global, { type: 'review', key: 'evaluation', title: this.words.evaluation });
  }

  decommissionPhase(phase: TimedPhase, notice = true): void {
    const g = this.global;
    const when = phase.phase.when;
    const w = this.words;
    const condition = when ? w.condition(conditionClause(when, this.plan.metrics, this.plan.language)) : '';
    const old = this.plan.tool.replaces ?? w.oldSystem;
    if (notice) {
      const lead = parseDuration(this.plan.communications.announceLead);
      const fields = { phase: phase.id, type: 'announcement' as const, key: 'decommission-notice', title: w.decommissionNotice(old, condition) };
      this.add(phase.start - lead, g, fields, (pauses, calendar) => {
        const landed = pauses.land(phase.start - lead, calendar);
        // The switch-off's start after the pauses that reached the notice: each moves it twice (see Pauses.move).
        return aheadOfSwitchOff(landed, landed.planned, () => switchOffStart(phase, pauses.first(landed.moves / 2), this.pauses), lead, calendar);
      });
    }
    // Its steps keep off everyone's days off as its notice does: the archive a working day after the export.
    const steps = this.messages.of({ type: 'decommission', key: 'archive', phase: phase.id }, () => phase.start) ?? g.calendar;
    const days = [phase.meantStart, steps.nthWorkingDay(phase.start, 2), phase.end, phase.end];
    const dated = [undefined, this.dayAfterExport(phase.meantStart, days[1]!, this.pauses.for({ phase: phase.id }), steps), undefined, undefined];
    DECOMMISSION_STEPS.forEach((key, i) => this.add(days[i]!, g, { phase: phase.id, type: 'decommission', key, title: `${w.decommission(old, this.plan.tool.name)[key === 'archive' ? this.plan.tool.oldData : key]}${key === 'turn-off' ? condition : ''}` }, dated[i]));
  }

  /**
   * The archive follows the export by one working day wherever the same pauses put both: a
   * phase meant for a holiday starts a day late, and a pause that moves it back to a working day
   * would otherwise leave a day free between the two.
   */
  private dayAfterExport(exportMeant: Day, archive: Day, pauses: Pauses, calendar: WorkCalendar): Moved | undefined {
    const own = pauses.land(archive, calendar);
    const exported = pauses.land(exportMeant, calendar);
    if (own.moves === 0 || own.moves !== exported.moves || !Number.isFinite(own.day) || !Number.isFinite(exported.day)) return undefined;
    const day = calendar.nthWorkingDay(exported.day, 2);
    return { day, moves: own.moves, meant: day };
  }

  /** The weekly updates until `lastLaunch`, the coordinator's weekly checklist until `lastCheck`. */
  weekly(lastLaunch: Day, lastCheck: Day): void {
    const lastWeek = weekOf(this.start, lastLaunch);
    const { weeklyUpdates, weeklyUpdateDay } = this.plan.communications;
    for (let w = 1; w <= Math.max(lastWeek, weekOf(this.start, lastCheck)); w++) {
      const weekStart = this.start + (w - 1) * 7;
      const check = w >= 2 ? this.addByWeek(weekStart, { type: 'checklist', key: 'each-week-after' }) : undefined;
      if (check && w > lastWeek) check.forGates = true;
      if (!weeklyUpdates || w > lastWeek) continue;
      let day = weekStart;
      while (weekday(day) !== weeklyUpdateDay) day++;
      // An update that falls on a day off goes out the working day before, still in its own week.
      this.addByWeek(day, { type: 'weekly-update', key: `week-${w}` });
    }
  }

  /**
   * The playbook's weekly satisfaction survey, when a gate reads its answers: from the second
   * week of the first launch (people have used the tool for a week) to the week after the last
   * launch ends, so the last group answers too.
   */
  surveys(launches: TimedPhase[], lastLaunch: Day): void {
    const first = launches[0];
    if (!first || !this.plan.gates.some((g) => isSurveyGate(this.plan, g))) return;
    for (let day = first.start + 7; day <= lastLaunch + 7; day += 7) {
      this.addByWeek(day, { type: 'survey', key: `week-${weekOf(this.start, day)}` });
    }
  }

  /** The last day a gate falls due as planned, later by a pause of its part alone (see lag). */
  lastGateDue(timed: TimedPhase[]): Day {
    const gates = this.plan.gates.flatMap((g) => timed.filter((p) => p.id === g.phase).map((p) => ({ g, p })));
    return Math.max(-Infinity, ...gates.map(({ g, p }) => {
      const day = gateDue(g, timed, this.global.calendar).day;
      return day + this.lag(p, day);
    }));
  }

  gates(timed: TimedPhase[]): void {
    for (const gate of this.plan.gates) {
      const phase = timed.find((p) => p.id === gate.phase);
      if (!phase) continue;
      const guarded = guardedPhase(gate, timed);
      const guards = guarded ? this.guardsTitle(phase, guarded) : '';
      // Whose rows it reads; its location is the entry's place already.
      const scope = gateScopeText(gate, timed, this.plan.language, false);
      const title = `${this.words.gate(gate.id, scope, conditionText(gate, this.plan.metrics, this.plan.language))}${guards}`;
      // A day-before gate follows what it guards (after pauses); a gate due `within` moves off a holiday and past pauses like any event.
      const dayBefore = gate.due === 'day-before' && guarded !== undefined;
      const nominal = dayBefore ? gateDueDay(gate, timed, this.global.calendar) : phase.plannedStart + parseDuration(gate.within);
      const moved = gateDue(gate, timed, this.global.calendar, this.pauses);
      // A go/no-go due before the open pause of its launch began was judged then: it keeps its day, not on hold.
      const kept = Number.isFinite(moved.day) ? undefined : dueBeforePause(gate, timed, this.global.calendar, this.pauses, Infinity);
      const dated = kept === undefined ? moved : { day: kept, moves: moved.moves };
      // A gate due within its phase keeps off its people's days off, as gateDue dates it.
      this.add(nominal, dayBefore ? this.global : { ...this.global, calendar: phase.calendar }, {
        phase: phase.id,
        ...(gate.scope === 'organization' ? { scope: 'organization' as const } : {}),
        type: 'gate',
        key: gate.id,
        title,
        ...(gate.location ? { location: gate.location } : {}),
        downloads: gateDownloads(this.plan, gate.metric),
      }, dated);
    }
  }

  /** The reviews and the retrospective, counted from the rollout's end (see lookBackDay). */
  /** What a gate guards, as its title says it: in its part's second try, the launch after it went ahead in the first (see gate-check's decidedBefore). */
  private guardsTitle(own: TimedPhase, guarded: TimedPhase): string {
    if (guarded.kind === 'decommission') return this.words.guards(undefined);
    const again = guarded.start < own.start && this.pauses.spans.some((s) => s.rollback?.resume && s.reach?.held.has(own.id));
    return again ? this.words.guardsWentAhead(own.name, guarded.name, formatDay(guarded.start)) : this.words.guards(guarded.name);
  }

  reviews(ends: RolloutEnds): void {
    for (const look of lookBacks(this.plan)) {
      const title = look.type === 'review' ? this.words.review[look.key] : this.words.retrospective;
      this.add(look.after(ends.complete), this.global, { type: look.type, key: look.key, title }, (pauses, calendar) => lookBackDay(pauses, calendar, ends, look.after));
    }
  }

  /** By date and time; the stable sort keeps steps of one day in the order they happen. */
  sorted(): ScheduleEvent[] {
    return [...this.events].sort(compareEvents);
  }

}

/**
 * An item on a phase's first working day is meant for the day the phase was meant to start, when
 * its place has that day off too: a pause moves it with the phase.
 */
function onStart(phase: TimedPhase, day: Day, calendar: WorkCalendar): Day {
  return day === phase.start ? calendar.meantFor(day, phase.meantStart) : day;
}

/** The extensions a view of one phase lists: those that move that phase's dates, or none. */
function extensionsOfView(extensions: readonly ScheduleExtension[] | undefined, phase: string | undefined): { extensions?: ScheduleExtension[] } {
  const kept = extensions?.filter((x) => phase === undefined || extensionConcerns(x, phase)) ?? [];
  return kept.length > 0 ? { extensions: kept } : {};
}

/** Keeps one phase's or one location's part of a schedule, what an open pause holds included. */
export function filterSchedule(schedule: Schedule, filter: { phase?: string; location?: string }): Schedule {
  const { phase, location } = filter;
  const phaseFits = (p: { id: string; locations: string[] }) => (phase === undefined || p.id === phase) && (location === undefined || p.locations.length === 0 || p.locations.includes(location));
  const allPhases = [...schedule.phases, ...schedule.held.phases];
  // An item of a phase that brings in nobody at the location is another place's: its announcement,
  // launch, checklists and gates, and a session it shares among its places (training.mode: shared).
  // A gate on everyone's rows is everyone's; a pause stays in every view, as what it moves may be there.
  const phaseElsewhere = (e: Pick<ScheduleEvent, 'type' | 'phase' | 'location' | 'scope'>) => {
    if (location === undefined || e.location !== undefined || e.phase === undefined || e.scope !== undefined || e.type === 'pause' || e.type === 'resume') return false;
    const places = allPhases.find((p) => p.id === e.phase)?.locations ?? [];
    return places.length > 0 && !places.includes(location);
  };
  // An extension stays in the view of each phase whose dates it moves: that phase's people read why they moved.
  const ofPhase = (e: Pick<ScheduleEvent, 'type' | 'phase'> & { date: string | null }) => phase === undefined || e.phase === phase || (e.type === 'extension' && e.date !== null && extensionConcerns(extensionOf(schedule, { phase: e.phase, date: e.date }), phase));
  const keep = (e: Pick<ScheduleEvent, 'type' | 'phase' | 'location' | 'scope'> & { date: string | null }) => ofPhase(e) && (location === undefined || e.location === undefined || e.location === location) && !phaseElsewhere(e);
  const withdrawnOf = (w: ScheduleRollback['withdrawn']) => ({ phases: w.phases.filter((p) => phase === undefined || p.id === phase), events: w.events.filter(keep) });
  // The full list is left behind: a view with none of its extensions has no `extensions` at all.
  const { extensions, ...unextended } = schedule;
  return {
    ...unextended,
    phases: schedule.phases.filter(phaseFits),
    // The rollback ends every phase's part of the rollout; the rollback of one part is that part's.
    events: schedule.events.filter((e) => (e.type === 'rollback' && e.phase === undefined && e.location === undefined) || keep(e)),
    held: { phases: schedule.held.phases.filter(phaseFits), events: schedule.held.events.filter(keep) },
    ...(schedule.rollback ? { rollback: { ...schedule.rollback, withdrawn: withdrawnOf(schedule.rollback.withdrawn) } } : {}),
    // A rollback of one part stays in every view: the switch-off waits for it there too.
    ...(schedule.rollbacks ? { rollbacks: schedule.rollbacks.map((r) => ({ ...r, withdrawn: withdrawnOf(r.withdrawn) })) } : {}),
    ...extensionsOfView(extensions, phase),
  };
}
