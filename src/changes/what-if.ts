import { checkPauses } from '../pauses/checks.js';
import { checkExtensions } from '../pauses/extension-checks.js';
import { checkExtensionGates } from '../pauses/extension-gates.js';
import { checkRollback } from '../rollback/checks.js';
import type { Plan } from '../plan/resolve.js';
import { buildSchedule } from '../schedule/build.js';
import { formatDay, parseDay, parseDuration } from '../util/dates.js';
import { pauseLength, type PauseLength } from '../pauses/length.js';
import { RolloutError } from '../util/errors.js';
import { comparePaused, compareSchedules, type ChangeSet } from './compare.js';
import type { ScheduleExtension, SchedulePause } from '../schedule/types.js';

export interface WhatIfPause {
  from: string;
  /** A duration such as 2w or 10d. */
  length: string;
  phase?: string;
  /** A pause of one part: one phase or one location. */
  only?: { phase: string } | { location: string };
  /** The plan's file, for the command that starts a second try from it. */
  planFile?: string;
}

export interface WhatIf {
  /** Its length as the schedule would tell it once written in, on the working weeks of the people it moves (see pauseLength). */
  pause: { from: string; until: string; phase?: string; only?: { phase: string } | { location: string } } & PauseLength;
  set: ChangeSet;
}

/**
 * What would move if the rollout paused: the plan as it is against the same plan with the
 * pause written in, compared exactly as `diff` compares two plan files.
 */
export function whatIf(plan: Plan, { from, length, phase, only, planFile }: WhatIfPause): WhatIf {
  const until = formatDay(parseDay(from) + parseDuration(length));
  const pause = { from, until, reason: plan.language === 'nl' ? 'wat als' : 'what if', ...(phase !== undefined ? { phase } : {}), ...(only ? { only } : {}) };
  const paused: Plan = { ...plan, pauses: [...plan.pauses, pause] };
  // The plan itself is valid: what is wrong is the pause asked for, which lives on the command line.
  const problem = [...checkPauses(paused), ...checkRollback(paused)].find((c) => c.severity === 'error');
  if (problem) {
    // A name the plan does not have is the fault of the option that gave it: say that one first.
    const named = problem.path[1] === plan.pauses.length ? namedBy(problem.path, { phase, only }) : undefined;
    if (named) throw new RolloutError(`${named}: ${problem.message}; ${problem.hint?.startsWith('did you mean') ? problem.hint : optionHint(problem.code, plan, planFile)}`);
    throw new RolloutError(`--at ${from} --pause ${length}: ${problem.message} (${optionHint(problem.code, plan, planFile) ?? problem.hint})`);
  }
  const schedule = buildSchedule(plan);
  const plans = { before: plan, after: paused };
  const fast = comparePaused(schedule, plans);
  const after = fast ? undefined : buildSchedule(paused);
  // Told as the schedule tells it; where `after` was not built, the pause moves everything, and the items of `plan` from `from` on are the ones it moves.
  const same = (p: SchedulePause) => p.from === from && p.reason === pause.reason && JSON.stringify(p.only ?? null) === JSON.stringify(only ?? null);
  const { workingDays, weeks, workingDaysAt } = after?.pauses.find(same) ?? pauseLength(paused, schedule, { ...pause, workingDays: null });
  const told = { workingDays, ...(weeks !== undefined ? { weeks } : {}), ...(workingDaysAt !== undefined ? { workingDaysAt } : {}) };
  return {
    pause: { from, until, ...told, ...(phase !== undefined ? { phase } : {}), ...(only ? { only } : {}) },
    set: fast ?? compareSchedules(schedule, after!, plans),
  };
}

/**
 * What a rollback on `on` would withdraw and hold: of the part `only` names (the rest goes on),
 * or of the whole rollout. The plan as it is against the same plan with the rollback written in,
 * compared as `diff` compares two plan files.
 */
