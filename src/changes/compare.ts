import type { Plan } from '../plan/resolve.js';
import type { Schedule, ScheduleEvent } from '../schedule/types.js';
import { parseDay } from '../util/dates.js';
import { redateEvents } from '../pauses/redate.js';
import { splitCauses, type Cause } from './causes.js';
import { allItems, base, identities, reason, type Item } from './items.js';
import { causesText, reasons, type ReasonNames } from './reasons.js';
import { officeHourChanges } from './office-hours.js';

/** `resumed`: on hold in the older version (an open pause), dated in the newer one. */
export type ChangeKind = 'moved' | 'appeared' | 'disappeared' | 'held' | 'resumed';

/** One dated item that is not where it was. */
export interface Change {
  change: ChangeKind;
  type: ScheduleEvent['type'];
  key: string;
  phase?: string;
  /** A gate that reads everyone's rows: `phase` only dates it. */
  scope?: 'organization';
  location?: string;
  title: string;
  /** Null for an item that appeared or resumed. */
  from: string | null;
  /** Null for an item that disappeared or is on hold. */
  to: string | null;
  /** Calendar days moved, for a moved item. */
  days: number | null;
  reason?: string;
  /** When two edits moved a moved item (a new pause and a changed start week), each with its days; `reason` names both. */
  causes?: Cause[];
}

export interface ChangeSet {
  changes: Change[];
  counts: Record<ChangeKind, number>;
}

const dateOf = (e: Item): string | null => e.date;

/** What moved, appeared, disappeared, went on hold or resumed between two schedules, and why where known (`said`: see ReasonNames). */
export function compareSchedules(before: Schedule, after: Schedule, plans: { before: Plan; after: Plan }, said: ReasonNames = 'ids'): ChangeSet {
  const old = identities(allItems(before));
  const now = identities(allItems(after));
  const changes: Change[] = [];
  const reasonFor = reasons(plans, said, after);
  const causesOf = splitCauses(plans, said);
  for (const [id, a] of old) {
    const b = now.get(id);
    const from = dateOf(a);
    if (!b) {
      changes.push({ change: 'disappeared', ...base(a), from, to: null, days: null, ...reason(reasonFor(a, undefined)) });
      continue;
    }
    const to = dateOf(b);
    if (from === to) continue;
    if (to === null) changes.push({ change: 'held', ...base(b), from, to, days: null, ...reason(reasonFor(a, b)) });
    else if (from === null) changes.push({ change: 'resumed', ...base(b), from, to, days: null, ...reason(reasonFor(a, b)) });
    else {
      const causes = causesOf(id, a, b);
      const why = causes ? { reason: causesText(plans.after.language, causes), causes } : reason(reasonFor(a, b));
      changes.push({ change: 'moved', ...base(b), from, to, days: parseDay(to) - parseDay(from), ...why });
    }
  }
  for (const [id, b] of now) {
    if (!old.has(id)) changes.push({ change: 'appeared', ...base(b), from: null, to: dateOf(b), days: null, ...reason(reasonFor(undefined, b)) });
  }
  return changeSet(changes);
}

/**
 * What moves when `after` is `before` with pauses added after its own: each item against its
 * own new date, without a second schedule to match it in. Undefined when that does not apply.
 */
export function comparePaused(before: Schedule, plans: { before: Plan; after: Plan }, said: ReasonNames = 'ids'): ChangeSet | undefined {
  const reasonFor = reasons(plans, said);
  const changes: Change[] = [];
  const redated = redateEvents(before, plans.before, plans.after, (a, to, sequence, title) => {
    if (to === a.date) return;
    const now = { type: a.type, key: a.key, phase: a.phase, date: to, sequence, movedBecause: a.movedBecause };
    changes.push({ change: 'moved', ...base(a), title, from: a.date, to, days: parseDay(to) - parseDay(a.date), ...reason(reasonFor(a, now)) });
  });
  if (!redated) return undefined;
  for (const b of redated.notices) changes.push({ change: 'appeared', ...base(b), from: null, to: b.date, days: null, ...reason(reasonFor(undefined, b)) });
  changes.push(...officeHourChanges(redated.officeHours, plans.after, reasonFor));
  return changeSet(changes);
}

function changeSet(changes: Change[]): ChangeSet {
  // Code-point order: the same on every machine, and far cheaper than locale collation on 27,000 items.
  const sortKey = (c: Change): string => `${c.from ?? c.to ?? ''}|${c.type}|${c.key}`;
  const keyed = changes.map((c) => [sortKey(c), c] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  changes.splice(0, changes.length, ...keyed.map(([, c]) => c));
  const counts = { moved: 0, appeared: 0, disappeared: 0, held: 0, resumed: 0 };
  for (const c of changes) counts[c.change]++;
  return { changes, counts };
}


/** The launches and the switch-off: what a reader wants first. */
export function headlineChanges(set: ChangeSet): Change[] {
  return set.changes.filter((c) => c.type === 'launch' || (c.type === 'decommission' && c.key === 'turn-off'));
}
