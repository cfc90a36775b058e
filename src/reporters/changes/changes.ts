import type { Change, ChangeSet } from '../../changes/compare.js';
import type { HeadcountChange, Recount } from '../../changes/headcounts.js';
import { headlineChanges } from '../../changes/compare.js';
import { dayShift } from '../../changes/reasons.js';
import type { Language } from '../../plan/schema.js';
import { everyoneWord } from '../../plan/condition-text.js';
import { wordsFor } from '../../report/i18n.js';

/** What a pause of one part holds: a phase id or a location name. */

/** The what-if and diff outputs: the same change set, in text, json or markdown, in English or Dutch. */

export type ChangesFormat = 'text' | 'json' | 'markdown';

const WORDS = {
  en: {
    nothing: 'Nothing moves.',
    headline: 'Launches and switch-off',
    all: 'All items',
    summary: (moved: number, appeared: number, disappeared: number, held: number) => `${moved} moved, ${appeared} appeared, ${disappeared} disappeared, ${held} on hold`,
    resumed: (n: number) => `, ${n} resumed`,
    added: '(new)',
    gone: '(gone)',
    held: '(on hold)',
    columns: ['change', 'from', 'to', 'shift', 'item', 'title', 'why'],
    change: { moved: 'moved', appeared: 'appeared', disappeared: 'disappeared', held: 'on hold', resumed: 'resumed' },
    headcounts: 'Headcounts changed',
    scope: { organization: 'organization', group: 'group', location: 'location' },
    none: '(none)',
    recounted: (n: number) => `Messages whose count of people changes with them (${n}):`,
    unchanged: "No message's count of people changes with them.",
  },
  nl: {
    nothing: 'Er verschuift niets.',
    headline: 'Starts en uitzetten',
    all: 'Alle onderdelen',
    summary: (moved: number, appeared: number, disappeared: number, held: number) => `${moved} verschoven, ${appeared} nieuw, ${disappeared} vervallen, ${held} aangehouden`,
    resumed: (n: number) => `, ${n} hervat`,
    added: '(nieuw)',
    gone: '(vervallen)',
    held: '(aangehouden)',
    columns: ['wijziging', 'van', 'naar', 'verschil', 'onderdeel', 'titel', 'waarom'],
    change: { moved: 'verschoven', appeared: 'nieuw', disappeared: 'vervallen', held: 'aangehouden', resumed: 'hervat' },
    headcounts: 'Aantallen mensen gewijzigd',
    scope: { organization: 'organisatie', group: 'groep', location: 'vestiging' },
    none: '(geen)',
    recounted: (n: number) => `Berichten waarin het aantal mensen daardoor verandert (${n}):`,
    unchanged: 'Geen bericht krijgt daardoor een ander aantal mensen.',
  },
} satisfies Record<Language, unknown>;

type Words = (typeof WORDS)['en'];

const shift = (c: Change, lang: Language): string => (c.days === null ? '' : dayShift(lang, c.days));
const dates = (c: Change, w: Words): string => `${c.from ?? (c.change === 'resumed' ? w.held : w.added)} → ${c.to ?? (c.change === 'held' ? w.held : w.gone)}`;
/** The kind of item and where: `Launch georgetown`; a phase named like its kind (`decommission`) once; everyone for a gate on everyone's rows. */
const what = (c: Change, lang: Language): string => {
  const where = [c.scope === 'organization' ? everyoneWord(lang) : c.phase, c.location].filter((x, i, all) => x !== undefined && x !== c.type && (i === 0 || x.toLowerCase() !== all[0]?.toLowerCase()));
  return [wordsFor(lang).events[c.type], ...where].join(' ');
};
// Resumed items follow an open pause's end only: named when there are some.
const summary = (set: ChangeSet, w: Words): string =>
  w.summary(set.counts.moved, set.counts.appeared, set.counts.disappeared, set.counts.held) + (set.counts.resumed ? w.resumed(set.counts.resumed) : '');

/** Headcounts that changed between two versions, and the messages that count otherwise because of them (diff only). */
export interface Headcounts {
  changes: HeadcountChange[];
  recounted: Recount[];
}

const count = (n: number | null, w: Words) => (n === null ? w.none : String(n));
const headcountLine = (h: Headcounts, w: Words) => `${w.headcounts}: ${h.changes.map((c) => `${w.scope[c.scope]} ${c.name} ${count(c.from, w)} → ${count(c.to, w)}`).join('; ')}`;
const recountLine = (r: Recount) => `${r.message} ${r.from} → ${r.to}`;

/** The lines a changed headcount adds under the heading: none when no headcount changed. */
function headcountText(h: Headcounts | undefined, w: Words): string[] {
  if (!h || h.changes.length === 0) return [];
  if (h.recounted.length === 0) return [headcountLine(h, w), w.unchanged];
  return [headcountLine(h, w), w.recounted(h.recounted.length), ...h.recounted.map((r) => `  ${recountLine(r)}`)];
}

