/**
 * A year-first date with a time and a UTC offset: `2027-03-13T01:30:00Z`, `2027-03-12 22:30:00 -0300`,
 * `2027-03-12T22:30:00.123-03:00`. Such a cell names a moment, not a day: whose day it is depends
 * on where the person was (22:30 on Friday in Paramaribo is 01:30 on Saturday in UTC).
 */
const MOMENT = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:(Z|UTC|GMT)|(?:UTC|GMT)?([+-])(\d{2}):?(\d{2}))$/i;

/** The moment such a cell names, in milliseconds since 1970 UTC; undefined for a date without a time or an offset. */
export function momentOf(text: string): number | undefined {
  const m = MOMENT.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[3], m[4], m[5], m[6], m[7] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(utc).getUTCDate() !== day) return undefined;
  const offset = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  return utc - offset * 60_000;
}

/** A time after the date, as exports write it: `9:12:40`, `14:40`, `2:40:26 PM`, `T13:00:00.123`. */
const TIME_OF_DAY = /[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?(?:\s*([ap])\.?\s*m\b\.?)?/i;

/** The second of its day a date cell names, as written (0 without a time): which of two answers on one day came later. */
export function secondOfDay(text: string): number {
  const m = TIME_OF_DAY.exec(text);
  if (!m) return 0;
  const hour = Number(m[1]) % (m[4] ? 12 : 24) + (m[4]?.toLowerCase() === 'p' ? 12 : 0);
  return hour * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}
