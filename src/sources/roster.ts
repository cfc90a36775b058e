import path from 'node:path';
import { planIn, type Plan } from '../plan/resolve.js';
import type { Place, RolloutError } from '../util/errors.js';
import { sameName } from '../util/same-name.js';
import { closest } from '../util/suggest.js';
import { ByteList, ByteTable } from '../csv/dictionary.js';
import { CsvRow } from '../csv/row.js';
import { CellKey, Conditions } from './cells.js';
import { Header } from './columns.js';
import { presentDuring, presentOn } from './present.js';
import { RosterDates } from './roster-dates.js';
import { rosterLanguage } from './roster-language.js';
import { cellAt, errorAt } from '../util/place.js';
import { readTable, shown, type Row } from './table.js';
import { norm } from './columns.js';
import { FormerIds } from './former-ids.js';
import type { StruckRows } from './struck-rows.js';

/** What `Roster.add` says besides the number of the earlier row with the same id. */
export const ADDED = -1;
export const BLANK_ID = -2;

/** What `Roster.person` says of an export cell that is nobody's on the roster, or someone's `people.exclude` leaves out (a suspended account). */
export const NOT_LISTED = -1;
export const LEFT_OUT = -3;

/**
 * The people of the plan's `people:` file, by number. Ids and names stay in here, as bytes:
 * everything that leaves it is a count, a group, a location or a phase.
 */
export class Roster {
  private readonly ids = new ByteTable();
  /** The ids people had before (`people.columns.formerIds`, a renamed address), and whose each is. */
  private readonly formerIds = new ByteTable();
  private readonly formerOwners: number[] = [];
  /** Whether the last `find` matched a former id: a report with rows under both of a person's ids counts them once. */
  viaFormer = false;
  /** The ids of the rows `people.exclude` leaves out (a suspended account): their export rows are no stranger's. */
  private readonly leftOutIds = new ByteTable();
  /** Each person's name key (empty for none), looked up only when an export cell is no id. */
  private readonly nameKeys = new ByteList();
  private names: { table: ByteTable; owners: number[] } | undefined;
  private readonly key = new CellKey();
  readonly group: number[] = [];
  readonly location: number[] = [];
  /** The phase each person is in, by index into plan.phases; -1 for none. */
  readonly phase: number[] = [];
  /** The language each person reads (`people.columns.language`), by index into organization.languages; -1 for their location's. */
  readonly language: number[] = [];
  /**
   * The first day each person counts and the first day they no longer do (`people.columns.joined`
   * and `left`); -Infinity and Infinity when the roster does not say.
   */
  readonly joined: number[] = [];
  readonly left: number[] = [];
  /** Each person's periods away (`people.columns.away`), first and last day; none for most. */
  readonly awayDays: [number, number][][] = [];
  /** The people with a date (joined, left or away): the only ones who count on some days and not on others. */
  readonly dated: number[] = [];
  hasPhaseColumn = false;
  /** How many people the roster's phase column names a phase for (the others are placed by assignPhases). */
  phasesWritten = 0;
  /** Rows read as Windows-1252, as they are not UTF-8. */
  windows1252 = 0;
  /** In a workbook: the rows left out as struck through, those with some cells struck (which count), and their sheet. */
  readonly struck: { rows: number[]; partly: number[]; sheet?: string } = { rows: [], partly: [] };

  constructor(readonly file: string) {}

  get size(): number {
    return this.group.length;
  }

  /** Whether a person counts on a day: they had joined, not left (see presentOn), and are not away. */
  on(person: number, day: number): boolean {
    return this.employed(person, day) && !this.onLeave(person, day);
  }

  /** Whether a person works here on a day, away or not: they had joined, and not left (see presentOn). */
  employed(person: number, day: number): boolean {
    return presentOn(this.joined[person]!, this.left[person]!, day);
  }

  /** Whether a person is away on a day, by a period of `people.columns.away`. */
  onLeave(person: number, day: number): boolean {
    return this.awayDays[person]?.some(([from, until]) => from <= day && day <= until) ?? false;
  }

  /** How many people who work here are away on a day. */
  onLeaveCount(day: number): number {
    return this.dated.filter((person) => this.employed(person, day) && this.onLeave(person, day)).length;
  }

  /** The people who do not count on a day: not joined yet, gone, or away. */
  away(day: number): number[] {
    return this.dated.filter((person) => !this.on(person, day));
  }

