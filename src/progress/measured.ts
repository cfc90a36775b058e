import { aggregate } from '../gates/aggregate.js';
import { latestAnswers } from '../gates/respondents.js';
import { latest } from '../gates/check.js';
import { compare, roundObserved } from '../gates/compare.js';
import { inScope } from '../gates/evaluate.js';
import type { ObservationLedger, Scope } from '../gates/ledger.js';
import type { ScopeName } from '../gates/types.js';
import { distinctDays, SLOPE_DAYS, surveyMinimum } from '../gates/minimum.js';
import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import { satisfactionGoal, satisfactionScale } from '../plan/satisfaction-scale.js';
import { progressMetrics, type ProgressMetrics } from './metrics.js';
import type { SchedulePhase } from '../schedule/types.js';
import { timePhases, type TimedPhase } from '../schedule/phases.js';
import { notStartedBy, scopeStart } from '../gates/started.js';
import { unmeasuredParts } from '../gates/unmeasured.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { measuredDays } from '../sources/read-window.js';

/*
 * What the weekly updates report from measured data: the values up to each update's date, read
 * from the same ledger the gates read, with the gates' own scopes and aggregates.
 */

export interface PhaseUse {
  phase: string;
  /** Latest active use in the phase's scope up to the update, rounded; null when none yet. */
  percent: number | null;
  /** The day of that value. */
  day: string | null;
  goal: number;
  reached: boolean;
  /** The share of the phase's people trained so far, rounded, the day of that value and its gate's threshold; null when not measured. */
  trained: { percent: number; day: string; goal: number | null } | null;
}

/** The measured state of the rollout as of one day. */
export interface Measured {
  /** The latest day any of the values comes from. */
  day: string;
  /** Each launch phase live by then, in launch order, from rows that name a phase, group or location. */
  phases: PhaseUse[];
  /** Active use from rows that name no part of the organization: one company-wide value, never a phase's. */
  company: { percent: number; day: string; goal: number } | null;
  /**
   * Mean of the 7 days up to the update (a person who answered twice counts once, as the gates
   * count: their latest answer); `enough` when the answers reach the fewest any gate on
   * the metric accepts (else the survey default: 5, or everyone when fewer, never fewer than 2).
   * `outOf` is the top of the scale the question asks on, and `goal` the threshold of the gate that
   * judges satisfaction (see satisfactionGate), else the playbook's on that scale; `above` when that
   * gate asks more than the goal (`op: ">"`), not the goal or more.
   */
  satisfaction: { score: number; outOf: number; answers: number; goal: number; above: boolean; met: boolean; enough: boolean } | null;
  /** NPS of the answers of the 4 weeks up to the update, `enough` as for satisfaction. */
  nps: { score: number; answers: number; met: boolean; enough: boolean } | null;
  /**
   * Tickets in the 7 days up to `until`, the update's day or the last day the ticket data cover
   * when that is earlier, and in the 7 before; `falling` only when they fell and
   * the slope of the 4 weeks up to it is below zero over at least as many days as a slope gate needs.
   */
  tickets: { week: number; previous: number | null; trend: 'down' | 'up' | 'same' | null; falling: boolean; until: string } | null;
}

const ACTIVE_USE_GOAL = 80;
const all = () => true;
/** Rows for the whole organization: they name no phase, group or location. */
const unscoped = (s: Scope) => s.phase === undefined && s.group === undefined && s.location === undefined;
/**
 * Every ticket once: the rows of an export, however they are split by part, but not the counts a
 * helpdesk export with `person:` gives each part besides the organization's (exact), which would count twice.
 */
const everyTicket = (s: Scope) => !s.exact || unscoped(s);

export class Progress {
  readonly metrics: ProgressMetrics;
  /** The phases' days, for the first launch and the switch-off condition: made when first read. */
  private timed?: TimedPhase[];

  constructor(
    private readonly plan: Plan,
    private readonly ledger: ObservationLedger,
  ) {
    this.metrics = progressMetrics(plan);
  }

  /** Every metric worth keeping for the updates: what the reading path is asked to keep. */
  static metricsOf(plan: Plan): string[] {
    return Object.values(progressMetrics(plan));
  }

