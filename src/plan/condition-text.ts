import { word } from './builtin-text.js';
import type { Aggregate, Gate, Language, Metric, Operator } from './schema.js';
import { formatNumber } from '../util/numbers.js';
import { labelWords } from './known-names.js';

/** A gate or switch-off condition, said in words: "active use at least 80%", not "active_use_pct >= 80". */

export const OPERATORS: Record<Language, Record<Operator, string>> = {
  en: { '>=': 'at least', '>': 'above', '<=': 'at most', '<': 'below', '==': 'exactly', '!=': 'other than' },
  nl: { '>=': 'minstens', '>': 'boven', '<=': 'hoogstens', '<': 'onder', '==': 'precies', '!=': 'anders dan' },
};

/** What an aggregate makes of a metric, as the subject of a sentence. */
const OF: Record<Language, Record<Exclude<Aggregate, 'last' | 'nps'>, (label: string) => string>> = {
  en: {
    mean: (l) => `average ${l}`,
    min: (l) => `lowest ${l}`,
    max: (l) => `highest ${l}`,
    sum: (l) => `total ${l}`,
    count: (l) => `number of readings of ${l}`,
    p50: (l) => `median ${l}`,
    p90: (l) => `90th percentile of ${l}`,
    slope: (l) => `trend of ${l}`,
  },
  nl: {
    mean: (l) => `gemiddelde ${l}`,
    min: (l) => `laagste ${l}`,
    max: (l) => `hoogste ${l}`,
    sum: (l) => `totaal ${l}`,
    count: (l) => `aantal metingen van ${l}`,
    p50: (l) => `mediaan ${l}`,
    p90: (l) => `90e percentiel van ${l}`,
    slope: (l) => `trend van ${l}`,
  },
};

/** The aggregate's own word in Dutch, for a table that names the metric beside it; English keeps the plan's key. */
const AGGREGATE_NL: Record<Aggregate, string> = { last: 'laatste', mean: 'gemiddelde', min: 'laagste', max: 'hoogste', sum: 'totaal', count: 'aantal', p50: 'mediaan', p90: '90e percentiel', nps: 'NPS', slope: 'trend' };

export const aggregateWord = (aggregate: Aggregate, lang: Language): string => (lang === 'nl' ? AGGREGATE_NL[aggregate] : aggregate);

const PER_DAY: Record<Language, string> = { en: ' per day', nl: ' per dag' };

/**
 * A label inside a sentence: its first word in lower case (`Active in Teams` → `active in Teams`),
 * unless that word is an abbreviation (NPS, IT) or a name the plan knows (`names`: Teams,
 * Paramaribo), or the next word starts with a capital the plan does not know: one name of several
 * words (Net Promoter Score, Microsoft Teams) or a title written in capitals.
 */
