import type { Plan } from '../plan/resolve.js';
import type { Redating } from '../pauses/redate.js';
import type { PausedSession } from '../pauses/resume.js';
import type { ScheduleEvent } from '../schedule/types.js';
import { officeHourTitles } from '../schedule/office-hours.js';
import { scheduleWords } from '../schedule/words.js';
import { formatDay, parseDay } from '../util/dates.js';
import type { Change } from './compare.js';
import { base, reason } from './items.js';
import type { reasons } from './reasons.js';

/**
 * What the new pauses change in the office hours they plan anew, as comparing two built
 * schedules finds it: the n-th session of a kind at one place against the n-th, in the order
 * that comparison lists them, without building the sessions as schedule items.
 */
export function officeHourChanges(officeHours: Redating['officeHours'], after: Plan, reasonFor: ReturnType<typeof reasons>): Change[] {
  const words = scheduleWords(after.language);
  const oh = after.training.officeHours;
  const names = new Map(after.phases.map((p) => [p.id, p.name]));
  // Each place's sessions of each kind, taken in order by the sessions it had.
  const groups = new Map<string, { phase: string; location: string | undefined; byKey: Map<string, PausedSession[]>; taken: Map<string, number>; titleOf: (session: PausedSession) => string }>();
  const changes: Change[] = [];
  for (const a of officeHours.was) {
    const id = `${a.phase}\u0000${a.location ?? ''}`;
    let group = groups.get(id);
    if (!group) {
      const byKey = new Map<string, PausedSession[]>();
      for (const s of officeHours.sessions(a.phase!, a.location)) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
      groups.set(id, (group = { phase: a.phase!, location: a.location, byKey, taken: new Map(), titleOf: officeHourTitles(words, oh, names.get(a.phase!)!, officeHours.calendar(a.phase!, a.location)) }));
    }
    const n = group.taken.get(a.key) ?? 0;
    group.taken.set(a.key, n + 1);
    const s = group.byKey.get(a.key)?.[n];
    if (!s) {
      changes.push({ change: 'disappeared', ...base(a), from: a.date, to: null, days: null, ...reason(reasonFor(a, undefined)) });
      continue;
    }
    const to = formatDay(s.moved.day);
    if (to === a.date) continue;
    const b = { type: a.type, key: a.key, phase: a.phase, date: to, sequence: s.moved.moves > 0 ? s.moved.moves : undefined };
    // Its title as the new schedule has it: a session of the week back says so.
    changes.push({ change: 'moved', ...base(a), title: group.titleOf(s), from: a.date, to, days: parseDay(to) - parseDay(a.date), ...reason(reasonFor(a, b)) });
  }
  // Sessions the week back adds, in the order a built schedule lists them: by day, phase and place.
  const added: ScheduleEvent[] = [];
  for (const group of groups.values()) {
    for (const [key, list] of group.byKey) {
      for (const s of list.slice(group.taken.get(key) ?? 0)) {
        const date = formatDay(s.moved.day);
        added.push({ type: 'office-hours', key, phase: group.phase, title: group.titleOf(s), ...(group.location !== undefined ? { location: group.location } : {}), date, week: 0, ...(s.moved.moves > 0 ? { sequence: s.moved.moves } : {}) });
      }
    }
  }
  const order = (e: ScheduleEvent) => `${e.date}\u0000${e.phase}\u0000${e.location ?? ''}`;
  added.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0));
  for (const b of added) changes.push({ change: 'appeared', ...base(b), from: null, to: b.date, days: null, ...reason(reasonFor(undefined, b)) });
  return changes;
}
