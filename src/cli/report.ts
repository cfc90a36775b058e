import { checkGates, replayDecisions } from '../gates/check.js';
import { planAsOf } from '../replay/as-of.js';
import { historyDays } from '../replay/history.js';
import { renderReport } from '../report/html.js';
import { buildSchedule } from '../schedule/build.js';
import { parseDay } from '../util/dates.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { writeOutputFile } from '../util/write.js';
import { planIn } from '../plan/resolve.js';
import { resultIn } from '../gates/in-language.js';
import type { Language } from '../plan/schema.js';
import { atOption, requirePlan, today, withRosterGroups, writeOut } from './common.js';
import { noneRead, reportImports, reportOutOfDate, reportRepeats, sourcesToRead } from './sources.js';

export interface ReportOptions {
  plan: string;
  metrics?: string[];
  at?: string;
  output: string;
  /** Commander has checked it against the languages. */
  lang?: Language;
  force?: boolean;
  lenient?: boolean;
}

export async function reportCommand(options: ReportOptions): Promise<number> {
  if (options.output.trim() === '') throw new RolloutError('--output must name a file, or - for standard output');
  const at = atOption(options.at);
  const read = await requirePlan(options.plan);
  const { loaded } = read;
  // The announcements name a targeted group in each phase the roster puts its people in, as schedule does.
  const plan = await withRosterGroups(options.plan, loaded, read.plan);
  const asOf = at ?? today(plan);
  const sources = await sourcesToRead(plan, options.plan, loaded, asOf, 'the report shows the plan with its gates not yet judged');
  const measured = options.metrics !== undefined || !noneRead(plan, sources);
  const input = { plan, files: options.metrics ?? [], lenient: options.lenient ?? false, sources };
  // Without metrics the gates still give their windows and due days; they are just not judged.
  // With them, one read gives both today's check and the decision history drawn under the timeline.
  const replay = measured ? await replayDecisions({ ...input, days: historyDays(parseDay(plan.start), asOf) }) : undefined;
  const check = replay ? replay.last : await checkGates({ ...input, asOf });
  reportImports(check.imports, check.warnings);
  reportRepeats(check.repeats);
  const history = replay?.decisions ?? [];
  const language = options.lang ?? plan.language;
  await reportOutOfDate(resultIn(check.result, planIn(plan, language)), language);
  // The plan's texts in the report's language (phase names, tiers, objections), as it stood that day.
  const local = planAsOf(planIn(plan, language), asOf);
  const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf, language, check, measured, history });
  if (options.output === '-') {
    writeOut(html);
    return EXIT.ok;
  }
  await writeOutputFile(options.output, html, { force: options.force });
  writeOut(`wrote ${options.output}${measured ? ` (decision: ${check.result.decision})` : check.result.awaited?.length ? ' (no export read yet)' : ' (no metrics given)'}`);
  return EXIT.ok;
}
