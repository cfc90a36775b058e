import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { locationLanguages } from '../plan/location-languages.js';
import { backOnOldTools } from '../rollback/parts.js';
import type { Schedule } from '../schedule/types.js';
import { emailless } from './channels.js';
import { surveyedPhases } from './languages.js';
import type { Message } from './messages.js';
import { presentOn } from '../sources/present.js';
import { parseDay } from '../util/dates.js';

/**
 * The roster as a message's readers are told apart: each person's phase, location and group (by
 * index into the plan's lists, -1 for none), the language they read (`people.columns.language`,
 * by index into organization.languages, -1 for their location's), the days they joined and left
 * (see presentOn) and the people with either day.
 */
export interface RosterPeople {
  readonly size: number;
  readonly phase: readonly number[];
  readonly location: readonly number[];
  readonly group: readonly number[];
  readonly language: readonly number[];
  readonly joined: readonly number[];
  readonly left: readonly number[];
  readonly dated: readonly number[];
}

/** Where a person is in the plan: their phase's id, location and group by name. */
export interface Placed {
  phase: string | undefined;
  location: string | undefined;
  group: string | undefined;
}

/** People alike for every message: as many of them, in the same phase, place and group, reading the same languages. */
interface Alike extends Placed {
  reads: readonly Language[];
  /** Whether the roster gives their language (else they read their place's). */
  stated: boolean;
  people: number;
  /** For someone with a `joined` or `left` day: the days they count (see presentOn). */
  joined?: number;
  left?: number;
}

/** Of one message: how many of the roster's people it reaches, and how many of those read each language. */
export interface Tally {
  people: number;
  reading: Map<Language, number>;
}

/**
 * Who reads each language's draft of an email, from a roster that says which language each
 * person reads. Each message counts the people there on its day (see presentOn); a person without
 * a language reads their location's (the plan's at no location).
 */
export class RosterReaders {
  private readonly alike: Alike[];

  constructor(
    plan: Plan,
    private readonly schedule: Schedule,
    people: RosterPeople,
  ) {
    const { languages, locations, groups } = plan.organization;
    const byKey = new Map<string, Alike>();
    const dated = new Set(people.dated);
    const alike = (i: number): Alike => {
      const location = locations[people.location[i]!]?.name;
      const language = languages[people.language[i]!];
      const reads = language !== undefined ? [language] : location !== undefined ? locationLanguages(plan, location) : languages;
      return { phase: plan.phases[people.phase[i]!]?.id, location, group: groups[people.group[i]!]?.name, reads, stated: language !== undefined, people: 0 };
    };
    const each: Alike[] = [];
    for (let i = 0; i < people.size; i++) {
      // Someone who joins or leaves is a reader of their own: on some days they count, on others not.
      if (dated.has(i)) {
        each.push({ ...alike(i), people: 1, joined: people.joined[i]!, left: people.left[i]! });
        continue;
      }
      const key = `${people.phase[i]},${people.location[i]},${people.group[i]},${people.language[i]}`;
      let same = byKey.get(key);
      if (!same) byKey.set(key, (same = alike(i)));
      same.people++;
    }
    this.alike = [...byKey.values(), ...each];
  }

  /**
   * The languages the roster's people of a phase read (those at `location`, when given): a
   * person's own, else their location's. Undefined when the roster lists none of them.
   */
  phaseReads(phase: string, location?: string): Language[] | undefined {
    const of = this.alike.filter((a) => a.phase === phase && (location === undefined || a.location === location));
    return of.length === 0 ? undefined : [...new Set(of.flatMap((a) => a.reads))];
  }

  /** The readers there on a message's day. */
  private on(date: string): Alike[] {
    const day = parseDay(date);
    return this.alike.filter((a) => a.joined === undefined || presentOn(a.joined, a.left!, day));
  }

  /** The roster's people an email reaches, and how many of them read each language; none for a checklist. */
  tally(plan: Plan, message: Message): Tally | undefined {
    if (message.kind !== 'email') return undefined;
    const reaches = messageScope(this.schedule, message);
    // Those in groups reached without email read the group's own forms, not the email.
    const unread = new Set(emailless(plan, this.schedule, message).groups);
    const reading = new Map<Language, number>();
    let people = 0;
    for (const a of this.on(message.date)) {
      if (!reaches(a) || (a.group !== undefined && unread.has(a.group))) continue;
      people += a.people;
      for (const l of a.reads) reading.set(l, (reading.get(l) ?? 0) + a.people);
    }
    return { people, reading };
  }