  /** The people who work here on a day (see presentOn), away or not: a phase's people, a headcount. */
  present(day: number): number[] {
    const out: number[] = [];
    for (let person = 0; person < this.size; person++) if (this.employed(person, day)) out.push(person);
    return out;
  }

  /** The people there on some day from `from` to `to` (see presentDuring). */
  presentDuring(from: number, to: number): number[] {
    const out: number[] = [];
    for (let person = 0; person < this.size; person++) if (presentDuring(this.joined[person]!, this.left[person]!, from, to)) out.push(person);
    return out;
  }

  /** A person's number from cell `i` of an export row (an id or, when unique, a name); -1 when not listed. */
  find(row: Row, i: number): number {
    this.viaFormer = false;
    // Exports mostly write ids as the roster keys them: try the cell's bytes as they are first.
    if (row instanceof CsvRow && i < row.length && !row.escaped[i]) {
      const id = this.ids.find(row.buf, row.starts[i]!, row.ends[i]!);
      if (id >= 0) return id;
    }
    const { key } = this;
    if (!key.of(row, i)) return -1;
    const id = this.ids.find(key.bytes, key.start, key.end);
    if (id >= 0) return id;
    const former = this.formerIds.size > 0 ? this.formerIds.find(key.bytes, key.start, key.end) : -1;
    if (former >= 0) {
      this.viaFormer = true;
      return this.formerOwners[former]!;
    }
    const names = (this.names ??= this.indexNames());
    const name = names.table.find(key.bytes, key.start, key.end);
    return name >= 0 ? names.owners[name]! : -1;
  }

  /** The person of cell `i` of an export row (see find); LEFT_OUT for someone `people.exclude` left out, who is no stranger. */
  person(row: Row, i: number): number {
    const person = this.find(row, i);
    return person < 0 && this.leftOut(row, i) ? LEFT_OUT : person;
  }

  /** Whether cell `i` of an export row is the id of someone `people.exclude` left out of the roster. */
  leftOut(row: Row, i: number): boolean {
    const { key } = this;
    return this.leftOutIds.size > 0 && key.of(row, i) && this.leftOutIds.find(key.bytes, key.start, key.end) >= 0;
  }

  /** @internal Keeps the id of a roster row that `people.exclude` leaves out. */
  leaveOut(row: Row, idColumn: number): void {
    const { key } = this;
    if (key.of(row, idColumn)) this.leftOutIds.add(key.bytes, key.start, key.end);
  }

  get hasFormerIds(): boolean {
    return this.formerIds.size > 0;
  }

  /** @internal Gives `person` a former id: ADDED, or the person who already has it. */
  addFormer(id: string, person: number): number {
    const bytes = Buffer.from(norm(id));
    const known = this.formerIds.size;
    const former = this.formerIds.add(bytes, 0, bytes.length);
    if (former < known) return this.formerOwners[former]!;
    this.formerOwners.push(person);
    return ADDED;
  }

  /** @internal The person whose id `id` is, or -1. */
  withId(id: string): number {
    const bytes = Buffer.from(norm(id));
    return this.ids.find(bytes, 0, bytes.length);
  }

  /** The names only one person has, as a second way to find someone. */
  private indexNames(): { table: ByteTable; owners: number[] } {
    const table = new ByteTable();
    /** By name: the one person who has it, or -1 when several do. */
    const owners: number[] = [];
    for (let person = 0; person < this.size; person++) {
      this.nameKeys.with(person, (bytes, start, end) => {
        if (end === start) return;
        const known = table.size;
        const name = table.add(bytes, start, end);
        if (name === known) owners.push(person);
        else owners[name] = -1;
      });
    }
    return { table, owners };
  }

  /** @internal The person of a roster row: ADDED, BLANK_ID, or the number of the person with the same id. */
  add(row: Row, idColumn: number, nameColumn: number | undefined, group: number, location: number, phase: number, language: number): number {
    const { key } = this;
    if (!key.of(row, idColumn)) return BLANK_ID;
    const index = this.size;
    const id = this.ids.add(key.bytes, key.start, key.end);
    if (id !== index) return id;
    this.names = undefined;
    if (nameColumn !== undefined && key.of(row, nameColumn)) this.nameKeys.push(key.bytes, key.start, key.end);
    else this.nameKeys.push(key.bytes, 0, 0);
    this.group.push(group);
    this.location.push(location);
    this.phase.push(phase);
    this.language.push(language);
    this.joined.push(-Infinity);
    this.left.push(Infinity);
    return ADDED;
  }
}

