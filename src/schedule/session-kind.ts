import type { Plan } from '../plan/resolve.js';
import type { TimedPhase } from './phases.js';
import type { SessionKind } from './words.js';

/**
 * What a phase's sessions are, from the activities the playbook gives it: early adopters get a
 * refresher, the core team one-on-one help besides group training, everyone else standard training.
 */
export function sessionKind(phase: Pick<TimedPhase, 'phase'>): SessionKind {
  const activities = (phase.phase.activities ?? []).join('\n');
  if (/refresher|opfris/i.test(activities)) return 'refresher';
  if (/standard training|standaardtraining/i.test(activities)) return 'standard';
  if (/one-on-one|persoonlijke hulp/i.test(activities) && !/group training|groepstraining/i.test(activities)) return 'one-on-one';
  return 'group';
}

/** How long a phase's training sessions are: people trained in the pilot need a refresher, not the whole session again. */
export function sessionLength(training: Plan['training'], phase: Pick<TimedPhase, 'phase'>): number {
  return sessionKind(phase) === 'refresher' ? Math.max(30, Math.round(training.sessionMinutes / 2)) : training.sessionMinutes;
}
