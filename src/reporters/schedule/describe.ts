import { everyoneWord } from '../../plan/condition-text.js';
import { pausedPartName } from '../../plan/display-names.js';
import { pauseLengthLabel } from '../../pauses/length.js';
import type { Language } from '../../plan/schema.js';
import { wordsFor } from '../../report/i18n.js';
import type { EventType, PauseWaiting, Schedule, ScheduleEvent, SchedulePhase } from '../../schedule/types.js';
import { formatDay, parseDay } from '../../util/dates.js';
import { formatList } from '../../util/lists.js';
import { withFullStop } from '../../util/full-stop.js';
import { clockPlace } from './clocks.js';

/** Shared wording of the human formats (table, markdown, calendar, chart), per language. */

/** What moved a phase again after a pause of one part had moved it (see pausesAsMoved): a second try, later pauses, or both. */
type MovedSince = Pick<PauseWaiting, 'rollback' | 'laterPauses'>;
const ROLLBACK: MovedSince = { rollback: true };

/** What a pause of one part moves besides it, and whether the rest goes on: the clauses given, in order. */
const moves = (clauses: (string | false | undefined)[]): string => clauses.filter((c): c is string => typeof c === 'string').join('; ');

const WORDS = {
  en: {
    phaseColumns: ['Phase', 'Kind', 'Weeks', 'Dates', 'People', 'Audience'],
    eventColumns: ['Week', 'Date', 'Time', 'Type', 'Phase', 'Location', 'Event'],
    kinds: { launch: 'launch', stabilize: 'stabilize', decommission: 'decommission' } satisfies Record<SchedulePhase['kind'], string>,
    notes: 'Notes',
    phases: 'Phases',
    milestones: 'Gates and reviews',
    to: 'to',
    week: (w: number) => `week ${w}`,
    weeks: (a: number, b: number) => `weeks ${a}-${b}`,
    heading: (w: number, from: string, to: string) => `Week ${w} (${from} to ${to})`,
    moved: (from: string, why: string) => `moved from ${from}: ${why}`,
    movedSentence: (from: string, why: string) => `Moved from ${from}: ${why}.`,
    paused: (from: string, by: Mover = 'pause') => `moved by ${{ pause: 'a pause', extension: 'an extension', either: 'a pause or an extension', resume: 'a second try' }[by]} from ${from}`,
    noticeOn: (day: string) => `its notice goes out on ${day}`,
    pause: (from: string, until: string | null, length: string, part: string, reason: string) =>
      `Pause ${until === null ? `from ${from}, open: later items are on hold` : `${from} until ${until} (${length})`}${part}: ${reason}`,
    pauseEnded: (from: string, on: string, part: string, reason: string) => `Pause from ${from}, ended by the rollback on ${on}${part}: ${reason}`,
    part: (only: string | undefined, phase: string | undefined, waiting: string | undefined, switchOff: string | undefined) =>
      only !== undefined ? `, only ${only} (${moves([waiting && `the phases after it wait for it: ${waiting}`, switchOff && `the switch-off waits for it: ${switchOff}`, waiting === undefined && 'the rest goes on'])})` : phase !== undefined ? `, phase ${phase}` : '',
    waiting: (name: string, start: string | null, open?: string) => (start === null ? `${name} waits until the pause ${open === undefined ? '' : `from ${open} `}ends` : `${name} now starts on ${start}`),
    movedThen: (name: string, then: string | null, now: string | null, by: MovedSince = ROLLBACK) => {
      const later = by.laterPauses === undefined ? undefined : by.laterPauses === 1 ? 'a later pause' : 'later pauses';
      const since = [by.rollback && 'the rollback', later].filter(Boolean).join(' and ');
      return `${name} was moved ${then === null ? 'until the pause ends' : `to ${then}`}, ${now === null ? `and since ${since} waits` : `since ${since} to ${now}`}`;
    },
    waitingRolledBack: (name: string, parts: string) => `${name} waits for ${parts}, rolled back`,
    onHold: 'On hold until the pause ends',
    heldPhase: (name: string, planned: string) => `phase ${name} (planned ${planned})`,
    held: (title: string, planned: string) => `${title} (planned ${planned})`,
    pauses: 'Pauses',
    pausesAndExtensions: 'Pauses and extensions',
    extension: (name: string, decided: string, until: string, was: string, length: string, waiting: string | undefined, reason: string) =>
      `${name} runs longer (decided ${decided}): until ${until} instead of ${was} (${length}${waiting ? `; the phases after it wait for it: ${waiting}` : ''}): ${reason}`,
    rolledBack: (on: string, reason: string) => `Rolled back on ${on}: ${reason}`,
    withdrawn: 'Withdrawn by the rollback',
    withdrawnItems: (n: number, on: string) => `${n} ${n === 1 ? 'item' : 'items'} planned from ${on} on; the calendar cancels them`,
    cancelled: (on: string, reason: string) => `Cancelled: the rollout rolled back on ${on}: ${reason}`,
    partRolledBack: (part: string, on: string, reason: string) => `Rolled back in ${part} on ${on} (the rest goes on): ${reason}`,
    startsAgain: (part: string, on: string, changed: string | undefined, decided: string | undefined, announced: string | undefined) =>
      `${part} starts again on ${on}${decided === undefined ? '' : ` (decided on ${decided}, announced from ${announced ?? 'then'})`}, its phases run again from then${changed === undefined ? '' : `; what is different this time: ${changed}`}`,
    withdrawnOf: (part: string) => `Withdrawn by the rollback in ${part}`,
    firstTry: (name: string, on: string) => `${name} (first try, rolled back on ${on})`,
    secondTry: (name: string) => `${name} (second try)`,
    waitsFor: (parts: string) => `On hold while ${parts} is rolled back (the old system stays on)`,
    openEndRolledBack: (start: string, parts: string) => `from ${start}, end open: the switch-off waits for ${parts}, rolled back`,
    cancelledPart: (part: string, on: string, reason: string) => `Cancelled: ${part} rolled back on ${on}: ${reason}`,
    waitsForSince: (part: string, on: string, reason: string) => `Cancelled: it waits for ${part}, rolled back on ${on}: ${withFullStop(reason)} It gets a new date when ${part} starts again.`,
    cancelledOnHold: (since: string, reason: string, part = 'the rollout') => `Cancelled: ${part} has been paused since ${since}: ${withFullStop(reason)} It gets a new date when the pause ends.`,
    people: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
    range: (label: string) => `${label} people`,
    title: (tool: string, org: string) => `${tool} rollout at ${org}`,
    openEnd: (start: string, since: string) => `from ${start}, end open: paused since ${since}`,
    calendar: (tool: string, org: string) => `${tool} rollout: ${org}`,
  },
  nl: {
    phaseColumns: ['Fase', 'Soort', 'Weken', 'Data', 'Mensen', 'Doelgroep'],
    eventColumns: ['Week', 'Datum', 'Tijd', 'Type', 'Fase', 'Vestiging', 'Wat'],
    kinds: { launch: 'start', stabilize: 'stabiliseren', decommission: 'uitfasering' } satisfies Record<SchedulePhase['kind'], string>,
    notes: 'Opmerkingen',
    phases: 'Fasen',
    milestones: 'Toetsmomenten en terugblikken',
    to: 't/m',
    week: (w: number) => `week ${w}`,
    weeks: (a: number, b: number) => `weken ${a}-${b}`,
    heading: (w: number, from: string, to: string) => `Week ${w} (${from} t/m ${to})`,
    moved: (from: string, why: string) => `verplaatst van ${from}: ${why}`,
    movedSentence: (from: string, why: string) => `Verplaatst van ${from}: ${why}.`,
    paused: (from: string, by: Mover = 'pause') => `door ${{ pause: 'een pauze', extension: 'een verlenging', either: 'een pauze of verlenging', resume: 'een tweede poging' }[by]} verplaatst van ${from}`,
    noticeOn: (day: string) => `het bericht erover gaat uit op ${day}`,
    pause: (from: string, until: string | null, length: string, part: string, reason: string) =>
      `Pauze ${until === null ? `vanaf ${from}, nog open: wat volgt wacht` : `${from} tot ${until} (${length})`}${part}: ${reason}`,
    pauseEnded: (from: string, on: string, part: string, reason: string) => `Pauze vanaf ${from}, beëindigd door het terugdraaien op ${on}${part}: ${reason}`,
    part: (only: string | undefined, phase: string | undefined, waiting: string | undefined, switchOff: string | undefined) =>
      only !== undefined ? `, alleen ${only} (${moves([waiting && `de fasen daarna wachten erop: ${waiting}`, switchOff && `de uitfasering wacht erop: ${switchOff}`, waiting === undefined && 'de rest gaat door'])})` : phase !== undefined ? `, fase ${phase}` : '',
    waiting: (name: string, start: string | null, open?: string) => (start === null ? `${name} wacht tot de pauze ${open === undefined ? '' : `vanaf ${open} `}voorbij is` : `${name} begint nu op ${start}`),
    movedThen: (name: string, then: string | null, now: string | null, by: MovedSince = ROLLBACK) => {
      const later = by.laterPauses === undefined ? undefined : by.laterPauses === 1 ? 'een latere pauze' : 'latere pauzes';
      const since = [by.rollback && 'het terugdraaien', later].filter(Boolean).join(' en ');
      return `${name} werd verschoven ${then === null ? 'tot de pauze voorbij is' : `naar ${then}`}, ${now === null ? `en wacht sinds ${since}` : `sinds ${since} naar ${now}`}`;
    },
    waitingRolledBack: (name: string, parts: string) => `${name} wacht op ${parts}, teruggedraaid`,
    onHold: 'Wacht tot de pauze voorbij is',
    heldPhase: (name: string, planned: string) => `fase ${name} (gepland ${planned})`,
    held: (title: string, planned: string) => `${title} (gepland ${planned})`,
    pauses: 'Pauzes',
    pausesAndExtensions: 'Pauzes en verlengingen',
    extension: (name: string, decided: string, until: string, was: string, length: string, waiting: string | undefined, reason: string) =>
      `${name} duurt langer (besloten op ${decided}): tot en met ${until} in plaats van ${was} (${length}${waiting ? `; de fasen daarna wachten erop: ${waiting}` : ''}): ${reason}`,
    rolledBack: (on: string, reason: string) => `Teruggedraaid op ${on}: ${reason}`,
    withdrawn: 'Vervallen door het terugdraaien',
    withdrawnItems: (n: number, on: string) => `${n} ${n === 1 ? 'onderdeel' : 'onderdelen'} gepland vanaf ${on}; de agenda zegt ze af`,
    cancelled: (on: string, reason: string) => `Afgezegd: de invoering is op ${on} teruggedraaid: ${reason}`,
    partRolledBack: (part: string, on: string, reason: string) => `Teruggedraaid in ${part} op ${on} (de rest gaat door): ${reason}`,
    startsAgain: (part: string, on: string, changed: string | undefined, decided: string | undefined, announced: string | undefined) =>
      `${part} begint opnieuw op ${on}${decided === undefined ? '' : ` (besloten op ${decided}, ${announced === undefined ? 'vanaf dan' : `vanaf ${announced}`} aangekondigd)`}, de fasen lopen vanaf dan nog eens${changed === undefined ? '' : `; wat er deze keer anders is: ${changed}`}`,
    withdrawnOf: (part: string) => `Vervallen door het terugdraaien in ${part}`,
    firstTry: (name: string, on: string) => `${name} (eerste poging, teruggedraaid op ${on})`,
    secondTry: (name: string) => `${name} (tweede poging)`,
    waitsFor: (parts: string) => `Wacht zolang ${parts} is teruggedraaid (het oude systeem blijft aan)`,
    openEndRolledBack: (start: string, parts: string) => `vanaf ${start}, einde open: de uitfasering wacht op ${parts}, teruggedraaid`,
    cancelledPart: (part: string, on: string, reason: string) => `Afgezegd: ${part} is op ${on} teruggedraaid: ${reason}`,
    waitsForSince: (part: string, on: string, reason: string) => `Afgezegd: het wacht op ${part}, op ${on} teruggedraaid: ${withFullStop(reason)} Het krijgt een nieuwe datum als ${part} opnieuw begint.`,
    cancelledOnHold: (since: string, reason: string, part = 'de invoering') => `Afgezegd: ${part} is sinds ${since} gepauzeerd: ${withFullStop(reason)} Het krijgt een nieuwe datum als de pauze voorbij is.`,
    people: (n: number) => `${n} ${n === 1 ? 'persoon' : 'personen'}`,
    range: (label: string) => `${label} personen`,
    title: (tool: string, org: string) => `Invoering van ${tool} bij ${org}`,
    openEnd: (start: string, since: string) => `vanaf ${start}, einde open: gepauzeerd sinds ${since}`,
    calendar: (tool: string, org: string) => `Invoering van ${tool}: ${org}`,
  },
} satisfies Record<Language, unknown>;

