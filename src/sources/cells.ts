import { CellDictionary } from '../csv/dictionary.js';
import { CsvRow } from '../csv/row.js';
import type { CellCondition } from '../plan/sources-schema.js';
import { yamlString } from '../plan/yaml-string.js';
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

/** A layout's known column names: whether two are one column's in two languages, and whether one is any column's. */
export interface ColumnNames {
  same(a: string, b: string): boolean;
  known(name: string): boolean;
}

/** Whether a row's cell meets one condition. */
interface CellTest {
  test(row: Row, i: number): boolean;
}

/** A file whose header the conditions were placed in: which of their columns it has, which held in a row, who came back. */
interface PlacedFile {
  file: string;
  has: boolean[];
  held: boolean[];
  /** Per condition, the people it left out in an earlier file who have a row here it does not leave out. */
  back: Set<number>[];
}

/** A whole cell, `*` for any text; `noted`: whether rows holding it among other words are counted for a note (see CellIs). */
function wholeCell(wanted: string | number | boolean, noted: boolean): CellTest {
  const value = norm(String(wanted));
  return value.includes('*') ? new CellLike(value) : new CellIs(value, noted);
}

/** A condition with several values (the same word as reports in two languages write it): any of them will do. */
class CellIsAny implements CellTest {
  constructor(private readonly tests: CellTest[]) {}

  test(row: Row, i: number): boolean {
    return this.tests.some((t) => t.test(row, i));
  }
}

/**
 * A `where:` or `exclude:` map: each column's cell, trimmed and without regard to case, compared
 * with the value the plan gives, in which `*` stands for any text; `{ tag: teams }` is one word
 * of a cell that lists several (Zendesk's Tags), `{ is: teams }` the whole cell without a note on
 * lists. A column whose name the header repeats (a Jira field with several values) meets its
 * condition when any of its cells does.
 */
export class Conditions {
  private readonly names: string[];
  /** Per condition, the values the plan gives, as it writes them. */
  private readonly values: string[][];
  private readonly tests: CellTest[];
  /** Per condition, the columns of its name in the current file: none when the file lacks it, several when the header repeats it. */
  private indexes: number[][] = [];
  /** Per condition, its test when it is on a whole cell whose rows are noted when they list its value among other words (see CellIs). */
  private readonly noted: (CellIs | undefined)[];
  /** Per such condition, the rows it alone kept from counting (`where`) or from being left out (`exclude`) whose cell lists its value. */
  private readonly listedRows: number[];
  private readonly anyNoted: boolean;

  constructor(
    private readonly map: Record<string, CellCondition> | undefined,
    private readonly key: string,
  ) {
    this.names = Object.keys(map ?? {});
    this.values = Object.values(map ?? {}).map((wanted) => (Array.isArray(wanted) ? wanted.map(String) : [String(typeof wanted === 'object' ? ('is' in wanted ? wanted.is : wanted.tag) : wanted)]));
    this.tests = Object.values(map ?? {}).map((wanted) => {
      if (Array.isArray(wanted)) return new CellIsAny(wanted.map((one) => wholeCell(one, false)));
      if (typeof wanted === 'object' && 'tag' in wanted) return new CellHasTag([wanted.tag].flat().map(norm));
      return typeof wanted === 'object' ? wholeCell(wanted.is, false) : wholeCell(wanted, true);
    });
    this.noted = this.tests.map((t) => (t instanceof CellIs && t.noted ? t : undefined));
    this.anyNoted = this.noted.some((t) => t !== undefined);
    this.listedRows = this.tests.map(() => 0);
    this.leftOut = this.tests.map(() => new Set());
  }

  /**
   * After every file: per condition on a whole cell, the rows whose cell holds its value as one
   * word among others, as a list of tags does (`teams login`), which the condition passed over
   * without a word. Counts and the plan's own words only.
   */
  amongOthers(): string[] {
    const verb = this.key.endsWith('.exclude') ? 'leaves out' : 'counts';
    return this.tests.flatMap((_, k) => {
      const n = this.listedRows[k]!;
      if (n === 0) return [];
      const name = this.names[k]!;
      const value = String(this.map![name]);
      const column = yamlString(name);
      const rows = `${n} ${n === 1 ? 'row holds' : 'rows hold'}`;
      return [
        `${this.key}: ${rows} ${JSON.stringify(value)} in ${name} as one word among others, as a list of tags does, and ${this.key} ${verb} only a cell that is ${JSON.stringify(value)} as a whole; ` +
          `for every row with the tag write ${column}: { tag: ${yamlString(value)} }, or ${column}: { is: ${yamlString(value)} } to keep the whole cell without this note`,
      ];
    });
  }

