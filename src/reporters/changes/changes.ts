import type { Change, ChangeSet } from '../../changes/compare.js';
import { headlineChanges } from '../../changes/compare.js';

/** The what-if and diff outputs: the same change set, in text, json or markdown. */

export type ChangesFormat = 'text' | 'json' | 'markdown';

const shift = (c: Change): string => (c.days === null ? '' : `${c.days > 0 ? '+' : ''}${c.days} days`);
const dates = (c: Change): string => `${c.from ?? '(new)'} → ${c.to ?? (c.change === 'held' ? '(on hold)' : '(gone)')}`;
const what = (c: Change): string => `${c.type} ${[c.phase, c.location].filter(Boolean).join(' ')}`.trim();
const summary = (set: ChangeSet): string => {
  const { moved, appeared, disappeared, held } = set.counts;
  return `${moved} moved, ${appeared} appeared, ${disappeared} disappeared, ${held} on hold`;
};

function text(heading: string, set: ChangeSet): string {
  if (set.changes.length === 0) return `${heading}\nNothing moves.\n`;
  const line = (c: Change) => `  ${dates(c).padEnd(26)} ${shift(c).padEnd(10)} ${what(c).padEnd(30)} ${c.title}${c.reason ? ` (${c.reason})` : ''}`;
  const head = headlineChanges(set);
  return [heading, ...(head.length ? ['Launches and switch-off:', ...head.map(line)] : []), `All items: ${summary(set)}`, ...set.changes.map(line), ''].join('\n');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function markdown(heading: string, set: ChangeSet): string {
  const rows = (list: Change[]) => ['| change | from | to | shift | item | title | why |', '| --- | --- | --- | ---: | --- | --- | --- |', ...list.map((c) => `| ${c.change} | ${c.from ?? ''} | ${c.to ?? ''} | ${shift(c)} | ${cell(what(c))} | ${cell(c.title)} | ${cell(c.reason ?? '')} |`)];
  if (set.changes.length === 0) return `### ${cell(heading)}\n\nNothing moves.\n`;
  const head = headlineChanges(set);
  return [`### ${cell(heading)}`, '', ...(head.length ? ['**Launches and switch-off**', '', ...rows(head), ''] : []), `**All items:** ${summary(set)}`, '', ...rows(set.changes), ''].join('\n');
}

export function renderChanges(format: ChangesFormat, heading: string, set: ChangeSet, extra: Record<string, unknown> = {}): string {
  if (format === 'json') return `${JSON.stringify({ ...extra, counts: set.counts, launches: headlineChanges(set), changes: set.changes }, null, 2)}\n`;
  return format === 'markdown' ? markdown(heading, set) : text(heading, set);
}