export type ReporterWords = (typeof WORDS)['en'];

/** A phase's kind and an item's type as the table and markdown show them; json, csv and ics keep the machine names. */
export const kindLabel = (kind: SchedulePhase['kind'], lang: Language): string => WORDS[lang].kinds[kind];
export const typeLabel = (type: EventType, lang: Language): string => wordsFor(lang).events[type].toLowerCase();

export function reporterWords(lang: Language): ReporterWords {
  return WORDS[lang];
}

/**
 * The rows of the phase table: each phase, and before a phase of a part that started again
 * (`rollback.resume`) its first try, rolled back, so that both tries show; `name` says which.
 */
export function phaseRows(schedule: Schedule, lang: Language = 'en'): { phase: SchedulePhase; name: string }[] {
  const w = WORDS[lang];
  return schedule.phases.flatMap((phase) => {
    const r = schedule.rollbacks?.find((x) => x.firstTry?.some((p) => p.id === phase.id));
    const first = r?.firstTry!.find((p) => p.id === phase.id);
    return first ? [{ phase: first, name: w.firstTry(first.name, r!.on) }, { phase, name: w.secondTry(phase.name) }] : [{ phase, name: phase.name }];
  });
}

export function weeksLabel(p: SchedulePhase, lang: Language = 'en'): string {
  const w = WORDS[lang];
  return p.startWeek === p.endWeek ? w.week(p.startWeek) : w.weeks(p.startWeek, p.endWeek);
}