function text(heading: string, set: ChangeSet, lang: Language, headcounts?: Headcounts): string {
  const w = WORDS[lang];
  const counted = headcountText(headcounts, w);
  if (set.changes.length === 0) return [heading, ...counted, w.nothing, ''].join('\n');
  // Columns as wide as their longest cell (a long location name included), within bounds.
  const widths = set.changes.reduce((m, c) => [Math.max(m[0]!, dates(c, w).length), Math.max(m[1]!, shift(c, lang).length), Math.max(m[2]!, what(c, lang).length)], [0, 0, 0]);
  const [from, by, item] = [Math.min(widths[0]!, 40), Math.min(widths[1]!, 16), Math.min(widths[2]!, 60)];
  const line = (c: Change) => `  ${dates(c, w).padEnd(from)} ${shift(c, lang).padEnd(by)} ${what(c, lang).padEnd(item)} ${c.title}${c.reason ? ` (${c.reason})` : ''}`;
  const head = headlineChanges(set);
  return [heading, ...counted, ...(head.length ? [`${w.headline}:`, ...head.map(line)] : []), `${w.all}: ${summary(set, w)}`, ...set.changes.map(line), ''].join('\n');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function markdown(heading: string, set: ChangeSet, lang: Language, headcounts?: Headcounts): string {
  const w = WORDS[lang];
  const counted = headcounts && headcounts.changes.length > 0 ? [`**${cell(headcountLine(headcounts, w))}**`, '', ...(headcounts.recounted.length === 0 ? [w.unchanged] : [w.recounted(headcounts.recounted.length), '', ...headcounts.recounted.map((r) => `- ${cell(recountLine(r))}`)]), ''] : [];
  const rows = (list: Change[]) => [
    `| ${w.columns.join(' | ')} |`,
    '| --- | --- | --- | ---: | --- | --- | --- |',
    ...list.map((c) => `| ${w.change[c.change]} | ${c.from ?? ''} | ${c.to ?? ''} | ${shift(c, lang)} | ${cell(what(c, lang))} | ${cell(c.title)} | ${cell(c.reason ?? '')} |`),
  ];
  if (set.changes.length === 0) return [`### ${cell(heading)}`, '', ...counted, w.nothing, ''].join('\n');
  const head = headlineChanges(set);
  return [`### ${cell(heading)}`, '', ...counted, ...(head.length ? [`**${w.headline}**`, '', ...rows(head), ''] : []), `**${w.all}:** ${summary(set, w)}`, '', ...rows(set.changes), ''].join('\n');
}

/** `headcounts`: for diff, the headcounts that changed and the messages they recount. */
export function renderChanges(format: ChangesFormat, heading: string, set: ChangeSet, extra: Record<string, unknown> = {}, lang: Language = 'en', headcounts?: Headcounts): string {
  const counted = headcounts ? { headcounts: headcounts.changes, recounted: headcounts.recounted } : {};
  if (format === 'json') return `${JSON.stringify({ ...extra, counts: set.counts, launches: headlineChanges(set), changes: set.changes, ...counted }, null, 2)}\n`;
  return format === 'markdown' ? markdown(heading, set, lang, headcounts) : text(heading, set, lang, headcounts);
}

/** The headings of what-if and diff. */
export const CHANGE_HEADINGS = {
  en: {
    whatIf: (from: string, until: string, length: string, phase?: string, part?: string) => `What if ${part ?? 'the rollout'} pauses from ${from} until ${until} (${length})${phase ? `, phase ${phase}` : ''}${part ? ' and the rest goes on' : ''}`,
    whatIfRollback: (on: string, part?: string) => `What if ${part ? `${part} rolls back on ${on} and the rest goes on` : `the rollout rolls back on ${on}`}`,
    whatIfExtension: (phase: string, decided: string, until: string, was: string, length: string) => `What if ${phase} runs longer, decided on ${decided}: until ${until} instead of ${was} (${length})`,
    diff: (before: string, after: string) => `Changes from ${before} to ${after}`,
  },
  nl: {
    whatIf: (from: string, until: string, length: string, phase?: string, part?: string) => `Wat als ${part ?? 'de invoering'} pauzeert van ${from} tot ${until} (${length})${phase ? `, fase ${phase}` : ''}${part ? ' en de rest doorgaat' : ''}`,
    whatIfRollback: (on: string, part?: string) => `Wat als ${part ? `${part} op ${on} terugdraait en de rest doorgaat` : `de invoering op ${on} terugdraait`}`,
    whatIfExtension: (phase: string, decided: string, until: string, was: string, length: string) => `Wat als ${phase} langer duurt, besloten op ${decided}: tot en met ${until} in plaats van ${was} (${length})`,
    diff: (before: string, after: string) => `Wijzigingen van ${before} naar ${after}`,
  },
} satisfies Record<Language, unknown>;