interface RosterColumns {
  person: number;
  name?: number;
  group?: number;
  location?: number;
  phase?: number;
  language?: number;
  joined?: number;
  left?: number;
  formerIds?: number;
  away?: number;
}

/**
 * Reads the roster and checks it against the plan's groups, locations and phases. `planAt` is where
 * the plan names the file, for the message when it is missing.
 */
export async function loadRoster(plan: Plan, baseDir: string, planAt?: string): Promise<Roster> {
  const people = plan.people!;
  const file = path.resolve(baseDir, people.file);
  const roster = new Roster(shown(file));
  let cols: RosterColumns | undefined;
  const lines: number[] = [];
  /** In a workbook: the sheet read, for messages. */
  let sheet: string | undefined;
  const at = (line: number, column = 0): Place => cellAt(roster.file, line, column, sheet);
  // Rosters repeat a few groups, locations and phases: each distinct cell is looked up once.
  const groups = new NameColumn(at, plan.organization.groups.map((g) => g.name), 'group', 'add it under organization.groups or correct the roster');
  const locations = new NameColumn(at, plan.organization.locations.map((l) => l.name), 'location', 'add it under organization.locations or correct the roster');
  const phaseIndex = phaseReader(plan);
  const phases = new TextMeaning((text, row) => phaseIndex(text, at(row.line, cols!.phase! + 1)));
  const languages = new TextMeaning((text, row) => rosterLanguage(text, plan.organization.languages, at(row.line, cols!.language! + 1)));
  const groupLocations = plan.organization.groups.map((g) => locations.names.indexOf(g.location ?? ''));
  const dates = new RosterDates(roster.file, people.dateFormat, { joined: people.columns.joined, left: people.columns.left, away: people.columns.away });
  const exclude = new Conditions(people.exclude, 'people.exclude');
  const formerIds = new FormerIds(roster, at, people.columns, lines);

  let rosterHeader: Header | undefined;
  // A roster typed by hand may leave out a row's empty cells at its end (no phase, no dates yet);
  // one that ends before its person, group or location is a row cut short or split.
  let needed: number[] = [];
  let cellsNeeded = 0;
  const fileKey = `people.file${planAt ? ` (${planAt})` : ''}`;
  const missingHint = `put the roster there or correct ${fileKey}; \`rollout init --people\` writes one to fill in`;
  const named = [...Object.values(people.columns), ...Object.keys(people.exclude ?? {})];
  let struck: StruckRows | undefined;
  const { windows1252, excelDates } = await readTable(roster.file, { delimiter: people.delimiter, sheet: people.sheet, named, missingHint, fileKey, strikethrough: true }, {
    header(cells, info) {
      sheet = info.sheet;
      struck = info.struck;
      roster.struck.sheet = sheet;
      dates.sheet = sheet;
      const header = new Header(cells, roster.file, info.line, sheet);
      const c = people.columns;
      cols = {
        person: header.column(c.person, 'people.columns.person'),
        name: header.optional(c.name, 'people.columns.name'),
        group: header.optional(c.group, 'people.columns.group'),
        location: header.optional(c.location, 'people.columns.location'),
        phase: header.optional(c.phase, 'people.columns.phase'),
        language: header.optional(c.language, 'people.columns.language'),
        joined: header.optional(c.joined, 'people.columns.joined'),
        left: header.optional(c.left, 'people.columns.left'),
        away: header.optional(c.away, 'people.columns.away'),
        formerIds: header.optional(c.formerIds, 'people.columns.formerIds'),
      };
      exclude.place(header);
      groups.column = cols.group;
      locations.column = cols.location;
      roster.hasPhaseColumn = cols.phase !== undefined;
      rosterHeader = header;
      needed = [cols.person, cols.group, cols.location].filter((i) => i !== undefined);
      cellsNeeded = header.cellsNeeded(needed);
      return header.read;
    },
    row(row) {
      const c = cols!;
      // A row struck through is someone who left, as a shared sheet marks them: no share counts them, as with exclude.
      if (struck?.whole.has(row.line)) {
        roster.struck.rows.push(row.line);
        roster.leaveOut(row, c.person);
        return;
      }
      if (struck?.part.has(row.line)) roster.struck.partly.push(row.line);
      if (row.length < cellsNeeded) throw errorAt(at(row.line), `${rosterHeader!.shortRow(row.length, needed)}`);
      // Someone left out (a suspended account) is in no share and reads no email, wherever the row places them.
      if (exclude.any(row)) {
        roster.leaveOut(row, c.person);
        return;
      }
      const group = groups.index(row);
      const location = locations.index(row);
      const phase = c.phase === undefined ? -1 : phases.get(row, c.phase);
      const language = c.language === undefined ? -1 : languages.get(row, c.language);
      const first = roster.add(row, c.person, c.name, group, location >= 0 ? location : group >= 0 ? groupLocations[group]! : -1, phase, language);
      if (first === BLANK_ID) throw errorAt(at(row.line, c.person + 1), `no ${people.columns.person} in this row; every person needs one, as the exports write it`);
      if (first !== ADDED) throw errorAt(at(row.line, c.person + 1), `this person is listed twice (first on line ${lines[first]}); keep one row per person`);
      lines.push(row.line);
      dates.add(row, c.joined, roster.size - 1, false);
      dates.add(row, c.left, roster.size - 1, true);
      dates.addAway(row, c.away, roster.size - 1);
      if (c.formerIds !== undefined) formerIds.read(row, c.formerIds, roster.size - 1);
    },
    bad(line, problem) {
      throw errorAt(at(line), `${problem}`);
    },
  });
  roster.windows1252 = windows1252;
  formerIds.check();
  dates.apply(roster, excelDates);
  if (roster.size === 0) throw errorAt({ file: roster.file }, 'the roster has a header but nobody in it; add one row per person');
  roster.phasesWritten = roster.phase.filter((p) => p >= 0).length;
  assignPhases(plan, roster);
  return roster;
}