export function peopleLabel(p: SchedulePhase): string {
  const [lo, hi] = p.peopleRange;
  return lo === hi ? String(p.people) : `${p.people} (${lo}-${hi})`;
}

/** An item's phase as the table and markdown show it: everyone for a gate on the whole organization's rows. */
export const phaseLabel = (e: Pick<ScheduleEvent, 'phase' | 'scope'>, lang: Language): string => (e.scope === 'organization' ? everyoneWord(lang) : (e.phase ?? ''));

/**
 * A session's time, at each of its places as the messages and the report list them: `11:00 in
 * Paramaribo and 16:00 in Rotterdam`; in a schedule on several clocks (see severalClocks), also a
 * session of one: `10:00 in Willemstad`.
 */
export function timeLabel(e: ScheduleEvent, lang: Language, clocks = false): string {
  if (!e.time) return '';
  const place = clocks ? clockPlace(e) : undefined;
  const clock = e.localTimes ? formatList(e.localTimes.map((l) => `${l.time} in ${l.location}`), lang, 'and') : place === undefined ? e.time : `${e.time} in ${place}`;
  return `${clock}${e.minutes ? ` (${e.minutes} min)` : ''}`;
}

/** What moves items in a schedule: its pauses, its extensions, a part's second try (`resume`) alone, or (a plan with both) either. */
export type Mover = 'pause' | 'extension' | 'either' | 'resume';

