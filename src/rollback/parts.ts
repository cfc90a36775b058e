import type { PlanPath } from '../plan/positions.js';
import type { Pause, Rollback } from '../plan/schema.js';

/** A rollback of one part of the rollout (`only`), with where the plan writes it. */
export interface PartRollback extends Rollback {
  only: NonNullable<Rollback['only']>;
  /** Its path in the plan: `rollback`, or `rollback[i]` in a list. */
  at: PlanPath;
}

/**
 * The plan's `rollback:`, one or a list, split into the rollback of the whole rollout (no `only`;
 * the first, should a plan wrongly give two) and the rollbacks of one part each.
 */
export function splitRollbacks(written: Rollback | Rollback[] | undefined): { whole?: Rollback; parts: PartRollback[]; wholeAt: PlanPath } {
  const list = written === undefined ? [] : Array.isArray(written) ? written : [written];
  const at = (i: number): PlanPath => (Array.isArray(written) ? ['rollback', i] : ['rollback']);
  const wholeIndex = list.findIndex((r) => r.only === undefined);
  const parts = list.flatMap((r, i) => (r.only === undefined ? [] : [{ ...r, only: r.only, at: at(i) }]));
  return { ...(wholeIndex >= 0 ? { whole: list[wholeIndex]! } : {}), parts, wholeAt: at(Math.max(0, wholeIndex)) };
}

/**
 * A rollback of one part holds that part from its day on as an open pause of it would, so the
 * schedule, gate-check and the report take every date of the rest from the one rule of pauses;
 * the schedule then withdraws what it holds (see withdrawParts), and the switch-off waits.
 * Resumed (`resume`), it is a pause of that part from the day the part first started
 * (`partStart`) until the resume: the part's phases run again, whole, from that day, and what
 * waits for them follows; what it held is on hold no more.
 */
export function asPause(rollback: PartRollback, partStart: string): Pause {
  const pause = { reason: rollback.reason, only: rollback.only };
  return rollback.resume ? { ...pause, from: partStart, until: rollback.resume.on } : { ...pause, from: rollback.on };
}

/** Whether a part is rolled back on `day`: from its rollback's day until it starts again (`resume`), if ever. */
export function backOnOldTools(rollback: Pick<Rollback, 'on' | 'resume'>, day: string): boolean {
  return rollback.on <= day && !(rollback.resume && rollback.resume.on <= day);
}

/** The plan's `rollback:` as it stood on `day` (undefined: before anything): the rollbacks of one part written in by then, and the whole rollout's. */
export function rollbacksUpTo<R extends Pick<Rollback, 'on' | 'only'>>(written: R | R[] | undefined, day: string | undefined): R | R[] | undefined {
  const kept = (r: R) => r.only === undefined || (day !== undefined && r.on <= day);
  if (!Array.isArray(written)) return written && kept(written) ? written : undefined;
  const list = written.filter(kept);
  return list.length > 0 ? list : undefined;
}
