import type { Header } from './columns.js';
import type { Row } from './table.js';

/*
 * Every row of a kind: sign-ins source counts as use, a failed attempt too: Bitwarden's event log
 * lists `User_FailedLogIn` beside `User_LoggedIn`, Entra ID's sign-in log `Failure` beside
 * `Success`. A source that filters nothing on its event type or status column (a where or exclude
 * on another column, such as service accounts, leaves the failures in) counts someone who only
 * failed to log in as active; one note names the column and its values (event codes, never free
 * text that may name a person), with the exclude that fixes it.
 */

/** The columns an event log names its event type or outcome in. */
const KIND_COLUMNS = ['type', 'event type', 'eventtype', 'status', 'result', 'outcome'];
/** An event type or status of an attempt that failed. */
const FAILED = /fail|denied|reject/i;
/** A value fit to quote: an event code such as User_FailedLogIn or Failure, one word; free text may name a person. */
const QUOTABLE = /^[A-Za-z][\w.-]{0,39}$/;
/** Values named in the note, enough to write the exclude. */
const LISTED = 5;

export class FailedSignIns {
  private column: number | undefined;
  private name = '';
  private rows = 0;
  private readonly values = new Set<string>();

  /** `filtered`: the columns the source's where and exclude name, which already sort the rows that count. */
  constructor(private readonly filtered: readonly string[]) {}

  header(header: Header): void {
    this.column = undefined;
    for (const name of KIND_COLUMNS) {
      const column = header.find(name);
      if (column === undefined) continue;
      const named = header.cells[column]!.trim();
      if (this.filtered.some((f) => f.trim().toLowerCase() === named.toLowerCase())) return;
      this.column = column;
      this.name = named;
      return;
    }
  }

  /** A row that counts as someone's use. */
  row(row: Row): void {
    if (this.column === undefined) return;
    const value = row.text(this.column).trim();
    if (!FAILED.test(value)) return;
    this.rows++;
    if (QUOTABLE.test(value) && this.values.size < LISTED) this.values.add(value);
  }

  /** The note, when rows that count look like failed attempts. */
  note(label: string): string | undefined {
    if (this.rows === 0) return undefined;
    const values = [...this.values];
    const list = values.length > 0 ? `[${values.join(', ')}]` : '[...]';
    const such = values.length > 0 ? `, such as ${values.map((v) => JSON.stringify(v)).join(', ')}` : '';
    return (
      `${label}: ${this.rows} ${this.rows === 1 ? 'row counts' : 'rows count'} as use though ${this.name} reads like a failed attempt${such}; ` +
      `every row of kind: sign-ins counts, so leave those out with ${label}.exclude: { ${this.name}: ${list} } (or keep the successful ones alone with where:), or the people who only failed to log in count as active`
    );
  }
}