  /** The measured state as of `date` for the launch phases live by then; null when nothing is measured yet. */
  at(date: string, live: readonly SchedulePhase[]): Measured | null {
    const day = parseDay(date);
    const phases = live.map((p) => this.phaseUse(p, day));
    const company = this.company(day);
    const satisfaction = this.satisfaction(day);
    const nps = this.nps(day);
    const others = [...phases.flatMap((p) => (p.day ? [p.day] : [])), ...[company, satisfaction, nps].flatMap((p) => (p ? [p[1]] : []))];
    const tickets = this.tickets(day, others.length ? parseDay(others.sort().at(-1)!) : -Infinity);
    // Training is told beside what is measured of use, never alone: an update before any use is measured says what was planned.
    const days = [...others, ...(tickets ? [tickets[1]] : [])];
    if (days.length === 0) return null;
    return { day: days.sort().at(-1)!, phases, company: company?.[0] ?? null, satisfaction: satisfaction?.[0] ?? null, nps: nps?.[0] ?? null, tickets: tickets?.[0] ?? null };
  }

  private company(day: Day) {
    const metric = this.metrics.activeUse;
    if (metric === undefined) return null;
    // A value measured before the first launch is nobody's use of the tool: no progress to tell.
    const launched = Math.min(...this.phases().filter((p) => p.kind === 'launch').map((p) => p.start));
    const obs = this.ledger.observations(metric, unscoped, launched, day);
    const value = aggregate('last', obs);
    if (value === undefined) return null;
    const goal = this.plan.phases.find((p) => p.kind === 'decommission' && p.when?.metric === metric)?.when?.threshold ?? ACTIVE_USE_GOAL;
    return [{ percent: Math.round(value), day: lastDay(obs), goal }, lastDay(obs)] as const;
  }

  /** The fewest answers any gate on `metric` judges on; the survey default without such a gate. */
  private fewestAnswers(metric: string): number {
    const set = this.plan.gates.filter((g) => g.metric === metric && g.minSamples !== undefined).map((g) => g.minSamples!);
    return set.length ? Math.min(...set) : surveyMinimum(this.plan.organization.headcount);
  }

  private phaseUse(p: SchedulePhase, day: Day): PhaseUse {
    const gate = this.useGate(p.id);
    return this.use(p, gate ?? ({ phase: p.id } as Gate), gate?.threshold ?? ACTIVE_USE_GOAL, this.trained(p.id, day), day);
  }

  /**
   * A launch phase's active use at one of its locations as of `date`, from rows that name that
   * location: what an update tells of each place when a pause holds one of them alone. Its goal
   * is that of the phase's success gate there, else the phase's.
   */
  locationUse(p: SchedulePhase, location: string, date: string): PhaseUse {
    const gates = this.plan.gates.filter((g) => g.phase === p.id && g.metric === this.metrics.activeUse && g.aggregate === 'last');
    const here = gates.filter((g) => g.location === location);
    const goal = (successGate(here) ?? this.useGate(p.id))?.threshold ?? ACTIVE_USE_GOAL;
    return this.use(p, { phase: p.id, location } as Gate, goal, null, parseDay(date));
  }

  /** The latest active use in `scope` from the phase's start up to `day`. */
  private use(p: SchedulePhase, scope: Gate, goal: number, trained: PhaseUse['trained'], day: Day): PhaseUse {
    const metric = this.metrics.activeUse;
    if (metric === undefined) return { phase: p.id, percent: null, day: null, goal, reached: false, trained };
    const obs = this.ledger.observations(metric, (s) => !unscoped(s) && inScope(scope, s), parseDay(p.start), day);
    const value = aggregate('last', obs);
    if (value === undefined) return { phase: p.id, percent: null, day: null, goal, reached: false, trained };
    return { phase: p.id, percent: Math.round(value), day: lastDay(obs), goal, reached: roundObserved(value) >= goal, trained };
  }

