import type { Source } from '../../plan/sources-schema.js';
import { metricRange, outsideRange, RANGE_FIX } from '../../plan/metric-range.js';
import { cellAt, errorAt } from '../../util/place.js';
import { cellInMessage, readNumber, type Header, type NumberFormat } from '../columns.js';
import type { SourceDates } from '../dates.js';
import type { FileRows } from '../problems.js';
import { LEFT_OUT } from '../roster.js';
import { needsRoster } from '../roster-person.js';
import { scoreOutOf } from '../out-of.js';
import { fivePointNote } from '../scale-note.js';
import { RosterParts } from '../scopes.js';
import { spreadOptions } from '../survey-monkey.js';
import { UnsubmittedResponses } from '../unsubmitted.js';
import type { Row } from '../table.js';
import type { KindContext, KindReader, RowFilter, SourcePoint } from './kind.js';

type Responses = Extract<Source, { kind: 'responses' }>;

/** Who gave an answer, besides a roster person's index: nobody the source can say (no person column), or someone who did not say. */
const UNNAMED = -1;
const ANONYMOUS = -2;
/** The respondent Microsoft Forms writes when a form does not record names. */
const ANONYMOUS_CELL = /^(anonymous|anoniem)?$/i;

interface Answer {
  date: number;
  metric: string;
  value: number;
  person: number;
}

/**
 * One row per survey response: each answer is an observation, of the phase, group and location
 * of the person who gave it when the source names a person column (and of that person: a gate
 * counts their latest answer in its window), else of no scope in particular, each answer counted.
 * An anonymous response (an empty or "anonymous" person cell) is the whole organization's only.
 * Survey tools export every response so far, so two downloads caught by one glob overlap: a
 * response an earlier file already had (same time, person and answers) counts once.
 */
export class ResponsesReader implements KindReader {
  private columns: { metric: string; index: number }[] = [];
  private fileHeader: Header | undefined;
  private person: number | undefined;
  private date = 0;
  private readonly answers: Answer[] = [];
  private strangers = 0;
  private anonymous = 0;
  /** Responses of the files before the current one, and of the current one. */
  private earlier = new Set<string>();
  private current = new Set<string>();
  private file: FileRows | undefined;
  private repeated = 0;
  /** Answers that cannot be read, by metric, of metrics no gate due yet reads: a note, not a stop. */
  private readonly notDue = new Map<string, number>();
  private readonly unsubmitted = new UnsubmittedResponses();

  constructor(
    private readonly source: Responses,
    private readonly context: KindContext,
    private readonly numbers: NumberFormat,
  ) {
    needsRoster(source.person, context, 'answers');
  }

  header(header: Header): void {
    const { label } = this.context;
    this.columns = Object.entries(this.source.metrics).map(([metric, pattern]) => ({ metric, index: header.matching(pattern, `${label}.metrics.${metric}`) }));
    this.person = header.optional(this.source.person, `${label}.person`);
    this.date = header.column(this.source.date, `${label}.date`);
    this.unsubmitted.header(header, this.date);
    this.fileHeader = header;
  }

  passesOver(row: Row): boolean {
    return this.unsubmitted.passesOver(row);
  }

  /** A metric read from a multiple-choice question spread over columns would read the first option's label: no number, so said once, here. */
  answerOptions(options: string[], line: number): void {
    const { cells, file, sheet } = this.fileHeader!;
    for (const { metric, index } of this.columns) {
      const spread = spreadOptions(cells, options, index);
      if (!spread) continue;
      const shown = spread.slice(0, 4).map((o) => JSON.stringify(o)).join(', ') + (spread.length > 4 ? ', ...' : '');
      throw errorAt(
        cellAt(file, line, index + 1, sheet),
        `${JSON.stringify(cells[index]!.trim())} (${this.context.label}.metrics.${metric}) is a multiple-choice question spread over ${spread.length} columns, one per option (${shown}), which hold the options ticked, not a number; ` +
          `a metric reads a question answered with one number, such as a rating or a 0-10 question (SurveyMonkey's second header row says "Response" under it)`,
      );
    }
  }

