import type { PartPeople } from './part-people.js';
import type { Because } from './reasons.js';
import type { DisplayNames } from '../plan/display-names.js';
import type { Aggregate, Decision, Guards, Operator, Severity } from '../plan/schema.js';
import type { DueBecause } from '../sources/missing.js';

export type GateStatus = 'pass' | 'fail' | 'pending' | 'inconclusive';

export interface GateResult {
  id: string;
  /** The phase it is due relative to; with `scope: organization` it reads everyone's rows, not this phase's. */
  phase: string;
  scope: 'phase' | 'organization';
  metric: string;
  aggregate: Aggregate;
  /** Rounded to 4 decimals; the comparison uses this same number. Null when nothing was observed. */
  observed: number | null;
  op: Operator;
  threshold: number;
  samples: number;
  /** Rows (answers, for a survey) the gate needs before it judges. */
  minSamples: number;
  /** The days read, both inclusive. */
  window: { from: string; to: string };
  /** Phase start + within (or the day before what it guards), after pauses: from this day on the gate counts. */
  due: string;
  /** An open pause holds the gate: `due` is the planned day. */
  onHold?: true;
  /** The gate is of a part of the rollout rolled back: it no longer decides. */
  withdrawn?: true;
  status: GateStatus;
  severity: Severity;
  /** What this gate asks of the rollout: its contingency when it fails, onInconclusive when inconclusive. */
  effect: Decision;
  /**
   * Not due yet, and its value so far misses the threshold: the contingency its failure asks for,
   * were it due today (absent when that is continue). Said ahead, while there is time to act.
   */
  effectIfDue?: Decision;
  /** Why, in English; `because` says it as data, for other languages. */
  reason: string;
  because: Because;
  /**
   * The newest row it read (of an export dated by the day it measures) is `age` days before
   * `until`, the last day it reads, more than the plan's interval between exports and its grace:
   * its verdict rests on old data (see Because `stale`). Absent otherwise.
   */
  stale?: { newest: string; age: number; until: string };
  /** Index of the gate in the plan's gates (or the phase, for the default gates). */
  index: number;
  /** A go/no-go judged again for a part's second try (`rollback.resume`): the day the part starts again; `id` ends in `.second-try`. */
  secondTry?: string;
  guards: Guards;
  /** The phase whose start waits for this gate; null for a report-only gate. */
  guarding: string | null;
}

/** A part of the organization, as rows name it; {} for the whole organization. */
export interface ScopeName {
  phase?: string;
  group?: string;
  location?: string;
}

/** A launch that waits for the gates that guard it, from the day the first of them that asks falls due. */
export interface BlockedLaunch {
  phase: string;
  launch: string;
  gates: string[];
  decision: Decision;
  /** Of a launch ahead: the last day its gates due by the day checked read (their due day): an export dated up to it still counts, however late it is downloaded. */
  readsUntil?: string;
  /** The first day of the open pause the plan records ahead that holds it on its day: it waits for that pause, and decides nothing; absent otherwise. */
  pausedFrom?: string;
}

/** A pause running on the day checked (open, or not yet resumed): the rollout waits for it. */
export interface OpenPause {
  from: string;
  until?: string;
  reason: string;
  phase?: string;
  /** A pause of one part (a phase or a location): that part's gates wait, the other gates decide. */
  only?: { phase?: string; location?: string };
  /** Open, and every gate guarding the launch it holds passes now: the end to write in to resume. */
  causeGone?: CauseGone;
}

/** The gates that held a launch pass now: the pause can end, with `until` and `untilDecided` written in. */
export interface CauseGone {
  gates: string[];
  /** Of those gates, the ones judged before the pause (and failed then): their value on the rows so far, which pass now. */
  soFar?: Record<string, number>;
  /** A week after the day checked, on a working day: time to tell everyone. */
  until: string;
  /** The day checked: the day the end is written in, when the resume notice goes out. */
  untilDecided: string;
}

/** A rollback of one part the plan records, on or before the day checked: its gates no longer decide. */
export interface RolledBackPart {
  on: string;
  reason: string;
  only: { phase?: string; location?: string };
  /** The day it starts again, when its second try (`resume`) is planned. */
  again?: string;
}

/** The rollback the plan records, on or before the day checked: the rollout has rolled back. */
export interface RolledBack {
  on: string;
  reason: string;
}

/** The switch-off: ready when the decommission condition holds and no gate guarding it objects. */
export interface SwitchOff {
  phase: string;
  ready: boolean;
  /** The decommission phase's first day; null while a pause holds it. */
  due: string | null;
  guards: string[];
  /** Every launch has started and the switch-off is still to come: the next thing that can wait. */
  next: boolean;
  /**
   * It waits today, as a launch does: on or after its day while not ready, and before it from the
   * due day of a gate guarding it that asks to wait (the condition is read on the day itself); absent otherwise.
   */
  waits?: true;
  /** Where it would wait ahead of its day, the first day of the open pause the plan records that holds it then: it waits for that pause; absent otherwise. */
  pausedFrom?: string;
  /** While it waits ahead of its day: the last day its due gates read (see BlockedLaunch); absent otherwise. */
  readsUntil?: string;
  /** While it is held (paused, or waiting): the gates guarding it that failed on a window that has closed; absent without one. */
  closed?: ClosedGuard[];
}

