import type { WorkCalendar } from '../schedule/calendar.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { passesSoFar, windowId, type GateWindow, type Measured } from './evaluate.js';
import type { CauseGone, OpenPause } from './types.js';

/** A week's notice: the day gate-check offers to resume on, after the day the end is written in. */
const NOTICE_DAYS = 7;

/**
 * For an open pause that names the launch it holds (`only: { phase }`, or `phase`), when every
 * gate guarding that launch passes on its rows so far: those gates, and an end to write in
 * (`untilDecided` today, when the resume notice goes out; `until` a week later, on a working day).
 */
export function causeGone(pause: OpenPause | null, windows: readonly GateWindow[], measured: readonly Measured[], asOf: Day, calendar: WorkCalendar): CauseGone | undefined {
  if (!pause || pause.until !== undefined || parseDay(pause.from) >= asOf) return undefined;
  const phase = pause.only ? pause.only.phase : pause.phase;
  const holding = windows.flatMap((w, i) => (w.guarding?.kind === 'launch' && w.guarding.id === phase && !w.withdrawn ? [i] : []));
  if (holding.length === 0 || !holding.every((i) => windows[i]!.started && passesSoFar(windows[i]!, measured[i]!))) return undefined;
  return { gates: holding.map((i) => windowId(windows[i]!)), until: formatDay(calendar.onOrAfter(asOf + NOTICE_DAYS)), untilDecided: formatDay(asOf) };
}
