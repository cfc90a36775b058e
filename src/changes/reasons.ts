import type { Plan } from '../plan/resolve.js';
import { pausedPartName, phaseName } from '../plan/display-names.js';
import type { Language } from '../plan/schema.js';
import type { EventType, Schedule } from '../schedule/types.js';
import { pauseReaches, reaches } from '../pauses/scope.js';
import { planCalendar, planPauses } from '../schedule/phases.js';
import { partRollbackWords } from '../rollback/words.js';
import { formatDay } from '../util/dates.js';

/** What the reason of a change reads of an item, dated or on hold. */
interface Item {
  type: EventType;
  key: string;
  phase?: string | undefined;
  location?: string | undefined;
  date: string | null;
  sequence?: number | undefined;
  movedBecause?: string | undefined;
  movedFrom?: string | undefined;
  plannedDate?: string;
  secondTry?: string | undefined;
}

/** Why an item moved, in each language the plan may be read in. */
const WORDS: Record<Language, {
  /** `part`: what a pause of one part holds, a location or a phase id. */
  pause: (from: string, until: string | undefined, reason: string, wasUntil?: string, part?: string) => string;
  rollback: (on: string, reason: string) => string;
  /** A part rolled back that starts again (`resume`), by its name. */
  resumed: (part: string, on: string, rolledBackOn: string, changed: string | undefined) => string;
  /** A running phase that runs longer, by its name. */
  extension: (name: string, until: string, reason: string) => string;
  noLonger: (why: string) => string;
  start: (before: string, after: string) => string;
  phaseAdded: (id: string) => string;
  phaseRemoved: (id: string) => string;
  gateAdded: (id: string) => string;
  gateRemoved: (id: string) => string;
  startsInWeek: (id: string, week: number | undefined) => string;
  lasts: (id: string, now: string, was: string) => string;
  length: (days: number | undefined, weeks: number) => string;
  shift: (days: number) => string;
  /** The same, for people: a phase by its name. */
  named: { phaseAdded: (name: string) => string; phaseRemoved: (name: string) => string; startsInWeek: (name: string, week: number | undefined) => string; lasts: (name: string, now: string, was: string) => string };
}> = {
  en: {
    pause: (from, until, reason, was, part) => `pause ${part ? `of ${part} ` : ''}${until ? `from ${from} until ${until}` : `from ${from}, still open`}${was ? ` instead of ${was}` : ''}: ${reason}`,
    rollback: (on, reason) => `rolled back on ${on}: ${reason}`,
    resumed: (part, on, rolledBackOn, changed) => `${part} starts again on ${on} (rolled back on ${rolledBackOn})${changed === undefined ? '' : `: ${changed}`}`,
    extension: (name, until, reason) => `${name} runs longer, until ${until}: ${reason}`,
    noLonger: (why) => `no longer moved for ${why}`,
    start: (before, after) => `start changed from ${before} to ${after}`,
    phaseAdded: (id) => `phase ${id} added`,
    phaseRemoved: (id) => `phase ${id} removed`,
    gateAdded: (id) => `gate ${id} added`,
    gateRemoved: (id) => `gate ${id} removed`,
    startsInWeek: (id, week) => `phase ${id} now starts in week ${week ?? 'after the previous'}`,
    lasts: (id, now, was) => `phase ${id} now lasts ${now} (was ${was})`,
    length: (days, weeks) => (days !== undefined ? `${days} days` : `${weeks} weeks`),
    shift: (n) => `${n > 0 ? '+' : ''}${n} day${Math.abs(n) === 1 ? '' : 's'}`,
    named: {
      phaseAdded: (name) => `new phase: ${name}`,
      phaseRemoved: (name) => `phase removed: ${name}`,
      startsInWeek: (name, week) => `${name} now starts in week ${week ?? 'after the previous phase'}`,
      lasts: (name, now, was) => `${name} now lasts ${now} (was ${was})`,
    },
  },
  nl: {
    pause: (from, until, reason, was, part) => `pauze ${part ? `voor ${part} ` : ''}${until ? `van ${from} tot ${until}` : `vanaf ${from}, nog niet afgelopen`}${was ? ` in plaats van ${was}` : ''}: ${reason}`,
    rollback: (on, reason) => `teruggedraaid op ${on}: ${reason}`,
    resumed: (part, on, rolledBackOn, changed) => `${part} begint opnieuw op ${on} (teruggedraaid op ${rolledBackOn})${changed === undefined ? '' : `: ${changed}`}`,
    extension: (name, until, reason) => `${name} duurt langer, tot en met ${until}: ${reason}`,
    noLonger: (why) => `niet meer verschoven voor ${why}`,
    start: (before, after) => `start gewijzigd van ${before} naar ${after}`,
    phaseAdded: (id) => `fase ${id} toegevoegd`,
    phaseRemoved: (id) => `fase ${id} verwijderd`,
    gateAdded: (id) => `toetsmoment ${id} toegevoegd`,
    gateRemoved: (id) => `toetsmoment ${id} verwijderd`,
    startsInWeek: (id, week) => `fase ${id} begint nu in week ${week ?? 'na de vorige'}`,
    lasts: (id, now, was) => `fase ${id} duurt nu ${now} (was ${was})`,
    length: (days, weeks) => (days !== undefined ? `${days} dagen` : `${weeks} weken`),
    shift: (n) => `${n > 0 ? '+' : ''}${n} dag${Math.abs(n) === 1 ? '' : 'en'}`,
    named: {
      phaseAdded: (name) => `nieuwe fase: ${name}`,
      phaseRemoved: (name) => `fase verwijderd: ${name}`,
      startsInWeek: (name, week) => `${name} begint nu in week ${week ?? 'na de vorige fase'}`,
      lasts: (name, now, was) => `${name} duurt nu ${now} (was ${was})`,
    },
  },
};

