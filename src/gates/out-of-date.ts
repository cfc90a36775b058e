import path from 'node:path';
import type { Plan } from '../plan/resolve.js';
import type { Aggregate, Operator } from '../plan/schema.js';
import { computedMetrics } from '../sources/unread.js';
import { cadenceBefore, parseCadence, type Cadence, type Day } from '../util/dates.js';
import type { GateStatus } from './types.js';

/**
 * Days an export may lag behind the day it is read for before it counts as out of date: the
 * interval between its downloads (the source's `every`, else the week of the weekly checklist)
 * and a grace of 3 days, as an activity report is dated a day or two before it is downloaded and
 * a Monday check may run before that week's download.
 */
export const EXPORT_GRACE_DAYS = 3;

/** How often a metric's export comes, when its newest row is the day it measures (see datedOrigin). */
export function staleAfter(plan: Plan, metric: string): Cadence | undefined {
  return datedOrigin(plan, metric)?.every;
}

/** The plan's source of a metric: its key (`sources[0]`), its `file` (a glob), and the folder its next export goes into. */
export interface Origin {
  key: string;
  file: string;
  into: string;
  /** The time between its downloads. */
  every: Cadence;
}

/**
 * The plan's source of a metric, when its newest row is the day it was measured: a report of
 * activity, a daily export, a ticket export (covered up to its download). Not survey answers or
 * attendance: a quiet week has no answer, and a report exists only once a session was held, so an
 * old newest row says nothing of a late export. Not a `--metrics` file either: it is whatever the
 * caller put together, on a rhythm of its own, where the plan's sources are the exports its
 * weekly checklist and each gate's due day say to download.
 */
export function datedOrigin(plan: Plan, metric: string): Origin | undefined {
  const given = computedMetrics(plan).find((c) => c.metric === metric);
  if (!given || given.kind === 'responses' || given.kind === 'attendance') return undefined;
  const index = given.path[1] as number;
  const source = plan.sources[index]!;
  const every = 'every' in source && source.every !== undefined ? source.every : '1w';
  return { key: `sources[${index}]`, file: source.file, into: `${path.posix.dirname(source.file.replaceAll('\\', '/'))}/`, every: parseCadence(every) };
}

/** How JSON says a cadence: `every` in days, or `everyMonths` for calendar months. */
export const cadenceFields = (c: Cadence): { every: number } | { everyMonths: number } => ('days' in c ? { every: c.days } : { everyMonths: c.months });

/**
 * The newest day read and how many days before `until` it is, when it lies before one `every` and
 * the grace before `until`: for a monthly export read on 2027-04-05, before 2027-03-02.
 */
export function staleness(newest: Day | undefined, until: Day, every: Cadence): { newest: Day; age: number } | undefined {
  return newest !== undefined && newest < cadenceBefore(until - EXPORT_GRACE_DAYS, every) ? { newest, age: until - newest } : undefined;
}

/**
 * Whether a row dated after the newest could still overturn a verdict: what every aggregate but
 * a running maximum, minimum or count can do. A threshold a real value reached stays reached (a
 * `max >= 80` met on the 14th is met whatever came after), while a `last`, a mean or a trend
 * judged on rows weeks old says nothing of the gate's last day.
 */
export function overturnable(aggregate: Aggregate, op: Operator, status: GateStatus, values: ArrayLike<number>): boolean {
  const direction = aggregate === 'max' || aggregate === 'count' || (aggregate === 'sum' && !Array.prototype.some.call(values, (v: number) => v < 0)) ? 1 : aggregate === 'min' ? -1 : 0;
  if (direction === 0 || op === '==' || op === '!=') return true;
  // Rising values keep a pass of ">=" and a fail of "<="; falling ones the other two.
  const above = op === '>=' || op === '>';
  return (status === 'pass') !== (above === (direction > 0));
}
