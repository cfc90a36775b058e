import type { Source } from '../../plan/sources-schema.js';
import { parseDuration, type Day } from '../../util/dates.js';
import { RolloutError } from '../../util/errors.js';
import { readNumber, type Header, type NumberFormat } from '../columns.js';
import type { SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import type { Roster } from '../roster.js';
import { members, scopeTags } from '../scopes.js';
import type { Row } from '../table.js';
import { IntColumn, type KindContext, type KindReader, type RowFilter, type SourcePoint } from './kind.js';

type Activity = Extract<Source, { kind: 'activity' }>;

/** What one export row says of a person on its day; the highest one of the day counts. */
const EXCLUDED = 1;
const INACTIVE = 2;
const ACTIVE = 3;
/** In `state`: a per-day count above 0, or 0, for exports with a row per person per day. */
const COUNT_ACTIVE = -2;
const COUNT_NONE = -3;

/**
 * One row per person per report: on each report day, the share of the roster people in a scope
 * who are active. People without a row that day count as not active; excluded rows (deleted,
 * unlicensed) leave both the count and the total.
 */
export class ActivityReader implements KindReader {
  private person = 0;
  private lastActive: number | undefined;
  private active: number | undefined;
  private readonly within: number;
  private readonly days = new IntColumn();
  private readonly people = new IntColumn();
  /** The last-activity date's id, -1 for none, or COUNT_ACTIVE / COUNT_NONE. */
  private readonly state = new IntColumn();
  private readonly excluded = new IntColumn();
  private readonly strangers = new Set<string>();
  private readonly roster: Roster;

  constructor(
    private readonly source: Activity,
    private readonly context: KindContext,
    private readonly numbers: NumberFormat,
    private readonly dates: SourceDates,
  ) {
    if (!context.roster) throw new RolloutError(`${context.label} (kind: activity) counts people, so the plan needs a roster: add people: { file: people.csv, columns: { person: ... } }`);
    this.roster = context.roster;
    this.within = parseDuration(source.activeWithin);
  }

  header(header: Header): void {
    const { label } = this.context;
    this.person = header.column(this.source.person, `${label}.person`);
    this.lastActive = header.optional(this.source.lastActive, `${label}.lastActive`);
    this.active = header.optional(this.source.active, `${label}.active`);
  }

  row(row: Row, date: number, filter: RowFilter, file: FileRows): void {
    if (!filter.matches) return;
    const person = this.roster.find(row.text(this.person));
    if (person < 0) {
      // Kept only to count them; never shown.
      if (this.strangers.size < 1_000_000) this.strangers.add(row.text(this.person).trim().toLowerCase());
      return;
    }
    let state: number;
    if (this.lastActive !== undefined) {
      const text = row.text(this.lastActive);
      state = text.trim() === '' ? -1 : this.dates.id(text, file, row.line, this.lastActive + 1);
    } else {
      const count = readNumber(row.text(this.active!), this.numbers);
      if (count === undefined) return file.bad(row.line, this.active! + 1, `${this.source.active} is not a number`);
      state = count > 0 ? COUNT_ACTIVE : COUNT_NONE;
    }
    this.days.push(date);
    this.people.push(person);
    this.state.push(state);
    this.excluded.push(filter.excluded ? 1 : 0);
  }

  finish(dates: SourceDates, emit: (point: SourcePoint) => void): void {
    const { roster, context } = this;
    if (this.people.length === 0) {
      throw new RolloutError(
        `${context.label}: none of the ${this.strangers.size} people in the export are in the roster ${roster.file}; check that people.columns.person names the column with the same ids as ${this.source.person}. ` +
          `If the export shows codes instead of user names, Microsoft 365 conceals them: in the Microsoft 365 admin center under Settings > Org settings > Services > Reports, clear "Display concealed user, group, and site names in all reports" and export again`,
      );
    }
    if (this.strangers.size > 0) context.warn(`${context.label}: ${this.strangers.size} ${this.strangers.size === 1 ? 'person' : 'people'} in the export ${this.strangers.size === 1 ? 'is' : 'are'} not in the roster ${roster.file} and left out`);
    const byDay = new Map<Day, Uint8Array>();
    for (let i = 0; i < this.people.length; i++) {
      const day = dates.day(this.days.get(i));
      if (day === undefined) continue;
      const status = this.status(day, this.state.get(i), this.excluded.get(i), dates);
      if (status === undefined) continue;
      let statuses = byDay.get(day);
      if (!statuses) byDay.set(day, (statuses = new Uint8Array(roster.size)));
      const person = this.people.get(i);
      if (status > statuses[person]!) statuses[person] = status;
    }
    const days = [...byDay.keys()].sort((a, b) => a - b);
    const metric = this.source.metric;
    for (const scope of context.scopes(metric)) {
      const inScope = members(context.plan, roster, scope);
      for (const day of days) {
        const statuses = byDay.get(day)!;
        let total = 0;
        let active = 0;
        let found = 0;
        for (const person of inScope) {
          const status = statuses[person]!;
          if (status === EXCLUDED) continue;
          total++;
          if (status >= INACTIVE) found++;
          if (status === ACTIVE) active++;
        }
        if (total > 0) emit({ metric, day, value: (active / total) * 100, ...scopeTags(scope), rows: found, exact: true });
      }
    }
  }

  /** A row's status on its day; undefined when its last-activity date is no date (a bad row already). */
  private status(day: Day, state: number, excluded: number, dates: SourceDates): number | undefined {
    if (excluded) return EXCLUDED;
    if (state === COUNT_ACTIVE) return ACTIVE;
    if (state === COUNT_NONE || state === -1) return INACTIVE;
    const last = dates.day(state);
    if (last === undefined) return undefined;
    return last > day - this.within ? ACTIVE : INACTIVE;
  }
}
