import { CellDictionary } from '../csv/dictionary.js';
import { CsvRow } from '../csv/row.js';
import { norm, type Header } from './columns.js';
import type { Row } from './table.js';

/**
 * What the cells of a column stand for (a roster person, a date's number, whether a condition
 * holds), worked out once per distinct cell. CSV rows are looked up by their bytes, so a large
 * export makes no string per row; spreadsheet rows, cells with a doubled quote and cells past the
 * dictionary's capacity are read as text each time.
 */
export class CellMeaning<T> {
  private readonly dictionary = new CellDictionary();
  private readonly meanings: T[] = [];

  /** `meaning` is called with the first row that holds a cell, while that row is current. */
  constructor(private readonly meaning: (text: string, row: Row) => T) {}

  get(row: Row, i: number): T {
    if (row instanceof CsvRow) {
      const id = this.dictionary.id(row, i);
      if (id >= 0) {
        if (id < this.meanings.length) return this.meanings[id]!;
        const meaning = this.meaning(this.dictionary.text(id), row);
        this.meanings.push(meaning);
        return meaning;
      }
    }
    return this.meaning(row.text(i), row);
  }
}

/**
 * A `where:` or `exclude:` map: each column's cell, trimmed and without regard to case, compared
 * with the value the plan gives.
 */
export class Conditions {
  private readonly names: string[];
  private readonly tests: CellMeaning<boolean>[];
  private indexes: number[] = [];

  constructor(
    map: Record<string, string | number | boolean> | undefined,
    private readonly key: string,
  ) {
    this.names = Object.keys(map ?? {});
    this.tests = Object.values(map ?? {}).map((wanted) => {
      const value = norm(String(wanted));
      return new CellMeaning((text) => norm(text) === value);
    });
  }

  /** Finds the columns in a file's header. */
  place(header: Header): void {
    this.indexes = this.names.map((name) => header.column(name, `${this.key}.${name}`));
  }

  /** Whether every condition holds (true without conditions). */
  all(row: Row): boolean {
    for (let k = 0; k < this.tests.length; k++) if (!this.tests[k]!.get(row, this.indexes[k]!)) return false;
    return true;
  }

  /** Whether any condition holds (false without conditions). */
  any(row: Row): boolean {
    for (let k = 0; k < this.tests.length; k++) if (this.tests[k]!.get(row, this.indexes[k]!)) return true;
    return false;
  }
}

/**
 * A cell's bytes without the white space around them and in lower case: how ids and names
 * match. ASCII cells are folded in place; others go through their text.
 */
export class CellKey {
  bytes: Uint8Array = new Uint8Array(256);
  length = 0;
  private scratch = this.bytes;

  /** Reads cell `i` of a row; false when it is blank. */
  of(row: Row, i: number): boolean {
    if (row instanceof CsvRow && i < row.length && !row.escaped[i]) {
      const { buf } = row;
      let start = row.starts[i]!;
      let end = row.ends[i]!;
      while (start < end && isSpace(buf[start]!)) start++;
      while (end > start && isSpace(buf[end - 1]!)) end--;
      if (isAscii(buf, start, end)) {
        if (this.scratch.length < end - start) this.scratch = new Uint8Array(2 * (end - start));
        const out = (this.bytes = this.scratch);
        for (let j = start; j < end; j++) {
          const c = buf[j]!;
          out[j - start] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
        }
        this.length = end - start;
        return this.length > 0;
      }
    }
    this.bytes = Buffer.from(norm(row.text(i)));
    this.length = this.bytes.length;
    return this.length > 0;
  }
}

/** The ASCII white space that trim() removes. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isAscii(buf: Uint8Array, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (buf[j]! > 0x7f) return false;
  return true;
}
