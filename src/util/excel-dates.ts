/** The year an .xlsx workbook counts its date numbers from: 1900, or 1904 in one saved by old Mac Excel. */
export type ExcelDates = 1900 | 1904;

/** A plain number of five digits, with a fraction for the time of day (`.` or, from Dutch Excel, `,`). */
const PLAIN = /^\d{5}(?:[.,]\d+)?$/;
/** 1 Jan 2000 and 31 Dec 2099 as 1900-system numbers: outside them a number is no export's date. */
const FIRST = 36_526;
const LAST = 73_050;
/** 1 Jan 1970 as a 1900-system number. */
const EPOCH = 25_569;
/** Days from 1 Jan 1900 to 1 Jan 1904, as Excel counts them. */
const FROM_1904 = 1_462;

/**
 * The date and time an Excel date number stands for, written `YYYY-MM-DD HH:MM:SS` as a
 * spreadsheet's date cells are read; undefined for text that is no such number, or one outside
 * the years an export's dates fall in.
 */
export function excelDateText(text: string, system: ExcelDates = 1900): string | undefined {
  const t = text.trim();
  if (!PLAIN.test(t)) return undefined;
  const serial = Number(t.replace(',', '.')) + (system === 1904 ? FROM_1904 : 0);
  if (serial < FIRST || serial > LAST) return undefined;
  // Excel keeps times as fractions of a day: round to the second, as its date cells are.
  return new Date(Math.round((serial - EPOCH) * 86_400) * 1000).toISOString().slice(0, 19).replace('T', ' ');
}
