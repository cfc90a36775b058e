import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import type { Pause } from '../plan/schema.js';
import { planPauses } from '../schedule/phases.js';
import { didYouMean } from '../util/suggest.js';
import type { PlanPath } from '../plan/positions.js';
import type { Reach } from './scope.js';

/**
 * A pause must end after it starts, name a phase the plan has, and leave the others alone: two
 * pauses may overlap only when each pauses one part (`only`) and the parts differ, whether each
 * is named as a phase or as a location.
 */
export function checkPauses(plan: Plan): Check[] {
  const out: Check[] = [];
  const ids = plan.phases.map((p) => p.id);
  const places = plan.organization.locations.map((l) => l.name);
  const reaches: (Reach | undefined)[] = [];
  if (plan.pauses.some((p) => p.only)) for (const span of planPauses(plan).paused.spans) reaches[span.index] = span.reach;
  const order = plan.pauses.map((p, i) => ({ ...p, i, reach: reaches[i] })).sort((a, b) => a.from.localeCompare(b.from));
  order.forEach((p, k) => {
    if (p.until !== undefined && p.until <= p.from) {
      out.push({ severity: 'error', code: 'pause-dates', path: ['pauses', p.i, 'until'], message: `the pause resumes on ${p.until}, not after it starts on ${p.from}`, hint: 'until is the day the rollout resumes, after from' });
    }
    if (p.decided !== undefined && p.decided > p.from) {
      out.push({ severity: 'error', code: 'pause-dates', path: ['pauses', p.i, 'decided'], message: `the pause is decided on ${p.decided}, after it starts on ${p.from}`, hint: 'decided is the day the pause was written into the plan, on or before from; leave it out for a pause written in on its first day' });
    }
    if (p.untilDecided !== undefined && (p.until === undefined || p.untilDecided <= p.from || p.untilDecided > p.until)) {
      const message = p.until === undefined ? 'untilDecided is the day until was written in, and this pause has no until' : `the end is decided on ${p.untilDecided}, not after the pause starts on ${p.from} and on or before it resumes on ${p.until}`;
      out.push({ severity: 'error', code: 'pause-dates', path: ['pauses', p.i, 'untilDecided'], message, hint: 'untilDecided is the day an open pause got its until: after from, on or before until; leave it out when the end was known from the start' });
    }
    const prev = order.slice(0, k).find((q) => (q.until === undefined || p.from < q.until) && !apart(q, p));
    if (prev) {
      const span = prev.until === undefined ? `from ${prev.from}, still open` : `${prev.from} until ${prev.until}`;
      out.push({ severity: 'error', code: 'pause-overlap', path: ['pauses', p.i, 'from'], message: `this pause overlaps the pause ${span}${prev.only && p.only ? ' of the same part' : ''}`, hint: 'start it on or after the day the other resumes, or merge the two; pauses of different parts (only:) may overlap' });
    }
    if (p.phase !== undefined && !ids.includes(p.phase)) {
      out.push({ severity: 'error', code: 'unknown-phase', path: ['pauses', p.i, 'phase'], message: `no phase with id "${p.phase}"`, hint: didYouMean(p.phase, ids) ?? `phases are: ${ids.join(', ')}` });
    }
    out.push(...checkOnly(p.only, ['pauses', p.i, 'only'], ids, places, PAUSE_WORDS));
  });
  return out;
}

/** Two pauses of different parts of the rollout (each with `only`) may run at the same time: they hold no phase and no location in common. */
function apart(a: { reach?: Reach | undefined }, b: { reach?: Reach | undefined }): boolean {
  if (!a.reach || !b.reach) return false;
  if (a.reach.location !== undefined && a.reach.location === b.reach.location) return false;
  return ![...a.reach.held].some((id) => b.reach!.held.has(id));
}

/** How a check of `only` words its findings: a pause's, or a rollback's. */
export interface OnlyWords {
  code: string;
  /** What to write instead of an `only` that names no part, or two. */
  one: string;
  /** What to do in a plan without locations. */
  noLocations: string;
}

const PAUSE_WORDS: OnlyWords = { code: 'pause-only', one: 'write one of only: { phase: ID } or only: { location: NAME }', noLocations: 'pause a phase instead (only: { phase: ID })' };

/** `only` names one phase or one location the plan has. */
export function checkOnly(only: Pick<Pause, 'only'>['only'], path: PlanPath, ids: string[], places: string[], words: OnlyWords): Check[] {
  if (!only) return [];
  if ((only.phase === undefined) === (only.location === undefined)) {
    const message = only.phase === undefined ? 'only names no part of the rollout' : 'only names both a phase and a location';
    return [{ severity: 'error', code: words.code, path, message, hint: words.one }];
  }
  if (only.phase !== undefined && !ids.includes(only.phase)) {
    return [{ severity: 'error', code: 'unknown-phase', path: [...path, 'phase'], message: `no phase with id "${only.phase}"`, hint: didYouMean(only.phase, ids) ?? `phases are: ${ids.join(', ')}` }];
  }
  if (only.location !== undefined && !places.includes(only.location)) {
    const hint = places.length === 0 ? `the plan has no organization.locations: ${words.noLocations}` : (didYouMean(only.location, places) ?? `locations are: ${places.join(', ')}`);
    return [{ severity: 'error', code: 'unknown-location', path: [...path, 'location'], message: `no location named "${only.location}"`, hint }];
  }
  return [];
}
