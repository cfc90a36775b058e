import { norm } from './columns.js';
import type { Row } from './table.js';

/*
 * SurveyMonkey's export of all individual responses (CSV or .xlsx) has two header rows: the
 * questions, then the answer options: `Response` under a question answered in one cell,
 * `Open-Ended Response` under free text, an option's label under each column of a question
 * spread over several (a multiple-choice question ticks one column per option, its extra columns
 * without a header of their own), and nothing under the respondent's columns.
 */

/** The respondent's columns SurveyMonkey writes before the questions, empty in its row of answer options. */
const RESPONDENT_COLUMNS = new Set(['respondent id', 'collector id', 'start date', 'end date', 'ip address', 'email address', 'first name', 'last name']);
const ONE_CELL_ANSWER = /^(open-ended )?response$/i;

const respondentColumn = (name: string): boolean => RESPONDENT_COLUMNS.has(name) || /^custom data \d+$/.test(name);

/**
 * Whether `row`, the first below the header, is SurveyMonkey's row of answer options: its date
 * cell and the respondent's cells are empty, and a question has `Response` or `Open-Ended
 * Response` under it (or, in a survey of multiple-choice questions alone, the header starts with
 * `Respondent ID`). Every response has its date and respondent id, so no answer is ever taken for it.
 */
export function isAnswerOptionRow(header: readonly string[], row: Row, dateColumn: number): boolean {
  if (row.text(dateColumn).trim() !== '') return false;
  let oneCellAnswer = false;
  for (let i = 0; i < Math.max(header.length, row.length); i++) {
    const cell = row.text(i).trim();
    if (respondentColumn(norm(header[i] ?? ''))) {
      if (cell !== '') return false;
    } else if (ONE_CELL_ANSWER.test(cell)) oneCellAnswer = true;
  }
  return oneCellAnswer || norm(header[0] ?? '') === 'respondent id';
}

/**
 * The options of the question whose first column is `column`, when it is spread over several
 * columns (one per option) rather than answered in one cell: a first column under `Response`
 * followed by an `Other (please specify)` column is answered in one cell.
 */
export function spreadOptions(header: readonly string[], options: readonly string[], column: number): string[] | undefined {
  if (ONE_CELL_ANSWER.test(options[column]?.trim() ?? '')) return undefined;
  let end = column + 1;
  while (end < options.length && (header[end] ?? '').trim() === '' && options[end]!.trim() !== '') end++;
  return end - column > 1 ? options.slice(column, end).map((o) => o.trim()) : undefined;
}
