import { RolloutError } from '../util/errors.js';
import { namesMonth } from '../util/month-names.js';
import { didYouMean } from '../util/suggest.js';
import { cellAt, errorAt, headerAt } from '../util/place.js';

export const norm = (name: string): string => name.trim().toLowerCase();

/** Header names listed in a message: enough to spot a typo, not a wall of text. */
const LISTED = 15;

/** A file's header row: finds the columns a plan names, or says which name is wrong and where it is set. */
export class Header {
  private readonly byName = new Map<string, number>();
  /** The columns found so far: the cells a reader reads. */
  readonly read: number[] = [];

  constructor(
    readonly cells: string[],
    readonly file: string,
    /** The header's line: the first with content, or further down in a report with sections. */
    readonly line = 1,
    /** In a workbook: the sheet read, for messages. */
    readonly sheet?: string,
  ) {
    cells.forEach((cell, index) => {
      if (!this.byName.has(norm(cell))) this.byName.set(norm(cell), index);
    });
  }

  /** An error about the header, its message starting with where it is: `file:line:1`, or the sheet and row of a workbook. */
  problem(text: string): RolloutError {
    return errorAt(headerAt(this.file, this.line, this.sheet), text);
  }

  /** The index of a column named in the plan at `key` (such as `sources[0].date`): of a name the header repeats, the first. */
  column(name: string, key: string): number {
    const index = this.byName.get(norm(name));
    if (index !== undefined) {
      this.read.push(index);
      return index;
    }
    this.missing(name, key);
  }

  /**
   * Every column of a name, for a plan key that holds when any of them does: Jira's export
   * repeats the header of a field with several values (`Component/s,Component/s` for an issue
   * with two components), and the value sought may be in any of them.
   */
  columns(name: string, key: string): number[] {
    const first = this.column(name, key);
    const wanted = norm(name);
    const all = this.cells.flatMap((cell, index) => (index > first && norm(cell) === wanted ? [index] : []));
    this.read.push(...all);
    return [first, ...all];
  }

  private missing(name: string, key: string): never {
    this.oneColumn(key);
    const names = this.cells.map((c) => c.trim()).filter(Boolean);
    if (this.isData()) throw this.problem(`no column ${JSON.stringify(name)}, which ${key} names; ${DATA_LINE}`);
    const hint = didYouMean(name, names) ?? `the header has ${listed(names)}`;
    throw this.problem(`no column ${JSON.stringify(name)}, which ${key} names; ${hint}; write the column's name as the header has it`);
  }

  /**
   * Whether the header line holds a date, a number or an e-mail address: a sheet typed without
   * column names, whose first line is a person's row, which no message may quote.
   */
  private isData(): boolean {
    return this.cells.some((cell) => DATA_CELL.test(cell.trim()));
  }

  /**
   * A header read as one cell that another delimiter would split: the file is separated otherwise
   * than the plan's `delimiter` says (a `;` file saved by Dutch Excel), so no name can match.
   */
  private oneColumn(key: string): void {
    const cell = this.cells.length === 1 ? this.cells[0]! : '';
    const found = DELIMITERS.find((d) => cell.includes(d.char));
    if (!found) return;
    const owner = /^(people|sources\[\d+\])/.exec(key)?.[1] ?? key;
    if (cell.split(found.char).some((part) => DATA_CELL.test(part.trim()))) throw this.problem(`the header reads as one column separated by ${found.name}, and ${DATA_LINE}`);
    const shown = cell.length > 60 ? `${cell.slice(0, 60)}...` : cell;
    throw this.problem(`the header reads as one column, ${JSON.stringify(shown)}, but its cells are separated by ${found.name}; set ${owner}.delimiter: ${found.value} (or leave delimiter out: it is detected from the header)`);
  }

  /** The cells a row needs to hold every column read so far (or those given): a row with fewer lacks one. */
  cellsNeeded(columns: readonly number[] = this.read): number {
    return columns.length === 0 ? 0 : Math.max(...columns) + 1;
  }

