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

/** A header's place: its line in a CSV file (at its first column, as before), its row in a workbook. */
export const headerPlace = (file: string, line: number, sheet?: string): string => (isWorkbook(file) ? place(file, line, 0, sheet) : place(file, line, 1));

/** Excel's letters for a 1-based column: 1 is A, 27 is AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