/** A shift in calendar days as the change lists show it: `+14 days`, `-1 dag`. */
export const dayShift = (lang: Language, days: number): string => WORDS[lang].shift(days);

/** Several causes of one move in one line, each with its days: `+7 days: phase x now starts in week 8; +14 days: pause ...`. */
export const causesText = (lang: Language, causes: readonly { reason: string; days: number }[]): string =>
  causes.map((c) => `${dayShift(lang, c.days)}: ${c.reason}`).join('; ');

type Pause = Plan['pauses'][number];

/** The part of the rollout a pause holds: pauses of two parts may share their days. */
const partKey = (p: Pause): string => `${p.only?.phase ?? ''}|${p.only?.location ?? ''}`;
const pauseKey = (p: Pause): string => `${p.from}|${p.until ?? ''}|${partKey(p)}`;

/** The pauses of `after` that `before` does not have (a pause with other dates counts as new). */
export function newPauses(plans: { before: Plan; after: Plan }): Plan['pauses'] {
  const known = new Set(plans.before.pauses.map(pauseKey));
  return plans.after.pauses.filter((p) => !known.has(pauseKey(p)));
}

/**
 * How a reason names a phase: `ids` as the plan writes them (JSON), `names` as people read them
 * (text and markdown). A part paused or rolled back (`only`) goes by its name in both.
 */
export type ReasonNames = 'ids' | 'names';

/**
 * Why an item is not where it was, where the plans say: a new rollback, a new pause, a holiday, a changed start,
 * a phase that changed length or appeared, a gate that was added or removed. Undefined otherwise.
 * In the language the plans are read in. What the two plans say is worked out once, for every item.
 * `dated`: the schedule of `after`, for the days it gives what the plan only asks for (a second try's start).
 */
