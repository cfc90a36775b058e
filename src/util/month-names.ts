import { isIsoDate, parseDay, type Day } from './dates.js';

/**
 * Dates with the month's name, as Slack and other US tools write them (`Mar 5, 2027`,
 * `March 5, 2027`, `5 Mar 2027`) and Jira writes them by default (`02/Mar/27 9:15 AM`, or
 * `02/mrt./27` for a Dutch user). The name says which part is the month, so no day-first or
 * month-first order is guessed.
 */

const ENGLISH = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DUTCH = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** Dutch abbreviations that are no beginning of the name. */
const DUTCH_SHORT = new Map([['mrt', 3]]);

/** Between the parts: spaces, or the `_` a browser writes in a file name for `, `. */
const GAP = String.raw`(?:,[\s_]*|[\s_-]+)`;
/**
 * A word, the day and the year (`Mar 5, 2027`), or the day, a word and the year (`5 Mar 2027`,
 * or Jira's `02/Mar/27` with a year of two digits); a time may follow.
 */
const WORD_FIRST = new RegExp(String.raw`^([a-z]+)\.?[\s_-]+(\d{1,2})${GAP}(\d{4})(?:[\s,T].*)?$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:[\s_-]+([a-z]+)\.?${GAP}|/([a-z]+)\.?/)(\d{4}|\d{2})(?:[\s,T].*)?$`, 'i');

/** The month (1-12) a word names in English or Dutch: its full name or a beginning of three letters or more (`Mar`, `Sept`, `okt`), or `mrt`. */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const index = [ENGLISH, DUTCH].map((names) => names.findIndex((name) => name.startsWith(w))).find((i) => i >= 0);
  return index === undefined ? DUTCH_SHORT.get(w) : index + 1;
}

function parts(text: string): { word: string; day: string; year: string } | undefined {
  const t = text.trim();
  const first = WORD_FIRST.exec(t);
  if (first) return { word: first[1]!, day: first[2]!, year: first[3]! };
  const last = DAY_FIRST.exec(t);
  return last ? { word: last[2] ?? last[3]!, day: last[1]!, year: last[4]! } : undefined;
}

/** A year of two digits (Jira's `27`) is read in this century. */
function toDay(year: string, month: number, day: string): Day | undefined {
  const iso = `${year.padStart(4, '20')}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? parseDay(iso) : undefined;
}

/** The day of a date written with the month's name, or undefined when it is not one or no real date (`Feb 30, 2027`). */
export function parseMonthName(text: string): Day | undefined {
  const p = parts(text);
  const month = p && monthOf(p.word);
  return month === undefined ? undefined : toDay(p!.year, month, p!.day);
}

/** Whether a text is written as a date with a month name, a real date or not (`Feb 30, 2027`). */
export function namesMonth(text: string): boolean {
  const p = parts(text);
  return p !== undefined && monthOf(p.word) !== undefined;
}

/**
 * What is wrong with a value written like a date with a month's name that is no date, after
 * `date "..."`, or undefined when it is not written so. `showWord`: whether the message may quote
 * the word, which is not said when the cell could be someone's name.
 */
export function monthNameProblem(text: string, showWord: boolean): string | undefined {
  const p = parts(text);
  if (!p) return undefined;
  if (monthOf(p.word) !== undefined) return 'is not a real date';
  return `names no month: ${showWord ? JSON.stringify(p.word) : 'the word in it'} is not a month name (Jan to Dec or January to December, in English or Dutch)`;
}

const NAMED_IN_TEXT = new RegExp(String.raw`(?<![a-z])([a-z]{3,9})\.?[\s_-]+(\d{1,2})${GAP}(\d{4})(?!\d)|(?<!\d)(\d{1,2})[\s_-]+([a-z]{3,9})\.?${GAP}(\d{4})(?!\d)`, 'gi');

/** Each real date written with a month's name in a text such as a file name (`Members Mar 1, 2027 - Mar 30, 2027`), with where it begins. */
export function* namedDatesIn(text: string): Generator<{ at: number; day: Day }> {
  for (const m of text.matchAll(NAMED_IN_TEXT)) {
    const [word, day, year] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
    const month = monthOf(word);
    const found = month === undefined ? undefined : toDay(year, month, day);
    if (found !== undefined) yield { at: m.index, day: found };
  }
}
