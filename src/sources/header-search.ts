import type { Source } from '../plan/sources-schema.js';
import { HEADER_ROWS } from '../csv/reader.js';
import { norm, wildcard } from './columns.js';
import { CellsRow, type Row, type TableReader } from './table.js';


type HeaderInfo = Parameters<TableReader['header']>[1];

/**
 * Finds the header below a title: HR systems and spreadsheets put a title row (often merged)
 * above the column names. The header is the first of the first HEADER_ROWS rows with content
 * that holds every column the plan names; when none does, the one holding most of them (on a tie
 * the first with more than one cell filled in, else the first row), so the message about a
 * missing column quotes the column names, not the title. Rows above the header are not read; rows below it are handed on as they were read.
 */
export class HeaderSearch implements TableReader {
  private readonly wanted: ((cell: string) => boolean)[];
  private held: { cells: string[]; info: HeaderInfo; score: number }[] = [];

  constructor(
    private readonly reader: TableReader,
    /** The column names the plan gives (`*` any text), case ignored. */
    named: readonly string[],
  ) {
    this.wanted = [...new Set(named)].map((name) => {
      if (name.includes('*')) {
        const re = wildcard(name);
        return (cell: string) => re.test(cell.trim());
      }
      const wanted = norm(name);
      return (cell: string) => norm(cell) === wanted;
    });
  }

  header(cells: string[], info: HeaderInfo): readonly number[] | void {
    return this.consider(cells, info);
  }

  /** Rows after the first looked at; once the header is found, the reader's own (no call in between on the path of every row). */
  row = (row: Row): void => {
    const cells = Array.from({ length: row.length }, (_, i) => row.text(i));
    this.consider(cells, { ...this.held[0]!.info, line: row.line });
  };

  bad(line: number, problem: string): void {
    this.reader.bad(line, problem);
  }

  /** After the last row: a file shorter than the rows looked through has its header chosen now. */
  end(): void {
    if (this.held.length > 0) this.choose();
  }

  /** How many of the named columns `cells` hold: also what decides a CSV file's delimiter. */
  readonly count = (cells: string[]): number => this.wanted.filter((wanted) => cells.some(wanted)).length;

  private consider(cells: string[], info: HeaderInfo): readonly number[] | void {
    const count = this.count(cells);
    if (count === this.wanted.length) {
      this.held.push({ cells, info, score: Infinity });
      return this.choose();
    }
    // A title is one cell: a row of several, holding as many named columns, is likelier the header.
    this.held.push({ cells, info, score: count * 2 + (cells.filter((c) => c.trim() !== '').length > 1 ? 1 : 0) });
    if (this.held.length === HEADER_ROWS) this.choose();
  }

  /** The header is the row holding every column, or most of them: the rows above it are left out, those below it read. */
  private choose(): readonly number[] | void {
    const { held, reader } = this;
    this.held = [];
    this.row = reader.row.bind(reader);
    const best = held.reduce((a, b) => (b.score > a.score ? b : a));
    const result = reader.header(best.cells, best.info);
    for (const below of held.slice(held.indexOf(best) + 1)) reader.row(new CellsRow(below.cells, below.info.line!));
    return result;
  }
}

/**
 * The columns a source names, by which its header is found: an attendance report is read by its
 * own layout (sections, or a sign-in sheet's title line), so none.
 */
export function namedColumns(source: Source): string[] {
  if (source.kind === 'attendance') return [];
  const names = [source.date, 'person' in source ? source.person : undefined];
  if (source.kind === 'activity') names.push(source.lastActive, source.active);
  if (source.kind === 'daily' || source.kind === 'responses') for (const metric of Object.values(source.metrics)) names.push(...(typeof metric === 'string' ? [metric] : [metric.numerator, metric.denominator]));
  return names.filter((name) => name !== undefined);
}
