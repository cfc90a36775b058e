import path from 'node:path';
import type { Plan } from '../plan/resolve.js';
import { RolloutError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { Header } from './columns.js';
import { readTable, shown } from './table.js';

/**
 * The people of the plan's `people:` file, by number. Ids and names stay in here: everything
 * that leaves it is a count, a group, a location or a phase.
 */
export class Roster {
  private readonly ids = new Map<string, number>();
  /** Names that only one person has, as a second way to find someone. */
  private readonly names = new Map<string, number>();
  private readonly takenNames = new Set<string>();
  readonly group: number[] = [];
  readonly location: number[] = [];
  /** The phase each person is in, by index into plan.phases; -1 for none. */
  readonly phase: number[] = [];
  hasPhaseColumn = false;

  constructor(readonly file: string) {}

  get size(): number {
    return this.group.length;
  }

  /** A person's number from an id in an export (or, when unique, a name); -1 when not listed. */
  find(id: string): number {
    // Exports mostly write ids as the roster keys them: try the cell as it is before normalising it.
    const exact = this.ids.get(id);
    if (exact !== undefined) return exact;
    const key = id.trim().toLowerCase();
    return this.ids.get(key) ?? this.names.get(key) ?? -1;
  }

  /** @internal */
  add(id: string, name: string, group: number, location: number, phase: number): number | undefined {
    const key = id.trim().toLowerCase();
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const index = this.size;
    this.ids.set(key, index);
    const nameKey = name.trim().toLowerCase();
    if (nameKey) {
      if (this.takenNames.has(nameKey)) this.names.delete(nameKey);
      else this.names.set(nameKey, index);
      this.takenNames.add(nameKey);
    }
    this.group.push(group);
    this.location.push(location);
    this.phase.push(phase);
    return undefined;
  }
}

/** Reads the roster and checks it against the plan's groups, locations and phases. */
export async function loadRoster(plan: Plan, baseDir: string): Promise<Roster> {
  const people = plan.people!;
  const file = path.resolve(baseDir, people.file);
  const roster = new Roster(shown(file));
  const groups = plan.organization.groups.map((g) => g.name);
  const locations = plan.organization.locations.map((l) => l.name);
  const phases = plan.phases;
  let cols: { person: number; name?: number; group?: number; location?: number; phase?: number } | undefined;
  const lines: number[] = [];
  const fail = (line: number, column: number, message: string) => new RolloutError(`${roster.file}:${line}:${column}: ${message}`);
  const lookup = (text: string, names: string[], what: string, line: number, column: number, fix: string): number => {
    if (text.trim() === '') return -1;
    const index = names.findIndex((n) => n.toLowerCase() === text.trim().toLowerCase());
    if (index >= 0) return index;
    const hint = didYouMean(text.trim(), names) ?? (names.length ? `the plan has ${names.map((n) => JSON.stringify(n)).join(', ')}` : `the plan lists none`);
    throw fail(line, column, `${what} ${JSON.stringify(text.trim())} is not in the plan; ${hint}; ${fix}`);
  };

  await readTable(roster.file, { delimiter: people.delimiter, sheet: people.sheet }, {
    header(cells) {
      const header = new Header(cells, roster.file);
      const c = people.columns;
      cols = {
        person: header.column(c.person, 'people.columns.person'),
        name: header.optional(c.name, 'people.columns.name'),
        group: header.optional(c.group, 'people.columns.group'),
        location: header.optional(c.location, 'people.columns.location'),
        phase: header.optional(c.phase, 'people.columns.phase'),
      };
      roster.hasPhaseColumn = cols.phase !== undefined;
    },
    row(row) {
      const c = cols!;
      const cell = (i: number | undefined) => (i === undefined ? '' : row.text(i));
      const at = (i: number | undefined) => (i ?? 0) + 1;
      if (cell(c.person).trim() === '') throw fail(row.line, at(c.person), `no ${people.columns.person} in this row; every person needs one, as the exports write it`);
      const group = lookup(cell(c.group), groups, 'group', row.line, at(c.group), 'add it under organization.groups or correct the roster');
      const ownLocation = lookup(cell(c.location), locations, 'location', row.line, at(c.location), 'add it under organization.locations or correct the roster');
      const groupLocation = group >= 0 ? locations.indexOf(plan.organization.groups[group]!.location ?? '') : -1;
      const phaseText = cell(c.phase).trim();
      let phase = -1;
      if (phaseText !== '') {
        phase = phases.findIndex((p) => p.id === phaseText.toLowerCase() || p.name.toLowerCase() === phaseText.toLowerCase());
        if (phase < 0) {
          const hint = didYouMean(phaseText, phases.map((p) => p.id)) ?? `phases are ${phases.map((p) => p.id).join(', ')}`;
          throw fail(row.line, at(c.phase), `phase ${JSON.stringify(phaseText)} is not in the plan; ${hint}; write a phase id or name`);
        }
      }
      const first = roster.add(cell(c.person), cell(c.name), group, ownLocation >= 0 ? ownLocation : groupLocation, phase);
      if (first !== undefined) throw fail(row.line, at(c.person), `this person is listed twice (first on line ${lines[first]}); keep one row per person`);
      lines.push(row.line);
    },
    bad(line, problem) {
      throw new RolloutError(`${roster.file}:${line}: ${problem}`);
    },
  });
  if (roster.size === 0) throw new RolloutError(`${roster.file}: the roster has a header but nobody in it; add one row per person`);
  assignPhases(plan, roster);
  return roster;
}

/**
 * People without a phase in the roster join the first launch phase whose audience names their
 * group or location (or everyone), else the phase that takes the rest.
 */
function assignPhases(plan: Plan, roster: Roster): void {
  const groups = plan.organization.groups.map((g) => g.name.toLowerCase());
  const locations = plan.organization.locations.map((l) => l.name.toLowerCase());
  const rest = plan.phases.findIndex((p) => p.kind === 'launch' && p.audience === 'rest');
  for (let i = 0; i < roster.size; i++) {
    if (roster.phase[i]! >= 0) continue;
    const group = groups[roster.group[i]!];
    const location = locations[roster.location[i]!];
    const claimed = plan.phases.findIndex((p) => {
      const a = p.audience;
      if (p.kind !== 'launch' || a === undefined || typeof a === 'string') return p.kind === 'launch' && a === 'all';
      if ('groups' in a) return group !== undefined && a.groups.some((g) => g.toLowerCase() === group);
      return location !== undefined && a.locations.some((l) => l.toLowerCase() === location);
    });
    roster.phase[i] = claimed >= 0 ? claimed : rest;
  }
}
