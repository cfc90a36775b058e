import type { PlanPath } from '../plan/positions.js';
import type { Pause, Rollback } from '../plan/schema.js';
import { formatDay, parseDay } from '../util/dates.js';

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
 * Resumed (`resume`), it is a pause of that part from its first item dated back from its launch
 * (`lead` days before the day the part first started, `partStart`: its announcement, or the
 * checklist two weeks before) until the resume, moving by the working days from
 * `partStart` to the resume: the part's phases run again, whole, from that day, announced again,
 * and what waits for them follows; what it held is on hold no more.
 */
export function asPause(rollback: PartRollback, partStart: string, lead: number): Pause {
  const pause = { reason: rollback.reason, only: rollback.only };
  return rollback.resume ? { ...pause, from: formatDay(parseDay(partStart) - lead), until: rollback.resume.on } : { ...pause, from: rollback.on };
}

/** Whether a part is rolled back on `day`: from its rollback's day until it starts again (`resume`), if ever. */
export function backOnOldTools(rollback: Pick<Rollback, 'on' | 'resume'>, day: string): boolean {
  return rollback.on <= day && !(rollback.resume && rollback.resume.on <= day);
}

/** The plan's `rollback:` as it stood on `day` (undefined: before anything): the rollbacks of one part written in by then, each with its second try once decided, and the whole rollout's. */
export function rollbacksUpTo<R extends Pick<Rollback, 'on' | 'only'> & { resume?: { decided?: string } }>(written: R | R[] | undefined, day: string | undefined): R | R[] | undefined {
  const kept = (r: R) => r.only === undefined || (day !== undefined && r.on <= day);
  const known = (r: R) => (day === undefined ? r : resumeKnownOn(r, day));
  if (!Array.isArray(written)) return written && kept(written) ? known(written) : undefined;
  const list = written.filter(kept).map(known);
  return list.length > 0 ? list : undefined;
}

/** A rollback as it stood on `day`: its second try (`resume`) only from the day it was decided (`resume.decided`, by default the rollback's own day). */
export function resumeKnownOn<R extends Pick<Rollback, 'on'> & { resume?: { decided?: string } }>(r: R, day: string): R {
  return r.resume && (r.resume.decided ?? r.on) > day ? withoutResume(r) : r;
}

/** A rollback without its second try: the part stays rolled back. */
export function withoutResume<R extends { resume?: unknown }>(r: R): R {
  const rolledBack = { ...r };
  delete rolledBack.resume;
  return rolledBack;
}
