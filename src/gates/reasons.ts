import type { PartPeople } from './part-people.js';
import { COMPARED_DECIMALS, roundObserved } from './compare.js';
import { sourceAdvice } from '../sources/source-advice.js';
import { wholeOnlyPart, wholeOnlyText, type WholeOnly } from '../sources/whole-only.js';
import { trendDirection } from '../plan/condition-text.js';
import { metricName, pausedPartName, phaseName, type DisplayNames } from '../plan/display-names.js';
import type { Aggregate, Language, Operator } from '../plan/schema.js';
import { partRollbackWords, rolledBackName } from '../rollback/words.js';
import { formatNumber } from '../util/numbers.js';
import type { Respondents } from './respondents.js';

/**
 * Why a gate has its status, as data: the JSON and JUnit outputs carry the English sentence
 * with ids and exact values, gate-check's text and markdown say it in the language asked for,
 * with the plan's names and values rounded as the report rounds them.
 */

/** The rows a gate read. */
export interface Rows {
  n: number;
  metric: string;
  /** The metric's label, for people: said in place of `metric`. */
  label?: string;
  /** A survey gate's phase, when it reads only that phase's answers. */
  phase?: string;
  group?: string;
  location?: string;
  from: string;
  to: string;
  /** Of survey answers that name people: whom the answers that count are from (see latestAnswers). */
  respondents?: Respondents;
}

/** What the rows came to, when they came to a value. */
export interface Reading {
  rows: Rows;
  aggregate: Aggregate;
  observed: number | null;
  /** For `last`: the day of the value. */
  on?: string;
  /** The value as people read it, in place of `observed`. */
  shown?: string;
  /** Of a share of a few roster people (see PartPeople): said in people as well. */
  people?: PartPeople;
}

export type Because =
  /** `rolledBack`: it waits for `part`, rolled back on `since` (the switch-off's gate, one on everyone's rows), not paused with it. */
  | { kind: 'held'; since: string; part?: { phase?: string; location?: string } | undefined; rolledBack?: true; soFar?: Reading; again?: string; due?: string; ahead?: true }
  /** `verdict`: what a gate due by the rollback's day had come to then (its rows up to its due day); no `part`: the whole rollout rolled back. */
  | { kind: 'rolled-back'; on: string; part?: { phase?: string; location?: string }; verdict?: Because; unstarted?: true }
  | { kind: 'not-started'; phase: string; starts: string; due: string }
  | { kind: 'so-far'; due: string; soFar: Reading }
  | { kind: 'too-few'; survey: boolean; min: number; rows: Rows }
  | { kind: 'too-few-days'; days: number; min: number; rows: Rows }
  | { kind: 'nothing'; rows: Rows }
  /** No source of the plan gives the metric and no --metrics file was given: no row can come. `source`: the kind of export to add; `preset`: a default gate, left out by listing the gates wanted. */
  | { kind: 'ungiven'; source: UngivenSource; preset: boolean; rows: Rows }
  /** The gate reads a location or group, and every source of its metric measures the whole organization: no row can come. */
  | ({ kind: 'whole-only'; rows: Rows } & WholeOnly)
  | { kind: 'judged'; holds: boolean; reading: Reading; op: Operator; threshold: number }
  /** `verdict` rests on rows whose newest, of `newest`, is `age` days before `until`, the last day read; `undecided`: so it is not given. */
  | { kind: 'stale'; newest: string; age: number; until: string; undecided?: true; verdict: Because };

interface Phrases {
  rows(r: Rows): string;
  reading(r: Reading, rows: string): string;
  /** On hold: `why`, the pause or the rollback it waits for. */
  held(why: string, soFar: string | undefined): string;
  /** `ahead`: the pause is written in and starts after the day checked. */
  paused(since: string, part?: string, ahead?: boolean): string;
  notStarted(phase: string, starts: string, due: string): string;
  soFar(due: string, value: string): string;
  /** `people`: the answers name people, so the minimum counts people. */
  tooFew(survey: boolean, n: number, min: number, rows: string, people: boolean): string;
  /** Whom survey answers are from: `from 2 people: 2 promoters, 0 passives, 0 detractors`, with the earlier answers set aside. */
  respondents(r: Respondents): string;
  tooFewDays(days: number, min: number, rows: string): string;
  nothing(rows: string): string;
  /** `metric` as the plan writes it, `label` as people read it. */
  ungiven(label: string, metric: string, source: UngivenSource, preset: boolean): string;
  wholeOnly(label: string, w: WholeOnly): string;
  judged(holds: boolean, value: string, op: Operator, threshold: string): string;
  /** A trend judged against 0: its value per day and where it goes (-1 falling, 0 flat, 1 rising). */
  trend(value: string, sign: -1 | 0 | 1): string;
  number(n: number): string;
  /** The newest row read is `age` days older than the last day the gate reads, with nothing later. */
  stale(newest: string, age: number, until: string): string;
  /** A verdict not given, as it rests on such rows. */
  undecided(stale: string, verdict: string): string;
}

