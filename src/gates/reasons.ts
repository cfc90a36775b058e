import type { Aggregate, Language, Operator } from '../plan/schema.js';
import { partRollbackWords } from '../rollback/words.js';

/**
 * Why a gate has its status, as data: the JSON and JUnit outputs carry the English sentence,
 * gate-check's text and markdown say it in the language asked for.
 */

/** The rows a gate read. */
export interface Rows {
  n: number;
  metric: string;
  /** A survey gate's phase, when it reads only that phase's answers. */
  phase?: string;
  group?: string;
  location?: string;
  from: string;
  to: string;
}

/** What the rows came to, when they came to a value. */
export interface Reading {
  rows: Rows;
  aggregate: Aggregate;
  observed: number | null;
  /** For `last`: the day of the value. */
  on?: string;
}

export type Because =
  | { kind: 'held'; since: string; part?: string; soFar?: Reading }
  | { kind: 'rolled-back'; on: string; part: string }
  | { kind: 'not-started'; phase: string; starts: string; due: string }
  | { kind: 'so-far'; due: string; soFar: Reading }
  | { kind: 'too-few'; survey: boolean; min: number; rows: Rows }
  | { kind: 'too-few-days'; days: number; min: number; rows: Rows }
  | { kind: 'nothing'; rows: Rows }
  | { kind: 'judged'; holds: boolean; reading: Reading; op: Operator; threshold: number };

interface Phrases {
  rows(r: Rows): string;
  reading(r: Reading, rows: string): string;
  held(since: string, soFar: string | undefined, part?: string): string;
  notStarted(phase: string, starts: string, due: string): string;
  soFar(due: string, value: string): string;
  tooFew(survey: boolean, n: number, min: number, rows: string): string;
  tooFewDays(days: number, min: number, rows: string): string;
  nothing(rows: string): string;
  judged(holds: boolean, value: string, op: Operator, threshold: string): string;
  number(n: number): string;
}

const scope = (r: Rows, phase: string, group: string, location: string): string => {
  const parts = [r.phase && `${phase} ${r.phase}`, r.group && `${group} ${r.group}`, r.location && `${location} ${r.location}`].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

const EN: Phrases = {
  rows: (r) => `${r.n === 0 ? 'no' : r.n} ${r.metric} row${r.n === 1 ? '' : 's'}${scope(r, 'phase', 'group', 'location')} from ${r.from} to ${r.to}`,
  reading: (r, rows) => `${r.aggregate} of ${rows} is ${r.observed}${r.on ? ` on ${r.on}` : ''}`,
  held: (since, soFar, part) => `on hold: ${part ?? 'the rollout'} has been paused since ${since}${soFar ? `; so far ${soFar}` : ''}`,
  notStarted: (phase, starts, due) => `phase ${phase} starts ${starts}; the gate is due ${due}`,
  soFar: (due, value) => `due ${due}; so far ${value}`,
  tooFew: (survey, n, min, rows) => `too few ${survey ? 'answers' : 'rows'} (${n} of at least ${min}): ${rows}`,
  tooFewDays: (days, min, rows) => `too few days (${days} of at least ${min}) for a trend: ${rows}`,
  nothing: (rows) => `nothing to judge: ${rows}`,
  judged: (holds, value, op, threshold) => `${value}, ${holds ? '' : 'not '}${op} ${threshold}`,
  number: String,
};

const AGGREGATES_NL: Record<Aggregate, string> = {
  last: 'de laatste waarde',
  mean: 'het gemiddelde',
  min: 'het minimum',
  max: 'het maximum',
  sum: 'de som',
  count: 'het aantal',
  p50: 'de mediaan',
  p90: 'het 90e percentiel',
  nps: 'de NPS',
  slope: 'de trend',
};

const NL: Phrases = {
  rows: (r) => `${r.n === 0 ? 'geen' : r.n} ${r.n === 1 ? 'rij' : 'rijen'} ${r.metric}${scope(r, 'fase', 'groep', 'vestiging')} van ${r.from} tot en met ${r.to}`,
  reading: (r, rows) => `${AGGREGATES_NL[r.aggregate]} van ${rows} is ${NL.number(r.observed!)}${r.on ? ` op ${r.on}` : ''}`,
  held: (since, soFar, part) => `aangehouden: ${part ?? 'de invoering'} is sinds ${since} gepauzeerd${soFar ? `; tot nu toe ${soFar}` : ''}`,
  notStarted: (phase, starts, due) => `fase ${phase} begint ${starts}; het toetsmoment wordt beoordeeld op ${due}`,
  soFar: (due, value) => `beoordeling op ${due}; tot nu toe ${value}`,
  tooFew: (survey, n, min, rows) => `te weinig ${survey ? 'antwoorden' : 'rijen'} (${n} van minstens ${min}): ${rows}`,
  tooFewDays: (days, min, rows) => `te weinig dagen (${days} van minstens ${min}) voor een trend: ${rows}`,
  nothing: (rows) => `niets te beoordelen: ${rows}`,
  judged: (holds, value, op, threshold) => `${value}, ${holds ? '' : 'niet '}${op} ${threshold}`,
  number: (n) => String(n).replace('.', ','),
};

const PHRASES: Record<Language, Phrases> = { en: EN, nl: NL };

/** The reason in words: `too few answers (1 of at least 5): 1 satisfaction row from ... to ...`. */
export function reasonText(because: Because, lang: Language = 'en'): string {
  const p = PHRASES[lang];
  const value = (r: Reading) => (r.observed === null ? p.rows(r.rows) : p.reading(r, p.rows(r.rows)));
  switch (because.kind) {
    case 'held':
      return p.held(because.since, because.soFar && value(because.soFar), because.part);
    case 'rolled-back':
      return partRollbackWords(lang).withdrawn(because.on, because.part);
    case 'not-started':
      return p.notStarted(because.phase, because.starts, because.due);
    case 'so-far':
      return p.soFar(because.due, value(because.soFar));
    case 'too-few':
      return p.tooFew(because.survey, because.rows.n, because.min, p.rows(because.rows));
    case 'too-few-days':
      return p.tooFewDays(because.days, because.min, p.rows(because.rows));
    case 'nothing':
      return p.nothing(p.rows(because.rows));
    case 'judged':
      return p.judged(because.holds, value(because.reading), because.op, p.number(because.threshold));
  }
}
