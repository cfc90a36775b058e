import type { Header } from './columns.js';
import type { KindContext } from './kinds/kind.js';
import { LEFT_OUT, type Roster } from './roster.js';
import { RosterParts } from './scopes.js';
import type { Row } from './table.js';

/**
 * Who raised the tickets of a helpdesk export with `person:`: each ticket's slot is the part of
 * the roster (see RosterParts) its requester is in, so that it counts for that person's phase,
 * group and location. Requesters the roster lacks (someone from outside, deleted from it, or written
 * otherwise than its ids and names) share one slot more, for the whole organization only; they are counted, never named.
 */
export class Requesters {
  readonly parts: RosterParts;
  /** The slot of requesters the roster lacks, after the parts'. */
  readonly strangers: number;
  private column = 0;
  private readonly roster: Roster;
  /** Tickets whose requester the roster has: none at all means the columns hold different ids. */
  private matched = 0;

  constructor(
    private readonly person: string,
    private readonly context: KindContext,
  ) {
    this.roster = context.roster!;
    this.parts = new RosterParts(context.plan, this.roster);
    this.strangers = this.parts.size;
  }

  get slots(): number {
    return this.strangers + 1;
  }

  header(header: Header): void {
    this.column = header.column(this.person, `${this.context.label}.person`);
  }

  /** A ticket's requester: their roster person, else below 0 (LEFT_OUT for someone `people.exclude` leaves out). */
  personOf(row: Row): number {
    const person = this.roster.person(row, this.column);
    if (person >= 0) this.matched++;
    return person;
  }

  /** A requester's slot; -1 for someone `people.exclude` leaves out (a suspended account): the whole organization's ticket, no stranger's. */
  slotOf(person: number): number {
    return person >= 0 ? this.parts.of(person) : person === LEFT_OUT ? -1 : this.strangers;
  }

  /**
   * Says how many of the tickets counted have a requester the roster lacks: a count, never who.
   * A cell that matches no roster value may be someone from outside, or the same colleague written
   * otherwise (a first name where the roster keys e-mail addresses): when no requester matches at
   * all, the columns hold different ids.
   */
  note(tickets: number): void {
    if (tickets === 0) return;
    const { label, plan } = this.context;
    const columns = plan.people?.columns;
    const one = tickets === 1;
    const roster = `people.columns.person (${columns?.person})${columns?.name === undefined ? '' : ` nor, where one person alone has it, of people.columns.name (${columns.name})`}`;
    const matches = `match${one ? 'es' : ''} no value of ${roster} in the roster ${this.roster.file}`;
    const whole = `${one ? 'counts' : 'count'} for the whole organization only, not for a phase, group or location`;
    const fix = `point ${label}.person at a column that holds the same ids as people.columns.person, or leave ${label}.person out to count every ticket for the whole organization alone`;
    this.context.warn(
      this.matched === 0
        ? `${label}: the ${one ? 'requester' : 'requesters'} (${this.person}) of the ${tickets} ${one ? 'ticket' : 'tickets'} ${matches}, so the column holds other ids than the roster (such as first names where the roster has e-mail addresses), and the ${one ? 'ticket' : 'tickets'} ${whole}; ${fix}`
        : `${label}: ${tickets} ${one ? 'ticket has a requester' : 'tickets have requesters'} (${this.person}) that ${matches} (someone from outside, deleted from the roster, or written otherwise than the roster writes them, such as a first name where it has e-mail addresses) and ${whole}; ` +
            `${fix}; for a colleague missing from the roster, add them, and keep the row of someone who left with the day they left (people.columns.left), so that their tickets keep counting for their location`,
    );
  }
}