export function reasons(plans: { before: Plan; after: Plan }, said: ReasonNames = 'ids', dated?: Pick<Schedule, 'rollbacks'>): (before: Item | undefined, after: Item | undefined) => string | undefined {
  const w = phaseWords(plans, said);
  const lengthOf = (p: Plan['phases'][number]): string => w.length(p.days, p.weeks ?? 2);
  // A pause whose end moved (the same part, the same `from`, another `until`) moves what it
  // reached once more, with the calendar revision it already had.
  const fresh = new Set(newPauses(plans));
  const reach = fresh.size > 0 && plans.after.pauses.some((p) => p.only) ? pauseReaches(plans.after, planCalendar(plans.after)) : [];
  const resumes = newResumes(plans, w, dated);
  const added = plans.after.pauses.flatMap((p, i) => {
    if (!fresh.has(p)) return [];
    const was = plans.before.pauses.find((q) => q.from === p.from && partKey(q) === partKey(p) && q.until !== undefined && p.until !== undefined)?.until;
    return [{ from: p.from, text: w.pause(p.from, p.until, p.reason, was, p.only && pausedPartName(p.only, plans.after.phases)), ended: was !== undefined, reach: reach[i] }];
  }).concat(newExtensions(plans, w), resumes).sort((a, b) => a.from.localeCompare(b.from));
  // The new pauses (and extensions) that move an item: those whose part it is in; all of them where none is (a
  // go/no-go gate follows the launch it guards, the reviews the phase the rollout ends with).
  const reaching = (e: Item) => {
    const own = added.filter((p) => reaches(p.reach, e));
    return own.length > 0 ? own : added;
  };
  // A rollback new to `after` withdraws what was dated from its day on, and what an open pause held.
  const rb = plans.after.rollback;
  const rolledBack = rb && plans.before.rollback?.on !== rb.on ? { on: rb.on, text: w.rollback(rb.on, rb.reason) } : undefined;
  const start = plans.before.start !== plans.after.start ? w.start(plans.before.start, plans.after.start) : undefined;
  const before = new Set(plans.before.phases.map((p) => p.id));
  const after = new Set(plans.after.phases.map((p) => p.id));
  // A phase that changed length moves everything after it.
  let phase: string | undefined;
  for (const p of plans.after.phases) {
    const was = plans.before.phases.find((q) => q.id === p.id);
    if (was && (lengthOf(was) !== lengthOf(p) || was.startWeek !== p.startWeek)) {
      phase = was.startWeek !== p.startWeek ? w.startsInWeek(p.id, p.startWeek) : w.lasts(p.id, lengthOf(p), lengthOf(was));
      break;
    }
  }
  const parts = newPartRollbacks(plans);
  const planned = (e: Item | undefined): string | undefined => (e === undefined ? undefined : (e.date ?? ('plannedDate' in e ? e.plannedDate : undefined)));
  return (then, now) => {
    // The rollback's own item names its reason in its title.
    if (now?.type === 'rollback') return undefined;
    // A part's second try new to `after` adds its items beside the first try's, which stay where they were.
    const again = !then && now?.secondTry !== undefined ? (resumes.find((r) => reaches(r.reach, now)) ?? resumes[0]) : undefined;
    if (again) return again.text;
    if (rolledBack && !now && then !== undefined && (then.date === null || then.date >= rolledBack.on)) return rolledBack.text;
    // A rollback of one part new to `after`: what it withdrew of the part, and what waits for the part.
    const part = then && (!now || now.date === null) ? (parts.find((p) => reaches(p.own, then)) ?? parts[0]) : undefined;
    if (part) return !now ? part.gone : part.waits;
    if (then && now) {
      // A go/no-go gate moves with the launch it guards, even when it fell before the pause.
      const day = planned(then) ?? '';
      const pause = reaching(then).filter((p) => p.from <= day).at(-1) ?? added[0];
      if (pause && ((now.sequence ?? 0) > (then.sequence ?? 0) || now.date === null || (pause.ended && now.date !== then.date && day >= pause.from))) return pause.text;
      const holidayNow = 'movedBecause' in now ? now.movedBecause : undefined;
      const holidayThen = 'movedBecause' in then ? then.movedBecause : undefined;
      const holiday = holidayNow !== holidayThen ? (holidayNow ?? (holidayThen !== undefined ? w.noLonger(holidayThen) : undefined)) : undefined;
      // The days it had before any holiday held it differ too: another edit moved it, the holiday only by a day or so.
      const other = holiday !== undefined && (then.movedFrom ?? then.date) !== (now.movedFrom ?? now.date) ? edited(then, now) : undefined;
      if (holiday !== undefined) return other === undefined ? holiday : `${other}; ${holiday}`;
    }
    return edited(then, now);
  };

  /** The reason of an edit to the plan (the start, a phase, a gate, a rollback), or a new pause's office hours. */
  function edited(then: Item | undefined, now: Item | undefined): string | undefined {
    const item = (now ?? then)!;
    // A pause's own notices are dated by the pause alone: no other edit moves them.
    if (item.type === 'pause' || item.type === 'resume' || item.type === 'extension') return undefined;
    if (start !== undefined) return start;
    if (item.phase !== undefined && !before.has(item.phase)) return w.phaseAdded(item.phase);
    if (item.phase !== undefined && !after.has(item.phase)) return w.phaseRemoved(item.phase);
    if (item.type === 'gate' && !then) return w.gateAdded(item.key);
    if (item.type === 'gate' && !now) return w.gateRemoved(item.key);
    // Moved onto or past the plan's rollback day: withdrawn.
    if (rb && !now) return w.rollback(rb.on, rb.reason);
    // Office hours the week back after a new pause adds or no longer has: that pause planned them anew.
    const pause = item.type === 'office-hours' && !(then && now) ? reaching(item).filter((p) => p.from <= (planned(item) ?? '')).at(-1) : undefined;
    if (pause) return pause.text;
    return phase;
  }
}