export function whatIfRollback(plan: Plan, { on, only }: { on: string; only?: { phase: string } | { location: string } }): { rollback: { on: string; only?: { phase: string } | { location: string } }; set: ChangeSet; warnings: string[] } {
  const reason = plan.language === 'nl' ? 'wat als' : 'what if';
  const rolled: Plan = only
    ? { ...plan, partRollbacks: [...plan.partRollbacks, { on, reason, only, at: ['rollback', plan.partRollbacks.length] }] }
    : { ...plan, rollback: { on, reason } };
  // The plan itself is valid: what is wrong is the rollback asked for, which lives on the command line.
  const checks = checkRollback(rolled);
  const problem = checks.find((c) => c.severity === 'error');
  if (problem) {
    const option = only ? ('phase' in only ? `--only-phase ${only.phase}` : `--only-location ${only.location}`) : '--rollback';
    const field = problem.path.slice(2).join('.');
    const named = field === 'only.phase' || field === 'only.location';
    throw new RolloutError(`${named ? option : `--rollback --at ${on}`}: ${problem.message}${problem.hint ? `; ${problem.hint}` : ''}`);
  }
  if (!only && plan.rollback) throw new RolloutError(`--rollback --at ${on}: the plan records the rollout's rollback on ${plan.rollback.on} already`);
  const plans = { before: plan, after: rolled };
  // What validate would warn of once this rollback is written in (one after the switch-off, say), and not of the plan as it is.
  const known = new Set(checkRollback(plan).map((c) => c.message));
  const warnings = checks.filter((c) => c.severity === 'warning' && !known.has(c.message)).map((c) => `--rollback --at ${on}: ${c.message}${c.hint ? ` (${c.hint})` : ''}`);
  return { rollback: { on, ...(only ? { only } : {}) }, set: compareSchedules(buildSchedule(plan), buildSchedule(rolled), plans), warnings };
}

/** The option, with its value, that gave the name a check refuses at `path` (in the pause asked for), if any. */
function namedBy(path: readonly (string | number)[], { phase, only }: Pick<WhatIfPause, 'phase' | 'only'>): string | undefined {
  const field = path.slice(2).join('.');
  if (field === 'phase') return `--phase ${phase}`;
  if (field === 'only.phase' && only && 'phase' in only) return `--only-phase ${only.phase}`;
  if (field === 'only.location' && only && 'location' in only) return `--only-location ${only.location}`;
  return undefined;
}

/** What to change on the command line, where the plan's fix (edit the pause) does not apply to one asked for. */
function optionHint(code: string, plan: Plan, planFile = 'rollout.yaml'): string | undefined {
  if (code === 'pause-overlap') return 'choose an --at on or after the day the other pause resumes, or a shorter --pause';
  if (code === 'rollback-pause' && plan.rollback) {
    return `choose an --at and --pause that end before ${plan.rollback.on}, the day the rollout rolled back; to try again after it, plan the second try from this plan: rollout init --restart ${planFile} --start YYYY-MM-DD`;
  }
  const part = plan.partRollbacks[0];
  const again = part?.resume ? `, or an --at on or after ${part.resume.on}, when it starts again` : '';
  if (code === 'rollback-pause' && part) return `${part.only.location ?? `phase ${part.only.phase}`} rolled back on ${part.on}: ask about another part (--only-location, --only-phase), or choose an --at and --pause that end before ${part.on}${again}`;
  if (code === 'unknown-phase') return `--phase and --only-phase take a phase id: ${plan.phases.map((p) => p.id).join(', ')}`;
  if (code === 'unknown-location') return `--only-location takes a location name: ${plan.organization.locations.map((l) => l.name).join(', ') || 'the plan has none'}`;
  return undefined;
}

/**
 * What would move if phase `phase`, running on `on`, ran `by` longer (a duration such as 1w):
 * the plan as it is against the same plan with the extension written in, decided on `on`,
 * compared as `diff` compares two plan files.
 */
export function whatIfExtension(plan: Plan, { phase, by, on }: { phase: string; by: string; on: string }): { extension: ScheduleExtension; set: ChangeSet; warnings: string[] } {
  const extended: Plan = { ...plan, extensions: [...plan.extensions, { phase, by, decided: on, reason: plan.language === 'nl' ? 'wat als' : 'what if' }] };
  // The plan itself is valid: what is wrong is the extension asked for, which lives on the command line.
  const problem = checkExtensions(extended).find((c) => c.severity === 'error' && c.path[1] === plan.extensions.length);
  if (problem) throw new RolloutError(`--extend ${phase} --by ${by} --at ${on}: ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`);
  const after = buildSchedule(extended);
  const extension = after.extensions!.filter((x) => x.phase === phase && x.decided === on).at(-1)!;
  // A gate due within the phase that this extension brings into its extra days, as validate would warn once it is written in.
  const known = new Set(checkExtensionGates(plan).map((c) => c.message));
  const warnings = checkExtensionGates(extended).filter((c) => !known.has(c.message)).map((c) => `--extend ${phase} --by ${by} --at ${on}: ${c.message}${c.hint ? ` (${c.hint})` : ''}`);
  return { extension, set: compareSchedules(buildSchedule(plan), after, { before: plan, after: extended }), warnings };
}
