import { EXIT, RolloutError, type Place } from './errors.js';

/** Whether a file is a workbook, whose rows and cells Excel names by sheet and cell. */
export const isWorkbook = (file: string): boolean => /\.xlsx$/i.test(file);

/**
 * Where a row or cell of an export is, as its user looks for it: `file:line:column` in a CSV file,
 * `file, sheet "Form1", cell G6` in a workbook (`row 6` for the whole row). `column` is 1-based, 0
 * for the whole row; `sheet` is the workbook's sheet, when known.
 */
export function place(file: string, line: number, column = 0, sheet?: string): string {
  if (!isWorkbook(file)) return `${file}:${line}${column > 0 ? `:${column}` : ''}`;
  return `${file}${sheet === undefined ? '' : `, sheet ${JSON.stringify(sheet)}`}, ${column > 0 ? `cell ${columnLetters(column)}${line}` : `row ${line}`}`;
}

/** A row (column 0) or a cell of a file, as an error's `at`. */
export const cellAt = (file: string, line: number, column = 0, sheet?: string): Place => ({ file, line, ...(column > 0 ? { column } : {}), ...(sheet !== undefined ? { sheet } : {}) });

/** A header's place: its line in a CSV file (at its first column, as before), its row in a workbook. */
export const headerAt = (file: string, line: number, sheet?: string): Place => cellAt(file, line, isWorkbook(file) ? 0 : 1, sheet);

/** Excel's letters for a 1-based column: 1 is A, 27 is AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A place as messages write it: as `place` does, a whole file by its name. */
export function placeText(at: Place): string;
export function placeText(at: Place | undefined): string | undefined;
export function placeText(at: Place | undefined): string | undefined {
  return at && (at.line === undefined ? at.file : place(at.file, at.line, at.column, at.sheet));
}

/** An error about a place in a file, its message starting with the place. */
export const errorAt = (at: Place, problem: string): RolloutError => new RolloutError(`${placeText(at)}: ${problem}`, EXIT.input, [], at);

/** An error about a key of the plan: at its place when known, else named by `key` (`sources[0].file`). */
export const errorAtKey = (at: Place | undefined, key: string, problem: string): RolloutError => (at ? errorAt(at, problem) : new RolloutError(`${key}: ${problem}`));
