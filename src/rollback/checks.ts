import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import type { Pause } from '../plan/schema.js';
import { extendedPartStart, planCalendar, planPauses, timePhases, type TimedPhase } from '../schedule/phases.js';
import { partDays } from '../schedule/part-days.js';
import { formatDay, parseDay } from '../util/dates.js';
import { checkOnly, type OnlyWords } from '../pauses/checks.js';
import { toldOn } from './announced.js';
import type { PartRollback } from './parts.js';

/**
 * A rollback rolls back a rollout that started, once: on or after the start, and after every
 * pause has begun. A pause that resumes after it would resume a rollout that no longer runs; an
 * open pause may end in the rollback.
 */
export function checkRollback(plan: Plan, timed?: readonly TimedPhase[]): Check[] {
  // Timed only where a rollback needs it: a rollback asked for on the command line may name a part the plan lacks.
  const timing = () => (timed ??= timePhases(plan));
  const rollback = plan.rollback;
  const out = checkParts(plan, timing);
  if (!rollback) return out;
  const on = [...plan.rollbackAt, 'on'];
  if (rollback.resume) {
    out.push({ severity: 'error', code: 'rollback-resume', path: [...plan.rollbackAt, 'resume'], message: 'the whole rollout rolled back: only a rollback of one part (only) starts again in this plan', hint: 'plan the second try of the whole rollout as a plan of its own: rollout init --restart (see restart:)' });
  }
  out.push(...afterSwitchOff(timing(), 'the rollout', rollback.on, on));
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
  for (const part of plan.partRollbacks) {
    if (part.on > rollback.on) out.push({ severity: 'error', code: 'rollback-dates', path: [...part.at, 'on'], message: `${name(part)} rolls back on ${part.on}, after the whole rollout rolled back on ${rollback.on}`, hint: 'nothing happens after a rollback: remove this one, or correct its on' });
  }
  const written = plan.raw.rollback;
  const wholes = Array.isArray(written) ? written.flatMap((r, i) => (r.only ? [] : [i])) : [];
  if (wholes.length > 1) {
    out.push({ severity: 'error', code: 'rollback-twice', path: ['rollback', wholes[1]!], message: `the whole rollout rolls back twice (also on ${rollback.on})`, hint: 'keep one rollback without only; a rollback of one part has only: { location: NAME } or only: { phase: ID }' });
  }
  return out;
}

/**
 * A part starts again after it rolled back, not on or before that day; its second try is decided
 * from the rollback on, before it starts, and told (the part's working day from then) before it.
 */
function checkResume(plan: Plan, r: PartRollback): Check[] {
  if (!r.resume) return [];
  if (r.resume.on <= r.on) {
    const when = r.resume.on === r.on ? 'the day' : 'before';
    return [{ severity: 'error', code: 'rollback-resume', path: [...r.at, 'resume', 'on'], message: `${name(r)} starts again on ${r.resume.on}, ${when} it rolled back on ${r.on}`, hint: `write the day ${name(r)} starts again, after ${r.on}` }];
  }
  const { decided } = r.resume;
  if (decided !== undefined && decided >= r.on && decided < r.resume.on) return unannounced(plan, r);
  if (decided === undefined) return [];
  const when = decided < r.on ? `before it rolled back on ${r.on}` : `${decided === r.resume.on ? 'the day' : 'after'} it starts again on ${r.resume.on}`;
  return [{ severity: 'error', code: 'rollback-resume', path: [...r.at, 'resume', 'decided'], message: `the second try of ${name(r)} is decided on ${decided}, ${when}`, hint: `write the day it was decided, from ${r.on} up to the day before ${r.resume.on}` }];
}

/** A second try decided so late that the first day it can be told is the day it starts: everything before it falls on that day. */
function unannounced(plan: Plan, r: PartRollback): Check[] {
  const told = toldOn(plan, r);
  if (told < r.resume!.on) return [];
  return [
    {
      severity: 'warning',
      code: 'resume-unannounced',
      path: [...r.at, 'resume', 'decided'],
      message: `the second try of ${name(r)} is decided on ${r.resume!.decided}, and the first working day to tell it is ${told}, the day it starts again: its announcement and the checklists before it all fall on that day`,
      hint: `start it again later (resume.on) to announce it ahead as the first try was, or tell ${name(r)} in person before ${told}`,
    },
  ];
}

const name = (r: Pick<PartRollback, 'only'>): string => r.only.location ?? `phase ${r.only.phase}`;

/** After the switch-off the old system is off: the rollback's messages send people back to it all the same. */
function afterSwitchOff(timed: readonly TimedPhase[], who: string, on: string, path: Check['path']): Check[] {
  const switchOff = timed.find((p) => p.kind === 'decommission');
  if (!switchOff || !Number.isFinite(switchOff.end) || on <= formatDay(switchOff.end)) return [];
  const message = `${who} rolls back on ${on}, after the old system was turned off on ${formatDay(switchOff.end)}: the rollback's messages send people back to it`;
  return [{ severity: 'warning', code: 'rollback-after-switch-off', path, message, hint: 'write the day it rolled back, if that was before the switch-off; else turn the old system on again first, or plan the way back as a rollout of its own' }];
}

