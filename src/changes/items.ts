import type { HeldEvent, Schedule, ScheduleEvent } from '../schedule/types.js';

/** A dated item, or one an open pause holds. */
export type Item = ScheduleEvent | HeldEvent;

/** Which item an event is, across schedules: the same event keeps it however far it moves. */
export function identities(items: readonly Item[]): Map<string, Item> {
  const seen = new Map<string, number>();
  const out = new Map<string, Item>();
  for (const e of items) {
    const id = `${e.type}|${e.phase ?? ''}|${e.key}|${e.location ?? ''}|${e.time ?? ''}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    out.set(`${id}#${n}`, e);
  }
  return out;
}

export const allItems = (s: Schedule): Item[] => [...s.events, ...s.held.events];

/** What a change lists of an item. */
export const base = (e: Item) => ({ type: e.type, key: e.key, ...(e.phase !== undefined ? { phase: e.phase } : {}), ...(e.scope !== undefined ? { scope: e.scope } : {}), ...(e.location !== undefined ? { location: e.location } : {}), title: e.title });

/** A change's reason, when there is one. */
export const reason = (text: string | undefined): { reason?: string } => (text === undefined ? {} : { reason: text });