  /**
   * What is wrong with a row of `cells` cells that ends before a column read: a row split by a
   * line break or cut short, whose missing cells would read as empty (a person as not active).
   */
  shortRow(cells: number, columns: readonly number[] = this.read): string {
    const missing = columns.filter((i) => i >= cells).sort((a, b) => a - b)[0]!;
    return `this row has ${cells} of the header's ${this.cells.length} cells, so it has no ${JSON.stringify(this.cells[missing]!.trim())} (a row cut short or split by a line break); download the file again or write in the cells it lacks, empty ones too`;
  }

  /** The first column of a name, when the header has it, without reading it: a row may end before it. */
  find(name: string): number | undefined {
    return this.byName.get(norm(name));
  }

  /** A column found by its place in a layout the file is known to have, rather than by a name. */
  at(index: number): number | undefined {
    if (index >= this.cells.length) return undefined;
    this.read.push(index);
    return index;
  }

  optional(name: string | undefined, key: string): number | undefined {
    return name === undefined ? undefined : this.column(name, key);
  }

  /** The one column whose header matches a pattern (`*` any text, case ignored). */
  matching(pattern: string, key: string): number {
    const re = wildcard(pattern);
    const found = this.cells.flatMap((cell, index) => (re.test(cell.trim()) ? [index] : []));
    if (found.length === 1) {
      this.read.push(found[0]!);
      return found[0]!;
    }
    if (found.length === 0) {
      this.oneColumn(key);
      const names = this.cells.map((c) => c.trim()).filter(Boolean);
      if (this.isData()) throw this.problem(`no column matches ${JSON.stringify(pattern)} (${key}); ${DATA_LINE}`);
      throw this.problem(`no column matches ${JSON.stringify(pattern)} (${key}); the header has ${listed(names)}; use * for any text`);
    }
    const names = found.map((i) => `${JSON.stringify(this.cells[i]!.trim())} (column ${i + 1})`).join(' and ');
    throw errorAt(cellAt(this.file, this.line, found[1]! + 1, this.sheet), `${JSON.stringify(pattern)} (${key}) matches ${names}; write more of the question so it matches one`);
  }
}

const listed = (names: string[]): string => `${names.slice(0, LISTED).map((n) => JSON.stringify(n)).join(', ')}${names.length > LISTED ? ', ...' : ''}`;

/** A cell no column name looks like: a date, a number or an e-mail address. */
const DATA_CELL = /^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b.*|[-+]?\d+([.,]\d+)?|[^\s@]+@[^\s@]+)$/;

const DATA_LINE = 'its first line looks like a row of data, not the names of the columns (add a line with the column names above it)';

/** The delimiters a plan may name, as a message shows them and as the plan writes them. */
const DELIMITERS = [
  { char: ';', name: '";"', value: '";"' },
  { char: '\t', name: 'tabs', value: 'tab' },
  { char: ',', name: '","', value: '","' },
];

export function wildcard(pattern: string): RegExp {
  const body = pattern
    .trim()
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'is');
}

/** Number formats a source may declare when detection is not enough. */
export interface NumberFormat {
  decimal: '.' | ',';
  thousands?: string;
}

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A cell as a plain number in the source's format, or undefined. */
export function readNumber(text: string, format: NumberFormat): number | undefined {
  let cell = text.trim();
  if (format.thousands) cell = cell.split(format.thousands).join('');
  if (format.decimal === ',') {
    if (cell.includes('.')) return undefined;
    cell = cell.replace(',', '.');
  }
  if (!PLAIN.test(cell)) return undefined;
  const value = Number(cell);
  return Number.isFinite(value) ? value : undefined;
}

/** Cells that may be quoted in a message: numbers, dates and the like, never names or ids. */
const HARMLESS = /^[\d\s+\-/.:,%TZ]{0,40}$|^(?:n\/a|na|none|null|nan|-|yes|no|true|false)$/i;

/**
 * A cell as a message may show it, after a space: quoted when it cannot be someone's name or id,
 * else nothing (`the satisfaction answer is not a number`).
 */
export function cellInMessage(text: string): string {
  return HARMLESS.test(text.trim()) || namesMonth(text) ? ` ${JSON.stringify(text)}` : '';
}
