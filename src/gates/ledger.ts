import { formatDay, type Day } from '../util/dates.js';
import { RolloutError } from '../util/errors.js';
import { errorAt } from '../util/place.js';
import type { Observations } from './series.js';

/** Where observations belong. The ledger makes one object per distinct combination, so rows make none. */
export interface Scope {
  readonly phase?: string;
  readonly group?: string;
  readonly location?: string;
  /**
   * The values describe exactly this phase, group and location (a share computed for it), so
   * they count only for gates of that same scope.
   */
  readonly exact?: true;
}

/** A file that reported days an earlier file had already reported with the same values. */
export interface Repeat {
  file: string;
  earlier: string;
  /** Metric days (a metric, scope and day each) counted once. */
  days: number;
  example: string;
}

/** Room in the order of survey answers for this many answers within one second (see add). */
const ANSWERS_PER_SECOND = 2 ** 24;

/** Distinct phase, group and location combinations; past this the export is not one of a rollout. */
export const MAX_SCOPES = 10_000;

/**
 * One day's values of a track, in a typed array that doubles as it fills: its bytes live outside
 * the JavaScript heap, so that the rows kept do not make the young generation grow (and stay).
 */
class DayEntry {
  private store = new Float64Array(4);
  private count = 0;
  /** What the file being read says about a day another file owns, until that file ends. */
  pending?: number[];
  /** Who gave each value and when, of a day with survey answers of roster people (see pushAnswer). */
  answers?: { people: number[]; order: number[] };

  /** `owner` is the file that reported this day first; later files must agree with it. */
  constructor(readonly owner: number) {}

  push(value: number): void {
    if (this.count === this.store.length) {
      const grown = new Float64Array(this.count * 2);
      grown.set(this.store);
      this.store = grown;
    }
    this.store[this.count++] = value;
  }

  /** A survey answer of a roster person, `order` larger for a later one: kept beside the value, which `push` stores. */
  pushAnswer(value: number, person: number, order: number): void {
    const at = this.count;
    this.push(value);
    this.answers ??= { people: [], order: [] };
    // Values pushed before without a person (an earlier source without a person column) are nobody's.
    while (this.answers.people.length < at) {
      this.answers.people.push(-1);
      this.answers.order.push(0);
    }
    this.answers.people.push(person);
    this.answers.order.push(order);
  }

  /** The values so far: a view, valid until the next push. */
  get values(): Float64Array {
    return this.store.subarray(0, this.count);
  }
}

/** One metric in one scope: its values by day. */
class Track {
  readonly days = new Map<Day, DayEntry>();
  /** The entry added to last: rows of one day come together. */
  lastDay = NaN;
  lastEntry: DayEntry | undefined;
  constructor(
    readonly metric: string,
    readonly scope: Scope,
  ) {}
}

/**
 * Every observation kept for the gates, by metric, scope and day, from one or more files. A day
 * belongs to the file that reports it first: another file that reports the same metric, scope
 * and day must give the same values (counted once, and said) or the files disagree (an error
 * naming both). Memory grows with metric days, not with rows compared.
 */
export class ObservationLedger {
  private readonly files: string[] = [];
  private readonly scopes = new Map<string, Scope>();
  private readonly tracks = new Map<string, Map<Scope, Track>>();
  private pending: [Track, Day, DayEntry][] = [];
  private last: Track | undefined;
  private readonly covered = new Map<string, Day>();
  /** Survey answers of roster people added so far: the order they came in. */
  private answered = 0;

  /** Starts a file: what `add` gets until `endFile` comes from it. */
  beginFile(file: string): void {
    this.files.push(file);
    this.pending = [];
  }

  /** The combinations seen so far, in the order first seen: `scopesFrom(count)` after a file gives those it added. */
  get scopeCount(): number {
    return this.scopes.size;
  }

  scopesFrom(index: number): Scope[] {
    return [...this.scopes.values()].slice(index);
  }

  /** The one scope object for a combination of phase, group and location (blank = none). */
  scope(phase?: string, group?: string, location?: string, exact?: boolean): Scope {
    const key = `${phase ?? ''}\u0000${group ?? ''}\u0000${location ?? ''}\u0000${exact ? 1 : 0}`;
    let scope = this.scopes.get(key);
    if (!scope) {
      if (this.scopes.size >= MAX_SCOPES) {
        const file = this.files.at(-1);
        const problem = `more than ${MAX_SCOPES.toLocaleString('en')} different phase, group and location combinations; check the columns mapped in metricsImport.columns`;
        throw file === undefined ? new RolloutError(`metrics: ${problem}`) : errorAt({ file }, problem);
      }
      scope = Object.freeze({ ...(phase ? { phase } : {}), ...(group ? { group } : {}), ...(location ? { location } : {}), ...(exact ? { exact: true as const } : {}) });
      this.scopes.set(key, scope);
    }
    return scope;
  }

