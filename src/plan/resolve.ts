import { RolloutError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { nominalOffsets } from '../schedule/offsets.js';
import { presetPhases } from './presets.js';
import { successGates } from './success-gates.js';
import { word } from './builtin-text.js';
import { localize } from './localize.js';
import { knownNames } from './known-names.js';
import { midSentence } from './condition-text.js';
import { defaultObjections } from './resistance.js';
import { supportOf, type Support } from './support.js';
import type { Gate, Language, Localized, Metric, ParsedPlan, Phase, Rollback } from './schema.js';
import { splitRollbacks, type PartRollback } from '../rollback/parts.js';
import type { PlanPath } from './positions.js';
import type { GroupSplit } from './targeted.js';
import type { RosterPlace } from './roster-places.js';

/** A plan with everything its preset and the playbook imply filled in. */
/** A metric of the plan, with its label as it reads inside a sentence when it has one. */
export type PlanMetric = Metric & { inSentence?: string };

export interface Plan extends Omit<Localized<ParsedPlan>, 'phases' | 'gates' | 'metrics' | 'resistance' | 'challenges' | 'calendar' | 'support' | 'rollback'> {
  /** The plan as written, with its texts in every language it gives them (and what the roster adds, which each resolution keeps). */
  raw: ParsedPlan & Pick<Plan, 'groupSplits' | 'rosterPlaces'>;
  /** The language every text of this plan is in. */
  language: Language;
  phases: Phase[];
  gates: Gate[];
  metrics: PlanMetric[];
  /** Where the roster puts the people of targeted groups that no launch phase brings in as a whole (see targetedParts); read by the commands that write their messages. */
  groupSplits?: GroupSplit[];
  /** Where the roster's phase column puts the people of the phases whose audience is a share or `rest` (see RosterPlace). */
  rosterPlaces?: RosterPlace[];
  /** True when the gates come from the playbook's default rather than the plan. */
  defaultGates: boolean;
  /** True when the phases come from the preset rather than the plan. */
  presetPhases: boolean;
  calendar: Localized<ParsedPlan['calendar']> & { timezone: string };
  support: Support;
  supportLanguages: Language[];
  resistance: NonNullable<Localized<ParsedPlan['resistance']>>;
  challenges: NonNullable<Localized<ParsedPlan['challenges']>>;
  /** The rollback of the whole rollout, if the plan records one. */
  rollback?: Rollback;
  /** Where the plan writes the rollback of the whole rollout. */
  rollbackAt: PlanPath;
  /** The rollbacks of one part each (`rollback: { only }`), in the plan's order. */
  partRollbacks: PartRollback[];
  /** The words the plan uses as names (tool, organization, groups, locations, phases): they keep their capital inside a sentence. */
  knownNames: ReadonlySet<string>;
}

export const DEFAULT_METRICS: Metric[] = [
  { name: 'active_use_pct', label: 'Active use', unit: 'percent', goal: '80% active use within 4 weeks of their rollout' },
  { name: 'accounts_pct', label: 'Users with accounts', unit: 'percent' },
  { name: 'satisfaction', label: 'Satisfaction (1-10)', unit: 'score', range: [1, 10], goal: '7+/10' },
  { name: 'nps', label: 'Net Promoter Score answers (0-10)', unit: 'score', goal: 'NPS > 0' },
  { name: 'support_tickets', label: 'Support tickets', unit: 'count', goal: 'decreasing trend' },
  { name: 'training_completion_pct', label: 'Training completion', unit: 'percent' },
];

const DEFAULT_CHALLENGES = [
  {
    challenge: 'Emails were sent, but adoption is not picking up.',
    mitigation:
      'Have an executive sponsor send the first message, keep emails short with a clear call to action, and use several awareness tactics.',
  },
  {
    challenge: 'Users are resistant to change and push back on using new technology.',
    mitigation: 'Use the positive experiences of pilot users to promote the new tool.',
  },
  {
    challenge: 'Users feel that if they have to be trained, the solution must be hard to use.',
    mitigation: 'Position training as a value-add; offer short brown bags per department and a variety of methods.',
  },
];

/**
 * The playbook's gates for each launch phase: a go/no-go (60% active use by the last working day
 * before the next launch, which waits for it) and the success measure (80% within 4 weeks). A
 * phase that no launch starts after (the last, or one that starts with it) has no go/no-go.
 */
export function presetGates(phases: readonly Phase[]): Gate[] {
  const offsets = nominalOffsets(phases);
  const launchOffsets = offsets.filter((_, i) => phases[i]!.kind === 'launch');
  const lastStart = Math.max(...launchOffsets);
  const launches = phases.filter((p) => p.kind === 'launch');
  const gate = (phase: Phase, fields: Pick<Gate, 'id' | 'threshold' | 'guards'> & Partial<Gate>): Gate => ({
    phase: phase.id,
    metric: 'active_use_pct',
    aggregate: 'last',
    op: '>=',
    within: '4w',
    severity: 'major',
    onInconclusive: 'pause',
    ...fields,
  });
  return launches.flatMap((p, i) => [
    ...(launchOffsets[i]! < lastStart ? [gate(p, { id: `${p.id}-go-no-go`, threshold: 60, due: 'day-before', guards: 'next' })] : []),
    gate(p, { id: `${p.id}-success`, threshold: 80, guards: 'none' }),
  ]);
}

/** Every gate of the playbook for these phases: the gates a plan without `gates:` has. */
export function playbookGates(phases: readonly Phase[], plan: Pick<ParsedPlan, 'organization' | 'metrics'>): Gate[] {
  return [...presetGates(phases), ...successGates(phases, plan)];
}

/** The plan with its texts in `lang` (default: its first language) and the playbook's defaults filled in. */
export function resolvePlan(raw: Plan['raw'], lang: Language = raw.organization.languages[0] ?? 'en'): Plan {
  const parsed = localize(raw, lang, raw.organization.languages);
  // The preset's own names and activities, in the plan's language.
  const phases = parsed.phases ?? presetPhases(parsed).map((p) => ({ ...p, name: word(p.name, lang), ...(p.activities ? { activities: p.activities.map((a) => word(a, lang)) } : {}) }));
  const defaultGates = parsed.gates === undefined;
  const gates = parsed.gates ?? playbookGates(phases, parsed);
  const named = new Set(parsed.metrics.map((m) => m.name));
  const names = knownNames(parsed, phases);
  const support = supportOf(parsed, lang);
  const { rollback: written, ...rest } = parsed;
  const { whole, parts, wholeAt } = splitRollbacks(written);
  return {
    ...rest,
    ...(whole ? { rollback: whole } : {}),
    rollbackAt: wholeAt,
    partRollbacks: parts,
    knownNames: names,
    raw,
    language: lang,
    phases,
    gates,
    defaultGates,
    ...(raw.groupSplits ? { groupSplits: raw.groupSplits } : {}),
    ...(raw.rosterPlaces ? { rosterPlaces: raw.rosterPlaces } : {}),
    presetPhases: parsed.phases === undefined,
    metrics: [...parsed.metrics, ...DEFAULT_METRICS.filter((m) => !named.has(m.name))].map((m) => (m.label === undefined ? m : { ...m, inSentence: midSentence(word(m.label, lang), names) })),
    calendar: {
      ...parsed.calendar,
      timezone: parsed.calendar.timezone ?? parsed.organization.locations[0]?.timezone ?? 'UTC',
    },
    support,
    supportLanguages: parsed.regional.supportLanguages ?? support.languages ?? parsed.organization.languages,
    resistance: parsed.resistance ?? defaultObjections({ ...parsed, support }, lang, names).map(({ question, answer }) => ({ objection: question, response: answer })),
    challenges: parsed.challenges ?? DEFAULT_CHALLENGES,
  };
}

/** Refuses a phase id given as `option` (`--phase`, `--extend`) that the plan does not have, naming the closest id and the ones it has. */
export function requirePhaseId(phases: readonly { id: string }[], id: string, option = '--phase'): void {
  if (phases.some((p) => p.id === id)) return;
  const ids = phases.map((p) => p.id);
  const hint = didYouMean(id, ids);
  throw new RolloutError(`${option} ${id}: the plan has no such phase${hint ? `; ${hint}` : ''} (phases: ${ids.join(', ')})`);
}

/** The same plan with its texts in another language. */
export function planIn(plan: Plan, lang: Language): Plan {
  return lang === plan.language ? plan : resolvePlan(plan.raw, lang);
}

/** The plan with where the roster's phase column puts the people of its share and `rest` phases; kept in every language and era. */
export function withRosterPlaces(plan: Plan, rosterPlaces: RosterPlace[]): Plan {
  return rosterPlaces.length === 0 ? plan : { ...plan, raw: { ...plan.raw, rosterPlaces }, rosterPlaces };
}

/** The plan with where the roster puts the people of targeted groups no phase brings in as a whole; kept in every language and era. */
export function withGroupSplits(plan: Plan, groupSplits: GroupSplit[]): Plan {
  return groupSplits.length === 0 ? plan : { ...plan, raw: { ...plan.raw, groupSplits }, groupSplits };
}
