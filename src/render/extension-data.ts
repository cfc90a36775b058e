import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import type { Schedule, ScheduleEvent } from '../schedule/types.js';
import { formatList } from '../util/lists.js';
import { scheduleToldBefore } from './eras.js';
import type { Message } from './messages.js';
import { extensionOf } from '../pauses/notices.js';
import { readsEmail } from './channels.js';
import { turnOffIn } from './turn-off.js';
import type { PauseReaders } from '../pauses/readers.js';

/** What an extension's notices say (see extensionNotices): the phase, until when instead of when, why, its office hours in the extra days, and what moves behind it. */
export function extensionData(message: Message, schedule: Schedule, plan: Plan, lang: Language, names: ReadonlyMap<string, string>, clock: (sessions: ScheduleEvent[]) => string | null) {
  const x = extensionOf(schedule, message.event!);
  // The reason in this message's language: the schedule has it in the plan's first.
  const reason = plan.extensions.filter((e) => e.phase === x.phase && e.decided === x.decided)[0]?.reason ?? x.reason;
  const extra = schedule.events.filter((e) => e.type === 'office-hours' && e.key === 'extended' && e.phase === x.phase && e.date > x.was && e.date <= x.until);
  // The day each start had as people were last told: the schedule the day before this extension was decided.
  const told = scheduleToldBefore(plan, x.decided);
  const launchOf = (id: string) => told.events.find((e) => e.type === 'launch' && e.phase === id);
  const switchOff = ({ id, start }: { id: string; start: string | null }) => {
    const turnOff = turnOffIn(schedule.events, id) ?? null;
    return { old: plan.tool.replaces ?? null, start, turnOff, turnOffWas: wasDay(turnOffIn(told.events, id), turnOff) };
  };
  return {
    phase: names.get(x.phase) ?? x.phase,
    was: x.was,
    until: x.until,
    workingDays: x.workingDays,
    reason,
    officeHours: { days: [...new Set(extra.map((e) => e.date))], time: clock(extra) },
    // The launches that wait for it, with the day each had: their people read both.
    waiting: x.waiting.map((w) => ({ name: names.get(w.id) ?? w.name, launch: w.start, was: wasDay(launchOf(w.id)?.date, w.start) })),
    // Those whose people read this email: the ones it asks to keep their new day free.
    asked: x.waiting.filter((w) => readsEmail(plan, schedule, w)).map((w) => ({ name: names.get(w.id) ?? w.name })),
    // The day the old tools are turned off, new and as last told: everyone reads it.
    switchOff: x.switchOff ? switchOff(x.switchOff) : null,
    // Everyone reads the moves notice when the switch-off moves, those who already switched too: it tells them apart.
    everyone: message.readers?.everyone ?? false,
  };
}

/** The old day of a start, when it had one that differs from the new. */
function wasDay(told: string | undefined, now: string | null): string | null {
  return told === undefined || told === now ? null : told;
}

/** An extension notice's readers as its header names them: the phases, or everyone. */
export function extensionReaders(readers: PauseReaders, plan: Plan, lang: Language, everyone: string, names: ReadonlyMap<string, string>): { audience: string; people: number } {
  if (readers.everyone) return { audience: `${everyone} ${plan.organization.name}`, people: plan.organization.headcount };
  return { audience: formatList(readers.phases.map((r) => names.get(r.id) ?? r.name), lang, 'and'), people: readers.phases.reduce((n, p) => n + p.people, 0) };
}
