import type { Plan } from '../plan/resolve.js';
import type { Audience, Language, Phase } from '../plan/schema.js';
import { type Day, formatDay, parseDay, parseDuration } from '../util/dates.js';
import { asPause, type PartRollback } from '../rollback/parts.js';
import { Pauses, type PauseSpan } from '../pauses/pauses.js';
import { pauseReaches, wholeAt } from '../pauses/scope.js';
import { withExtensions } from '../pauses/extensions.js';
import { WorkCalendar, holidayMap, locationHolidays, readersCalendar } from './calendar.js';
import { lengthInDays, nominalOffsets } from './offsets.js';
import { scheduleWords } from './words.js';
import { largestRemainder, locationSizes, namedByLocation, peopleByLocation, sum } from './reach.js';
import { earliestAhead } from './ahead.js';

export interface PhaseAudience {
  kind: 'share' | 'groups' | 'locations' | 'rest' | 'all' | 'none';
  groups?: string[];
  locations?: string[];
  /** Share of headcount in percent, as a range. */
  share?: [number, number];
  description: string;
}

export interface TimedPhase {
  id: string;
  name: string;
  kind: Phase['kind'];
  index: number;
  /** Where the phase would start and end before moving off non-working days. */
  nominalStart: Day;
  nominalEnd: Day;
  /** The day it was meant to start, before moving off a day off: what a pause moves. */
  meantStart: Day;
  /** Working days as planned, before any pause moves them. */
  plannedStart: Day;
  plannedEnd: Day;
  /** After pauses; Infinity while an open pause holds the phase. */
  start: Day;
  /** While an open pause holds the phase: the start it had after the pauses before it. */
  heldStart?: Day;
  end: Day;
  startWeek: number;
  endWeek: number;
  /** Planned number of people this phase brings in. */
  people: number;
  /** Whole-people range a share allows, e.g. 10-20% of 40 = [4, 8]. */
  peopleRange: [number, number];
  /** Of `people`, how many work at each location, by index into organization.locations. */
  atLocations: number[];
  audience: PhaseAudience;
  phase: Phase;
  /**
   * The days it starts and ends on: for a launch phase, those most of its people work (the
   * plan's calendar with the holidays of a location where half or more of them work), so a
   * go-live and its welcome email never fall on their holiday; the plan's calendar for the others.
   */
  calendar: WorkCalendar;
}

export function planCalendar(plan: Plan): WorkCalendar {
  return new WorkCalendar(plan.calendar.workingDays, holidayMap(plan.calendar.holidays), plan.language);
}

/** The plan's pauses, counted in working days of its calendar, each with what it moves. */
export function planPauses(plan: Plan, calendar: WorkCalendar = planCalendar(plan)): Pauses {
  return withExtensions(plan, calendar, pausesAndRollbacks(plan, calendar));
}

/** The plan's pauses, and its rollbacks of one part as the open pauses of that part they hold as. */
function pausesAndRollbacks(plan: Plan, calendar: WorkCalendar): Pauses {
  if (plan.partRollbacks.length === 0) return Pauses.of(plan.pauses, calendar, pauseReaches(plan, calendar));
  // A rollback of one part holds that part as an open pause of it would; resumed, it moves the part to its second try (see asPause).
  const planned = Pauses.of(plan.pauses, calendar, pauseReaches(plan, calendar));
  const starts = plan.partRollbacks.map((r) => (r.resume ? partStart(plan, r, planned, calendar) : r.on));
  // From the part's first item dated back from its launch: its second try gets each of them again, the checklist two weeks before an announcement one week before included.
  const all = [...plan.pauses, ...plan.partRollbacks.map((r, k) => asPause(r, starts[k]!, earliestAhead(plan)))];
  const spans = Pauses.of(all, calendar, pauseReaches(plan, calendar, all)).spans.map((s) => {
    const k = s.index - plan.pauses.length;
    if (k < 0) return s;
    const rollback = plan.partRollbacks[k]!;
    // It moves from the part's announcement on, by the working days from the day the part started
    // (after the extensions that moved it too, which move its second try as well) to its resume: the part runs again, whole.
    if (!rollback.resume) return { ...s, rollback };
    const counted = { from: parseDay(extendedPartStart(plan, rollback, calendar, planned)), until: parseDay(rollback.resume.on) };
    return { ...s, rollback, counted, workingDays: calendar.weekdaysBetween(counted.from, counted.until) };
  });
  return new Pauses(spans.map((s) => (s.rollback?.resume ? { ...s, ...waiting(plan, s, spans, calendar) } : s)), calendar);
}

