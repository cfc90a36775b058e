import { pausedPartName, type DisplayNames } from '../plan/display-names.js';
import type { Language } from '../plan/schema.js';

/** The words for the rollback of one part that gate-check, diff and what-if add, in English and Dutch. */
export interface PartRollbackWords {
  /** In place of a part's name when the whole rollout rolled back. */
  rollout: string;
  /** A gate of a part rolled back: it no longer decides. */
  withdrawn(on: string, part: string): string;
  /** A gate of a part rolled back before its window began: it never read anything. */
  withdrawnUnstarted(on: string, part: string): string;
  /** A gate of a part rolled back that was judged by the rollback's day: its verdict, then the rollback. */
  judgedThen(verdict: string, on: string, part: string): string;
  /** The current phase when the parts rolled back ran the last phase started and nothing else runs. */
  noneRunning(parts: { part: string; on: string }[]): string;
  /** A rollback of one part the plan records, as of the day checked. */
  recorded(part: string, on: string, reason: string): string;
  /** The gates that ask for the rollback of one location, and what the rest of the rollout does. */
  decided(part: string, causes: string, rest: string): string;
  /** What to write into the plan to record it. */
  record(rollback: string): string;
  /** The switch-off, and everything else still to come, waits for the parts rolled back. */
  waits(parts: string): string;
  /** The switch-off condition while parts are back on the old tools: they, then the reading of the parts still on the new tool. */
  switchOffWaits(parts: { part: string; on: string }[], rest: string): string;
  /** diff and what-if: an item the rollback of a part withdrew, or holds as it waits for that part. */
  gone(part: string, on: string, reason: string): string;
  waitsFor(part: string, on: string, reason: string): string;
  /** gate-check: a gate on hold as it waits for that part (the switch-off's). */
  heldFor(part: string, on: string): string;
  /** gate-check: a gate of a part rolled back on `on` that starts again on `again`, due then on `due`. */
  startsAgain(part: string, on: string, again: string, due: string): string;
  /** gate-check's decision: a part rolled back on `on` that starts again on `again`, and its gates due in that second try. */
  againAhead(part: string, on: string, again: string, gates: { id: string; due: string }[]): string;
}

const EN: PartRollbackWords = {
  rollout: 'the rollout',
  withdrawn: (on, part) => `${part} rolled back on ${on}`,
  withdrawnUnstarted: (on, part) => `${part} rolled back on ${on}, before its phase started`,
  judgedThen: (verdict, on, part) => `${verdict}; then ${part} rolled back on ${on}`,
  noneRunning: (parts) => `none (${parts.map((p) => `${p.part} rolled back on ${p.on}`).join(', ')}; nothing else runs)`,
  recorded: (part, on, reason) => `${part} rolled back on ${on}, as the plan records (the rest goes on): ${reason}`,
  decided: (part, causes, rest) => `roll back ${part} alone: ${causes}; the rest: ${rest}`,
  record: (rollback) => `To record it, write it into the plan, and the schedule, the messages and the report show it too: \`${rollback}\``,
  waits: (parts) => `nothing else goes on: the switch-off waits for ${parts}, rolled back`,
  switchOffWaits: (parts, rest) => `waits while ${parts.map((p) => `${p.part} is back on the old tools (rolled back on ${p.on})`).join(' and ')}; still on the new tool: ${rest}`,
  gone: (part, on, reason) => `${part} rolled back on ${on}: ${reason}`,
  waitsFor: (part, on, reason) => `${EN.heldFor(part, on)}: ${reason}`,
  heldFor: (part, on) => `waits for ${part}, rolled back on ${on}`,
  startsAgain: (part, on, again, due) => `${part} rolled back on ${on} and starts again on ${again}; due ${due}, in its second try`,
  againAhead: (part, on, again, gates) => `${part}, rolled back on ${on}, starts again on ${again}${gates.length ? `; in its second try: ${gates.map((g) => `${g.id} due ${g.due}`).join(', ')}` : ''}`,
};

const NL: PartRollbackWords = {
  rollout: 'de invoering',
  withdrawn: (on, part) => `${part} is op ${on} teruggedraaid`,
  withdrawnUnstarted: (on, part) => `${part} is op ${on} teruggedraaid, voordat de fase begon`,
  judgedThen: (verdict, on, part) => `${verdict}; daarna is ${part} op ${on} teruggedraaid`,
  noneRunning: (parts) => `geen (${parts.map((p) => `${p.part} is op ${p.on} teruggedraaid`).join(', ')}; verder loopt er niets)`,
  recorded: (part, on, reason) => `${part} is op ${on} teruggedraaid, zoals het plan vastlegt (de rest gaat door): ${reason}`,
  decided: (part, causes, rest) => `alleen ${part} terugdraaien: ${causes}; de rest: ${rest}`,
  record: (rollback) => `Leg het vast in het plan, dan tonen de planning, de berichten en het rapport het ook: \`${rollback}\``,
  waits: (parts) => `verder loopt er niets: de uitfasering wacht op ${parts}, teruggedraaid`,
  switchOffWaits: (parts, rest) => `wacht zolang ${parts.map((p) => `${p.part} weer met de oude middelen werkt (teruggedraaid op ${p.on})`).join(' en ')}; nog op het nieuwe middel: ${rest}`,
  gone: (part, on, reason) => `${part} op ${on} teruggedraaid: ${reason}`,
  waitsFor: (part, on, reason) => `${NL.heldFor(part, on)}: ${reason}`,
  heldFor: (part, on) => `wacht op ${part}, op ${on} teruggedraaid`,
  startsAgain: (part, on, again, due) => `${part} is op ${on} teruggedraaid en begint opnieuw op ${again}; beoordeling op ${due}, in de tweede poging`,
  againAhead: (part, on, again, gates) => `${part}, op ${on} teruggedraaid, begint opnieuw op ${again}${gates.length ? `; in de tweede poging: ${gates.map((g) => `${g.id} beoordeling op ${g.due}`).join(', ')}` : ''}`,
};

export const partRollbackWords = (lang: Language): PartRollbackWords => (lang === 'nl' ? NL : EN);

/** The part a rollback took, by name; without one, the whole rollout. */
export const rolledBackName = (part: { phase?: string; location?: string } | undefined, phases: DisplayNames['phases'], lang: Language): string =>
  part ? pausedPartName(part, phases) : partRollbackWords(lang).rollout;