  /** Per condition, with `wherePresent`: whether a file had its column, else why the first one lacked it. */
  private readonly found: boolean[] = [];
  private readonly lacked: (Error | undefined)[] = [];
  /** The reports of a known layout that had none of the conditions' columns. */
  private readonly untouched: string[] = [];

  /**
   * Finds the columns in a file's header. With `wherePresent` (a source whose files have layouts
   * of their own: Teams reports and sign-in sheets), a condition applies only to the files that
   * have its column, and `checkFound` stops at one that no file had.
   */
  place(header: Header, wherePresent = false, knownLayout = false): void {
    this.indexes = this.names.map((name, k) => {
      if (!wherePresent) return header.columns(name, `${this.key}.${name}`);
      try {
        const indexes = header.columns(name, `${this.key}.${name}`);
        this.found[k] = true;
        return indexes;
      } catch (error) {
        this.lacked[k] ??= error as Error;
        return [];
      }
    });
    if (knownLayout && this.names.length > 0 && this.indexes.every((i) => i.length === 0)) this.untouched.push(header.file);
    this.file = { file: header.file, has: this.indexes.map((i) => i.length > 0), held: this.names.map(() => false), back: this.names.map(() => new Set()) };
    this.files.push(this.file);
  }

  /** The files placed, in order. */
  private readonly files: PlacedFile[] = [];
  private file: PlacedFile = { file: '', has: [], held: [], back: [] };
  /** The condition that held in the row `any` tested last, or -1. */
  private heldBy = -1;
  /** Per condition, the people (numbers the reader gives, see `account`) it left out a row of. */
  private readonly leftOut: Set<number>[];

  /** Whose row `any` tested last: a number that stands for one person across the files. */
  account(id: number): void {
    const { file } = this;
    if (this.heldBy >= 0) this.leftOut[this.heldBy]!.add(id);
    else for (let k = 0; k < this.names.length; k++) if (file.has[k] && !file.held[k] && this.leftOut[k]!.has(id)) file.back[k]!.add(id);
  }

  /**
   * After every file, with `account`: the conditions that left out rows of people in an earlier
   * file, held in no row of a later one that has their column, and do not leave out the rows that
   * those people have there, so they count. That is most likely the value written in another
   * language (Opgeschort for Suspended: an admin console set to Dutch). An account gone from the
   * later file (deleted, removed) is nothing of the kind, and is not said. `gone`: whether a
   * person counts nowhere in a file, as the roster has them leave before its day; `left` counts them.
   * Counts and file names only.
   */
  stoppedHolding(gone: (account: number, file: string) => boolean = () => false): { key: string; name: string; values: string[]; earlier: string; later: string; people: number; left: number; more: number }[] {
    return this.names.flatMap((name, k) => {
      let earlier: string | undefined;
      const later: { file: PlacedFile; earlier: string }[] = [];
      for (const f of this.files) {
        if (f.held[k]) earlier = f.file;
        else if (earlier !== undefined && f.back[k]!.size > 0) later.push({ file: f, earlier });
      }
      const [first] = later;
      if (!first) return [];
      const back = [...first.file.back[k]!];
      const left = back.filter((account) => gone(account, first.file.file)).length;
      return [{ key: this.key, name, values: this.values[k]!, earlier: first.earlier, later: first.file.file, people: back.length, left, more: later.length - 1 }];
    });
  }

  /**
   * After every file, with `wherePresent`: the reports of a known layout that none of the
   * conditions applies to while other files have their columns, such as a report downloaded in
   * Dutch (`Rol`) beside English ones (`Role`). Undefined when there are none.
   */
  notApplied(): { key: string; names: string[]; files: string[] } | undefined {
    return this.untouched.length > 0 && this.found.some(Boolean) ? { key: this.key, names: this.names, files: this.untouched } : undefined;
  }

  /**
   * After every file, with `wherePresent`: a column no file has is a mistake in the plan, unless
   * it names, in another language, the column of a condition a file had (`Role` in a folder of
   * Dutch reports, beside `Rol`). Of several, the one said is a name no report column has (`Roll`
   * beside `Role`, in a folder of Dutch reports): the misspelt one.
   */
  checkFound(columns?: ColumnNames): void {
    const translated = (k: number) => this.names.some((name, j) => this.found[j] && columns?.same(this.names[k]!, name));
    const missing = this.names.flatMap((name, k) => (this.lacked[k] && !this.found[k] && !translated(k) ? [k] : []));
    const said = missing.find((k) => !columns?.known(this.names[k]!)) ?? missing[0];
    if (said !== undefined) throw this.lacked[said]!;
  }