/**
 * A rollback of one part names one phase or one location the plan has, once, after that part
 * started, and leaves the pauses of that part alone: none may run on its day, none may start
 * after it (the part no longer runs).
 */
function checkParts(plan: Plan, timing: () => readonly TimedPhase[]): Check[] {
  if (plan.partRollbacks.length === 0) return [];
  const ids = plan.phases.map((p) => p.id);
  const places = plan.organization.locations.map((l) => l.name);
  const out = plan.partRollbacks.flatMap((r) => checkOnly(r.only, [...r.at, 'only'], ids, places, ROLLBACK_WORDS));
  if (out.length > 0) return out;
  const timed = timing();
  const spans = planPauses(plan).spans;
  const reachOf = (r: PartRollback) => spans.find((s) => s.rollback === r)!.reach!;
  plan.partRollbacks.forEach((r, k) => {
    const at = places.indexOf(r.only.location ?? '');
    const phases = timed.filter((p) => (r.only.phase !== undefined ? p.id === r.only.phase : p.atLocations[at]! > 0));
    const starts = phases.map((p) => (Number.isFinite(p.start) ? p.start : (p.heldStart ?? p.plannedStart)));
    // Resumed, its phases run again later: it first started where its second try moves it from, after the extensions (see asPause), on a day its people work.
    const first = r.resume ? formatDay(partDays(plan, planCalendar(plan), r.only, timed).onOrAfter(parseDay(extendedPartStart(plan, r)))) : starts.length > 0 ? formatDay(Math.min(...starts)) : undefined;
    if (first === undefined) {
      out.push({ severity: 'error', code: 'rollback-part', path: [...r.at, 'only', 'location'], message: `no phase brings in anyone at ${r.only.location}: there is nothing to roll back there`, hint: 'roll back a location a phase brings people in at, or a phase (only: { phase: ID })' });
    } else if (r.on <= first) {
      out.push({ severity: 'error', code: 'rollback-dates', path: [...r.at, 'on'], message: `${name(r)} rolls back on ${r.on}, ${r.on === first ? 'the day' : 'before'} it starts on ${first}`, hint: `to hold ${name(r)} before it starts, write a pause of it (pauses: - { from: ${r.on}, reason: ..., only: { ${r.only.location !== undefined ? `location: ${r.only.location}` : `phase: ${r.only.phase}`} } })` });
    }
    out.push(...afterSwitchOff(timed, name(r), r.on, [...r.at, 'on']), ...checkResume(plan, r));
    const reach = reachOf(r);
    const earlier = plan.partRollbacks.slice(0, k).find((q) => {
      const other = reachOf(q);
      return (reach.location !== undefined && reach.location === other.location) || [...reach.held].some((id) => other.held.has(id));
    });
    if (earlier) out.push({ severity: 'error', code: 'rollback-twice', path: [...r.at, 'only'], message: `${name(r)} is rolled back twice: ${name(earlier)} rolled back on ${earlier.on} holds the same part`, hint: 'keep one rollback of each part' });
    plan.pauses.forEach((p, i) => {
      if (!touches(p, i, reach, spans)) return;
      // A pause of everything after it pauses what still runs; one of the part would pause what no longer does,
      // until the part starts again: a pause in its second try pauses that.
      if (r.resume && p.from >= r.resume.on) return;
      if (p.from >= r.on) {
        const hint = r.resume ? `${name(r)} runs again from ${r.resume.on}: start the pause on or after that day, or remove it` : `${name(r)} no longer runs: remove the pause, or correct the rollback's on`;
        if (p.only) out.push({ severity: 'error', code: 'rollback-pause', path: ['pauses', i, 'from'], message: `this pause starts on ${p.from}, ${p.from === r.on ? 'the day' : 'after'} ${name(r)} rolled back on ${r.on}`, hint });
      } else if (p.until === undefined || p.until > r.on) {
        out.push({ severity: 'error', code: 'rollback-pause', path: ['pauses', i, p.until === undefined ? 'from' : 'until'], message: `this pause ${p.until === undefined ? 'is still open' : `resumes on ${p.until}`} when ${name(r)} rolls back on ${r.on}`, hint: `end the pause on or before ${r.on} (until), or write the rollback once it has ended` });
      }
    });
  });
  return out;
}

/** Whether pause `i` holds any of the part `reach` rolls back: a pause of everything, or of a part it shares. */
function touches(p: Pause, i: number, reach: { held: ReadonlySet<string>; location?: string }, spans: ReturnType<typeof planPauses>['spans']): boolean {
  if (!p.only) return true;
  const own = spans.find((s) => !s.rollback && !s.extension && s.index === i)?.reach;
  if (!own) return true;
  return (reach.location !== undefined && own.location === reach.location) || [...own.held].some((id) => reach.held.has(id));
}

const ROLLBACK_WORDS: OnlyWords = {
  code: 'rollback-only',
  one: 'write one of only: { phase: ID } or only: { location: NAME }, or leave out only to roll back the whole rollout',
  noLocations: 'roll back a phase instead (only: { phase: ID })',
};
