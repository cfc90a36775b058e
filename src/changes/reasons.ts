import type { Plan } from '../plan/resolve.js';
import type { HeldEvent, ScheduleEvent } from '../schedule/types.js';

type Item = ScheduleEvent | HeldEvent;

const pauseText = (p: Plan['pauses'][number]): string => `pause ${p.until ? `from ${p.from} until ${p.until}` : `from ${p.from}, still open`}: ${p.reason}`;
const lengthOf = (p: Plan['phases'][number]): string => (p.days !== undefined ? `${p.days} days` : `${p.weeks ?? 2} weeks`);

/**
 * Why an item is not where it was, where the plans say: a new pause, a holiday, a changed start,
 * a phase that changed length or appeared, a gate that was added or removed. Undefined otherwise.
 */
export function reasonFor(before: Item | undefined, after: Item | undefined, plans: { before: Plan; after: Plan }): string | undefined {
  const known = new Set(plans.before.pauses.map((p) => `${p.from}|${p.until ?? ''}`));
  const added = plans.after.pauses.filter((p) => !known.has(`${p.from}|${p.until ?? ''}`));
  const planned = (e: Item | undefined): string | undefined => (e === undefined ? undefined : (e.date ?? ('plannedDate' in e ? e.plannedDate : undefined)));
  const day = planned(before) ?? planned(after) ?? '';
  if (before && after) {
    // A go/no-go gate moves with the launch it guards, even when it fell before the pause.
    const pause = added.filter((p) => p.from <= day).at(-1) ?? added[0];
    if (pause && ((after.sequence ?? 0) > (before.sequence ?? 0) || after.date === null)) return pauseText(pause);
    const holidayNow = 'movedBecause' in after ? after.movedBecause : undefined;
    const holidayThen = 'movedBecause' in before ? before.movedBecause : undefined;
    if (holidayNow !== holidayThen && holidayNow !== undefined) return holidayNow;
    if (holidayNow !== holidayThen && holidayThen !== undefined) return `no longer moved for ${holidayThen}`;
  }
  if (plans.before.start !== plans.after.start) return `start changed from ${plans.before.start} to ${plans.after.start}`;
  const item = (after ?? before)!;
  const phaseIds = plans.after.phases.map((p) => p.id);
  if (item.phase !== undefined && !plans.before.phases.some((p) => p.id === item.phase)) return `phase ${item.phase} added`;
  if (item.phase !== undefined && !phaseIds.includes(item.phase)) return `phase ${item.phase} removed`;
  if (item.type === 'gate' && !before) return `gate ${item.key} added`;
  if (item.type === 'gate' && !after) return `gate ${item.key} removed`;
  // A phase that changed length moves everything after it.
  for (const p of plans.after.phases) {
    const was = plans.before.phases.find((q) => q.id === p.id);
    if (was && (lengthOf(was) !== lengthOf(p) || was.startWeek !== p.startWeek)) {
      return was.startWeek !== p.startWeek ? `phase ${p.id} now starts in week ${p.startWeek ?? 'after the previous'}` : `phase ${p.id} now lasts ${lengthOf(p)} (was ${lengthOf(was)})`;
    }
  }
  return undefined;
}