  /** The phase's share trained by `day`, in the scope of its gate on training: its session may come before its launch. */
  private trained(phase: string, day: Day): PhaseUse['trained'] {
    const metric = this.metrics.training;
    if (metric === undefined) return null;
    const gate = this.plan.gates.find((g) => g.phase === phase && g.metric === metric && g.aggregate === 'last');
    const scope = gate ?? ({ phase } as Gate);
    const obs = this.ledger.observations(metric, (s) => !unscoped(s) && inScope(scope, s), -Infinity, day);
    const value = aggregate('last', obs);
    return value === undefined ? null : { percent: Math.round(value), day: lastDay(obs), goal: gate?.threshold ?? null };
  }

  /** The gate whose scope and threshold say what a phase's active use is: its success gate, else any on the metric. */
  private useGate(phase: string): Gate | undefined {
    return successGate(this.plan.gates.filter((g) => g.phase === phase && g.metric === this.metrics.activeUse && g.aggregate === 'last'));
  }

  /**
   * The switch-off condition (the decommission phase's `when`) as measured up to `date`: the
   * lowest latest value of any location, group or phase, as gate-check reads it, with the part
   * it is from and the whole organization's value, so that a message never gives one part's use
   * as everyone's. Null without a condition or a measurement.
   */
  switchOff(date: string): { value: number; day: string; met: boolean; lowest: ScopeName; organization: number | null } | null {
    const when = this.plan.phases.find((p) => p.kind === 'decommission' && p.when)?.when;
    const startOf = scopeStart(this.plan, this.phases());
    const found = when && latest(this.ledger, when.metric, measuredDays(this.plan, parseDay(date)), startOf);
    if (!when || !found || found.value === null) return null;
    const value = roundObserved(found.value);
    // As gate-check: every part with people started and measured, or it is not met.
    const counted = notStartedBy(this.phases(), found.day).length === 0 && unmeasuredParts(this.plan, this.phases(), found.read, startOf, found.day).length === 0;
    return { value, day: formatDay(found.day), met: counted && compare(value, when.op, when.threshold), lowest: found.lowest!, organization: found.organization };
  }

  /* Each part: its value and the last day it reads. */
  private satisfaction(day: Day) {
    const obs = this.answers(this.metrics.satisfaction, day - 6, day);
    const mean = obs && aggregate('mean', obs);
    if (!obs || mean === undefined) return null;
    const score = Math.round(mean * 10) / 10;
    const answers = obs.values.length;
    const gate = this.satisfactionGate();
    const goal = gate?.threshold ?? satisfactionGoal(this.plan.metrics);
    return [{ score, outOf: satisfactionScale(this.plan.metrics)[1], answers, goal, above: gate?.op === '>', met: compare(score, gate?.op ?? '>=', goal), enough: answers >= this.fewestAnswers(this.metrics.satisfaction!) }, lastDay(obs)] as const;
  }

  /**
   * The gate that judges satisfaction, whose threshold the updates give as the goal: the plan's own
   * (or the playbook's default gate, on the plan's scale). Of several, one on everyone's answers
   * (`scope: organization`), as the update reads, before one on a phase's; then the strictest, so
   * that an update never calls met what a gate fails.
   */
  private satisfactionGate(): Gate | undefined {
    const gates = this.plan.gates.filter((g) => g.metric === this.metrics.satisfaction && (g.op === '>=' || g.op === '>'));
    const whole = gates.filter((g) => g.scope === 'organization');
    const stricter = (g: Gate, a: Gate) => g.threshold > a.threshold || (g.threshold === a.threshold && g.op === '>');
    return (whole.length ? whole : gates).reduce<Gate | undefined>((a, g) => (a === undefined || stricter(g, a) ? g : a), undefined);
  }

  private nps(day: Day) {
    const obs = this.answers(this.metrics.nps, day - 27, day);
    const score = obs && aggregate('nps', obs);
    if (!obs || score === undefined) return null;
    const answers = obs.values.length;
    return [{ score: Math.round(score), answers, met: score > 0, enough: answers >= this.fewestAnswers(this.metrics.nps!) }, lastDay(obs)] as const;
  }