/** A roster column that names one of the plan's groups or locations. */
class NameColumn {
  column: number | undefined;
  private readonly indexes: TextMeaning;

  constructor(at: (line: number, column: number) => Place, readonly names: string[], what: string, fix: string) {
    this.indexes = new TextMeaning((text, row) => {
      const name = text.trim();
      if (name === '') return -1;
      const index = names.findIndex((n) => sameName(name, n));
      if (index >= 0) return index;
      if (!name.startsWith('/')) throw notInPlan(at(row.line, this.column! + 1), what, name, names, names, fix);
      const path = orgUnitPath(name, names);
      if (path.index !== undefined) return path.index;
      throw notInPlan(at(row.line, this.column! + 1), what, name, names, [...names, ...path.parts.map((p) => `/${p}`)], `${ORG_UNIT_RULE(what)}; ${fix}`);
    });
  }

  /** The index of the name in a row, -1 for none. */
  index(row: Row): number {
    return this.column === undefined ? -1 : this.indexes.get(row, this.column);
  }
}

/**
 * An org-unit path, as Google Workspace's user download writes where someone works
 * (`/Paramaribo`, `/Moengo/Bouwplaats`): the plan name of its deepest part that is one (a unit
 * below a location is in that location), -1 for the top unit `/`, undefined when no part is.
 */
function orgUnitPath(path: string, names: string[]): { index?: number; parts: string[] } {
  const parts = path.split('/').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { index: -1, parts };
  for (let k = parts.length - 1; k >= 0; k--) {
    const index = names.findIndex((n) => sameName(parts[k], n));
    if (index >= 0) return { index, parts };
  }
  return { parts };
}

const ORG_UNIT_RULE = (what: string) => `an org-unit path stands for the ${what} its deepest part names, and no part of this one names a ${what} of the plan`;

/**
 * What the cells of a roster column stand for, worked out once per distinct text. The roster is
 * read once, before the code is warm: there, comparing a cell's bytes with the few distinct cells
 * seen first, then its text in a Map, costs less than hashing its bytes (how exports, read many
 * times over, are looked up).
 */
class TextMeaning {
  private readonly meanings = new Map<string, number>();
  /** The bytes of the first distinct cells, and what they stand for. */
  private readonly seen: Uint8Array[] = [];
  private readonly seenMeanings: number[] = [];

  /** `meaning` is called with the first row that holds a text. */
  constructor(private readonly meaning: (text: string, row: Row) => number) {}