/**
 * The phases a resumed rollback moves because they wait for its part (the switch-off), each with
 * the day it was meant to start after the spans before the rollback: the second try holds each
 * from there, so a pause of that phase too is not counted on top of it. With them the first
 * working weekday after the part's first try ended, on those spans: its second try ends as many
 * working days later as it moves the part, and what waits for it waits until then, not the length
 * of the phases between that already ran.
 */
function waiting(plan: Plan, span: PauseSpan, spans: readonly PauseSpan[], calendar: WorkCalendar): Pick<PauseSpan, 'waitFrom' | 'partOver'> {
  const before = new Pauses(spans.filter((s) => s.from < span.from), calendar);
  const planned = plannedPhases(plan, parseDay(plan.start), calendar, phasePeople(plan).atLocations);
  const moved = (n: number) => movedPhase(planned[n]!, before.for({ phase: plan.phases[n]!.id }), planned[n]!.calendar);
  const held = span.reach?.held ?? new Set<string>();
  const ends = plan.phases.flatMap((p, n) => (held.has(p.id) ? [moved(n).end] : []));
  const waits = plan.phases.flatMap((p, n) => (span.reach?.phases.has(p.id) && !held.has(p.id) ? [[p.id, moved(n).meant] as const] : []));
  return { waitFrom: new Map(waits), ...(ends.length > 0 ? { partOver: calendar.afterWeekdays(Math.max(...ends) + 1, 0) } : {}) };
}

/**
 * The day the part a rollback names first started, after the plan's pauses (or `pauses`) and the
 * extensions that moved it: a resumed part's second try counts from there, and it rolls back after it.
 */
export function extendedPartStart(plan: Plan, rollback: Pick<PartRollback, 'on' | 'only'>, calendar: WorkCalendar = planCalendar(plan), pauses: Pauses = Pauses.of(plan.pauses, calendar, pauseReaches(plan, calendar))): string {
  return partStart(plan, rollback, withExtensions(plan, calendar, pauses), calendar);
}

/**
 * The day the part a rollback names was meant to start as it was announced, after `pauses` (by
 * default the plan's pauses; before a day off moved it) that began by its announcement. A resumed
 * part starts over from there, whole: a pause of it from its announcement on was its first try's,
 * and its second try, announced again as far ahead, is not moved by it once more.
 */
export function partStart(plan: Plan, rollback: Pick<PartRollback, 'on' | 'only'>, pauses?: Pauses, calendar: WorkCalendar = planCalendar(plan)): string {
  const moves = pauses ?? Pauses.of(plan.pauses, calendar, pauseReaches(plan, calendar));
  const { atLocations } = phasePeople(plan);
  const planned = plannedPhases(plan, parseDay(plan.start), calendar, atLocations);
  const at = plan.organization.locations.findIndex((l) => l.name === rollback.only.location);
  const ids = rollback.only.phase !== undefined ? [rollback.only.phase] : partPhases(plan, atLocations, at);
  const lead = parseDuration(plan.communications.announceLead);
  const starts = plan.phases.flatMap((p, i) => (ids.includes(p.id) ? [announcedStart(planned[i]!, moves.for({ phase: p.id }), lead, calendar)] : []));
  return starts.length > 0 && starts.every(Number.isFinite) ? formatDay(Math.min(...starts)) : rollback.on;
}

/**
 * The phases a location's people start in: those whose people all work there, or, when it shares
 * its phases with other locations (Albina and Moengo in one phase), those that bring in anyone there.
 */
export function partPhases(plan: Pick<Plan, 'phases'>, atLocations: readonly number[][], at: number): string[] {
  const whole = wholeAt(plan, atLocations, at);
  return whole.length > 0 ? whole : plan.phases.filter((_, i) => atLocations[i]![at]! > 0).map((p) => p.id);
}

