import type { WorkCalendar } from '../schedule/calendar.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { roundObserved } from './compare.js';
import { passesSoFar, windowId, type GateWindow, type Measured } from './evaluate.js';
import type { CauseGone, OpenPause } from './types.js';

/** A week's notice: the day gate-check offers to resume on, after the day the end is written in. */
const NOTICE_DAYS = 7;

/** The switch-off a pause may hold: its phase, and whether its condition holds today (null without one). */
export interface SwitchOffCondition {
  phase: string;
  ready: boolean | null;
}

/**
 * For an open pause that names what it holds (`only: { phase }`, or `phase`), when what held it
 * is gone: every gate guarding that launch passes on its rows so far, or, for the switch-off, its
 * condition holds and every gate guarding it passes. Those gates, and an end to write in
 * (`untilDecided` today, when the resume notice goes out; `until` a week later, on a working day).
 */
export function causeGone(pause: OpenPause | null, windows: readonly GateWindow[], measured: readonly Measured[], asOf: Day, calendar: WorkCalendar, switchOff?: SwitchOffCondition): CauseGone | undefined {
  if (!pause || pause.until !== undefined || parseDay(pause.from) >= asOf) return undefined;
  const phase = pause.only ? pause.only.phase : pause.phase;
  const off = switchOff !== undefined && phase === switchOff.phase;
  const kind = off ? 'decommission' : 'launch';
  const holding = windows.flatMap((w, i) => (w.guarding?.kind === kind && w.guarding.id === phase && !w.withdrawn ? [i] : []));
  // Something has to have held it: a gate, or the switch-off's condition.
  const condition = off ? switchOff.ready : null;
  if ((holding.length === 0 && condition === null) || condition === false) return undefined;
  if (!holding.every((i) => windows[i]!.started && passesSoFar(windows[i]!, measured[i]!))) return undefined;
  const kept = holding.filter((i) => windows[i]!.judgedBeforePause);
  const soFar = kept.length > 0 ? { soFar: Object.fromEntries(kept.map((i) => [windowId(windows[i]!), roundObserved(measured[i]!.value!)])) } : {};
  return { gates: holding.map((i) => windowId(windows[i]!)), ...soFar, until: formatDay(calendar.onOrAfter(asOf + NOTICE_DAYS)), untilDecided: formatDay(asOf) };
}
