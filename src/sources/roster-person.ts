import { RolloutError } from '../util/errors.js';
import type { KindContext } from './kinds/kind.js';

/** A source's `person:` maps its rows (`what`: answers, tickets) to the roster's people: the plan needs a roster for it. */
export function needsRoster(person: string | undefined, context: Pick<KindContext, 'roster' | 'label'>, what: string): void {
  if (person !== undefined && !context.roster) {
    throw new RolloutError(`${context.label}.person maps ${what} to the roster, so the plan needs one: add people: { file: people.csv, columns: { person: ... } }, or leave person out`);
  }
}
