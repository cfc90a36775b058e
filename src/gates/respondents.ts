import { npsCounts, type NpsCounts } from './aggregate.js';
import type { Because, Rows } from './reasons.js';
import type { Observations } from './series.js';

/**
 * Whom a survey gate's answers are from, when its source names a person column: in a small
 * office two keen colleagues answering every week would otherwise decide for everyone.
 */
export interface Respondents {
  /** Roster people whose latest answer in the window counts. */
  people: number;
  /** Answers that name nobody the roster knows (anonymous ones): each counts. */
  unnamed: number;
  /** Earlier answers of those people in the window, set aside for their latest. */
  setAside: number;
  /** Of an NPS gate: how the answers counted split. */
  nps?: NpsCounts;
}

/**
 * The answers that count: of each roster person, the latest in the observations (the latest day,
 * and on it the latest time); answers of nobody known, each. Observations without people (no
 * person column, or no survey) count as they are.
 */
export function latestAnswers(obs: Observations): { obs: Observations; respondents?: Respondents } {
  const { days, values, people, order } = obs;
  if (!people || !order) return { obs };
  const latest = new Map<number, number>();
  let unnamed = 0;
  for (let i = 0; i < values.length; i++) {
    const person = people[i]!;
    if (person < 0) unnamed++;
    else {
      // By day, then value: a later index is on the same day or later.
      const known = latest.get(person);
      if (known === undefined || days[i]! > days[known]! || order[i]! > order[known]!) latest.set(person, i);
    }
  }
  // None named (a window that holds only anonymous answers): they count as they are.
  if (latest.size === 0) return { obs: { days, values } };
  const n = unnamed + latest.size;
  const keptDays = new Int32Array(n);
  const keptValues = new Float64Array(n);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    if (people[i]! >= 0 && latest.get(people[i]!) !== i) continue;
    keptDays[at] = days[i]!;
    keptValues[at++] = values[i]!;
  }
  return { obs: { days: keptDays, values: keptValues }, respondents: { people: latest.size, unnamed, setAside: values.length - n } };
}

/** Of an NPS gate, the respondents with the split of their answers. */
export const withNpsCounts = (respondents: Respondents, counted: Observations): Respondents => ({ ...respondents, nps: npsCounts(counted.values) });

/** The respondents a gate's reason counts, when its answers name people. */
export function gateRespondents(b: Because): Respondents | undefined {
  const of = (rows: Rows | undefined) => rows?.respondents;
  switch (b.kind) {
    case 'judged':
      return of(b.reading.rows);
    case 'so-far':
      return of(b.soFar.rows);
    case 'held':
      return of(b.soFar?.rows);
    case 'stale':
      return gateRespondents(b.verdict);
    case 'rolled-back':
      return b.verdict && gateRespondents(b.verdict);
    case 'not-started':
      return undefined;
    default:
      return of(b.rows);
  }
}
