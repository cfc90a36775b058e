/**
 * Teams writes the time in a meeting as `1h 27m 51s`, `10m 59s` or `8s`, with the units in the
 * organiser's language (`1 u 5 min`, `2 godz. 3 min 1 sek.`); a sign-in sheet may have `1:05:20`.
 * A unit is known by its first letters: hours (h, u, uur, std, godz), minutes (m, min), seconds (s, sec, sek).
 */
const PART = /(\d+)\s*([a-z]+)\.?\s*/giy;
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;

const UNITS: Record<string, number> = { h: 3600, u: 3600, g: 3600, m: 60, s: 1 };

/** Seconds, or undefined when the text is no such time. */
export function parseMeetingTime(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const clock = CLOCK.exec(t);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  let seconds = 0;
  let end = 0;
  PART.lastIndex = 0;
  for (let m = PART.exec(t); m; m = PART.exec(t)) {
    const unit = m[2]!.toLowerCase();
    // Std(unden) is German for hours, not seconds.
    const size = unit.startsWith('st') ? 3600 : UNITS[unit[0]!];
    if (size === undefined) return undefined;
    seconds += Number(m[1]) * size;
    end = PART.lastIndex;
  }
  return end === t.length ? seconds : undefined;
}

/** A plan's `minimum:` (30m, 1h, 1h30m) in seconds. */
export function parseMinimum(text: string): number {
  const m = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?$/.exec(text.trim())!;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60;
}
