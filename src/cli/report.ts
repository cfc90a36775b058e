import { checkGates } from '../gates/check.js';
import { renderReport } from '../report/html.js';
import { buildSchedule } from '../schedule/build.js';
import { isIsoDate, parseDay, todayDay } from '../util/dates.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { writeOutputFile } from '../util/write.js';
import type { Language } from '../plan/schema.js';
import { requirePlan, writeOut } from './common.js';
import { reportRepeats } from './gate-check.js';
import { reportImports, sourcesInput } from './sources.js';

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
  if (options.at !== undefined && !isIsoDate(options.at)) throw new RolloutError(`--at must be a real date written YYYY-MM-DD, not "${options.at}"`);
  const asOf = options.at === undefined ? todayDay() : parseDay(options.at);
  const { plan, loaded } = await requirePlan(options.plan);
  // Without metrics the gates still give their windows and due days; they are just not judged.
  const check = await checkGates({ plan, files: options.metrics ?? [], asOf, lenient: options.lenient ?? false, sources: sourcesInput(options.plan, loaded) });
  reportImports(check.imports, check.warnings);
  reportRepeats(check.repeats);
  const measured = options.metrics !== undefined || plan.sources.length > 0;
  const html = renderReport({ plan, schedule: buildSchedule(plan), asOf, language: options.lang ?? plan.organization.languages[0]!, check, measured });
  if (options.output === '-') {
    writeOut(html);
    return EXIT.ok;
  }
  await writeOutputFile(options.output, html, { force: options.force });
  writeOut(`wrote ${options.output}${measured ? ` (decision: ${check.result.decision})` : ' (no metrics given)'}`);
  return EXIT.ok;
}
