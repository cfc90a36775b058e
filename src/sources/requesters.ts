import type { Header } from './columns.js';
import type { KindContext } from './kinds/kind.js';
import { LEFT_OUT, type Roster } from './roster.js';
import { RosterParts } from './scopes.js';
import type { Row } from './table.js';

/**
 * Who raised the tickets of a helpdesk export with `person:`: each ticket's slot is the part of
 * the roster (see RosterParts) its requester is in, so that it counts for that person's phase,
 * group and location. Requesters the roster lacks (someone from outside, or deleted from it) share
 * one slot more, for the whole organization only; they are counted, never named.
 */
export class Requesters {
  readonly parts: RosterParts;
  /** The slot of requesters the roster lacks, after the parts'. */
  readonly strangers: number;
  private column = 0;
  private readonly roster: Roster;

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

  /** A ticket's slot; -1 for someone `people.exclude` leaves out (a suspended account): the whole organization's ticket, no stranger's. */
  slot(row: Row): number {
    const person = this.roster.person(row, this.column);
    return person >= 0 ? this.parts.of(person) : person === LEFT_OUT ? -1 : this.strangers;
  }

  /** Says how many of the tickets counted have a requester the roster lacks: a count, never who. */
  note(tickets: number): void {
    if (tickets === 0) return;
    const { label } = this.context;
    const one = tickets === 1;
    this.context.warn(
      `${label}: ${tickets} ticket${one ? ' has a requester' : 's have requesters'} (${this.person}) not in the roster ${this.roster.file}, someone from outside or deleted from the roster, and ${one ? 'counts' : 'count'} for the whole organization only, not for a phase, group or location; ` +
        `for a colleague, add them to the roster, and keep the row of someone who left with the day they left (people.columns.left), so that their tickets keep counting for their location`,
    );
  }
}