/**
 * A gate guarding the switch-off that failed on its due day, `within` its phase's start: no later
 * export changes it (see closedGuards). What the plan can write to judge it again: `within: later`
 * in place of `within` in `gates[index]`, due `laterDue`.
 */
export interface ClosedGuard {
  gate: string;
  /** Its due day, the last day it read. */
  failedOn: string;
  observed: number | null;
  /** The gate's place in the plan's `gates:`. */
  index: number;
  within: string;
  later: string;
  laterDue: string;
}

/** An export behind: where its metric comes from, its newest row and that row's age on the day checked. */
export type OutOfDate = ExportBehind & ({ /** The days between its downloads (the source's `every`, else 7). */ every: number } | { /** The calendar months between them (`every: 1mo`). */ everyMonths: number });

interface ExportBehind {
  metric: string;
  /** The plan's source of it: `sources[N]`. */
  source: string;
  /** That source's `file`. */
  file: string;
  /** The folder this week's export goes into. */
  into: string;
  newest: string;
  age: number;
}

/** A file the plan names that matches no file yet, on a day before it is due (see awaitedFiles). */
export interface AwaitedFile {
  /** The plan key that names it: `sources[4].file`, or `people.file` for the roster (no source is read without it). */
  key: string;
  file: string;
  /** The first day a missing file stops the run. */
  due: string;
  /** Why not sooner: the first launch, the first gate or switch-off that reads it, (attendance) the first session held, or (survey answers) the first survey sent. */
  because: DueBecause<string>;
}

export interface GateCheckResult {
  asOf: string;
  /** The phase that started last on or before asOf; null before the first and after the last ends. */
  currentPhase: string | null;
  decision: Decision;
  /** Whether the decommission phase's `when` holds on the latest observation; null without one. */
  decommissionReady: boolean | null;
  condition: {
    phase: string;
    metric: string;
    op: Operator;
    threshold: number;
    /** The lowest latest value of any part of the organization: what decides. */
    observed: number | null;
    /** The part `observed` is from ({} for the whole organization); null without a value. */
    lowest: ScopeName | null;
    /** The latest value of the rows that name no part of the organization; null without such rows. */
    organization: number | null;
    /** Of `lowest`, when it is a share of a few roster people: how many are active, of how many, and how many the threshold needs. */
    people?: PartPeople;
    /** The days `observed` and `organization` were measured; null without them. */
    day: string | null;
    organizationDay: string | null;
    /** The last day any part was measured; null without a value. */
    measuredOn: string | null;
    /** The launch phases with people that had not started by `measuredOn`, with their start (null while a pause holds it): not read as 0%. */
    notStarted: { phase: string; start: string | null }[];
    /** The locations, groups and launch phases with people, started by `measuredOn`, that no row read measures: the switch-off is not ready while there is one. */
    notMeasured: ScopeName[];
    /**
     * With parts rolled back (`rolledBackParts`), back on the old tools: the lowest latest value of
     * the parts still on the new tool, its part (null when it is `together`'s) and day; `together`,
     * the share of all the people still on the new tool, computed from the roster (null when the
     * sources do not compute it). Absent without a part back.
     */
    stillOnNewTool?: { observed: number | null; lowest: ScopeName | null; day: string | null; together: number | null };
    /** `measuredOn` is `age` days before the day checked, more than the plan's interval between exports and its grace: not ready on it. Absent otherwise. */
    stale?: { newest: string; age: number };
  } | null;
  blockedLaunches: BlockedLaunch[];
  /** The next launch to come, when gates guarding it would hold it if it were due today (those not due yet by their value so far). */
  nextLaunch: BlockedLaunch | null;
  decommission: SwitchOff | null;
  openPause: OpenPause | null;
  rolledBack: RolledBack | null;
  /** The rollbacks of one part the plan records on or before the day checked; absent without one. */
  rolledBackParts?: RolledBackPart[];
  /**
   * On rollback: the plan's procedure and who to tell; null otherwise. For a rollback of one part
   * (gates written for one location ask for it): `parts`, each location with its gates, and
   * `rest`, the decision for everything else.
   */
  rollback: { procedure: string | null; tell: string[]; parts?: { location: string; gates: string[] }[]; rest?: Decision } | null;
  /** Locations that gates not due yet would roll back if they fell due today, each with the first due day; absent without one. */
  partsAhead?: { location: string; gates: string[]; due: string }[];
  /**
   * The exports whose newest row is older than the plan expects (its interval between exports and
   * a grace) while a gate or the switch-off reads them as of the day checked; absent without one.
   */
  outOfDate?: OutOfDate[];
  /** The files the plan names that are not there yet and not due yet, left unread until `due`; absent without one. */
  awaited?: AwaitedFile[];
  gates: GateResult[];
  /** How the plan names its phases and metrics in the language checked in: for the formats people read; JSON keeps ids. */
  names: DisplayNames;
}
