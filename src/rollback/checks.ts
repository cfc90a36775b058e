import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';

/**
 * A rollback rolls back a rollout that started, once: on or after the start, and after every
 * pause has begun. A pause that resumes after it would resume a rollout that no longer runs; an
 * open pause may end in the rollback.
 */
export function checkRollback(plan: Plan): Check[] {
  const rollback = plan.rollback;
  if (!rollback) return [];
  const out: Check[] = [];
  const on = ['rollback', 'on'];
  if (rollback.on < plan.start) {
    out.push({ severity: 'error', code: 'rollback-dates', path: on, message: `the rollback on ${rollback.on} is before the rollout starts on ${plan.start}`, hint: 'write the day the rollout rolled back, on or after start' });
  }
  plan.pauses.forEach((p, i) => {
    if (p.from >= rollback.on) {
      out.push({ severity: 'error', code: 'rollback-pause', path: ['pauses', i, 'from'], message: `this pause starts on ${p.from}, ${p.from === rollback.on ? 'the day' : 'after'} the rollout rolled back on ${rollback.on}`, hint: 'nothing happens after a rollback: remove the pause, or correct rollback.on' });
    } else if (p.until !== undefined && p.until > rollback.on) {
      out.push({ severity: 'error', code: 'rollback-pause', path: ['pauses', i, 'until'], message: `the pause resumes on ${p.until}, after the rollout rolled back on ${rollback.on}`, hint: 'the pause ended in the rollback: leave out until' });
    }
  });
  return out;
}
