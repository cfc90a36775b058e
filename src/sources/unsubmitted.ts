import { yamlString } from '../plan/yaml-string.js';
import type { Header } from './columns.js';
import type { Row } from './table.js';

/** The column in which Typeform says whether a response was submitted (`completed`) or left unfinished (`partial`). */
const RESPONSE_TYPE = /^response type$/i;
const PARTIAL = /^partial$/i;

/**
 * Survey responses never submitted: a row without a date in the source's date column (Typeform
 * lists an unfinished response with an empty `Submit Date (UTC)`), or one Typeform's `Response
 * Type` says is `partial` whatever date column the plan reads. An unfinished answer is no answer:
 * such a row is left out and counted, never a bad row that stops the run. A response that two
 * downloads both list counts once.
 */
export class UnsubmittedResponses {
  private date = -1;
  private type: number | undefined;
  /** The type column's name as the file writes it, for the `exclude` the note gives. */
  private typeName: string | undefined;
  private readonly rows = new Set<string>();

  header(header: Header, date: number): void {
    this.date = date;
    const type = header.cells.findIndex((cell) => RESPONSE_TYPE.test(cell.trim()));
    this.type = type < 0 ? undefined : type;
    if (type >= 0) this.typeName = header.cells[type]!.trim();
  }

  /** Whether a row is a response never submitted; counted if so. */
  passesOver(row: Row): boolean {
    const partial = this.type !== undefined && PARTIAL.test(row.text(this.type).trim());
    if (!partial && row.text(this.date).trim() !== '') return false;
    this.rows.add(Array.from({ length: row.length }, (_, i) => row.text(i)).join('\u0000'));
    return true;
  }

  /** The note that counts them and says how to leave them out in the plan without it; undefined when there are none. */
  note(label: string, dateColumn: string): string | undefined {
    const n = this.rows.size;
    if (n === 0) return undefined;
    const exclude = this.typeName === undefined ? `${yamlString(dateColumn)}: ""` : `${yamlString(this.typeName)}: partial`;
    const how = this.typeName === undefined ? `no ${dateColumn}` : `${this.typeName} "partial" or no ${dateColumn}`;
    return (
      `${label}: ${n} ${n === 1 ? 'response was' : 'responses were'} never submitted (${how}: a survey left unfinished) and ${n === 1 ? 'is' : 'are'} no answer, so ${n === 1 ? 'it is' : 'they are'} left out; ` +
      `to leave such responses out without this note write ${label}.exclude: { ${exclude} }`
    );
  }
}
