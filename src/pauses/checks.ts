import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import { didYouMean } from '../util/suggest.js';

/** A pause must end after it starts, leave the others alone and name a phase the plan has. */
export function checkPauses(plan: Plan): Check[] {
  const out: Check[] = [];
  const ids = plan.phases.map((p) => p.id);
  const order = plan.pauses.map((p, i) => ({ ...p, i })).sort((a, b) => a.from.localeCompare(b.from));
  order.forEach((p, k) => {
    if (p.until !== undefined && p.until <= p.from) {
      out.push({ severity: 'error', code: 'pause-dates', path: ['pauses', p.i, 'until'], message: `the pause resumes on ${p.until}, not after it starts on ${p.from}`, hint: 'until is the day the rollout resumes, after from' });
    }
    if (p.decided !== undefined && p.decided > p.from) {
      out.push({ severity: 'error', code: 'pause-dates', path: ['pauses', p.i, 'decided'], message: `the pause is decided on ${p.decided}, after it starts on ${p.from}`, hint: 'decided is the day the pause was written into the plan, on or before from; leave it out for a pause written in on its first day' });
    }
    const prev = order[k - 1];
    if (prev && (prev.until === undefined || p.from < prev.until)) {
      const span = prev.until === undefined ? `from ${prev.from}, still open` : `${prev.from} until ${prev.until}`;
      out.push({ severity: 'error', code: 'pause-overlap', path: ['pauses', p.i, 'from'], message: `this pause overlaps the pause ${span}`, hint: 'start it on or after the day the other resumes, or merge the two' });
    }
    if (p.phase !== undefined && !ids.includes(p.phase)) {
      out.push({ severity: 'error', code: 'unknown-phase', path: ['pauses', p.i, 'phase'], message: `no phase with id "${p.phase}"`, hint: didYouMean(p.phase, ids) ?? `phases are: ${ids.join(', ')}` });
    }
  });
  return out;
}
