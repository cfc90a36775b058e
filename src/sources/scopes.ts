import type { Plan } from '../plan/resolve.js';
import type { Roster } from './roster.js';
import { reaches } from '../pauses/scope.js';
import type { Pauses } from '../pauses/pauses.js';
import { partsBack, type PartBack } from '../gates/still-on.js';
import { planPauses } from '../schedule/phases.js';
import type { Day } from '../util/dates.js';
import { sameName } from '../util/same-name.js';

/** Whom a computed share describes: the roster people of a phase, group and location (all when left out). */
export interface Scope {
  phase?: string;
  group?: string;
  location?: string;
  /** Everyone but the people of these parts, rolled back: the parts still on the new tool, under `key`. */
  stillOn?: { key: string; back: readonly PartBack[] };
}

const NONE_BACK: ReadonlySet<number> = new Set();

const key = (s: Scope): string => `${s.phase ?? ''}|${s.group ?? ''}|${s.location ?? ''}`.toLowerCase();

/**
 * The scopes gates read a metric in and, for the decommission condition's metric, every part the
 * condition counts (see partScopes): its lowest decides, whether a gate names that part or not.
 */
export function gateScopes(plan: Plan, metric: string): Scope[] {
  const scopes: Scope[] = plan.gates
    .filter((g) => g.metric === metric)
    .map((g) => ({ ...(g.scope === 'organization' ? {} : { phase: g.phase }), ...(g.group ? { group: g.group } : {}), ...(g.location ? { location: g.location } : {}) }));
  if (plan.phases.some((p) => p.kind === 'decommission' && p.when?.metric === metric)) scopes.push(...partScopes(plan));
  return unique(scopes);
}

/** Every scope `rollout metrics` shows: the parts (see partScopes), and each gate's. */
export function allScopes(plan: Plan, metric: string): Scope[] {
  return unique([...partScopes(plan), ...gateScopes(plan, metric)]);
}

/** The whole organization, each launch phase, each group and each location. */
function partScopes(plan: Plan): Scope[] {
  return [
    {},
    ...plan.phases.filter((p) => p.kind === 'launch').map((p) => ({ phase: p.id })),
    ...plan.organization.groups.map((g) => ({ group: g.name })),
    ...plan.organization.locations.map((l) => ({ location: l.name })),
  ];
}

function unique(scopes: Scope[]): Scope[] {
  const seen = new Map<string, Scope>();
  for (const s of scopes) if (!seen.has(key(s))) seen.set(key(s), s);
  return [...seen.values()];
}

/**
 * The roster split into parts of one phase, group and location each: the people of any scope
 * are a set of whole parts, so a share is summed from a few counts per part.
 */
export class RosterParts {
  private readonly partOf: Int32Array;
  private readonly parts: { phase: number; group: number; location: number }[] = [];
  private readonly sizes: number[] = [];
  private pauses: Pauses | undefined;
  private readonly back = new Map<Day, ReadonlySet<number>>();

  constructor(
    private readonly plan: Plan,
    private readonly roster: Roster,
  ) {
    const byKey = new Map<number, number>();
    const groups = plan.organization.groups.length + 1;
    const locations = plan.organization.locations.length + 1;
    this.partOf = new Int32Array(roster.size);
    for (let i = 0; i < roster.size; i++) {
      const key = ((roster.phase[i]! + 1) * groups + roster.group[i]! + 1) * locations + roster.location[i]! + 1;
      let index = byKey.get(key);
      if (index === undefined) byKey.set(key, (index = this.parts.push({ phase: roster.phase[i]!, group: roster.group[i]!, location: roster.location[i]! }) - 1));
      this.partOf[i] = index;
      this.sizes[index] = (this.sizes[index] ?? 0) + 1;
    }
  }

  /** The part a person is in. */
  of(person: number): number {
    return this.partOf[person]!;
  }

  /** Counts of `slots` values per part, with every person on the roster that day at value 0. */
  counts(slots: number, day: number): Int32Array {
    const counts = new Int32Array(this.parts.length * slots);
    for (let part = 0; part < this.parts.length; part++) counts[part * slots] = this.sizes[part]!;
    for (const person of this.roster.away(day)) counts[this.partOf[person]! * slots]!--;
    return counts;
  }

  /** The location a part's people work at, by index into organization.locations; -1 for none. */
  locationOf(part: number): number {
    return this.parts[part]!.location;
  }

  /** How many parts there are. */
  get size(): number {
    return this.parts.length;
  }

  /** The phase id, group and location names a part's people share, for a message. */
  names(part: number): { phase?: string; group?: string; location?: string } {
    const { phase, group, location } = this.parts[part]!;
    const { phases, organization } = this.plan;
    return {
      ...(phase >= 0 ? { phase: phases[phase]!.id } : {}),
      ...(group >= 0 ? { group: organization.groups[group]!.name } : {}),
      ...(location >= 0 ? { location: organization.locations[location]!.name } : {}),
    };
  }

  /** The parts whose people a rollback of one part has back on the old tools on `day` (see partsBack): none before it, nor once it starts again. */
  backOn(day: Day): ReadonlySet<number> {
    if (this.plan.partRollbacks.length === 0) return NONE_BACK;
    let parts = this.back.get(day);
    if (parts) return parts;
    this.pauses ??= planPauses(this.plan);
    const back = partsBack(this.pauses, day);
    parts = back.length === 0 ? NONE_BACK : new Set(this.parts.flatMap((_, index) => (back.some((r) => reaches(r, this.names(index))) ? [index] : [])));
    this.back.set(day, parts);
    return parts;
  }

  /** The parts whose people are in a scope (a phase with a share audience needs the roster's phase column: `rollout validate` says so). */
  inScope(scope: Scope): number[] {
    const { plan } = this;
    const phase = scope.phase === undefined ? -1 : plan.phases.findIndex((p) => p.id === scope.phase);
    const group = scope.group === undefined ? -1 : plan.organization.groups.findIndex((g) => sameName(g.name, scope.group!));
    const location = scope.location === undefined ? -1 : plan.organization.locations.findIndex((l) => sameName(l.name, scope.location!));
    const back = scope.stillOn?.back ?? [];
    return this.parts.flatMap((part, index) =>
      (phase < 0 || part.phase === phase) && (group < 0 || part.group === group) && (location < 0 || part.location === location) && !back.some((r) => reaches(r, this.names(index))) ? [index] : [],
    );
  }
}

/** What a computed share names: its phase, group and location, or the key of the parts still on the new tool. */
export function scopeTags(scope: Scope): Omit<Scope, 'stillOn'> & { stillOn?: string } {
  return { ...(scope.phase ? { phase: scope.phase } : {}), ...(scope.group ? { group: scope.group } : {}), ...(scope.location ? { location: scope.location } : {}), ...(scope.stillOn ? { stillOn: scope.stillOn.key } : {}) };
}