/**
 * The day a phase was meant to start when it was announced (`lead` days ahead): moved by the
 * pauses that began by then and by its extensions, one after the other. A pause after the
 * announcement was its first try's (see withoutFirstTry); an extension moved it as the first try ran.
 */
function announcedStart(planned: PlannedPhase, pauses: Pauses, lead: number, calendar: WorkCalendar): Day {
  let start = planned.meantStart;
  const taken: PauseSpan[] = [];
  for (const span of pauses.spans) {
    if (!span.extension && span.from > start - lead) continue;
    taken.push(span);
    start = movedPhase(planned, new Pauses(taken, calendar), planned.calendar).meant;
  }
  return start;
}

/** Rollout week of a day: week 1 holds `start` and the six days after it. */
export function weekOf(start: Day, day: Day): number {
  return Math.floor((day - start) / 7) + 1;
}

export function parseShare(text: string): [number, number] {
  const nums = text.match(/\d+(\.\d+)?/g)!.map(Number);
  return [nums[0]!, nums[1] ?? nums[0]!];
}

export function describeAudience(audience: Audience | undefined, lang: Language = 'en'): PhaseAudience {
  const words = scheduleWords(lang).audience;
  if (audience === undefined || audience === 'none') return { kind: 'none', description: words.none };
  if (audience === 'rest') return { kind: 'rest', description: words.rest };
  if (audience === 'all') return { kind: 'all', description: words.all };
  if (typeof audience === 'string') {
    const share = parseShare(audience);
    const text = share[0] === share[1] ? `${share[0]}%` : `${share[0]}-${share[1]}%`;
    return { kind: 'share', share, description: words.share(text) };
  }
  if ('groups' in audience) return { kind: 'groups', groups: audience.groups, description: audience.groups.join(', ') };
  return { kind: 'locations', locations: audience.locations, description: audience.locations.join(', ') };
}

/** People of named groups (their headcounts) or locations (those no earlier phase named, `named`). */
function fixedPeople(plan: Plan, audience: PhaseAudience, named: number[]): number {
  if (audience.kind === 'groups') {
    return sum(audience.groups!.map((name) => plan.organization.groups.find((g) => g.name === name)?.headcount ?? 0));
  }
  return audience.kind === 'locations' ? sum(named) : 0;
}

/**
 * Whole people per phase. Named groups and locations count as they are (a location without those
 * an earlier phase named there); shares and `rest` split what is left by the largest-remainder
 * method so that the phases add up exactly to headcount. `named`: from namedByLocation.
 */
export function allocatePeople(plan: Plan, audiences: PhaseAudience[], named: number[][]): { people: number[]; ranges: [number, number][] } {
  const headcount = plan.organization.headcount;
  const fixed = audiences.map((a, i) => fixedPeople(plan, a, named[i]!));
  const exact = audiences.map((a, i) => {
    if (a.kind === 'share') return (headcount * (a.share![0] + a.share![1])) / 200;
    if (a.kind === 'all') return headcount;
    return fixed[i]!;
  });
  const restIndex = audiences.findIndex((a) => a.kind === 'rest');
  if (restIndex >= 0) {
    const others = sum(exact.filter((_, i) => i !== restIndex));
    exact[restIndex] = Math.max(0, headcount - others);
  }
  const people = largestRemainder(exact);
  const ranges = audiences.map((a, i): [number, number] => {
    if (a.kind === 'share') {
      const lo = Math.round((headcount * a.share![0]) / 100);
      const hi = Math.round((headcount * a.share![1]) / 100);
      return [Math.min(lo, people[i]!), Math.max(hi, people[i]!)];
    }
    return [people[i]!, people[i]!];
  });
  return { people, ranges };
}

/**
 * Where a phase starts and ends after `pauses`: its start is where the day it was meant to start
 * moves (`meant`, before moving off a day off), its end where its last day moves. An open pause
 * that holds the phase makes both Infinity (`heldStart`: the start it had before that pause).
 */