  /**
   * `measuredTo`: the last day the update's other values were measured. The two weeks compared
   * end on the last day the ticket data cover (see ticketsCover), never on a day they do not; a
   * covered week without a ticket counts 0, and a week is left out only before the data begin.
   */
  private tickets(day: Day, measuredTo: Day) {
    const metric = this.metrics.tickets;
    const all = this.read(metric, -Infinity, Infinity, everyTicket);
    if (!all || all.days.length === 0 || all.days[0]! > day) return null;
    const end = this.ticketsCover(day, all.days, measuredTo);
    if (end === undefined || end < all.days[0]!) return null;
    const week = this.read(metric, end - 6, end, everyTicket)!;
    const count = sum(week.values);
    const previous = end - 7 < all.days[0]! ? null : sum(this.read(metric, end - 13, end - 7, everyTicket)!.values);
    const trend = previous === null ? null : count < previous ? 'down' : count > previous ? 'up' : 'same';
    // "Fewer every week" is a trend: a slope over enough days, as a slope gate reads it, and this
    // week below the one before, so that it never contradicts the two numbers the update states.
    const month = this.read(metric, end - 27, end, everyTicket)!;
    const slope = distinctDays(month.days) >= SLOPE_DAYS ? aggregate('slope', month) : undefined;
    const measured = week.days.length ? lastDay(week) : formatDay(end);
    return [{ week: count, previous, trend, falling: trend === 'down' && slope !== undefined && slope < 0, until: formatDay(end) }, measured] as const;
  }

  /**
   * The last day up to `day` the ticket data (`days`, all of them) cover; undefined when none.
   * A helpdesk export (an `events` source) counts every working day it covers, 0 where no ticket
   * came, and the days before the rollout had no tickets. It covers whole the days before the
   * one it was downloaded on (the date in its name, as the gates read it); without one, its last
   * row's day, of any category, is the earliest it can have been downloaded, and may hold only
   * that day's first hours, so it covers up to its day before (see EventsReader). One that
   * reaches the update's day covers that day as far as it goes. A prepared metrics export gives
   * only the days with tickets: it is taken to cover the days up to its last row of any metric
   * the update reads, `measuredTo`, so a day without a ticket row up to then counts as 0.
   */
  private ticketsCover(day: Day, days: ArrayLike<Day>, measuredTo: Day): Day | undefined {
    const counted = this.plan.sources.some((s) => s.kind === 'events' && s.metric === this.metrics.tickets);
    if (!counted) return Math.min(day, Math.max(lastBefore(days, day + 1)!, measuredTo));
    const last = days[days.length - 1]!;
    return last >= day ? day : lastBefore(days, (this.ledger.coveredTo(this.metrics.tickets!) ?? last - 1) + 1);
  }

  private phases(): TimedPhase[] {
    return (this.timed ??= timePhases(this.plan));
  }

  private read(metric: string | undefined, from: Day, to: Day, keep: (scope: Scope) => boolean = all) {
    return metric === undefined ? undefined : this.ledger.observations(metric, keep, from, to);
  }

  /** Survey answers on those days as the gates count them: of each person who answered more than once, the latest. */
  private answers(metric: string | undefined, from: Day, to: Day) {
    const obs = this.read(metric, from, to);
    return obs && latestAnswers(obs).obs;
  }
}

const sum = (values: ArrayLike<number>): number => Math.round(Array.from(values).reduce((a, b) => a + b, 0));
/** The last of the sorted `days` before `day`. */
const lastBefore = (days: ArrayLike<Day>, day: Day): Day | undefined => {
  let i = days.length - 1;
  while (i >= 0 && days[i]! >= day) i--;
  return i < 0 ? undefined : days[i];
};
const lastDay = (obs: { days: ArrayLike<number> }): string => formatDay(obs.days[obs.days.length - 1]!);

/**
 * Of a phase's gates on active use, the one that says it arrived: one that only reports, else one
 * that holds the switch-off; the go/no-go that holds the next launch asks less, and only once its
 * people have had two weeks (an update that takes its 60% for the goal celebrates a phase at 77%
 * whose 80% the switch-off waits for). The go/no-go when it is the only one.
 */
function successGate(gates: Gate[]): Gate | undefined {
  return gates.find((g) => g.guards === 'none') ?? gates.find((g) => g.guards !== 'next') ?? gates[0];
}