/** The kinds of export that give a gate's metric (see ungivenSourceKind), as a source entry writes them. */
export type UngivenSource = 'responses' | 'events' | 'attendance' | 'activity';

const scope = (r: Rows, phase: string, group: string, location: string): string => {
  const parts = [r.phase && `${phase} ${r.phase}`, r.group && `${group} ${r.group}`, r.location && `${location} ${r.location}`].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

const EN: Phrases = {
  rows: (r) => `${r.n === 0 ? 'no' : r.n} ${r.label === undefined ? `${r.metric} row${r.n === 1 ? '' : 's'}` : `row${r.n === 1 ? '' : 's'} of ${r.label}`}${scope(r, 'phase', 'group', 'location')} from ${r.from} to ${r.to}`,
  reading: (r, rows) => `${r.aggregate} of ${rows} is ${r.shown ?? r.observed}${r.on ? ` on ${r.on}` : ''}${r.people ? ` (${r.people.active} of ${r.people.total} ${r.people.total === 1 ? 'person' : 'people'}; ${r.people.needed} of ${r.people.total} needed)` : ''}${r.rows.respondents ? ` ${EN.respondents(r.rows.respondents)}` : ''}`,
  held: (why, soFar) => `on hold: ${why}${soFar ? `; so far ${soFar}` : ''}`,
  paused: (since, part, ahead) => `${part ?? 'the rollout'} ${ahead ? 'is paused from' : 'has been paused since'} ${since}`,
  notStarted: (phase, starts, due) => `phase ${phase} starts ${starts}; the gate is due ${due}`,
  soFar: (due, value) => `due ${due}; so far ${value}`,
  tooFew: (survey, n, min, rows, people) => `too few ${people ? 'people answered' : survey ? 'answers' : 'rows'} (${n} of at least ${min}): ${rows}`,
  respondents: (r) => {
    const named = `from ${r.people} ${r.people === 1 ? 'person' : 'people'}${r.unnamed ? ` and ${r.unnamed} ${r.unnamed === 1 ? 'answer' : 'answers'} without a name` : ''}`;
    const split = r.nps ? `: ${r.nps.promoters} ${r.nps.promoters === 1 ? 'promoter' : 'promoters'}, ${r.nps.passives} ${r.nps.passives === 1 ? 'passive' : 'passives'}, ${r.nps.detractors} ${r.nps.detractors === 1 ? 'detractor' : 'detractors'}` : '';
    const earlier = r.setAside ? ` (${r.setAside} earlier ${r.setAside === 1 ? 'answer' : 'answers'} of the same ${r.people === 1 ? 'person' : 'people'} set aside: each person's latest counts)` : '';
    return named + split + earlier;
  },
  tooFewDays: (days, min, rows) => `too few days (${days} of at least ${min}) for a trend: ${rows}`,
  nothing: (rows) => `nothing to judge: ${rows}`,
  ungiven: (label, metric, source, preset) =>
    `no source gives ${label}, so there is nothing to judge: add a source with ${sourceAdvice(source, metric, 'en')}, or ${preset ? 'list the gates you want under gates: without this one' : 'remove the gate'}`,
  wholeOnly: (label, w) => {
    const { why, fix } = wholeOnlyText(w, 'en');
    return `nothing to judge in ${wholeOnlyPart(w, 'en')}: ${why}, so no row of ${label} names it; ${fix}`;
  },
  judged: (holds, value, op, threshold) => `${value}, ${holds ? '' : 'not '}${op} ${threshold}`,
  trend: (value, sign) => `${value} per day, so ${sign < 0 ? 'falling' : sign > 0 ? 'rising' : 'flat'}`,
  number: String,
  stale: (newest, age, until) => `the newest row is of ${newest}, ${age} days before ${until}, and no export after it up to that day was read`,
  undecided: (stale, verdict) => `out of date: ${stale} (${verdict})`,
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
  rows: (r) => `${r.n === 0 ? 'geen' : r.n} ${r.n === 1 ? 'rij' : 'rijen'} ${r.label ?? r.metric}${scope(r, 'fase', 'groep', 'vestiging')} van ${r.from} tot en met ${r.to}`,
  reading: (r, rows) => `${AGGREGATES_NL[r.aggregate]} van ${rows} is ${r.shown ?? NL.number(r.observed!)}${r.on ? ` op ${r.on}` : ''}${r.people ? ` (${r.people.active} van ${r.people.total} ${r.people.total === 1 ? 'persoon' : 'personen'}; ${r.people.needed} van ${r.people.total} nodig)` : ''}${r.rows.respondents ? ` ${NL.respondents(r.rows.respondents)}` : ''}`,
  held: (why, soFar) => `aangehouden: ${why}${soFar ? `; tot nu toe ${soFar}` : ''}`,
  paused: (since, part, ahead) => `${part ?? 'de invoering'} ${ahead ? `wordt vanaf ${since} gepauzeerd` : `is sinds ${since} gepauzeerd`}`,
  notStarted: (phase, starts, due) => `fase ${phase} begint ${starts}; het toetsmoment wordt beoordeeld op ${due}`,
  soFar: (due, value) => `beoordeling op ${due}; tot nu toe ${value}`,
  tooFew: (survey, n, min, rows, people) => `te weinig ${people ? 'mensen hebben geantwoord' : survey ? 'antwoorden' : 'rijen'} (${n} van minstens ${min}): ${rows}`,
  respondents: (r) => {
    const named = `van ${r.people} ${r.people === 1 ? 'persoon' : 'personen'}${r.unnamed ? ` en ${r.unnamed} ${r.unnamed === 1 ? 'antwoord' : 'antwoorden'} zonder naam` : ''}`;
    const split = r.nps ? `: ${r.nps.promoters} ${r.nps.promoters === 1 ? 'promotor' : 'promotors'}, ${r.nps.passives} ${r.nps.passives === 1 ? 'passieve' : 'passieven'}, ${r.nps.detractors} ${r.nps.detractors === 1 ? 'criticaster' : 'criticasters'}` : '';
    const earlier = r.setAside
      ? ` (${r.setAside === 1 ? '1 eerder antwoord' : `${r.setAside} eerdere antwoorden`} van dezelfde ${r.people === 1 ? 'persoon' : 'personen'} ${r.setAside === 1 ? 'telt' : 'tellen'} niet mee: van ieder telt het laatste)`
      : '';
    return named + split + earlier;
  },
  tooFewDays: (days, min, rows) => `te weinig dagen (${days} van minstens ${min}) voor een trend: ${rows}`,
  nothing: (rows) => `niets te beoordelen: ${rows}`,
  ungiven: (label, metric, source, preset) =>
    `geen bron geeft ${label}, dus er is niets te beoordelen: voeg een bron toe met ${sourceAdvice(source, metric, 'nl')}, of ${preset ? 'zet onder gates: de toetsmomenten die je wilt, zonder dit' : 'verwijder het toetsmoment'}`,
  wholeOnly: (label, w) => {
    const { why, fix } = wholeOnlyText(w, 'nl');
    return `niets te beoordelen in ${wholeOnlyPart(w, 'nl')}: ${why}, dus geen rij ${label} noemt die; ${fix}`;
  },
  judged: (holds, value, op, threshold) => `${value}, ${holds ? '' : 'niet '}${op} ${threshold}`,
  trend: (value, sign) => `${value} per dag, dus ${sign < 0 ? 'dalend' : sign > 0 ? 'stijgend' : 'gelijkblijvend'}`,
  number: (n) => String(n).replace('.', ','),
  stale: (newest, age, until) => `de nieuwste rij is van ${newest}, ${age} dagen voor ${until}, en er is geen latere export tot en met die dag gelezen`,
  undecided: (stale, verdict) => `verouderd: ${stale} (${verdict})`,
};

const PHRASES: Record<Language, Phrases> = { en: EN, nl: NL };

/**
 * The reason in words: `too few answers (1 of at least 5): 1 satisfaction row from ... to ...`.
 * With the plan's names, for people: phases by name, metrics by label, values rounded.
 */
export function reasonText(because: Because, lang: Language = 'en', names?: DisplayNames, threshold?: number): string {
  const p = PHRASES[lang];
  const b = names ? forPeople(because, names, lang, because.kind === 'judged' ? because.threshold : threshold) : because;
  const value = (r: Reading) => (r.observed === null ? p.rows(r.rows) : p.reading(r, p.rows(r.rows)));
  switch (b.kind) {
    case 'held': {
      const part = b.part && pausedPartName(b.part, names?.phases ?? []);
      const words = partRollbackWords(lang);
      // Rolled back with a second try planned: not paused, it starts again on its day and the gate is due in it.
      const why = b.again !== undefined && part ? words.startsAgain(part, b.since, b.again, b.due!) : b.rolledBack && part ? words.heldFor(part, b.since) : p.paused(b.since, part, b.ahead);
      return p.held(why, b.soFar && value(b.soFar));
    }
    case 'rolled-back': {
      const part = rolledBackName(b.part, names?.phases ?? [], lang);
      const words = partRollbackWords(lang);
      if (b.verdict) return words.judgedThen(reasonText(b.verdict, lang), b.on, part);
      return b.unstarted ? words.withdrawnUnstarted(b.on, part) : words.withdrawn(b.on, part);
    }
    case 'not-started':
      return p.notStarted(b.phase, b.starts, b.due);
    case 'so-far':
      return p.soFar(b.due, value(b.soFar));
    case 'too-few': {
      const whom = b.rows.respondents;
      return p.tooFew(b.survey, b.rows.n, b.min, whom ? `${p.rows(b.rows)}, ${p.respondents(whom)}` : p.rows(b.rows), whom !== undefined);
    }
    case 'too-few-days':
      return p.tooFewDays(b.days, b.min, p.rows(b.rows));
    case 'nothing':
      return p.nothing(p.rows(b.rows));
    case 'ungiven':
      return p.ungiven(b.rows.label ?? b.rows.metric, b.rows.metric, b.source, b.preset);
    case 'whole-only':
      return p.wholeOnly(b.rows.label ?? b.rows.metric, b);
    case 'stale': {
      const stale = p.stale(b.newest, b.age, b.until);
      const verdict = reasonText(b.verdict, lang, names, threshold);
      return b.undecided ? p.undecided(stale, verdict) : `${verdict}; ${stale}`;
    }
    case 'judged': {
      // For people a trend against 0 says where it goes, as compared: "0.25 per day, so rising", never a flat count as falling.
      const { observed } = b.reading;
      if (names && observed !== null && trendDirection({ aggregate: b.reading.aggregate, op: b.op, threshold: b.threshold })) return p.trend(value(b.reading), Math.sign(roundObserved(observed)) as -1 | 0 | 1);
      return p.judged(b.holds, value(b.reading), b.op, p.number(b.threshold));
    }
  }
}

/** Whom a survey gate's answers are from, in words (see Phrases.respondents). */
export const respondentsText = (r: Respondents, lang: Language): string => PHRASES[lang].respondents(r);

/** A measured value as people read it: one decimal, a trend (per day) three; the sign of -0 dropped. */
/**
 * A value as people read it: 1 decimal (3 for a trend), and more where fewer would put it on the
 * other side of `threshold` or on it, up to the 4 the comparison uses: 59.96 against 60 reads
 * 59.96, never 60.
 */
export function shownValue(n: number, aggregate: Aggregate, lang: Language, threshold?: number): string {
  const style = (decimals: number) => ({ decimals, grouping: false, sign: 'negative' }) as const;
  let decimals = aggregate === 'slope' ? 3 : 1;
  if (threshold !== undefined && Number.isFinite(n)) {
    const side = (d: number) => Math.sign(Number(formatNumber(n, 'en', style(d))) - threshold);
    while (decimals < COMPARED_DECIMALS && side(decimals) !== side(COMPARED_DECIMALS)) decimals++;
  }
  return formatNumber(n, lang, style(decimals));
}

/** The reason's data with the plan's names in place of ids; the value is written by `shownValue`. */
function forPeople(because: Because, names: DisplayNames, lang: Language, threshold: number | undefined): Because {
  const rows = (r: Rows): Rows => ({ ...r, label: metricName(names, r.metric), ...(r.phase !== undefined ? { phase: phaseName(names.phases, r.phase) } : {}) });
  const reading = (r: Reading): Reading => ({ ...r, rows: rows(r.rows), ...(r.observed !== null ? { shown: shownValue(r.observed, r.aggregate, lang, threshold) } : {}) });
  switch (because.kind) {
    case 'held':
      return because.soFar ? { ...because, soFar: reading(because.soFar) } : because;
    case 'rolled-back':
      return because.verdict ? { ...because, verdict: forPeople(because.verdict, names, lang, threshold) } : because;
    case 'not-started':
      return { ...because, phase: phaseName(names.phases, because.phase) };
    case 'so-far':
      return { ...because, soFar: reading(because.soFar) };
    case 'judged':
      return { ...because, reading: reading(because.reading) };
    case 'stale':
      return because;
    default:
      return { ...because, rows: rows(because.rows) };
  }
}
