import { isIsoDate, parseDay } from '../util/dates.js';
import { OPERATORS, type Formats } from './i18n.js';

const ISO_DAY = /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g;
const CONDITION = /(?<=\s)(>=|<=|==|!=|>|<)(?= -?\d)/g;

/**
 * gate-check's sentence, written for CI logs, as the rest of the report writes: `30 mrt` for
 * `2027-03-30` and `≥ 80` for `>= 80`. Its words and order stay gate-check's.
 */
export function inReportStyle(text: string, formats: Formats): string {
  return text
    .replace(ISO_DAY, (day) => (isIsoDate(day) ? formats.short(parseDay(day)) : day))
    .replace(CONDITION, (op) => OPERATORS[op as keyof typeof OPERATORS]);
}
