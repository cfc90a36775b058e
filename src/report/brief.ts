import type { Plan } from '../plan/resolve.js';
import { word, LANGUAGE_NAMES } from '../render/words.js';
import { formatList } from '../util/lists.js';
import { formatNumber } from '../util/numbers.js';
import { sentenceStart } from '../util/sentence-start.js';
import type { ReportLanguage, Words } from './i18n.js';
import { escapeXml as esc } from './svg.js';

type Row = readonly [term: string, text: string | undefined];

/** A heading and its terms with their texts; empty when no text is given. */
function terms(heading: string, rows: readonly Row[]): string {
  const given = rows.flatMap(([term, text]) => (text ? [`<dt>${esc(term)}</dt><dd>${esc(text)}</dd>`] : []));
  return given.length ? `<h3>${esc(heading)}</h3><dl class="qa">${given.join('')}</dl>` : '';
}

/**
 * What the plan sets out beyond its dates, for a manager who reads only the report: the metrics'
 * goals, the contingency plan (what an issue of each severity leads to, the old system, the data
 * exports, how to roll back), the regional notes, then the enterprise guide's discovery answers
 * and focus-area notes. The plan's own texts, never a name from an export or roster.
 */
export function briefSection(plan: Plan, words: Words, lang: ReportLanguage): string {
  const goals = plan.metrics.map((m): Row => [word(m.label ?? m.name, lang), m.goal === undefined ? undefined : word(m.goal, lang)]);
  const c = plan.contingency;
  const every = c.exportEvery === undefined ? undefined : /^(\d+)\s*([dw])$/.exec(c.exportEvery.trim());
  const contingency: Row[] = [
    ...(['minor', 'major', 'critical'] as const).map((s): Row => [words.issue[s], words.decision[c[s]]]),
    [sentenceStart(words.oldSystem, lang), words.kept(c.keepOldSystemUntilProven)],
    [words.exported, every ? words.every(Number(every[1]), every[2] as 'd' | 'w') : undefined],
    [words.rollbackProcedure, c.rollbackProcedure],
  ];
  const r = plan.regional;
  const amount = r.budget === undefined ? undefined : formatNumber(r.budget, lang, { decimals: 2, grouping: true, sign: 'negative' });
  const regional: Row[] = [
    [words.offlinePlan, r.offlinePlan],
    [words.mobileData, r.mobileData],
    [words.supportLanguages, r.supportLanguages?.length ? formatList(r.supportLanguages.map((l) => LANGUAGE_NAMES[lang][l]), lang, 'and') : undefined],
    amount === undefined ? [words.currency, r.currency] : [words.budget, [r.currency, amount].filter(Boolean).join(' ')],
  ];
  const answered = (Object.keys(words.discovery) as (keyof Words['discovery'])[]).map((k): Row => [words.discovery[k], plan.discovery[k]]);
  const noted = (Object.keys(words.focus) as (keyof Words['focus'])[]).map((k): Row => [words.focus[k], plan.focusAreas[k]]);
  return [terms(words.goals, goals), terms(words.contingency, contingency), terms(words.regional, regional), terms(words.discoveryAnswers, answered), terms(words.focusAreas, noted)].join('');
}
