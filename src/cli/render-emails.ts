import { stat } from 'node:fs/promises';
import path from 'node:path';
import { LANGUAGES, type Language } from '../plan/schema.js';
import { FORMATS } from '../render/formats.js';
import { renderEmails } from '../render/render.js';
import { loadTemplates } from '../render/templates.js';
import { buildSchedule } from '../schedule/build.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { writeFiles } from '../util/write.js';
import { choice, colors, requirePlan, say, writeOut } from './common.js';

export interface RenderEmailsOptions {
  plan: string;
  out: string;
  format: string;
  phase?: string;
  lang?: string;
  templates?: string;
  dryRun?: boolean;
  force?: boolean;
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** --templates, else the templates folder `rollout init` wrote next to the plan, else none. */
async function userTemplates(options: RenderEmailsOptions): Promise<string | undefined> {
  if (options.templates !== undefined) return options.templates;
  const beside = path.join(options.plan === '-' ? '.' : path.dirname(options.plan), 'templates');
  return (await isFolder(beside)) ? beside : undefined;
}

export async function renderEmailsCommand(options: RenderEmailsOptions): Promise<number> {
  const format = choice('format', options.format, FORMATS);
  if (options.out.trim() === '') throw new RolloutError('--out must name a folder to write into, for example --out emails');
  const languages: Language[] | undefined = options.lang === undefined ? undefined : [choice('lang', options.lang, LANGUAGES)];
  const { plan } = await requirePlan(options.plan);
  const templates = await loadTemplates(await userTemplates(options));
  const c = colors(process.stderr);
  for (const warning of templates.warnings) say(`warning: ${warning}`, c.yellow);
  const schedule = buildSchedule(plan);
  const { files, entries } = await renderEmails(plan, schedule, {
    format,
    templates,
    ...(languages ? { languages } : {}),
    ...(options.phase !== undefined ? { phase: options.phase } : {}),
  });
  const where = (name: string) => path.join(options.out, name);
  if (options.dryRun) {
    for (const f of files) writeOut(where(f.name));
    say(`dry run: ${entries.length} messages and the index would be written to ${options.out}; nothing was written`);
    return EXIT.ok;
  }
  await writeFiles(options.out, files, { force: options.force });
  for (const f of files) writeOut(where(f.name));
  say(`wrote ${entries.length} messages and the index to ${options.out}`);
  return EXIT.ok;
}