export function movedPhase(
  p: Pick<TimedPhase, 'plannedStart' | 'meantStart' | 'plannedEnd' | 'nominalEnd'>,
  pauses: Pauses,
  calendar: WorkCalendar,
  extendedEnd?: Day,
): { start: Day; meant: Day; end: Day; heldStart?: Day } {
  const moved = pauses.move(p.plannedStart, calendar, false, p.meantStart);
  // An extension puts the end of the phase it extends on its new last day.
  const end = Math.max(moved.day, pauses.move(p.plannedEnd, calendar, true, Math.max(p.nominalEnd, p.plannedEnd)).day, extendedEnd ?? -Infinity);
  return { start: moved.day, meant: moved.meant ?? p.meantStart, end, ...(moved.was !== undefined ? { heldStart: moved.was } : {}) };
}

/**
 * Who each phase brings in: its audience, its people (and the range a share allows), and how many
 * at each location. A share or `rest` phase the roster's phase column places has the roster's people.
 */
export function phasePeople(plan: Plan) {
  const audiences = plan.phases.map((p) => describeAudience(p.audience, plan.language));
  const sizes = locationSizes(plan);
  const named = namedByLocation(plan, audiences, sizes);
  const { people, ranges } = allocatePeople(plan, audiences, named.rows);
  const placed = plan.phases.map((p) => plan.rosterPlaces?.find((r) => r.phase === p.id));
  placed.forEach((r, i) => {
    if (r) [people[i], ranges[i]] = [r.people, [r.people, r.people]];
  });
  const atLocations = peopleByLocation(audiences, people, sizes, named);
  return { audiences, people, ranges, atLocations: atLocations.map((row, i) => placed[i]?.atLocations ?? row) };
}

/** A phase's days as planned, before any pause. */
export interface PlannedPhase {
  nominalStart: Day;
  nominalEnd: Day;
  meantStart: Day;
  plannedStart: Day;
  plannedEnd: Day;
  /** The days its people work (see readersCalendar). */
  calendar: WorkCalendar;
}

/** Every phase's days as planned: one after the other from `start`, off the days off of its people. */
export function plannedPhases(plan: Plan, start: Day, calendar: WorkCalendar, atLocations: number[][]): PlannedPhase[] {
  const own = locationHolidays(plan);
  const offsets = nominalOffsets(plan.phases);
  let previousEnd = -Infinity;
  return plan.phases.map((phase, index) => {
    const nominalStart = start + offsets[index]!;
    const nominalEnd = nominalStart + lengthInDays(phase) - 1;
    // A holiday can push a start onto the previous phase's last day; phases still take turns.
    const meantStart = phase.overlap ? nominalStart : Math.max(nominalStart, previousEnd + 1);
    const days = phase.kind === 'launch' ? readersCalendar(plan, calendar, atLocations[index]!, own) : calendar;
    const first = days.onOrAfter(meantStart);
    const last = Math.max(first, days.onOrBefore(nominalEnd));
    previousEnd = last;
    return { nominalStart, nominalEnd, meantStart, plannedStart: first, plannedEnd: last, calendar: days };
  });
}

/** Dates, weeks and people of every phase, as planned and after the plan's pauses. */
export function timePhases(plan: Plan, startOverride?: Day): TimedPhase[] {
  const calendar = planCalendar(plan);
  const pauses = planPauses(plan, calendar);
  const start = startOverride ?? parseDay(plan.start);
  const { audiences, people, ranges, atLocations } = phasePeople(plan);
  return plannedPhases(plan, start, calendar, atLocations).map((planned, index) => {
    const phase = plan.phases[index]!;
    const { nominalStart, nominalEnd, meantStart, plannedStart: first, plannedEnd: last, calendar: days } = planned;
    const moved = movedPhase({ plannedStart: first, meantStart, plannedEnd: last, nominalEnd }, pauses.for({ phase: phase.id }), days, pauses.extendedEnd(phase.id));
    const startDay = moved.start;
    const endDay = moved.end;
    return {
      id: phase.id,
      name: phase.name,
      kind: phase.kind,
      index,
      nominalStart,
      nominalEnd,
      meantStart,
      plannedStart: first,
      plannedEnd: last,
      start: startDay,
      ...(moved.heldStart !== undefined ? { heldStart: moved.heldStart } : {}),
      end: endDay,
      startWeek: weekOf(start, startDay),
      endWeek: weekOf(start, endDay),
      people: people[index]!,
      peopleRange: ranges[index]!,
      atLocations: atLocations[index]!,
      audience: audiences[index]!,
      phase,
      calendar: days,
    };
  });
}
