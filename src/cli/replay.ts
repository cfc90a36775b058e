import { replayGates } from '../gates/check.js';
import { exitCodeFor } from '../gates/decision.js';
import { resultIn } from '../gates/in-language.js';
import { renderHistory, replayDays } from '../replay/history.js';
import { planIn } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { isIsoDate } from '../util/dates.js';
import { RolloutError } from '../util/errors.js';
import { choice, requirePlan, withRosterGroups, writeOut } from './common.js';
import { reportImports, reportOutOfDate, reportRepeats, requireData, sourcesToRead } from './sources.js';

export interface ReplayOptions {
  plan: string;
  metrics?: string[];
  at?: string;
  from?: string;
  to?: string;
  every?: string;
  format: string;
  lenient?: boolean;
  lang?: Language;
}

const FORMATS = ['text', 'markdown', 'jsonl'] as const;

/** gate-check --from --to: the decision as of each day; the exit code is the last day's. */
export async function replayCommand(options: ReplayOptions): Promise<number> {
  if (options.at !== undefined) throw new RolloutError('--at and --from do not go together: --at checks one day, --from and --to replay a range');
  if (options.from === undefined || options.to === undefined) throw new RolloutError('--from and --to go together: give both, e.g. --from 2027-02-01 --to 2027-04-30');
  for (const [name, value] of [['from', options.from], ['to', options.to]] as const) {
    if (!isIsoDate(value)) throw new RolloutError(`--${name} must be a real date written YYYY-MM-DD, not "${value}"`);
  }
  if (options.to < options.from) throw new RolloutError(`--to ${options.to} comes before --from ${options.from}`);
  const every = options.every ?? '1d';
  if (!/^\d+\s*[dw]$/.test(every) || /^0+\s*[dw]$/.test(every)) throw new RolloutError(`--every must be a duration such as 1d or 1w, not "${every}"`);
  const format = choice('format', options.format, FORMATS);
  const { plan: written, loaded } = await requirePlan(options.plan);
  // A preset's halves start whom the roster's phase column puts in them, as in the schedule and the emails.
  const loadedPlan = await withRosterGroups(options.plan, loaded, written);
  const lang = options.lang ?? loadedPlan.language;
  const plan = planIn(loadedPlan, lang);
  requireData(plan, options.metrics);
  const days = replayDays(options.from, options.to, every);
  // The exports are read once, as of the last day: an export not due by then is awaited, as gate-check that day has it.
  const sources = await sourcesToRead(plan, options.plan, loaded, days.at(-1)!, 'the gates are not judged until then');
  const { results, last } = await replayGates({ plan, files: options.metrics ?? [], days, lenient: options.lenient ?? false, sources });
  reportImports(last.imports, last.warnings);
  reportRepeats(last.repeats);
  await reportOutOfDate(last.result, lang);
  // jsonl writes its sentences in English whatever --lang says: so do the plan's texts it quotes.
  const english = format === 'jsonl' ? planIn(loadedPlan, 'en') : undefined;
  writeOut(renderHistory(format, english ? results.map((r) => resultIn(r, english)) : results, lang));
  return exitCodeFor(results.at(-1)!.decision);
}