  /**
   * Whether every condition holds (true without conditions; one whose column the file lacks holds).
   * A row that only one whole-cell condition keeps out, whose cell lists its value, is counted for
   * the note, once.
   */
  all(row: Row): boolean {
    let failed = -1;
    for (let k = 0; k < this.tests.length; k++) {
      if (this.indexes[k]!.length === 0 || this.holds(row, k)) continue;
      if (failed >= 0 || !this.noted[k]) return false;
      failed = k;
    }
    if (failed < 0) return true;
    if (this.lists(row, failed)) this.listedRows[failed]!++;
    return false;
  }

  /**
   * Whether any condition holds (false without conditions; one whose column the file lacks does
   * not). A row none holds is counted, once, for each whole-cell condition whose cell lists its value.
   * The conditions after the first that holds are tested too, for the file: each that holds there
   * still works in it (a deleted account that is unlicensed as well), whatever left the row out.
   */
  any(row: Row): boolean {
    const { file } = this;
    for (let k = 0; k < this.tests.length; k++) {
      if (this.holds(row, k)) {
        this.heldBy = k;
        for (let j = k + 1; j < this.tests.length; j++) if (!file.held[j] && this.holds(row, j)) file.held[j] = true;
        return (file.held[k] = true);
      }
    }
    this.heldBy = -1;
    if (this.anyNoted) for (let k = 0; k < this.tests.length; k++) if (this.lists(row, k)) this.listedRows[k]!++;
    return false;
  }

  /** Whether whole-cell condition `k` finds its value among other words in any of its columns. */
  private lists(row: Row, k: number): boolean {
    const test = this.noted[k];
    if (!test) return false;
    const columns = this.indexes[k]!;
    for (let c = 0; c < columns.length; c++) if (test.lists(row, columns[c]!)) return true;
    return false;
  }

  /** Whether condition `k` holds in any of its columns: of a repeated header, one cell is enough. */
  private holds(row: Row, k: number): boolean {
    const test = this.tests[k]!;
    const columns = this.indexes[k]!;
    for (let c = 0; c < columns.length; c++) if (test.test(row, columns[c]!)) return true;
    return false;
  }
}

/**
 * Whether a cell, trimmed and in lower case, fits a value with `*` for any text, such as `*guest`;
 * an empty cell never does, so `*` alone is any cell that is filled in (a deactivation date).
 */
class CellLike implements CellTest {
  private readonly fits: CellMeaning<boolean>;

  constructor(pattern: string) {
    const re = wildcard(pattern);
    this.fits = new CellMeaning((text) => {
      const cell = norm(text);
      return cell !== '' && re.test(cell);
    });
  }

  test(row: Row, i: number): boolean {
    return this.fits.get(row, i);
  }
}

/** A value with `*` for any text, as a test of a whole text. */
function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
}

/** What separates the words of a cell that lists several, such as Zendesk's tags (`teams login`). */
const SEPARATORS = /[\s,;]+/;

/** The words of a cell, trimmed and in lower case. */
const wordsOf = (text: string): string[] => norm(text).split(SEPARATORS);

/** Whether a cell lists, among its words, one that fits any of some tags (`*` for any text). */
class CellHasTag implements CellTest {
  private readonly has: CellMeaning<boolean>;

  constructor(tags: string[]) {
    const fits = tags.map((tag) => {
      if (!tag.includes('*')) return (word: string) => word === tag;
      const re = wildcard(tag);
      return (word: string) => re.test(word);
    });
    this.has = new CellMeaning((text) => wordsOf(text).some((word) => fits.some((fit) => fit(word))));
  }

  test(row: Row, i: number): boolean {
    return this.has.get(row, i);
  }
}

/**
 * Whether a cell, trimmed and in lower case, is a given text. An ASCII cell of a CSV row is
 * compared byte by byte, with no string made; any other goes through its text, as lower-casing
 * may turn a wider character into ASCII (the Kelvin sign into k). With `noteLists`, it tells a cell
 * that is not the text but holds it as one of several words (`lists`): a list of tags that the
 * plan compares as a whole, so that the rows it passes over can be said.
 */