export function moverOf(schedule: Pick<Schedule, 'pauses' | 'extensions' | 'rollbacks'>): Mover {
  const resumed = schedule.rollbacks?.some((r) => r.resume) ?? false;
  if (resumed && schedule.pauses.length === 0 && !schedule.extensions?.length) return 'resume';
  if (!schedule.extensions?.length) return 'pause';
  return schedule.pauses.length > 0 || (schedule.rollbacks?.length ?? 0) > 0 ? 'either' : 'extension';
}

/** Notes on an event: why it moved, when a pause's notice goes out ahead of it, and whom it does not suit. */
export function eventNotes(e: ScheduleEvent, lang: Language = 'en', mover: Mover = 'pause'): string[] {
  const w = WORDS[lang];
  const notes = e.movedFrom ? [w.moved(e.movedFrom, e.movedBecause ?? '')] : [];
  // A second try's item is dated by that second try alone, whatever else the plan moves.
  const paused = e.pausedFrom ? [w.paused(e.pausedFrom, e.secondTry !== undefined ? 'resume' : mover)] : [];
  const told = e.noticeOn ? [w.noticeOn(e.noticeOn)] : [];
  return [...notes, ...paused, ...told, ...(e.flags ?? [])];
}

/** One line per pause: when, how long, why; a rollback ends an open one. Then one per extension: until when instead of when, and what waits for it. */
export function pauseLines(schedule: Schedule, lang: Language = 'en'): string[] {
  const w = WORDS[lang];
  const on = schedule.rollback?.on;
  const extensions = (schedule.extensions ?? []).map((x) => {
    const waiting = [...x.waiting, ...(x.switchOff ? [x.switchOff] : [])].map((p) => extensionWaiting(schedule, p, lang));
    return w.extension(x.name, x.decided, x.until, x.was, pauseLengthLabel(x, lang), waiting.length ? formatList(waiting, lang, 'and') : undefined, x.reason);
  });
  return [...schedule.pauses.map((p) => {
    // The phases that wait for a pause of one part move with it: named with their new start, as the notice does.
    const said = (x: PauseWaiting) => (x.movedTo === undefined ? w.waiting(x.name, x.start, p.until === null ? undefined : openHolding(schedule, x.id)) : w.movedThen(x.name, x.movedTo, x.start, x));
    const waiting = p.waiting?.length ? formatList(p.waiting.map(said), lang, 'and') : undefined;
    const switchOff = p.switchOff && said(p.switchOff);
    const part = w.part(p.only && p.name, p.phase && p.name, waiting, switchOff);
    return p.until === null && on !== undefined ? w.pauseEnded(p.from, on, part, p.reason) : w.pause(p.from, p.until, pauseLengthLabel(p, lang), part, p.reason);
  }), ...extensions];
}

