import type { Language } from '../plan/schema.js';
import type { Day } from '../util/dates.js';

/*
 * Days written as date-fns writes them with its English and Dutch locales, `d MMM` and
 * `EEEE d MMMM yyyy`, from the day's number: date-fns reads the pattern and works in local time
 * on every call, about 3 ms of a report's few hundred labels. A test holds these to date-fns.
 */

const NAMES: Record<Language, { months: string[]; short: string[]; weekdays: string[] }> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
  nl: {
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    // date-fns writes `mrt.`; the report leaves the point out.
    short: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  },
};

/** `15 Mar` / `15 mrt` */
export function shortDay(day: Day, language: Language): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${NAMES[language].short[date.getUTCMonth()]}`;
}

/** `Monday 15 March 2027` / `maandag 15 maart 2027` */
export function longDay(day: Day, language: Language): string {
  const date = new Date(day * 86_400_000);
  const names = NAMES[language];
  return `${names.weekdays[date.getUTCDay()]} ${date.getUTCDate()} ${names.months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
