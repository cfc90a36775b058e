import type { Place } from '../util/errors.js';
import { errorAt } from '../util/place.js';
import type { People } from '../plan/sources-schema.js';
import type { Roster } from './roster.js';
import type { Row } from './table.js';

/** What separates the ids of one cell: `old@x.sr; older@x.sr`. */
const SEPARATORS = /[;,\r\n]+/;

/**
 * `people.columns.formerIds`: the ids a person had before, such as the address an account had
 * before it was renamed. Rows under any of them are the person's, so a renamed account keeps its
 * past. An id is one person's: a former id that is someone else's, now or before, stops the run
 * at its cell, never naming it.
 */
export class FormerIds {
  /** Each former id read, with where it is, to check once every row's id is known. */
  private readonly ids: { id: string; person: number; line: number; column: number }[] = [];

  constructor(
    private readonly roster: Roster,
    private readonly at: (line: number, column?: number) => Place,
    private readonly columns: People['columns'],
    /** The line of each person's row, by number. */
    private readonly lines: readonly number[],
  ) {}

  read(row: Row, column: number, person: number): void {
    for (const part of row.text(column).split(SEPARATORS)) {
      const id = part.trim();
      if (id === '') continue;
      const owner = this.roster.addFormer(id, person);
      if (owner >= 0 && owner !== person) throw errorAt(this.at(row.line, column + 1), `${this.columns.formerIds}: an id in this cell is also a former id of another person (on line ${this.lines[owner]}); an id is one person's, so keep it in one row`);
      this.ids.push({ id, person, line: row.line, column: column + 1 });
    }
  }

  /** A former id that is a person's id now: whose rows are they? */
  check(): void {
    for (const { id, person, line, column } of this.ids) {
      const owner = this.roster.withId(id);
      if (owner < 0 || owner === person) continue;
      throw errorAt(
        this.at(line, column),
        `${this.columns.formerIds}: an id in this cell is the ${this.columns.person} of the person on line ${this.lines[owner]}; an id is one person's, so remove it from one of the two rows (a former id is only for an address no one has any more)`,
      );
    }
  }
}
