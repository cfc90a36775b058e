import type { Plan } from '../plan/resolve.js';
import { pausesKnownOn } from '../pauses/known-on.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { timePhases, type TimedPhase } from './phases.js';

/**
 * The plan as it stood on `day`: the pauses (see pausesKnownOn), extensions and rollbacks of one
 * part written in by then; undefined when that is the plan itself. render-emails writes a message from it
 * (see messageEras), so what the schedule says a message said comes from it too.
 */
export function planOn(plan: Plan, day: Day): Plan | undefined {
  const on = formatDay(day);
  const pauses = pausesKnownOn(plan.pauses, on);
  const rollbacks = plan.partRollbacks.filter((r) => r.on <= on);
  const extensions = plan.extensions.filter((e) => e.decided <= on);
  const same = pauses.length === plan.pauses.length && pauses.every((p, i) => p === plan.pauses[i]);
  if (same && rollbacks.length === plan.partRollbacks.length && extensions.length === plan.extensions.length) return undefined;
  return { ...plan, pauses, partRollbacks: rollbacks, extensions };
}

/**
 * The days the plan changed, in order: each pause's (its `decided` day, else its first), the day an
 * open pause's end was written in, each extension's, each rollback of one part and the day its
 * second try was decided. A message dated from one of them on speaks of that change.
 */
export function changeDays(plan: Plan): string[] {
  const pauses = plan.pauses.flatMap((p) => [p.decided ?? p.from, ...(p.untilDecided === undefined ? [] : [p.untilDecided])]);
  const rollbacks = plan.partRollbacks.flatMap((r) => [r.on, ...(r.resume?.decided === undefined ? [] : [r.resume.decided])]);
  return [...new Set([...pauses, ...rollbacks, ...plan.extensions.map((e) => e.decided)])].sort();
}

/** The day a phase starts, or would but for the open pause that holds it. */
export function startOf(p: TimedPhase): Day {
  return Number.isFinite(p.start) ? p.start : (p.heldStart ?? p.plannedStart);
}

/**
 * The start day of each phase as the plan stood on `day` (see planOn), for a message sent that
 * day: a reminder sent before a pause moved its launch named the start it had then. Undefined
 * when the plan then is the plan now. Kept per day, as a schedule asks it for each reminder.
 */
export class KnownStarts {
  private readonly days = new Map<Day, ReadonlyMap<string, Day> | undefined>();
  private now?: ReadonlyMap<string, Day>;

  constructor(
    private readonly plan: Plan,
    private readonly start: Day,
  ) {}

  on(day: Day, phase: string): Day | undefined {
    if (!this.days.has(day)) {
      const then = planOn(this.plan, day);
      this.days.set(day, then && new Map(timePhases(then, this.start).map((p) => [p.id, startOf(p)])));
    }
    return this.days.get(day)?.get(phase);
  }

  /**
   * The day `phase` was to start as people were last told before the change that last moved its
   * start (a pause notice, an extension's, the resume notice of an open pause named the day it
   * replaced): after an extension moved it from 1 to 15 March and a pause then to 29 March, the
   * 15th. Undefined when no change moved it.
   */
  toldBefore(phase: string): Day | undefined {
    this.now ??= new Map(timePhases(this.plan, this.start).map((p) => [p.id, startOf(p)]));
    const now = this.now.get(phase);
    for (const day of changeDays(this.plan).reverse()) {
      const told = this.on(parseDay(day) - 1, phase) ?? now;
      if (told !== now) return told;
    }
    return undefined;
  }
}
