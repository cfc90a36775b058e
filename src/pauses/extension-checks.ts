import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import type { Extension } from '../plan/schema.js';
import { planCalendar, planPauses, phasePeople, plannedPhases } from '../schedule/phases.js';
import { didYouMean } from '../util/suggest.js';
import { formatDay, parseDay } from '../util/dates.js';
import { extraDays, phaseDays } from './extensions.js';

/**
 * An extension names a phase of the plan, gives `by` or `until` (one of the two) past the phase's
 * end, is decided on a day the phase runs (after the pauses and the extensions decided before it),
 * and no pause of that phase, or of everything, runs during it: a phase that pauses while it runs
 * longer would have two ends.
 */
export function checkExtensions(plan: Plan): Check[] {
  if (plan.extensions.length === 0) return [];
  const ids = plan.phases.map((p) => p.id);
  const calendar = planCalendar(plan);
  const planned = plannedPhases(plan, parseDay(plan.start), calendar, phasePeople(plan).atLocations);
  const pauses = planPauses({ ...plan, extensions: [] }, calendar);
  const out: Check[] = [];
  plan.extensions.forEach((e, i) => {
    const at = (key?: keyof Extension) => (key === undefined ? ['extensions', i] : ['extensions', i, key]);
    const n = ids.indexOf(e.phase);
    if (n < 0) {
      out.push({ severity: 'error', code: 'unknown-phase', path: at('phase'), message: `no phase with id "${e.phase}"`, hint: didYouMean(e.phase, ids) ?? `phases are: ${ids.join(', ')}` });
      return;
    }
    // Its turn-off, celebration and reviews do not move with an extension: the switch-off moves by a pause.
    if (plan.phases[n]!.kind === 'decommission') {
      const launches = plan.phases.filter((p) => p.kind === 'launch');
      const hint = `to keep the old system on longer, extend the last launch phase${launches.length > 0 ? ` (${launches.at(-1)!.id})` : ''} or write a pause of the switch-off: see A phase that starts later in the README`;
      out.push({ severity: 'error', code: 'extension-switch-off', path: at('phase'), message: `the phase ${e.phase} is the switch-off: an extension does not move its turn-off`, hint });
      return;
    }
    if ((e.by === undefined) === (e.until === undefined)) {
      out.push({ severity: 'error', code: 'extension-length', path: at(e.by === undefined ? undefined : 'until'), message: e.by === undefined ? 'the extension says neither how long (by) nor until when (until)' : 'the extension gives both by and until', hint: 'write one of by: 1w (how much longer) or until: YYYY-MM-DD (the new last day)' });
      return;
    }
    // The phase as it stood the day the extension was decided: after the pauses, the rollbacks written in by then (not a second try's dates), and the extensions decided before it.
    const decided = parseDay(e.decided);
    const earlier = plan.extensions.filter((x, k) => k !== i && (x.decided < e.decided || (x.decided === e.decided && k < i)));
    const days = phaseDays(plan, planned, planPauses({ ...plan, extensions: earlier }, calendar).writtenBy(decided))[n]!;
    const name = `phase ${e.phase}`;
    if (!Number.isFinite(days.start) || decided < days.start || decided > days.end) {
      const runs = Number.isFinite(days.start) ? `it runs from ${formatDay(days.start)} to ${formatDay(days.end)}` : 'an open pause holds it';
      const hint = decided < days.start ? 'to move a phase that has not started, write a pause of it instead: see A phase that starts later in the README' : 'an extension is decided while its phase runs, on or before its last day';
      out.push({ severity: 'error', code: 'extension-not-running', path: at('decided'), message: `the ${name} is not running on ${e.decided}: ${runs}`, hint });
      return;
    }
    const extra = extraDays(e, days.end);
    if (!extra) {
      out.push({ severity: 'error', code: 'extension-length', path: at(e.until !== undefined ? 'until' : 'by'), message: `the ${name} ends on ${formatDay(days.end)} already: the extension adds no day`, hint: e.until !== undefined ? 'until is the new last day, after the phase\'s end' : 'by is how much longer it runs, such as 1w' });
      return;
    }
    if (days.calendar.weekdaysBetween(extra.from, extra.until) === 0) {
      const hint = `write until: a working day after ${formatDay(days.end)}, or by: 1w`;
      out.push({ severity: 'error', code: 'extension-length', path: at(e.until !== undefined ? 'until' : 'by'), message: `the extension of ${name} to ${formatDay(extra.until - 1)} adds only days off: it adds no working day`, hint });
      return;
    }
    const overlap = pauses.writtenBy(decided).spans.find((s) => !s.extension && (!s.reach || s.reach.held.has(e.phase)) && s.from < extra.until && (s.until === undefined || decided < s.until));
    if (overlap) {
      const span = overlap.until === undefined ? `from ${formatDay(overlap.from)}, still open` : `${formatDay(overlap.from)} until ${formatDay(overlap.until)}`;
      out.push({ severity: 'error', code: 'extension-overlap', path: at('decided'), message: `the extension of ${name} (${e.decided} to ${formatDay(extra.until - 1)}) overlaps the pause ${span}`, hint: 'a phase does not pause while it runs longer: start the pause after the new last day, or make the extension longer instead' });
    }
  });
  return out;
}