/** The first day of the open pause that holds phase `id`: named where a pause that ended says the phase waits, as that one does not end it. */
function openHolding(schedule: Schedule, id: string): string | undefined {
  return schedule.pauses.find((p) => p.until === null && (!p.only || p.phases?.includes(id)))?.from;
}

/**
 * A phase that waits for an extension, as the extension moved it: a rolled-back part by its first
 * try's start (its second try starts on the day its resume says), and one held while a part is
 * rolled back, with no pause open, as waiting for that part.
 */
function extensionWaiting(schedule: Schedule, p: { id: string; name: string; start: string | null }, lang: Language): string {
  const w = WORDS[lang];
  const first = (schedule.rollbacks ?? []).flatMap((r) => r.firstTry ?? []).find((f) => f.id === p.id);
  if (first) return first.start === p.start ? w.waiting(p.name, p.start) : w.movedThen(p.name, first.start, p.start);
  const rolledBack = p.start === null && !schedule.pauses.some((q) => q.until === null) && (schedule.rollbacks ?? []).length > 0;
  return rolledBack ? w.waitingRolledBack(p.name, rolledBackParts(schedule)) : w.waiting(p.name, p.start);
}

/** Every phase a schedule names, those an open pause holds and a rollback withdrew included. */
export function schedulePhases(schedule: Schedule): { id: string; name: string }[] {
  return [...schedule.phases, ...schedule.held.phases, ...(schedule.rollback?.withdrawn.phases ?? [])];
}

/** One line per item an open pause holds, with the date it had. */
export function heldLines(schedule: Schedule, lang: Language = 'en'): string[] {
  const w = WORDS[lang];
  const several = severalPlaces(schedule);
  return [
    ...schedule.held.phases.map((p) => w.heldPhase(p.name, p.plannedStart)),
    ...schedule.held.events.map((e) => `${typeLabel(e.type, lang)}${e.phase ? ` ${e.phase}` : ''}${several && e.location ? ` (${e.location})` : ''}: ${w.held(e.title, e.plannedDate)}`),
  ];
}

/** Whether the schedule's items are at more than one location: only then does a title name its place. */
export function severalPlaces(schedule: Schedule): boolean {
  const places = new Set(schedule.phases.flatMap((p) => p.locations));
  for (const e of [...schedule.events, ...schedule.held.events, ...(schedule.rollback?.withdrawn.events ?? []), ...(schedule.rollbacks ?? []).flatMap((r) => r.withdrawn.events)]) if (e.location !== undefined) places.add(e.location);
  return places.size > 1;
}

/** A title for a line of its own (a calendar entry, a milestone): with its place in a plan of several, unless it names it already (a phase named after its branch). */
export const placedTitle = (e: Pick<ScheduleEvent, 'title' | 'location'>, several: boolean): string =>
  several && e.location && !e.title.includes(e.location) ? `${e.title} (${e.location})` : e.title;

