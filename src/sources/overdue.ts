import path from 'node:path';
import type { Plan } from '../plan/resolve.js';
import { formatDay, type Day } from '../util/dates.js';
import type { Place } from '../util/errors.js';
import { formatList } from '../util/lists.js';
import { errorAtKey } from '../util/place.js';
import type { Awaited, DueBecause } from './missing.js';
import { isGlob } from './glob.js';
import { shown } from './table.js';
import { computedMetrics, readMetrics } from './unread.js';

/** A survey file past its due day, left unread as a form with no answers yet since other sources give what it gives. */
export interface NoAnswersYet extends Awaited {
  index: number;
  /** The metrics it gives, each also given by one of `others`. */
  metrics: string[];
  /** The plan keys of the sources that give them, such as `sources[3]`. */
  others: string[];
}

/**
 * The sources whose files are missing on or after their due day. A survey form that has had no
 * answer yet is often not downloaded at all: when it is one file (not a glob) and every metric it
 * gives comes from another source whose file is there, it is read as no answers yet, with a note.
 * Any other stops the run (exit 2), with its plan line, why it is due and what to do: a decision
 * made without it could be wrong.
 */
export function overdueFiles(plan: Plan, overdue: readonly Awaited[], locate: (index: number) => Place | undefined, baseDir: string): NoAnswersYet[] {
  const computed = computedMetrics(plan);
  const missing = new Set(overdue.map((o) => o.index));
  const noAnswers: NoAnswersYet[] = [];
  for (const o of overdue) {
    const index = o.index!;
    const source = plan.sources[index]!;
    const metrics = computed.filter((c) => c.path[1] === index).map((c) => c.metric);
    const givers = metrics.map((m) => computed.find((c) => c.metric === m && c.path[1] !== index && !missing.has(c.path[1] as number)));
    if (source.kind === 'responses' && !isGlob(source.file) && givers.every((g) => g !== undefined)) {
      noAnswers.push({ ...o, index, metrics, others: [...new Set(givers.map((g) => `sources[${g!.path[1]}]`))] });
      continue;
    }
    const what =
      source.kind === 'responses'
        ? 'download the answers there (a form with no answers yet downloads as a CSV with only its header row, read as no answers)'
        : 'export the data there';
    throw errorAtKey(locate(index), `sources[${index}]`, `${JSON.stringify(o.file)} matches no file in ${shown(path.resolve(baseDir, path.dirname(o.file)))}; it is due from ${dueWhy(o.due, o.because)}; ${what} or correct sources[${index}].file`);
  }
  return noAnswers;
}

/** The note for a survey file read as no answers yet (see overdueFiles). */
export function noAnswersNote(n: NoAnswersYet): string {
  const metrics = formatList(n.metrics, 'en', 'and');
  return `${n.at}: ${JSON.stringify(n.file)} matches no file; due from ${dueWhy(n.due, n.because)}, it is read as a form with no answers yet, since ${formatList(n.others, 'en', 'and')} ${n.others.length === 1 ? 'gives' : 'give'} ${metrics} too; once it has answers, download them there, or the gates on ${metrics} go without them`;
}

/**
 * The note for a missing file of a source that no gate or switch-off reads (see readableSources):
 * no decision waits for it, so the run goes on; a weekly update that reads it goes without it.
 */
export function unneededNote(plan: Plan, a: Awaited): string {
  const metrics = computedMetrics(plan).filter((c) => c.path[1] === a.index).map((c) => c.metric);
  const updates = [...readMetrics(plan)].filter((m) => metrics.includes(m));
  const updateText = updates.length > 0 ? `; the weekly updates leave out ${formatList(updates, 'en', 'and')} until it is there` : '';
  return `${a.at}: ${JSON.stringify(a.file)} matches no file; no gate or switch-off reads ${formatList(metrics, 'en', 'or')}, so the run goes on without it${updateText}`;
}

/** The day an export is due and why (see DueBecause). */
export function dueWhy(due: Day, because: DueBecause): string {
  const day = formatDay(due);
  if (because.kind === 'launch') return `the first launch on ${day}`;
  if (because.kind === 'session') return `${day}, the day after the first training session or office hour on ${formatDay(because.held)}, whose attendance report is the first there can be`;
  if (because.kind === 'survey') return `${day}, the day after the first survey the schedule sends on ${formatDay(because.sent)}, whose answers are the first there can be`;
  if (because.kind === 'gate') return `${day}, when gate ${because.gate}, which reads ${because.metric}, is due`;
  return `${day}, when the switch-off (phase ${because.phase}), which waits for ${because.metric}, starts`;
}
