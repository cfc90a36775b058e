import { guardedPhase } from '../guards/guarded.js';
import { SECOND_TRY_SUFFIX } from '../gates/second-try.js';
import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { rolledBackName } from '../rollback/words.js';
import { timePhases } from '../schedule/phases.js';
import type { Schedule } from '../schedule/types.js';
import type { Words } from './i18n.js';

/**
 * The go/no-gos of another part judged again for a part's second try, as they guard its relaunch:
 * by gate id, the name of the part rolled back. Their two results are that part's tries, not
 * their own phase's, which never rolled back.
 */
export function guardedTries(plan: Plan, schedule: Schedule, lang: Language): Map<string, string> {
  const resumed = (schedule.rollbacks ?? []).filter((r) => r.resume);
  if (resumed.length === 0) return new Map();
  const phases = timePhases(plan);
  return new Map(
    plan.gates.flatMap((gate) => {
      const guarded = guardedPhase(gate, phases)?.id;
      const part = resumed.find((r) => guarded !== undefined && r.phases.includes(guarded) && !r.phases.includes(gate.phase));
      return part ? [[gate.id, rolledBackName(part.only, plan.phases, lang)] as const] : [];
    }),
  );
}

/**
 * How the report names a gate result: by its id, and a go/no-go of another part judged for each
 * try of the part whose relaunch it guards by that try (`albina-go-no-go (before Brownsweg's
 * second try)`), not with the `.second-try` of its second result's id, nor as a try of its own.
 */
export function gateTitle(id: string, tries: ReadonlyMap<string, string>, words: Words, results: ReadonlySet<string>): string {
  const second = id.endsWith(SECOND_TRY_SUFFIX);
  const gate = second ? id.slice(0, -SECOND_TRY_SUFFIX.length) : id;
  const part = tries.get(gate);
  if (part === undefined || (!second && !results.has(`${gate}${SECOND_TRY_SUFFIX}`))) return id;
  return `${gate} (${words.beforeTry(part, second)})`;
}