export interface Week {
  week: number;
  /** First and last calendar day of the rollout week. */
  from: string;
  to: string;
  events: ScheduleEvent[];
}

export function byWeek(schedule: Schedule): Week[] {
  const weeks = new Map<number, ScheduleEvent[]>();
  for (const e of schedule.events) {
    const list = weeks.get(e.week);
    if (list) list.push(e);
    else weeks.set(e.week, [e]);
  }
  const start = parseDay(schedule.start);
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, events]) => ({ week, from: formatDay(start + (week - 1) * 7), to: formatDay(start + (week - 1) * 7 + 6), events }));
}

export function people(n: number, lang: Language = 'en'): string {
  return WORDS[lang].people(n);
}

export function headline(schedule: Schedule, lang: Language = 'en'): string {
  const { tool, organization, headcount } = schedule.plan;
  const w = WORDS[lang];
  // While an open pause holds part of the rollout, nobody knows when it ends.
  const open = schedule.pauses.find((p) => p.until === null);
  const holds = schedule.held.phases.length > 0 || schedule.held.events.length > 0;
  const waiting = holds && !open && (schedule.rollbacks ?? []).length > 0 ? rolledBackParts(schedule) : undefined;
  const end = holds && open ? w.openEnd(schedule.start, open.from) : waiting ? w.openEndRolledBack(schedule.start, waiting) : `${schedule.start} ${w.to} ${schedule.end}`;
  return `${w.title(tool, organization)}: ${w.people(headcount)}, ${end}`;
}

/** The part a rollback of one part names: its location, or its phase. */
export const partName = (only: { phase?: string; location?: string }, schedule: Schedule): string => pausedPartName(only, schedulePhases(schedule));

/** The parts rolled back, as one phrase: `Albina`, `Albina, Moengo`. */
const rolledBackParts = (schedule: Schedule): string => (schedule.rollbacks ?? []).map((r) => partName(r.only, schedule)).join(', ');

/** The heading of what is on hold: until a pause ends, or while parts are rolled back. */
export function onHoldHeading(schedule: Schedule, lang: Language = 'en'): string {
  const w = WORDS[lang];
  return schedule.pauses.some((p) => p.until === null) || !schedule.rollbacks?.length ? w.onHold : w.waitsFor(rolledBackParts(schedule));
}

/** Each rollback of one part, then what it withdrew: each phase that will not start, and how many items. */
export function partRollbackLines(schedule: Schedule, lang: Language = 'en'): { headline: string; heading: string; withdrawn: string[] }[] {
  const w = WORDS[lang];
  return (schedule.rollbacks ?? []).map((r) => {
    const items = r.withdrawn.events.length > 0 ? [w.withdrawnItems(r.withdrawn.events.length, r.on)] : [];
    const rolledBack = w.partRolledBack(partName(r.only, schedule), r.on, r.reason);
    const headline = r.resume ? `${withFullStop(rolledBack)} ${w.startsAgain(partName(r.only, schedule), r.resume.starts ?? r.resume.on, r.resume.changed, r.resume.decided, r.resume.announced)}` : rolledBack;
    return { headline, heading: w.withdrawnOf(partName(r.only, schedule)), withdrawn: [...r.withdrawn.phases.map((p) => w.heldPhase(p.name, p.plannedStart)), ...items] };
  });
}

/** That this plan is a second try, and why the first stopped (as the report says it); undefined for a first. */
export function restartLine(schedule: Schedule, lang: Language = 'en'): string | undefined {
  const r = schedule.restart;
  return r && wordsFor(lang).secondTry(r.rolledBackOn, r.reason);
}

/** The rollback, then what it withdrew: each phase that will not start, and how many items. */
export function rollbackLines(schedule: Schedule, lang: Language = 'en'): { headline: string; withdrawn: string[] } | undefined {
  const r = schedule.rollback;
  if (!r) return undefined;
  const w = WORDS[lang];
  const items = r.withdrawn.events.length > 0 ? [w.withdrawnItems(r.withdrawn.events.length, r.on)] : [];
  return { headline: w.rolledBack(r.on, r.reason), withdrawn: [...r.withdrawn.phases.map((p) => w.heldPhase(p.name, p.plannedStart)), ...items] };
}
