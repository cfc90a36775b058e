import type { Language } from '../../plan/schema.js';
import type { Schedule, ScheduleEvent, SchedulePhase } from '../../schedule/types.js';
import { formatDay, parseDay } from '../../util/dates.js';

/** Shared wording of the human formats (table, markdown, calendar, chart), per language. */

const WORDS = {
  en: {
    phaseColumns: ['Phase', 'Kind', 'Weeks', 'Dates', 'People', 'Audience'],
    eventColumns: ['Week', 'Date', 'Time', 'Type', 'Phase', 'Location', 'Event'],
    notes: 'Notes',
    phases: 'Phases',
    milestones: 'Gates and reviews',
    to: 'to',
    week: (w: number) => `week ${w}`,
    weeks: (a: number, b: number) => `weeks ${a}-${b}`,
    heading: (w: number, from: string, to: string) => `Week ${w} (${from} to ${to})`,
    moved: (from: string, why: string) => `moved from ${from} (${why})`,
    movedSentence: (from: string, why: string) => `Moved from ${from}: ${why}.`,
    people: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
    range: (label: string) => `${label} people`,
    title: (tool: string, org: string) => `${tool} rollout at ${org}`,
    calendar: (tool: string, org: string) => `${tool} rollout: ${org}`,
  },
  nl: {
    phaseColumns: ['Fase', 'Soort', 'Weken', 'Data', 'Mensen', 'Doelgroep'],
    eventColumns: ['Week', 'Datum', 'Tijd', 'Type', 'Fase', 'Vestiging', 'Wat'],
    notes: 'Opmerkingen',
    phases: 'Fasen',
    milestones: 'Toetsmomenten en terugblikken',
    to: 't/m',
    week: (w: number) => `week ${w}`,
    weeks: (a: number, b: number) => `weken ${a}-${b}`,
    heading: (w: number, from: string, to: string) => `Week ${w} (${from} t/m ${to})`,
    moved: (from: string, why: string) => `verplaatst van ${from} (${why})`,
    movedSentence: (from: string, why: string) => `Verplaatst van ${from}: ${why}.`,
    people: (n: number) => `${n} ${n === 1 ? 'persoon' : 'personen'}`,
    range: (label: string) => `${label} personen`,
    title: (tool: string, org: string) => `Uitrol van ${tool} bij ${org}`,
    calendar: (tool: string, org: string) => `Uitrol van ${tool}: ${org}`,
  },
} satisfies Record<Language, unknown>;

export type ReporterWords = (typeof WORDS)['en'];

export function reporterWords(lang: Language): ReporterWords {
  return WORDS[lang];
}

export function weeksLabel(p: SchedulePhase, lang: Language = 'en'): string {
  const w = WORDS[lang];
  return p.startWeek === p.endWeek ? w.week(p.startWeek) : w.weeks(p.startWeek, p.endWeek);
}

export function peopleLabel(p: SchedulePhase): string {
  const [lo, hi] = p.peopleRange;
  return lo === hi ? String(p.people) : `${p.people} (${lo}-${hi})`;
}

export function timeLabel(e: ScheduleEvent): string {
  return e.time ? `${e.time}${e.minutes ? ` (${e.minutes} min)` : ''}` : '';
}

/** Notes on an event: why it moved, and whom it does not suit. */
export function eventNotes(e: ScheduleEvent, lang: Language = 'en'): string[] {
  const notes = e.movedFrom ? [WORDS[lang].moved(e.movedFrom, e.movedBecause ?? '')] : [];
  return [...notes, ...(e.flags ?? [])];
}

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
  return `${w.title(tool, organization)}: ${w.people(headcount)}, ${schedule.start} ${w.to} ${schedule.end}`;
}
