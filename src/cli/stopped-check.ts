// What a CI run of gate-check shows when the check stopped on input it cannot use (exit 2): the
// error annotation on the run's page, the job summary and the JUnit case, besides the line on
// standard error. A red run then says why without opening its raw log.
import { statSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../plan/schema.js';
import type { StoppedAt } from '../reporters/gates/github.js';
import { formatDiagnostic, type RolloutError } from '../util/errors.js';
import { isWorkbook } from '../util/place.js';
import { say, writeOut } from './common.js';

export interface StoppedOptions {
  format: string;
  summary?: string;
  saveJunit?: string;
  force?: boolean;
  lang?: Language;
}

/**
 * The problems that stopped the check: the plan's errors, else the error's own message at the
 * place it names. A workbook's cell has no column of text to point at; a whole file is pointed at
 * only when it is one (not a pipe or a device).
 */
export function stoppedAt(error: RolloutError): StoppedAt[] {
  const errors = error.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return errors.map((d) => ({ file: d.file, line: d.line, column: d.column, message: formatDiagnostic(d) }));
  const message = error.message.split('\n')[0]!;
  const { at } = error;
  if (at?.line !== undefined) return [{ file: at.file, line: at.line, column: isWorkbook(at.file) ? undefined : at.column, message }];
  return [at !== undefined && statSync(at.file, { throwIfNoEntry: false })?.isFile() ? { file: at.file, message } : { message }];
}

export async function showStopped(error: RolloutError, options: StoppedOptions): Promise<void> {
  const problems = stoppedAt(error);
  if (options.saveJunit !== undefined) await (await import('./saved-outputs.js')).saveInputError(options.saveJunit, error, options.force);
  if (options.format === 'github') {
    const inRepository = problems.map((p) => (p.file === undefined || p.file === '-' ? { message: p.message } : { ...p, file: repoPath(p.file) }));
    writeOut((await import('../reporters/gates/github.js')).renderStoppedGithub(inRepository));
  }
  // Only into the runner's own step summary: a file named by --summary may be what the check refused to write over.
  const runnerSummary = process.env.GITHUB_STEP_SUMMARY;
  if (runnerSummary && (options.summary ?? (options.format === 'github' ? runnerSummary : undefined)) === runnerSummary) {
    const markdown = (await import('../reporters/gates/markdown.js')).renderStoppedMarkdown(problems.map((p) => p.message), options.lang);
    await appendSummary(runnerSummary, markdown);
  }
}

/** GitHub attaches annotations only to paths relative to the checked-out repository. */
export function repoPath(file: string): string {
  return path.relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), path.resolve(file)).split(path.sep).join('/');
}

/** GitHub shows its step summary on the run's page; other steps may have written to it already. */
export async function appendSummary(file: string, markdown: string): Promise<void> {
  try {
    await appendFile(file, markdown);
  } catch (error) {
    say(`rollout: could not append the summary to ${file} (${(error as Error).message})`);
  }
}
