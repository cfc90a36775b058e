import type { WorkbookCell } from './workbook.js';

/*
 * SurveyMonkey's export of all individual responses (Analyze Results > Save as > Export file), as
 * it writes it: the questions, then a second header row of answer options (`Response`,
 * `Open-Ended Response`, a multiple-choice question's option labels, one column each), then one
 * row per response with US dates and 12-hour times. Eight answers: recommend 9, 10, 7, 6, 8, 9, 3,
 * 10 (4 promoters, 2 detractors: NPS 25), satisfaction 4, 5, 4, 3, 4, 5, 2, 5 (mean 4.0).
 */
export const SURVEY_MONKEY_HEADER = [
  'Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1',
  'Hoe waarschijnlijk is het dat u Microsoft Teams zou aanraden aan een collega? / How likely are you to recommend Microsoft Teams to a colleague?',
  'Hoe tevreden bent u over Microsoft Teams? / How satisfied are you with Microsoft Teams? (1-5)',
  'Waarvoor gebruikt u Teams? / What do you use Teams for?', '', '',
  'Wat kan beter? / What could be better?',
];
export const SURVEY_MONKEY_OPTIONS = ['', '', '', '', '', '', '', '', '', 'Response', 'Response', 'Chat', 'Vergaderingen / Meetings', 'Bestanden / Files', 'Open-Ended Response'];

/** Start time, recommend, satisfaction, options ticked and free text of each response; 12:05 AM and 12:00 PM are the first minutes of a day and of its afternoon. */
const RESPONSES: [string, number, number, string[], string][] = [
  ['03/09/2027 12:05:32 AM', 9, 4, ['Chat'], 'Prima, maar de app is traag op mijn laptop'],
  ['03/09/2027 02:03:11 PM', 10, 5, ['Chat', 'Vergaderingen / Meetings'], 'Eindelijk "alles op één plek",\nniet meer zoeken in WhatsApp'],
  ['03/10/2027 09:40:02 AM', 7, 4, ['Chat'], ''],
  ['03/11/2027 04:55:47 PM', 6, 3, ['Bestanden / Files'], "Too many notifications, can't find the files tab"],
  ['03/16/2027 08:12:09 AM', 8, 4, ['Chat'], 'Goed'],
  ['03/16/2027 12:00:00 PM', 9, 5, ['Chat', 'Vergaderingen / Meetings', 'Bestanden / Files'], ''],
  ['03/17/2027 03:21:45 PM', 3, 2, [], 'Te veel meldingen, "te" druk\nen het internet valt steeds weg; WhatsApp werkt gewoon'],
  ['03/18/2027 11:59:01 PM', 10, 5, ['Chat'], 'Super'],
];

/** The export's rows as cells: the two header rows, then the responses. */
export function surveyMonkeyRows(): string[][] {
  const responses = RESPONSES.map(([start, recommend, satisfied, ticked, text], i) => {
    const end = start.replace(/:(\d\d) /, (_, s: string) => `:${String((Number(s) + 17) % 60).padStart(2, '0')} `);
    const options = SURVEY_MONKEY_OPTIONS.slice(11, 14).map((o) => (ticked.includes(o) ? o : ''));
    return [String(11800000000 + i * 137), '431234567', start, end, `200.1.4.${10 + i}`, '', '', '', '', String(recommend), String(satisfied), ...options, text];
  });
  return [SURVEY_MONKEY_HEADER, SURVEY_MONKEY_OPTIONS, ...responses];
}

const quoted = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** The CSV SurveyMonkey writes: CRLF line ends (line breaks inside answers stay LF), with or without a byte order mark. */
export function surveyMonkeyCsv(options: { bom?: boolean; rows?: string[][] } = {}): string {
  const rows = options.rows ?? surveyMonkeyRows();
  return `${options.bom ? '\uFEFF' : ''}${rows.map((row) => row.map(quoted).join(',')).join('\r\n')}\r\n`;
}

/** The same export as an .xlsx workbook's cells (its numbers as numbers). */
export function surveyMonkeyCells(): WorkbookCell[][] {
  return surveyMonkeyRows().map((row, r) => row.map((cell, c) => (r >= 2 && (c === 0 || c === 1 || c === 9 || c === 10) ? Number(cell) : cell)));
}
