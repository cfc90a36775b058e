import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { locationLanguages } from '../plan/location-languages.js';
import { locationSizes, sum } from '../schedule/reach.js';
import type { Schedule, ScheduleEvent, SchedulePhase } from '../schedule/types.js';
import type { PauseReaders } from '../pauses/readers.js';
import type { Message } from './messages.js';
import { surveyDay, surveyedLaunches } from '../schedule/readers.js';
import { parseDay } from '../util/dates.js';

/** The launch phases a survey asks (see surveyedLaunches), as the schedule lists them. */
export function surveyedPhases(schedule: Schedule, survey: ScheduleEvent): SchedulePhase[] {
  return surveyedLaunches(schedule.phases, surveyDay(survey), (p) => parseDay(p.start));
}

/**
 * The languages each message is written in: those its readers read. A location's people read
 * its `languages` (default: the plan's); a message to one location's people, or to a launch
 * phase's, is written in theirs; a message to everyone in every language any of them reads
 * (people at no location read the plan's); a checklist, the coordinator's, in the plan's.
 * Always in the plan's order, so the first stays the main one.
 */
export class MessageLanguages {
  private readonly planLanguages: readonly Language[];
  private readonly byLocation: Map<string, readonly Language[]>;
  private readonly everyone: Language[];

  constructor(
    plan: Plan,
    private readonly schedule: Schedule,
  ) {
    const { languages, locations, headcount } = plan.organization;
    this.planLanguages = languages;
    this.byLocation = new Map(locations.map((l) => [l.name, locationLanguages(plan, l.name)]));
    const sizes = locationSizes(plan);
    const placed = locations.filter((_, i) => sizes[i]! > 0).map((l) => l.name);
    this.everyone = this.readBy(placed, sum(sizes) < headcount);
  }

  of(message: Message): Language[] {
    if (message.kind === 'checklist') return [...this.planLanguages];
    // A pause notice names the location it pauses, but goes to whomever the pause moves: they
    // decide; where it moves no one's dates (a gate alone), to the paused location's people.
    if (message.readers && (message.readers.everyone || message.readers.phases.length > 0)) return this.readByPauseReaders(message.readers);
    if (message.location !== undefined) return this.readBy([message.location], false);
    const phases = this.readerPhases(message);
    return phases ? this.readByPhases(phases) : this.everyone;
  }

  /** The languages of a pause notice's readers: everyone, or each moved phase's people (at the paused location alone, where only theirs move). */
  private readByPauseReaders(readers: PauseReaders): Language[] {
    if (readers.everyone) return this.everyone;
    const ids = new Set(readers.phases.map((p) => p.id));
    // A phase an open pause holds has no places yet: its people may work anywhere.
    if (this.schedule.held.phases.some((p) => ids.has(p.id))) return this.everyone;
    const located = readers.phases.flatMap((p) => (p.location !== undefined ? [p.location] : []));
    const whole = this.schedule.phases.filter((p) => readers.phases.some((r) => r.id === p.id && r.location === undefined));
    return this.readByPhases(whole, located);
  }

  /** The languages of the people of `phases` (and of those at `locations`). */
  private readByPhases(phases: readonly SchedulePhase[], locations: readonly string[] = []): Language[] {
    return this.readBy([...phases.flatMap((p) => p.locations), ...locations], phases.some((p) => p.locations.length === 0));
  }

  /** The launch phases whose people read a message; undefined for everyone. */
  private readerPhases(message: Message): SchedulePhase[] | undefined {
    const { schedule } = this;
    if (message.template === 'survey' && message.event) {
      const asked = surveyedPhases(schedule, message.event);
      return asked.length > 0 ? asked : undefined;
    }
    if (message.phase?.kind === 'launch' && message.kind === 'email') return [message.phase];
    return undefined;
  }

  /** The languages people at `locations` read, and the plan's with `unplaced` (people at no known location). */
  private readBy(locations: readonly string[], unplaced: boolean): Language[] {
    const read = new Set<Language>(unplaced ? this.planLanguages : []);
    for (const name of locations) for (const l of this.byLocation.get(name) ?? this.planLanguages) read.add(l);
    return this.planLanguages.filter((l) => read.has(l));
  }
}