export function midSentence(label: string, names: ReadonlySet<string> = NO_NAMES): string {
  const [first = '', next] = labelWords(label);
  if (!capitalized(label) || first.slice(1) !== first.slice(1).toLowerCase() || names.has(first)) return label;
  if (next !== undefined && capitalized(next) && !names.has(next)) return label;
  return label[0]!.toLowerCase() + label.slice(1);
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * An upper-case letter, then a lower-case one. Plain letters are told apart by their codes: the
 * Unicode classes cost the expression's first use some tenths of a millisecond to build.
 */
function capitalized(label: string): boolean {
  const first = label.charCodeAt(0);
  const second = label.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  return /^\p{Lu}\p{Ll}/u.test(label);
}

/** A metric as conditions name it; the plan's carry `inSentence`, the label as it reads mid-sentence. */
type NamedMetric = Pick<Metric, 'name' | 'label' | 'unit'> & { inSentence?: string };

export interface Condition {
  metric: string;
  aggregate?: Aggregate;
  op: Operator;
  threshold: number;
}

/** The directions a trend can be asked to take, against zero: `slope < 0` is falling. */
type Direction = '<' | '<=' | '>' | '>=';
const DIRECTIONS: ReadonlySet<Operator> = new Set<Operator>(['<', '<=', '>', '>=']);

/** A slope against 0 says a direction; against any other number it stays a number per day. */
export const trendDirection = (c: Pick<Condition, 'aggregate' | 'op' | 'threshold'>): Direction | undefined => (c.aggregate === 'slope' && c.threshold === 0 && DIRECTIONS.has(c.op) ? (c.op as Direction) : undefined);

/** Each direction in words: as the verb of a main clause and of a clause after "once" / "zodra". */
const DIRECTION_WORDS: Record<Language, Record<Direction, { main: string; clause: string }>> = {
  en: {
    '<': { main: 'falling', clause: 'falling' },
    '<=': { main: 'not rising', clause: 'not rising' },
    '>': { main: 'rising', clause: 'rising' },
    '>=': { main: 'not falling', clause: 'not falling' },
  },
  nl: {
    '<': { main: 'daalt', clause: 'daalt' },
    '<=': { main: 'neemt niet toe', clause: 'niet toeneemt' },
    '>': { main: 'stijgt', clause: 'stijgt' },
    '>=': { main: 'neemt niet af', clause: 'niet afneemt' },
  },
};

/**
 * A trend condition as a sentence: "tickets per day are falling" / "het aantal meldingen per dag
 * daalt" for a count, "active use is falling" / "actief gebruik daalt" for any other measure.
 */
function trendSentence(c: Condition, direction: Direction, metrics: readonly NamedMetric[], lang: Language, clause: boolean): string {
  const metric = metrics.find((m) => m.name === c.metric);
  const label = metricLabel(c, metric, lang);
  const words = DIRECTION_WORDS[lang][direction];
  // A count is counted per day, unless its label says so already ("support tickets per day").
  const count = metric?.unit === 'count';
  const perDay = /\bper\b/i.test(label) ? '' : PER_DAY[lang];
  if (lang === 'nl') return `${count ? `het aantal ${label}${perDay}` : label} ${clause ? words.clause : words.main}`;
  return count ? `${label}${perDay} are ${words.main}` : `${label} is ${words.main}`;
}

const metricLabel = (c: Condition, metric: NamedMetric | undefined, lang: Language): string => metric?.inSentence ?? midSentence(word(metric?.label ?? c.metric.replace(/_/g, ' '), lang));

/** The condition's subject and goal: "active use" and "at least 80%". */
export function conditionParts(c: Condition, metrics: readonly NamedMetric[], lang: Language): { subject: string; goal: string } {
  const metric = metrics.find((m) => m.name === c.metric);
  const label = metricLabel(c, metric, lang);
  const aggregate = c.aggregate ?? 'last';
  const number = formatNumber(c.threshold, lang, { decimals: 2, grouping: true, sign: 'auto' });
  const percent = aggregate !== 'nps' && aggregate !== 'slope' && aggregate !== 'count' && (metric?.unit === 'percent' || /_pct$/.test(c.metric));
  const subject = aggregate === 'nps' ? 'NPS' : aggregate === 'last' ? label : OF[lang][aggregate](label);
  return { subject, goal: `${OPERATORS[lang][c.op]} ${number}${percent ? '%' : ''}${aggregate === 'slope' ? PER_DAY[lang] : ''}` };
}

/** "active use at least 80%", "tickets per day are not rising", for a title or a list. */
export function conditionText(c: Condition, metrics: readonly NamedMetric[], lang: Language): string {
  const direction = trendDirection(c);
  if (direction) return trendSentence(c, direction, metrics, lang, false);
  const { subject, goal } = conditionParts(c, metrics, lang);
  return `${subject} ${goal}`;
}

/** "active use is at least 80%" / "actief gebruik minstens 80% is", after "once" / "zodra". */
export function conditionClause(c: Condition, metrics: readonly NamedMetric[], lang: Language): string {
  const direction = trendDirection(c);
  if (direction) return trendSentence(c, direction, metrics, lang, true);
  const { subject, goal } = conditionParts(c, metrics, lang);
  return lang === 'nl' ? `${subject} ${goal} is` : `${subject} is ${goal}`;
}

/** The condition's metric label, threshold and whether it is a percentage, one by one. */
export function conditionFields(c: Condition, metrics: readonly NamedMetric[], lang: Language): { metric: string; threshold: number; percent: boolean } {
  const metric = metrics.find((m) => m.name === c.metric);
  return { metric: metric?.inSentence ?? midSentence(word(metric?.label ?? c.metric, lang)), threshold: c.threshold, percent: metric?.unit === 'percent' || /_pct$/.test(c.metric) };
}

const SCOPE_WORDS: Record<Language, { organization: string; group: string; location: string }> = {
  en: { organization: 'everyone', group: 'group', location: 'location' },
  nl: { organization: 'iedereen', group: 'groep', location: 'vestiging' },
};

/**
 * Whose rows a gate reads, in words: its phase (or the whole organization for `scope:
 * organization`), then its group and location when it names them; `withLocation: false` where
 * the location is shown beside the title already (a calendar entry's place).
 */
/** "everyone" / "iedereen": whose rows a gate with `scope: organization` reads, wherever a phase would be named. */
export const everyoneWord = (lang: Language): string => SCOPE_WORDS[lang].organization;

export function gateScopeText(gate: Pick<Gate, 'phase' | 'scope' | 'group' | 'location'>, phases: readonly { id: string; name: string }[], lang: Language, withLocation = true): string {
  const w = SCOPE_WORDS[lang];
  const parts = [gate.scope === 'organization' ? w.organization : (phases.find((p) => p.id === gate.phase)?.name ?? gate.phase)];
  if (gate.group !== undefined) parts.push(`${w.group} ${gate.group}`);
  if (gate.location !== undefined && withLocation) parts.push(`${w.location} ${gate.location}`);
  return parts.join(', ');
}