  row(row: Row, date: number, filter: RowFilter, file: FileRows): void {
    if (!filter.matches || filter.excluded) return;
    const person = this.respondent(row);
    // Someone `people.exclude` leaves out (a suspended account): no answer of theirs, and no stranger either.
    if (person === LEFT_OUT) return;
    if (this.seenBefore(row, person, file)) {
      this.repeated++;
      return;
    }
    if (person === ANONYMOUS) this.anonymous++;
    if (person === UNNAMED && this.person !== undefined) {
      this.strangers++;
      return;
    }
    // A bad answer leaves out that cell alone: the response's other answers count. The row counts once among the bad ones.
    let rowBad = false;
    const bad = (index: number, metric: string, problem: string, fix?: string) => {
      if (!this.context.due(metric)) {
        this.notDue.set(metric, (this.notDue.get(metric) ?? 0) + 1);
        return;
      }
      file.bad(row.line, index + 1, problem, rowBad ? 0 : 1, fix);
      rowBad = true;
    };
    for (const { metric, index } of this.columns) {
      const text = row.text(index).trim();
      if (text === '') continue;
      const nps = this.context.answers.has(metric);
      const value = readNumber(text, this.numbers) ?? scoreOutOf(text, nps ? 10 : metricRange(this.context.metrics.get(metric))?.[1], this.numbers);
      if (value === undefined) {
        bad(index, metric, `the ${metric} answer${cellInMessage(text)} is not a number`);
        continue;
      }
      if (nps && !(Number.isInteger(value) && value >= 0 && value <= 10)) {
        bad(index, metric, `the ${metric} answer${cellInMessage(text)} is not a whole number from 0 to 10 (a gate computes an NPS from it)`);
        continue;
      }
      const outside = outsideRange(value, this.context.metrics.get(metric));
      if (outside) bad(index, metric, `the ${metric} answer${cellInMessage(text)} ${outside}`, RANGE_FIX);
      else this.answers.push({ date, metric, value, person });
    }
  }

  /** The roster person who answered; ANONYMOUS for an empty or "anonymous" cell, which no roster person can be. */
  private respondent(row: Row): number {
    const { roster } = this.context;
    if (this.person === undefined || !roster) return UNNAMED;
    if (ANONYMOUS_CELL.test(row.text(this.person).trim())) return ANONYMOUS;
    return roster.person(row, this.person);
  }

  private seenBefore(row: Row, person: number, file: FileRows): boolean {
    if (file !== this.file) {
      for (const key of this.current) this.earlier.add(key);
      this.current = new Set();
      this.file = file;
    }
    const key = [row.text(this.date).trim(), person, ...this.columns.map(({ index }) => row.text(index).trim())].join('\u0000');
    if (this.earlier.has(key)) return true;
    this.current.add(key);
    return false;
  }

  finish(dates: SourceDates, emit: (point: SourcePoint) => void): void {
    const { roster, plan, label } = this.context;
    if (this.strangers > 0) this.context.warn(`${label}: ${this.strangers} response${this.strangers === 1 ? '' : 's'} from people not in the roster ${roster!.file} left out`);
    if (this.anonymous > 0) this.context.warn(`${label}: ${this.anonymous} anonymous response${this.anonymous === 1 ? '' : 's'} in the export${this.anonymous === 1 ? ' counts' : ' count'} for the whole organization only, not for a phase, group or location`);
    for (const { metric } of this.columns) {
      const note = fivePointNote(plan, label, metric, this.answers.filter((a) => a.metric === metric).map((a) => a.value));
      if (note) this.context.warn(note);
    }
    for (const [metric, n] of this.notDue) this.context.warn(notDueNote(label, metric, n));
    const unsubmitted = this.unsubmitted.note(label, this.source.date);
    if (unsubmitted) this.context.warn(unsubmitted);
    if (this.repeated > 0) this.context.warn(`${label}: ${this.repeated} response${this.repeated === 1 ? ' is' : 's are'} in more than one file (overlapping downloads of the same survey) and count once`);
    const parts = this.person === undefined || !roster ? undefined : new RosterParts(plan, roster);
    for (const a of this.answers) {
      const day = dates.day(a.date);
      if (day === undefined) continue;
      // An anonymous answer is someone's in the organization, but nobody knows whose part of it.
      const point: SourcePoint = { metric: a.metric, day, value: a.value, rows: 1, ...(a.person === ANONYMOUS ? { exact: true as const } : {}) };
      // Who answered and when, so that a gate counts each person's latest answer once.
      emit(a.person >= 0 && parts ? { ...point, ...parts.names(parts.of(a.person)), person: a.person, second: dates.second(a.date) } : point);
    }
  }
}

/** Answers no gate due yet reads, left out: how many, of which metric, never whose or what. */
function notDueNote(label: string, metric: string, n: number): string {
  return `${label}: ${n} ${metric} ${n === 1 ? 'answer is' : 'answers are'} no number the metric can read and ${n === 1 ? 'is' : 'are'} left out; no gate due yet reads ${metric}, so the check goes on, but correct ${n === 1 ? 'it' : 'them'} in the export before a gate on ${metric} is due, when ${n === 1 ? 'it stops' : 'they stop'} the run (or --lenient skips ${n === 1 ? 'it' : 'them'})`;
}
