import type { Day } from '../util/dates.js';
import { formatDay } from '../util/dates.js';
import type { Place } from '../util/errors.js';
import { errorAtKey } from '../util/place.js';
import type { FileRows } from './problems.js';
import { readTable, type TableOptions } from './table.js';

/** A report day that more than one file gives, with the date texts that read as it in each. */
export interface SharedDay {
  day: Day;
  files: Map<FileRows, Set<string>>;
}

export interface RepeatedDays {
  label: string;
  /** The plan's `file:` pattern, to say how to narrow it. */
  pattern: string;
  /** Where the error points: the plan line of the source's `file:`, else its label. */
  at?: Place;
  options: TableOptions;
  /** By file: the date column, 0-based, or NO_DATE_COLUMN when the plan gives each file's day (`asOf`). */
  dateColumn: ReadonlyMap<FileRows, number>;
  warn: (text: string) => void;
}

/**
 * Two activity exports of the same report day (a re-download, `... (1).csv`, that the glob
 * catches too), as with --metrics files: the same rows count once, with a warning; other rows stop
 * the run, since one of the files is wrong; one exported while Microsoft 365 concealed names
 * beside one with names is the activity reader's to leave out. Only the files that share a day
 * are read again, once every file is in: nothing is added per row to the first read.
 */
export async function checkRepeatedDays(shared: readonly SharedDay[], input: RepeatedDays): Promise<void> {
  if (shared.length === 0) return;
  const texts = new Map<FileRows, Map<string, Day>>();
  for (const { day, files } of shared) for (const [file, set] of files) for (const text of set) (texts.get(file) ?? texts.set(file, new Map()).get(file)!).set(text, day);
  const rows = new Map<FileRows, Map<Day, string[]>>();
  for (const [file, dayOf] of texts) rows.set(file, await rowsByDay(file, dayOf, input));
  for (const { day, files } of shared) {
    const hidden = (f: FileRows) => concealed(rows.get(f)!.get(day)!);
    // A report with names is the one to compare with: one exported while names were concealed beside it is left out by the reader, with a note.
    const [first, ...others] = [...files.keys()].sort((a, b) => Number(hidden(a)) - Number(hidden(b)));
    const expected = rows.get(first!)!.get(day)!.sort().join('\n');
    for (const other of others) {
      const both = `${first!.file} and ${other.file} both report ${formatDay(day)}`;
      if (rows.get(other)!.get(day)!.sort().join('\n') !== expected) {
        if (hidden(other) && !hidden(first!)) continue;
        throw errorAtKey(input.at, input.label, `${both} with different rows, so one of them is wrong; remove the wrong file, or narrow ${input.label}.file (${JSON.stringify(input.pattern)}) so that it matches one export per report date`);
      }
      input.warn(`${input.label}: ${both} with the same rows; counted once`);
    }
  }
}

/** Rows that each hold a cell of 32 hexadecimal digits: Microsoft 365's codes for concealed user names. */
const concealed = (rows: readonly string[]): boolean => rows.length > 0 && rows.every((row) => row.split('\u0000').some((cell) => /^[0-9a-f]{32}$/i.test(cell)));

/** A file whose rows have no date column: every row is on the one day the plan gives the file. */
export const NO_DATE_COLUMN = -1;

/** The rows of one file on the days asked for, each as its cells in one string. */
async function rowsByDay(file: FileRows, dayOf: ReadonlyMap<string, Day>, input: RepeatedDays): Promise<Map<Day, string[]>> {
  const out = new Map<Day, string[]>([...new Set(dayOf.values())].map((day) => [day, []]));
  const column = input.dateColumn.get(file)!;
  const [only] = dayOf.values();
  await readTable(file.file, input.options, {
    header() {},
    row(row) {
      const day = column === NO_DATE_COLUMN ? only : dayOf.get(row.text(column));
      if (day === undefined) return;
      const cells: string[] = [];
      for (let i = 0; i < row.length; i++) cells.push(row.text(i));
      out.get(day)!.push(cells.join('\u0000'));
    },
    bad() {},
  });
  return out;
}
