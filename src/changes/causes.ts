import type { Plan } from '../plan/resolve.js';
import { onlyPausesDiffer } from '../pauses/redate.js';
import { buildSchedule } from '../schedule/build.js';
import { parseDay } from '../util/dates.js';
import { allItems, identities, type Item } from './items.js';
import { newPauses, reasons, type ReasonNames } from './reasons.js';

/** One of several edits that moved an item, and by how many calendar days. */
export interface Cause {
  reason: string;
  days: number;
}

/**
 * When one edit adds a pause and changes something else (a start week, a phase's length), how far
 * each moved an item: the plan without its new pauses is the step between, so the days add up
 * exactly and read as the two edits diffed one after the other. Undefined for an item only one moved.
 */
export function splitCauses(plans: { before: Plan; after: Plan }, said: ReasonNames = 'ids'): (id: string, then: Item, now: Item) => Cause[] | undefined {
  const added = new Set(newPauses(plans));
  if (added.size === 0 || onlyPausesDiffer(plans.before, plans.after)) return () => undefined;
  const between: Plan = { ...plans.after, pauses: plans.after.pauses.filter((p) => !added.has(p)) };
  const dated = buildSchedule(between);
  const middle = identities(allItems(dated));
  const edits = reasons({ before: plans.before, after: between }, said, dated);
  const pauses = reasons({ before: between, after: plans.after }, said);
  return (id, then, now) => {
    const m = middle.get(id);
    if (m?.date == null || then.date === null || now.date === null) return undefined;
    const first = parseDay(m.date) - parseDay(then.date);
    const second = parseDay(now.date) - parseDay(m.date);
    if (first === 0 || second === 0) return undefined;
    const why = [edits(then, m), pauses(m, now)];
    return why[0] === undefined || why[1] === undefined ? undefined : [{ reason: why[0], days: first }, { reason: why[1], days: second }];
  };
}
