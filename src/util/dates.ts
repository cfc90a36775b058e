/**
 * Calendar days as whole numbers (days since 1970-01-01), so that date arithmetic
 * never depends on the machine's time zone or daylight saving time.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The dates a plan, an option or a schedule may hold: calendars and date libraries agree on these. */
export const FIRST_DATE = '1970-01-01';
export const LAST_DATE = '2200-12-31';

export function inDateRange(text: string): boolean {
  return text >= FIRST_DATE && text <= LAST_DATE;
}

/** Parses `YYYY-MM-DD`; callers validate with `isIsoDate` first. */
export function parseDay(text: string): Day {
  // Digit by digit when the text has that form: a report parses its schedule's dates many hundred
  // times, and splitting makes two lists for each.
  if (text.length === 10 && text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    if (year >= 0 && month >= 0 && day >= 0) return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  }
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

const DASH = 45;

/** The number the decimal digits from..to spell, or -1 when one is no digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const dayText = new Map<Day, string>();

/** `YYYY-MM-DD`; cached, as a schedule formats the same few hundred days many times. */
export function formatDay(day: Day): string {
  let text = dayText.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    dayText.set(day, text);
  }
  return text;
}

export function weekday(day: Day): Weekday {
  return WEEKDAYS[(((day + 4) % 7) + 7) % 7]!;
}

export function addMonths(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(y, m, Math.min(date.getUTCDate(), lastOfMonth)) / MS_PER_DAY);
}

/** A local calendar date at midnight, for formatting with date-fns locales. */
export function toLocalDate(day: Day): Date {
  const date = new Date(day * MS_PER_DAY);
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The date at the moment `now` on the machine's clock, in its own time zone. */
export function todayDay(now: Date): Day {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);
}

/**
 * The date at the moment `now` in a time zone (an IANA name), or in the machine's own zone without
 * one: 01:30 UTC on a Monday is still Sunday in Paramaribo, and already Monday in Tokyo.
 */
export function todayIn(now: Date, zone: string | undefined): Day {
  return zone === undefined ? todayDay(now) : dayIn(now.getTime(), zone);
}

/** Per zone, its formatter and the local date of each quarter hour asked for: an export dates thousands of moments in the few zones of a plan. */
const zones = new Map<string, { format: Intl.DateTimeFormat; days: Map<number, Day> }>();
const QUARTER_HOUR = 15 * 60_000;

/**
 * The local date, in a time zone (an IANA name), of a moment given in milliseconds since 1970 UTC.
 * Today's offsets from UTC are whole quarter hours, and clocks change on one, so a local day
 * begins on a quarter hour of UTC: each is dated once (a helpdesk export has a moment a row).
 */
export function dayIn(ms: number, zone: string): Day {
  let known = zones.get(zone);
  if (!known) zones.set(zone, (known = { format: new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' }), days: new Map() }));
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let day = known.days.get(quarter);
  if (day === undefined) {
    const parts = known.format.formatToParts(quarter * QUARTER_HOUR);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
    known.days.set(quarter, (day = Math.floor(Date.UTC(part('year'), part('month') - 1, part('day')) / MS_PER_DAY)));
  }
  return day;
}

/** Durations written `4w` or `10d`, in days. */
export function parseDuration(text: string): number {
  const m = /^(\d+)\s*([dw])$/.exec(text.trim());
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]) * (m[2] === 'w' ? 7 : 1);
}

/**
 * How often an export comes: whole days (`1d`, `2w`), or calendar months (`1mo`, `1 month`,
 * `1 maand`), as admin consoles report per month: a month back from the 15th is the 15th of the
 * month before, from the 31st the last day of a shorter month.
 */
export type Cadence = { days: number } | { months: number };

export const CADENCE = /^(\d+)\s*(d|w|mo|months?|maand(?:en)?)$/;
export const CADENCE_ERROR = 'expected a number with d (days), w (weeks) or mo (calendar months), such as 1d, 1w or 1mo (also written 1 month or 1 maand)';

export function parseCadence(text: string): Cadence {
  const m = CADENCE.exec(text.trim());
  if (!m) throw new Error(`not a duration: ${text}`);
  const unit = m[2]!;
  return unit === 'd' || unit === 'w' ? { days: parseDuration(`${m[1]}${unit}`) } : { months: Number(m[1]) };
}

/** The day one cadence before `day`. */
export function cadenceBefore(day: Day, cadence: Cadence): Day {
  return 'days' in cadence ? day - cadence.days : addMonths(day, -cadence.months);
}

/** Minutes after midnight for `HH:MM`. */
export function parseClock(text: string): number {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
