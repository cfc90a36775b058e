import { isIsoDate, parseDay, type Day } from './dates.js';

/**
 * Dates with the month's English name, as Slack and other US tools write them: `Mar 5, 2027`,
 * `March 5, 2027`, `5 Mar 2027`. The name says which part is the month, so no day-first or
 * month-first order is guessed.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Between the parts: spaces, or the `_` a browser writes in a file name for `, `. */
const GAP = String.raw`(?:,[\s_]*|[\s_-]+)`;
/** A word, the day and the year (`Mar 5, 2027`), or the day, a word and the year (`5 Mar 2027`); a time may follow. */
const WORD_FIRST = new RegExp(String.raw`^([a-z]+)\.?[\s_-]+(\d{1,2})${GAP}(\d{4})(?:[\s,T].*)?$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[\s_-]+([a-z]+)\.?${GAP}(\d{4})(?:[\s,T].*)?$`, 'i');

/** The month (1-12) a word names: its full name or a beginning of three letters or more (`Mar`, `Sept`). */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const index = MONTHS.findIndex((name) => name.startsWith(w));
  return index < 0 ? undefined : index + 1;
}

function parts(text: string): { word: string; day: string; year: string } | undefined {
  const t = text.trim();
  const first = WORD_FIRST.exec(t);
  if (first) return { word: first[1]!, day: first[2]!, year: first[3]! };
  const last = DAY_FIRST.exec(t);
  return last ? { word: last[2]!, day: last[1]!, year: last[3]! } : undefined;
}

function toDay(year: string, month: number, day: string): Day | undefined {
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? parseDay(iso) : undefined;
}

/** The day of a date written with the month's name, or undefined when it is not one or no real date (`Feb 30, 2027`). */
export function parseMonthName(text: string): Day | undefined {
  const p = parts(text);
  const month = p && monthOf(p.word);
  return month === undefined ? undefined : toDay(p!.year, month, p!.day);
}

/** Whether a text is written as a date with an English month name, a real date or not (`Feb 30, 2027`). */
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
  return `names no month: ${showWord ? JSON.stringify(p.word) : 'the word in it'} is not an English month name (Jan to Dec, or January to December)`;
}

const NAMED_IN_TEXT = new RegExp(String.raw`(?<![a-z])([a-z]{3,9})\.?[\s_-]+(\d{1,2})${GAP}(\d{4})(?!\d)|(?<!\d)(\d{1,2})[\s_-]+([a-z]{3,9})\.?${GAP}(\d{4})(?!\d)`, 'gi');
const ISO_IN_TEXT = /(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)/g;

/**
 * The last date written in a text such as a file name (`Members Prior 30 Days - Mar 30, 2027`,
 * `Members Mar 1, 2027 - Mar 30, 2027`, `members-2027-03-30`), or undefined when it has none.
 */
export function lastDateIn(text: string): Day | undefined {
  let found: { at: number; day: Day } | undefined;
  const keep = (at: number, day: Day | undefined) => {
    if (day !== undefined && (!found || at >= found.at)) found = { at, day };
  };
  for (const m of text.matchAll(NAMED_IN_TEXT)) {
    const [word, day, year] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
    const month = monthOf(word);
    if (month !== undefined) keep(m.index, toDay(year, month, day));
  }
  for (const m of text.matchAll(ISO_IN_TEXT)) keep(m.index, isIsoDate(`${m[1]}-${m[2]}-${m[3]}`) ? parseDay(`${m[1]}-${m[2]}-${m[3]}`) : undefined);
  return found?.day;
}