  /**
   * `person`: of a survey answer, the roster person who gave it (-1: nobody known), and `second`
   * the second of its day it was given, so that a gate counts each person's latest answer once.
   */
  add(metric: string, scope: Scope, day: Day, value: number, person = -1, second = 0): void {
    const track = this.track(metric, scope);
    const file = this.files.length - 1;
    let entry = track.lastDay === day ? track.lastEntry : track.days.get(day);
    if (!entry) track.days.set(day, (entry = new DayEntry(file)));
    track.lastDay = day;
    track.lastEntry = entry;
    // Of one second, the answer that came later: the survey tools list answers as they come in.
    if (entry.owner === file) {
      if (person < 0) entry.push(value);
      else entry.pushAnswer(value, person, second * ANSWERS_PER_SECOND + this.answered++);
    } else if (entry.pending) entry.pending.push(value);
    else {
      entry.pending = [value];
      this.pending.push([track, day, entry]);
    }
  }

  /** Settles the days this file shares with earlier ones: the repeats, or an error on a conflict. */
  endFile(): Repeat[] {
    const file = this.files.at(-1)!;
    const repeats = new Map<number, Repeat>();
    for (const [track, day, entry] of this.pending) {
      const earlier = this.files[entry.owner]!;
      const what = `${track.metric} on ${formatDay(day)}${describe(track.scope)}`;
      if (!sameValues(entry.values, entry.pending!)) {
        throw errorAt(
          { file },
          `${what} is also in ${earlier}, with other values (${entry.pending!.length} vs ${entry.values.length} rows); overlapping exports must agree: pass each day once, or correct one of the files`,
        );
      }
      entry.pending = undefined;
      const repeat = repeats.get(entry.owner) ?? { file, earlier, days: 0, example: what };
      repeat.days++;
      repeats.set(entry.owner, repeat);
    }
    this.pending = [];
    return [...repeats.values()];
  }

  /**
   * The values of a metric in the scopes `keep` accepts, from one day (or, for a scope, `since` it)
   * to another: by day, then value; survey answers of roster people with who gave each and when.
   */
  observations(metric: string, keep: (scope: Scope) => boolean, from: Day, to: Day, since?: (scope: Scope) => Day): Observations {
    const byDay = new Map<Day, DayEntry[]>();
    let total = 0;
    let answers = false;
    for (const track of this.tracks.get(metric)?.values() ?? []) {
      if (!keep(track.scope)) continue;
      const first = since ? Math.max(from, since(track.scope)) : from;
      for (const [day, entry] of track.days) {
        if (day < first || day > to) continue;
        const entries = byDay.get(day);
        if (entries) entries.push(entry);
        else byDay.set(day, [entry]);
        total += entry.values.length;
        answers ||= entry.answers !== undefined;
      }
    }
    const days = new Int32Array(total);
    const values = new Float64Array(total);
    const ordered = [...byDay.keys()].sort((a, b) => a - b);
    if (answers) return answersByDay(ordered, byDay, days, values);
    let at = 0;
    for (const day of ordered) {
      const start = at;
      for (const { values: list } of byDay.get(day)!) {
        values.set(list, at);
        at += list.length;
      }
      // Within a day, by value: no row order or file split can change the last digits of a sum.
      values.subarray(start, at).sort();
      days.fill(day, start, at);
    }
    return { days, values };
  }

  /** Records that the exports of a metric cover whole every day up to `day` (see SourcesOutput.covered). */
  cover(metric: string, day: Day): void {
    this.covered.set(metric, Math.max(this.covered.get(metric) ?? -Infinity, day));
  }

  /** The last day the exports of a metric cover whole, when a source says. */
  coveredTo(metric: string): Day | undefined {
    return this.covered.get(metric);
  }

  /** Each scope's values of a metric, by day: for conditions that read the latest value per scope. */
  *byScope(metric: string): Iterable<[Scope, ReadonlyMap<Day, { values: ArrayLike<number> }>]> {
    for (const track of this.tracks.get(metric)?.values() ?? []) yield [track.scope, track.days];
  }

  private track(metric: string, scope: Scope): Track {
    const last = this.last;
    if (last && last.metric === metric && last.scope === scope) return last;
    let scopes = this.tracks.get(metric);
    if (!scopes) this.tracks.set(metric, (scopes = new Map()));
    let track = scopes.get(scope);
    if (!track) scopes.set(scope, (track = new Track(metric, scope)));
    this.last = track;
    return track;
  }
}

/**
 * Survey answers of roster people, with who gave each and when: by day, then value (then the
 * order they were given, so that equal values keep one order). Surveys are small: each day's
 * answers are sorted as objects, which the rows of an activity export never are.
 */
function answersByDay(ordered: Day[], byDay: Map<Day, DayEntry[]>, days: Int32Array, values: Float64Array): Observations {
  const people = new Int32Array(values.length);
  const order = new Float64Array(values.length);
  let at = 0;
  for (const day of ordered) {
    const rows = byDay.get(day)!.flatMap((entry) => Array.from(entry.values, (value, i) => ({ value, person: entry.answers?.people[i] ?? -1, order: entry.answers?.order[i] ?? 0 })));
    rows.sort((a, b) => a.value - b.value || a.order - b.order);
    for (const row of rows) {
      days[at] = day;
      values[at] = row.value;
      people[at] = row.person;
      order[at++] = row.order;
    }
  }
  return { days, values, people, order };
}

function describe(scope: Scope): string {
  const parts = (['phase', 'group', 'location'] as const).filter((k) => scope[k] !== undefined).map((k) => `${k} ${JSON.stringify(scope[k])}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  return x.every((v, i) => Object.is(v, y[i]) || v === y[i]);
}