class CellIs implements CellTest {
  private readonly ascii: Uint8Array | undefined;
  private readonly listed: CellMeaning<boolean> | undefined;

  constructor(
    private readonly value: string,
    noteLists: boolean,
  ) {
    const bytes = Buffer.from(value);
    this.ascii = bytes.length === value.length ? bytes : undefined;
    this.listed = noteLists && value !== '' && !SEPARATORS.test(value) ? new CellMeaning((text) => wordsOf(text).includes(value)) : undefined;
  }

  /** Whether a cell that is not the text is noted when it holds the text as one word among others. */
  get noted(): boolean {
    return this.listed !== undefined;
  }

  /** Whether a cell that is not the text holds it as one word among others. */
  lists(row: Row, i: number): boolean {
    if (this.listed === undefined) return false;
    // An ASCII cell too short to hold the text, a separator and another word (False, No) lists nothing: no scan.
    if (this.ascii && row instanceof CsvRow && !row.wide && i < row.length && row.ends[i]! - row.starts[i]! < this.ascii.length + 2) return false;
    return mayList(row, i) && this.listed.get(row, i);
  }

  test(row: Row, i: number): boolean {
    return this.is(row, i);
  }

  private is(row: Row, i: number): boolean {
    const { ascii } = this;
    if (ascii && row instanceof CsvRow && i < row.length && !row.escaped[i]) {
      const { buf } = row;
      let start = row.starts[i]!;
      let end = row.ends[i]!;
      while (start < end && isSpace(buf[start]!)) start++;
      while (end > start && isSpace(buf[end - 1]!)) end--;
      let same = end - start === ascii.length;
      // A record of ASCII bytes alone has no cell that lower-casing could shorten.
      if (!same && !row.wide) return false;
      let j = start;
      for (; j < end; j++) {
        let c = buf[j]!;
        if (c > 0x7f) break;
        if (c >= 0x41 && c <= 0x5a) c += 0x20;
        if (same && c !== ascii[j - start]) same = false;
      }
      if (j === end) return same;
    }
    return norm(row.text(i)) === this.value;
  }
}

/** Whether a cell may hold several words: an ASCII cell of a CSV row without a separator cannot, so most cells are passed over with no lookup. */
function mayList(row: Row, i: number): boolean {
  if (!(row instanceof CsvRow) || i >= row.length || row.escaped[i]) return true;
  const { buf } = row;
  for (let j = row.starts[i]!; j < row.ends[i]!; j++) {
    const c = buf[j]!;
    if (c === 0x2c || c === 0x3b || isSpace(c) || c > 0x7f) return true;
  }
  return false;
}

/**
 * A cell's bytes without the white space around them and in lower case: how ids and names
 * match. An ASCII cell already in lower case is used where it is; other ASCII cells are folded
 * into a scratch buffer, the rest go through their text.
 */
export class CellKey {
  bytes: Uint8Array = new Uint8Array(0);
  start = 0;
  end = 0;
  private scratch = new Uint8Array(256);

  /** Reads cell `i` of a row; false when it is blank. */
  of(row: Row, i: number): boolean {
    if (row instanceof CsvRow && i < row.length && !row.escaped[i]) {
      const { buf } = row;
      let start = row.starts[i]!;
      let end = row.ends[i]!;
      while (start < end && isSpace(buf[start]!)) start++;
      while (end > start && isSpace(buf[end - 1]!)) end--;
      const kind = caseOf(buf, start, end);
      if (kind === LOWER) return this.set(buf, start, end);
      if (kind === UPPER) {
        if (this.scratch.length < end - start) this.scratch = new Uint8Array(2 * (end - start));
        const out = this.scratch;
        for (let j = start; j < end; j++) {
          const c = buf[j]!;
          out[j - start] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
        }
        return this.set(out, 0, end - start);
      }
    }
    const bytes = Buffer.from(norm(row.text(i)));
    return this.set(bytes, 0, bytes.length);
  }

  private set(bytes: Uint8Array, start: number, end: number): boolean {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    return end > start;
  }
}

const LOWER = 0;
const UPPER = 1;
const WIDE = 2;

/** Whether bytes are ASCII without capitals, ASCII with some, or not ASCII. */
function caseOf(buf: Uint8Array, start: number, end: number): number {
  let kind = LOWER;
  for (let j = start; j < end; j++) {
    const c = buf[j]!;
    if (c > 0x7f) return WIDE;
    if (c >= 0x41 && c <= 0x5a) kind = UPPER;
  }
  return kind;
}

/** The ASCII white space that trim() removes. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
