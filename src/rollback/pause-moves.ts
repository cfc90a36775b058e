import type { Plan } from '../plan/resolve.js';
import type { PauseWaiting, Schedule, SchedulePause } from '../schedule/types.js';

const samePause = (a: SchedulePause, b: SchedulePause): boolean => a.from === b.from && a.only?.phase === b.only?.phase && a.only?.location === b.only?.location;

/**
 * The schedule with each pause of one part naming, beside the start now of each phase that waits
 * for it, the start the pause moved it to as its notice told it (`movedTo`), where something
 * written after it moved it since: a part rolled back after the pause and started again
 * (`resume`), or a later pause (`laterPauses`, how many). Those starts come from the plan without
 * the later pauses and the rollbacks after the pause that started a part again: a rollback of the
 * paused part itself holds the switch-off until its second try, where the pause had given it a day.
 */
export function pausesAsMoved(schedule: Schedule, plan: Plan, build: (plan: Plan) => Schedule): Schedule {
  const before = new Map<string, Schedule>();
  const pauses = schedule.pauses.map((pause) => {
    const later = plan.partRollbacks.flatMap((r, k) => (r.resume && r.on > pause.from ? [k] : []));
    const laterPauses = plan.pauses.flatMap((p, k) => (p.from > pause.from ? [k] : []));
    if ((later.length === 0 && laterPauses.length === 0) || (!pause.waiting?.length && !pause.switchOff)) return pause;
    const key = `${later.join(',')}|${laterPauses.join(',')}`;
    if (!before.has(key)) before.set(key, build({ ...plan, partRollbacks: plan.partRollbacks.filter((_, k) => !later.includes(k)), pauses: plan.pauses.filter((_, k) => !laterPauses.includes(k)) }));
    const then = before.get(key)!.pauses.find((p) => samePause(p, pause));
    if (!then) return pause;
    const since = { ...(later.length > 0 ? { rollback: true as const } : {}), ...(laterPauses.length > 0 ? { laterPauses: laterPauses.length } : {}) };
    const movedTo = (w: PauseWaiting, had: readonly PauseWaiting[]): PauseWaiting => {
      const then = had.find((x) => x.id === w.id);
      // A phase an open later pause holds is said to wait for that pause by name (see pauseLines).
      const held = w.start === null && later.length === 0;
      return then && then.start !== w.start && !held ? { ...w, movedTo: then.start, ...since } : w;
    };
    return {
      ...pause,
      ...(pause.waiting ? { waiting: pause.waiting.map((w) => movedTo(w, then.waiting ?? [])) } : {}),
      ...(pause.switchOff ? { switchOff: movedTo(pause.switchOff, then.switchOff ? [then.switchOff] : []) } : {}),
    };
  });
  return { ...schedule, pauses };
}
