import { parseDay } from '../util/dates.js';
import { gatePhase, type GateWindow } from './evaluate.js';
import type { PartPeople, PeopleCounts } from './part-people.js';
import { reasonText, type Because, type Reading } from './reasons.js';
import type { GateResult } from './types.js';

/**
 * A gate whose latest value is a share of a few roster people, with those people counted in its
 * reason (`2 of 3 people; 3 of 3 needed`): in a part of 3, 80% means everyone.
 */
export function gateInPeople(gate: GateResult, w: Pick<GateWindow, 'gate'>, counts: PeopleCounts): GateResult {
  const scope = { phase: gatePhase(w.gate), group: w.gate.group, location: w.gate.location };
  const read = (r: Reading): Reading => {
    const people = r.on === undefined || r.observed === null ? undefined : counts.of(gate.metric, scope, parseDay(r.on), gate.op, gate.threshold);
    return people ? { ...r, people } : r;
  };
  const because = withReadings(gate.because, read);
  return because === gate.because ? gate : { ...gate, because, reason: reasonText(because) };
}

/** The people a gate's latest value counts, when it says them (see gateInPeople). */
export function gatePeople(b: Because): PartPeople | undefined {
  if (b.kind === 'judged') return b.reading.people;
  if (b.kind === 'so-far' || b.kind === 'held') return b.soFar?.people;
  return b.kind === 'stale' ? gatePeople(b.verdict) : undefined;
}

function withReadings(b: Because, read: (r: Reading) => Reading): Because {
  switch (b.kind) {
    case 'judged':
      return { ...b, reading: read(b.reading) };
    case 'so-far':
      return { ...b, soFar: read(b.soFar) };
    case 'held':
      return b.soFar ? { ...b, soFar: read(b.soFar) } : b;
    case 'stale':
      return { ...b, verdict: withReadings(b.verdict, read) };
    default:
      return b;
  }
}