  /**
   * Of a group reached without email (its people of one phase and place, for a part the roster
   * splits): how many of them the roster gives a language, and how many read each. The others
   * read what the group's place reads, as readersOf counts them. `date`: the message's day.
   */
  groupTally(date: string, group: string, part?: { phase: string | undefined; location: string | undefined }): Tally {
    const reading = new Map<Language, number>();
    let people = 0;
    for (const a of this.on(date)) {
      if (!a.stated || a.group !== group || (part && (a.phase !== part.phase || a.location !== part.location))) continue;
      people += a.people;
      for (const l of a.reads) reading.set(l, (reading.get(l) ?? 0) + a.people);
    }
    return { people, reading };
  }
}

/**
 * Whom a message goes to, as its `To:` counts them (see MessageLanguages): a pause notice's
 * readers, one location's people of its phase, the phases a survey asks, a launch phase's
 * people, else everyone.
 */
export function messageScope(schedule: Schedule, message: Message): (a: Placed) => boolean {
  const everyone = () => true;
  const { readers } = message;
  if (readers && (readers.everyone || readers.phases.length > 0)) {
    // A phase an open pause holds has no places yet: its people may work anywhere.
    if (readers.everyone || schedule.held.phases.some((p) => readers.phases.some((r) => r.id === p.id))) return everyone;
    return (a) => readers.phases.some((r) => r.id === a.phase && (r.location === undefined || r.location === a.location));
  }
  const launch = message.phase?.kind === 'launch' ? message.phase.id : undefined;
  if (message.location !== undefined) return (a) => a.location === message.location && (launch === undefined || a.phase === launch);
  if (message.template === 'survey' && message.event) {
    const asked = new Set(surveyedPhases(schedule, message.event).map((p) => p.id));
    // People whose part rolled back by then are back on the old tools, and not asked.
    const date = message.event.date;
    const back = (schedule.rollbacks ?? []).filter((r) => backOnOldTools(r, date)).map((r) => r.only);
    const rolledBack = (a: Placed) => back.some((only) => (only.location !== undefined ? only.location === a.location : only.phase === a.phase));
    return asked.size > 0 ? (a) => a.phase !== undefined && asked.has(a.phase) && !rolledBack(a) : everyone;
  }
  return launch !== undefined ? (a) => a.phase === launch : everyone;
}

/**
 * How many of an email's `total` readers (its `To:` count), or of a group's, read its draft in
 * `lang`: those of the roster who read it, and, where the roster lists fewer people than the
 * count, the rest as when the roster gave no languages (they read `read`, the languages of the
 * message's places or the group's).
 */
export function readersOf(tally: Tally, lang: Language, read: readonly Language[], total: number): number {
  const unlisted = read.includes(lang) ? Math.max(0, total - tally.people) : 0;
  return Math.min(total, (tally.reading.get(lang) ?? 0) + unlisted);
}

/**
 * How the roster's joiners and leavers change a count the plan's headcounts give: a headcount
 * counts the people there on the plan's start day, a message those there on its own day (see
 * presentOn). A message dated before --at keeps its count when the roster later dates a leaver
 * after that day.
 */
export class DayCounts {
  private readonly dated: (Placed & { joined: number; left: number })[];
  private readonly start: number;

  constructor(plan: Plan, people: RosterPeople) {
    const { locations, groups } = plan.organization;
    this.start = parseDay(plan.start);
    this.dated = people.dated.map((i) => ({
      phase: plan.phases[people.phase[i]!]?.id,
      location: locations[people.location[i]!]?.name,
      group: groups[people.group[i]!]?.name,
      joined: people.joined[i]!,
      left: people.left[i]!,
    }));
  }

  /**
   * Of the people `whom` takes in: how many more are there on `date` than on the day their count
   * was made (fewer: negative), by default the plan's start day.
   */
  change(date: string, whom: (p: Placed) => boolean, counted = this.start): number {
    const day = parseDay(date);
    let change = 0;
    for (const p of this.dated) if (whom(p)) change += Number(presentOn(p.joined, p.left, day)) - Number(presentOn(p.joined, p.left, counted));
    return change;
  }
}
