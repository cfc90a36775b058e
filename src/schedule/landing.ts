import type { Day } from '../util/dates.js';
import type { ScheduleEvent } from './types.js';
import type { ScheduleWords } from './words.js';

/**
 * Whether an item that falls on a day off goes to the working day before rather than after:
 * a first-week checklist stays in its week, and so does a weekly update unless it is due on the
 * week's first day (`start` is the rollout's first day, which begins every rollout week).
 */
export function landsEarlier(event: Pick<ScheduleEvent, 'type' | 'key'>, nominal: Day, start: Day): boolean {
  if (event.type === 'checklist') return event.key === 'first-week' || event.key === 'learn-and-adjust';
  return event.type === 'weekly-update' && (((nominal - start) % 7) + 7) % 7 !== 0;
}

/** The title of an item named by the rollout week it lands in; undefined for other items. */
export function weekTitle(event: Pick<ScheduleEvent, 'type' | 'key'>, words: ScheduleWords): ((week: number) => string) | undefined {
  if (event.type === 'weekly-update') return words.weekly;
  if (event.type === 'survey') return words.survey;
  if (event.type === 'checklist' && event.key === 'each-week-after') return words.eachWeekAfter;
  return undefined;
}