  get(row: Row, i: number): number {
    if (!(row instanceof CsvRow) || i >= row.length || row.escaped[i]) return this.textMeaning(row, i);
    const { buf, starts, ends } = row;
    const start = starts[i]!;
    const length = ends[i]! - start;
    const { seen } = this;
    for (let k = 0; k < seen.length; k++) {
      const bytes = seen[k]!;
      if (bytes.length !== length) continue;
      let j = 0;
      while (j < length && bytes[j] === buf[start + j]) j++;
      if (j === length) return this.seenMeanings[k]!;
    }
    const meaning = this.textMeaning(row, i);
    if (seen.length < MAX_SEEN) {
      seen.push(buf.slice(start, start + length));
      this.seenMeanings.push(meaning);
    }
    return meaning;
  }

  private textMeaning(row: Row, i: number): number {
    const text = row.text(i);
    let meaning = this.meanings.get(text);
    if (meaning === undefined) {
      meaning = this.meaning(text, row);
      // Each text is a spelling of a name in the plan (any other stops the read); bounded all the same.
      if (this.meanings.size < MAX_TEXTS) this.meanings.set(text, meaning);
    }
    return meaning;
  }
}

/** Distinct cells compared by their bytes: a roster's groups, locations and phases are a few. */
const MAX_SEEN = 16;
const MAX_TEXTS = 4096;

/**
 * The phase a roster cell names: its id, or its name in any of the plan's languages (a roster
 * does not change with `--lang`). The spellings of each phase are worked out at the first cell.
 */
function phaseReader(plan: Plan): (text: string, at: Place) => number {
  let spellings: string[][] | undefined;
  return (text, at) => {
    const phaseText = text.trim();
    if (phaseText === '') return -1;
    spellings ??= plan.phases.map((p, i) => [p.id, ...new Set(plan.organization.languages.map((lang) => planIn(plan, lang).phases[i]!.name))]);
    const lower = phaseText.toLowerCase();
    const phase = spellings.findIndex((names) => names.some((n) => n.toLowerCase() === lower));
    if (phase >= 0) return phase;
    throw notInPlan(at, 'phase', phaseText, plan.phases.map((p) => p.id), spellings.flat(), "correct the roster with a phase's id or name, or add the phase under phases");
  };
}

/** A roster cell that names no group, location or phase of the plan: what was found, what the plan has, the fix. */
function notInPlan(at: Place, what: string, found: string, listed: string[], spellings: string[], fix: string): RolloutError {
  const meant = closest(found, spellings);
  const has = listed.length ? `the plan has ${listed.map((n) => JSON.stringify(n)).join(', ')}` : 'the plan lists none';
  return errorAt(at, `${what} ${JSON.stringify(found)} is not in the plan${meant === undefined ? '' : ` (did you mean ${JSON.stringify(meant)}?)`}; ${has}; ${fix}`);
}

/**
 * People without a phase in the roster join the first launch phase whose audience names their
 * group or location (or everyone), else the phase that takes the rest.
 */
function assignPhases(plan: Plan, roster: Roster): void {
  const groups = plan.organization.groups.map((g) => g.name.toLowerCase());
  const locations = plan.organization.locations.map((l) => l.name.toLowerCase());
  const rest = plan.phases.findIndex((p) => p.kind === 'launch' && p.audience === 'rest');
  const phaseOf = (group: string | undefined, location: string | undefined): number => {
    const claimed = plan.phases.findIndex((p) => {
      const a = p.audience;
      if (p.kind !== 'launch' || a === undefined || typeof a === 'string') return p.kind === 'launch' && a === 'all';
      if ('groups' in a) return group !== undefined && a.groups.some((g) => g.toLowerCase() === group);
      return location !== undefined && a.locations.some((l) => l.toLowerCase() === location);
    });
    return claimed >= 0 ? claimed : rest;
  };
  // By group and location: a roster has a few of each, and thousands of people.
  const known = new Map<number, number>();
  for (let i = 0; i < roster.size; i++) {
    if (roster.phase[i]! >= 0) continue;
    const key = (roster.group[i]! + 1) * (locations.length + 1) + roster.location[i]! + 1;
    let phase = known.get(key);
    if (phase === undefined) known.set(key, (phase = phaseOf(groups[roster.group[i]!], locations[roster.location[i]!])));
    roster.phase[i] = phase;
  }
}