/** The words of a language, with each phase named by its id or, for people, by its name in the plan that has it. */
function phaseWords(plans: { before: Plan; after: Plan }, said: ReasonNames): (typeof WORDS)[Language] {
  const w = WORDS[plans.after.language];
  if (said === 'ids') return w;
  const name = (id: string) => phaseName(plans.after.phases.some((p) => p.id === id) ? plans.after.phases : plans.before.phases, id);
  return {
    ...w,
    phaseAdded: (id) => w.named.phaseAdded(name(id)),
    phaseRemoved: (id) => w.named.phaseRemoved(name(id)),
    startsInWeek: (id, week) => w.named.startsInWeek(name(id), week),
    lasts: (id, now, was) => w.named.lasts(name(id), now, was),
  };
}

/**
 * The extensions `after` has and `before` does not, as the reasons of what they move: from the day
 * each was decided, the phase itself (the office hours of its extra days) and what waits for it.
 */
function newExtensions(plans: { before: Plan; after: Plan }, w: (typeof WORDS)[Language]) {
  const key = (e: Plan['extensions'][number]) => JSON.stringify([e.phase, e.decided, e.by, e.until]);
  const known = new Set(plans.before.extensions.map(key));
  if (plans.after.extensions.every((e) => known.has(key(e)))) return [];
  return planPauses(plans.after).spans.flatMap((s) => {
    const e = s.extension && plans.after.extensions[s.index];
    if (!e || known.has(key(e))) return [];
    const text = w.extension(phaseName(plans.after.phases, e.phase), formatDay(s.extension!.end), e.reason);
    return [{ from: e.decided, text, ended: false, reach: { phases: new Set([...s.reach!.phases, e.phase]), held: new Set<string>() } }];
  });
}

/**
 * The parts `after` starts again (`resume`) and `before` did not, or on another day, as the reason
 * of what their second try moves: the part's items from its announcement on, and what waits for it.
 */
function newResumes(plans: { before: Plan; after: Plan }, w: (typeof WORDS)[Language], dated: Pick<Schedule, 'rollbacks'> | undefined) {
  const key = (r: Plan['partRollbacks'][number]) => JSON.stringify([r.on, r.only.phase, r.only.location, r.resume?.on]);
  const known = new Set(plans.before.partRollbacks.map(key));
  if (plans.after.partRollbacks.every((r) => !r.resume || known.has(key(r)))) return [];
  return planPauses(plans.after).spans.flatMap((s) => {
    const r = s.rollback;
    if (!r?.resume || known.has(key(r))) return [];
    // The day the schedule starts it: later than resume.on on a day off of its people, or after a pause of everything.
    const starts = dated?.rollbacks?.find((x) => x.on === r.on && x.only.location === r.only.location && x.only.phase === r.only.phase)?.resume?.starts;
    return [{ from: formatDay(s.from), text: w.resumed(pausedPartName(r.only, plans.after.phases), starts ?? r.resume.on, r.on, r.resume.changed), ended: true, reach: s.reach }];
  });
}

/** The rollbacks of one part `after` records and `before` does not, each with the part it withdraws and its words. */
function newPartRollbacks(plans: { before: Plan; after: Plan }) {
  const known = new Set(plans.before.partRollbacks.map((r) => `${r.on}|${r.only.phase ?? ''}|${r.only.location ?? ''}`));
  const fresh = plans.after.partRollbacks.filter((r) => !known.has(`${r.on}|${r.only.phase ?? ''}|${r.only.location ?? ''}`));
  if (fresh.length === 0) return [];
  const w = partRollbackWords(plans.after.language);
  const spans = planPauses(plans.after).spans;
  return fresh.map((r) => {
    const reach = spans.find((s) => s.rollback === r)!.reach!;
    const part = pausedPartName(r.only, plans.after.phases);
    return { own: { phases: reach.held, ...(reach.location !== undefined ? { location: reach.location } : {}) }, gone: w.gone(part, r.on, r.reason), waits: w.waitsFor(part, r.on, r.reason) };
  });
}
