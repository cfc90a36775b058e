import { word } from './builtin-text.js';
import type { Aggregate, Gate, Language, Metric, Operator } from './schema.js';
import { formatNumber } from '../util/numbers.js';
import { firstWord } from './known-names.js';

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
 * A label inside a sentence: lower case, unless it starts with an abbreviation (NPS, IT), names
 * something (Net Promoter Score) or starts with a name the plan knows (`names`: Teams, Paramaribo).
 */
export function midSentence(label: string, names: ReadonlySet<string> = NO_NAMES): string {
  if (!capitalized(label) || label.slice(1) !== label.slice(1).toLowerCase() || names.has(firstWord(label))) return label;
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

/** The condition's subject and goal: "active use" and "at least 80%". */
export function conditionParts(c: Condition, metrics: readonly NamedMetric[], lang: Language): { subject: string; goal: string } {
  const metric = metrics.find((m) => m.name === c.metric);
  const label = metric?.inSentence ?? midSentence(word(metric?.label ?? c.metric.replace(/_/g, ' '), lang));
  const aggregate = c.aggregate ?? 'last';
  const number = formatNumber(c.threshold, lang, { decimals: 2, grouping: true, sign: 'auto' });
  const percent = aggregate !== 'nps' && aggregate !== 'slope' && aggregate !== 'count' && (metric?.unit === 'percent' || /_pct$/.test(c.metric));
  const subject = aggregate === 'nps' ? 'NPS' : aggregate === 'last' ? label : OF[lang][aggregate](label);
  return { subject, goal: `${OPERATORS[lang][c.op]} ${number}${percent ? '%' : ''}${aggregate === 'slope' ? PER_DAY[lang] : ''}` };
}

/** "active use at least 80%", for a title or a list. */
export function conditionText(c: Condition, metrics: readonly NamedMetric[], lang: Language): string {
  const { subject, goal } = conditionParts(c, metrics, lang);
  return `${subject} ${goal}`;
}

/** "active use is at least 80%" / "actief gebruik minstens 80% is", after "once" / "zodra". */
export function conditionClause(c: Condition, metrics: readonly NamedMetric[], lang: Language): string {
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
