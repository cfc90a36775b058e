import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { locationLanguages } from '../plan/location-languages.js';
import { backOnOldTools } from '../rollback/parts.js';
import type { Schedule } from '../schedule/types.js';
import { emailless } from './channels.js';
import { surveyedPhases } from './languages.js';
import type { Message } from './messages.js';

/**
 * The roster as a message's readers are told apart: each person's phase, location and group (by
 * index into the plan's lists, -1 for none), the language they read (`people.columns.language`,
 * by index into organization.languages, -1 for their location's) and whether they left.
 */
export interface RosterPeople {
  readonly size: number;
  readonly phase: readonly number[];
  readonly location: readonly number[];
  readonly group: readonly number[];
  readonly language: readonly number[];
  readonly left: readonly number[];
}

/** People alike for every message: as many of them, in the same phase, place and group, reading the same languages. */
interface Alike {
  phase: string | undefined;
  location: string | undefined;
  group: string | undefined;
  reads: readonly Language[];
  /** Whether the roster gives their language (else they read their place's). */
  stated: boolean;
  people: number;
}

/** Of one message: how many of the roster's people it reaches, and how many of those read each language. */
export interface Tally {
  people: number;
  reading: Map<Language, number>;
}

/**
 * Who reads each language's draft of an email, from a roster that says which language each
 * person reads. People who left (a `left` date) are not counted, as the headcounts do not count
 * them; a person without a language reads their location's (the plan's at no location).
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
    for (let i = 0; i < people.size; i++) {
      if (people.left[i] !== Infinity) continue;
      const key = `${people.phase[i]},${people.location[i]},${people.group[i]},${people.language[i]}`;
      let same = byKey.get(key);
      if (!same) {
        const location = locations[people.location[i]!]?.name;
        const language = languages[people.language[i]!];
        const reads = language !== undefined ? [language] : location !== undefined ? locationLanguages(plan, location) : languages;
        byKey.set(key, (same = { phase: plan.phases[people.phase[i]!]?.id, location, group: groups[people.group[i]!]?.name, reads, stated: language !== undefined, people: 0 }));
      }
      same.people++;
    }
    this.alike = [...byKey.values()];
  }

  /** The roster's people an email reaches, and how many of them read each language; none for a checklist. */
  tally(plan: Plan, message: Message): Tally | undefined {
    if (message.kind !== 'email') return undefined;
    const reaches = this.scope(message);
    // Those in groups reached without email read the group's own forms, not the email.
    const unread = new Set(emailless(plan, this.schedule, message).groups);
    const reading = new Map<Language, number>();
    let people = 0;
    for (const a of this.alike) {
      if (!reaches(a) || (a.group !== undefined && unread.has(a.group))) continue;
      people += a.people;
      for (const l of a.reads) reading.set(l, (reading.get(l) ?? 0) + a.people);
    }
    return { people, reading };
  }

  /**
   * Of a group reached without email (its people of one phase and place, for a part the roster
   * splits): how many of them the roster gives a language, and how many read each. The others
   * read what the group's place reads, as readersOf counts them.
   */
  groupTally(group: string, part?: { phase: string | undefined; location: string | undefined }): Tally {
    const reading = new Map<Language, number>();
    let people = 0;
    for (const a of this.alike) {
      if (!a.stated || a.group !== group || (part && (a.phase !== part.phase || a.location !== part.location))) continue;
      people += a.people;
      for (const l of a.reads) reading.set(l, (reading.get(l) ?? 0) + a.people);
    }
    return { people, reading };
  }

  /**
   * Whom a message goes to, as its `To:` counts them (see MessageLanguages): a pause notice's
   * readers, one location's people of its phase, the phases a survey asks, a launch phase's
   * people, else everyone.
   */
  private scope(message: Message): (a: Alike) => boolean {
    const everyone = () => true;
    const { readers } = message;
    if (readers && (readers.everyone || readers.phases.length > 0)) {
      // A phase an open pause holds has no places yet: its people may work anywhere.
      if (readers.everyone || this.schedule.held.phases.some((p) => readers.phases.some((r) => r.id === p.id))) return everyone;
      return (a) => readers.phases.some((r) => r.id === a.phase && (r.location === undefined || r.location === a.location));
    }
    const launch = message.phase?.kind === 'launch' ? message.phase.id : undefined;
    if (message.location !== undefined) return (a) => a.location === message.location && (launch === undefined || a.phase === launch);
    if (message.template === 'survey' && message.event) {
      const asked = new Set(surveyedPhases(this.schedule, message.event).map((p) => p.id));
      // People whose part rolled back by then are back on the old tools, and not asked.
      const date = message.event.date;
      const back = (this.schedule.rollbacks ?? []).filter((r) => backOnOldTools(r, date)).map((r) => r.only);
      const rolledBack = (a: Alike) => back.some((only) => (only.location !== undefined ? only.location === a.location : only.phase === a.phase));
      return asked.size > 0 ? (a) => a.phase !== undefined && asked.has(a.phase) && !rolledBack(a) : everyone;
    }
    return launch !== undefined ? (a) => a.phase === launch : everyone;
  }
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
