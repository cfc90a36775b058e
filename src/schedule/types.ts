import type { Download } from '../sources/downloads.js';
import type { PhaseAudience } from './phases.js';

export const EVENT_TYPES = [
  'pause',
  'resume',
  'extension',
  'rollback',
  'announcement',
  'reminder',
  'launch',
  'checklist',
  'weekly-update',
  'survey',
  'training',
  'office-hours',
  'gate',
  'decommission',
  'review',
  'retrospective',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One dated thing on the rollout timeline. The JSON output is these objects as they are. */
export interface ScheduleEvent {
  /** Local date at `location` (or in the plan's calendar), YYYY-MM-DD. */
  date: string;
  type: EventType;
  /** Which variant of the type: `two-weeks-before` for a checklist, `month-1` for a review, ... */
  key: string;
  /** Phase id; absent for rollout-wide events such as weekly updates and reviews. */
  phase?: string;
  /** A gate that reads everyone's rows (`scope: organization`): `phase` only dates it. */
  scope?: 'organization';
  title: string;
  location?: string;
  /** Local start time HH:MM, for sessions. */
  time?: string;
  minutes?: number;
  timezone?: string;
  /** Rollout week (week 1 = the week of start; earlier weeks are 0, -1, ...). */
  week: number;
  /** The date it would have had, when it moved off a non-working day, and why. */
  movedFrom?: string;
  movedBecause?: string;
  /** A gate: the exports to download on its due day, as it is judged on the rows dated up to it. */
  downloads?: Download[];
  /** A weekly checklist after the last launch, kept on for the gates still to fall due: it has no launch items. */
  forGates?: true;
  /** Problems worth a look, e.g. a shared session outside some location's working hours. */
  flags?: string[];
  /** A shared session's time at each location of its people, when some location's clock shows another time. */
  localTimes?: { location: string; time: string }[];
  /** The date it had before a pause moved it. */
  pausedFrom?: string;
  /** How many times a pause moved it: its calendar SEQUENCE, so calendars move it rather than add it. */
  sequence?: number;
  /** A pause written in ahead (`decided`): the day its notice goes out, before the pause's first day. */
  noticeOn?: string;
  /** An item of a part's second try, dated anew from the day it starts again (`rollback.resume.on`, given here), or one its rollback cancelled and it dates again: the first try's stays as it was, and this one has a calendar UID of its own. */
  secondTry?: string;
}

/** An item an open pause holds: it has no date until the pause gets an end. */
export type HeldEvent = Omit<ScheduleEvent, 'date' | 'week' | 'movedFrom' | 'movedBecause'> & { date: null; onHold: true; plannedDate: string };

/**
 * A phase that waits for a pause of one part: its start now, and the one the pause gave it
 * (`movedTo`) when something written later moved it again: a second try (`rollback`), later
 * pauses (`laterPauses`, how many), or both.
 */
export interface PauseWaiting {
  id: string;
  name: string;
  start: string | null;
  movedTo?: string | null;
  rollback?: true;
  laterPauses?: number;
}

/** A pause as the schedule shows it. */
export interface SchedulePause {
  from: string;
  /** The day the rollout resumes; null while the pause is open. */
  until: string | null;
  reason: string;
  phase?: string;
  /** A pause of one part of the rollout: one phase or one location; absent, it moves everything. */
  only?: { phase?: string; location?: string };
  /** With `only`: the phases whose every item it moves (the paused ones and those that wait for them), in plan order. */
  phases?: string[];
  /**
   * With `only`: of `phases`, the launch phases that wait for the paused part, each with its start
   * now (null while an open pause holds it) and, in the schedule as `schedule` shows it, the start
   * the pause moved it to when a later second try moved it again (`movedTo`, see pausesAsMoved).
   */
  waiting?: PauseWaiting[];
  /** With `only`: the switch-off when it waits for the paused part, as `waiting`'s; not in `waiting`, which lists launches. */
  switchOff?: PauseWaiting;
  /** What it pauses as people read it: the location, or the phase's name (`only`, else the phase it concerns); kept in a view of one location or phase. */
  name?: string;
  /**
   * Working days every later item moves by, on the working week of the people whose dates it
   * moves (the plan's, when some of them work it); null while the pause is open. Each location
   * moves its items by its own working days (see pauseLength).
   */
  workingDays: number | null;
  /** When those people work different weeks and the pause is of whole weeks: how many, as it is told. */
  weeks?: number;
  /** When those people work different weeks and the pause is not of whole weeks: each location whose count is not `workingDays`, with its own. */
  workingDaysAt?: Record<string, number>;
}

/** An extension of a running phase as the schedule shows it. */
export interface ScheduleExtension {
  phase: string;
  /** The phase's name, as people read it. */
  name: string;
  /** The day it was decided: its notice goes out that day (the working day on or after it). */
  decided: string;
  /** The phase's last day before it, and its new last day. */
  was: string;
  until: string;
  /**
   * Working days every later item of the phases that wait for it moves by, on the working week of
   * the people whose dates it moves (the plan's, when some of them work it), as a pause's.
   */
  workingDays: number;
  /** When those people work different weeks and it adds whole weeks: how many, as it is told. */
  weeks?: number;
  /** When those people work different weeks and it adds part of a week: each location whose count is not `workingDays`, with its own. */
  workingDaysAt?: Record<string, number>;
  reason: string;
  /** The launch phases that wait for it, with their start now. */
  waiting: { id: string; name: string; start: string | null }[];
  /** The switch-off when it waits for it, with its start now. */
  switchOff?: { id: string; name: string; start: string | null };
}

export interface SchedulePhase {
  id: string;
  name: string;
  kind: 'launch' | 'stabilize' | 'decommission';
  start: string;
  end: string;
  startWeek: number;
  endWeek: number;
  people: number;
  peopleRange: [number, number];
  audience: PhaseAudience;
  /** Locations whose people this phase brings in (all locations when the audience does not say). */
  locations: string[];
  /** For a launch phase in a plan with locations: how many of `people` work at each of `locations`. */
  peopleAt?: Record<string, number>;
  /** The start it would have had, when it moved off a non-working day, and why. */
  movedFrom?: string;
  movedBecause?: string;
  /** Running when an open pause began: `end` is the last working day before it. */
  onHold?: true;
  /** Running when the rollout rolled back: `end` is the last working day before the rollback. */
  rolledBack?: true;
}

/** A phase an open pause keeps from starting. */
export interface HeldPhase {
  id: string;
  name: string;
  kind: SchedulePhase['kind'];
  start: null;
  end: null;
  onHold: true;
  plannedStart: string;
  people: number;
  /** As `SchedulePhase.locations`: a view of one location keeps what concerns it. */
  locations: string[];
}

export interface Schedule {
  plan: { tool: string; organization: string; headcount: number; preset: string };
  start: string;
  end: string;
  phases: SchedulePhase[];
  events: ScheduleEvent[];
  pauses: SchedulePause[];
  /** Running phases that run longer than planned (`extensions:`), in date order; absent without one. */
  extensions?: ScheduleExtension[];
  /** What an open pause holds: no date, no message, no calendar entry until it ends. */
  held: { phases: HeldPhase[]; events: HeldEvent[] };
  /** The rollback the plan records; absent without one. */
  rollback?: ScheduleRollback;
  /** The rollbacks of one part each; absent without one. */
  rollbacks?: SchedulePartRollback[];
  /** The rollback of the earlier attempt, when this plan is its second try (`restart:`); absent otherwise. */
  restart?: { rolledBackOn: string; reason: string };
}

/** A rollback of one part (`only`): the rest goes on, the switch-off waits (held). */
export interface SchedulePartRollback extends ScheduleRollback {
  only: { phase?: string; location?: string };
  /** The phases it rolls back: the part's own, those whose people all work at its location. */
  phases: string[];
  /** The part's second try (`resume`): its phases run again from `on`; absent while it stays rolled back. */
  /** `announced`: the working day of the part on or after `decided`, when that is a day off (the day its news goes out); `starts`: the part's working day on or after `on`, when its people have `on` off. */
  resume?: { on: string; changed?: string; decided?: string; starts?: string; announced?: string };
  /** With `resume`, in the schedule as `schedule` shows it: the part's phases as its first try ran them (`rolledBack` when one still ran on `on`, ending the working day before). */
  firstTry?: SchedulePhase[];
  /** With `resume`: what the rollback cancelled (withdrawn with the part, or waiting for it), as dated then; the calendar keeps them cancelled under their first UIDs. */
  cancelledFirstTry?: ScheduleEvent[];
}

/** A rollback as the schedule shows it, with what it withdrew. */
export interface ScheduleRollback {
  on: string;
  reason: string;
  /**
   * Every phase and item planned from `on` on (that day included, and what an open pause held),
   * with the date it had: no message goes out for them, and the calendar cancels them.
   */
  withdrawn: { phases: WithdrawnPhase[]; events: ScheduleEvent[] };
}

/** A phase the rollback kept from starting, with the start it had. */
export interface WithdrawnPhase {
  id: string;
  name: string;
  kind: SchedulePhase['kind'];
  plannedStart: string;
  people: number;
}
