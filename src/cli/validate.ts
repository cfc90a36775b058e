import { EXIT } from '../util/errors.js';
import { terminalLine } from '../escape/terminal.js';
import { templatesFolder } from '../render/templates-folder.js';
import { choice, colors, planName, printDiagnostics, readAndLoad, say, sourcesInput, writeOut } from './common.js';

export interface ValidateOptions {
  plan: string;
  format: string;
  strict?: boolean;
}

export async function validateCommand(options: ValidateOptions): Promise<number> {
  const format = choice('format', options.format, ['text', 'json'] as const);
  const loaded = await readAndLoad(options.plan);
  // The roster is read with the exports' reader, loaded only for a plan that has one.
  if (loaded.plan?.people) {
    const { rosterDiagnostics } = await import('../sources/roster-diagnostics.js');
    const { diagnostics, stale } = await rosterDiagnostics(loaded.plan, loaded.source, planName(options.plan), sourcesInput(options.plan, loaded).baseDir);
    // The plan's findings on whom a phase reaches that the roster's phase column settles otherwise.
    loaded.diagnostics = [...loaded.diagnostics.filter((d) => !stale(d)), ...diagnostics];
  }
  // A count read as a share: the fix names the export's own Total column, as gate-check does, when the export is there.
  if (loaded.plan && loaded.diagnostics.some((d) => d.code === 'count-as-share')) {
    const { nameTotals } = await import('../sources/export-totals.js');
    await nameTotals(loaded.plan, loaded.diagnostics, sourcesInput(options.plan, loaded).baseDir);
  }
  // A share of the whole organization: judged by the export's own count of accounts on the gate's due day, when the export is there.
  if (loaded.plan && loaded.diagnostics.some((d) => d.code === 'whole-organization-share')) {
    const { judgeSharesByExport } = await import('../sources/share-by-export.js');
    await judgeSharesByExport(loaded.plan, loaded.diagnostics, sourcesInput(options.plan, loaded).baseDir);
  }
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const warnings = loaded.diagnostics.filter((d) => d.severity === 'warning');
  const hints = loaded.diagnostics.filter((d) => d.severity === 'hint');
  const file = options.plan === '-' ? '<stdin>' : options.plan;
  // The templates folder beside the plan, which render-emails would use: copies that fell behind the built-in ones.
  const folder = await templatesFolder(options.plan);
  const templates = folder === undefined ? [] : (await (await import('../render/templates.js')).loadTemplates(folder)).warnings;
  for (const warning of templates) say(`rollout: warning: ${warning}`, colors(process.stderr).yellow);
  const valid = errors.length === 0 && (!options.strict || warnings.length === 0);
  if (format === 'json') {
    writeOut(JSON.stringify({ file, valid, errors, warnings, hints }, null, 2));
  } else {
    printDiagnostics(loaded.diagnostics);
    if (valid) {
      const phases = loaded.plan!.phases.length;
      const suffix = warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
      const gates = loaded.plan!.gates.length;
      writeOut(`${terminalLine(file)}: valid (${phases} phase${phases === 1 ? '' : 's'}, ${gates} gate${gates === 1 ? '' : 's'}${suffix})`);
    } else {
      const parts = [`${errors.length} error${errors.length === 1 ? '' : 's'}`];
      if (warnings.length) parts.push(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}${options.strict ? ' (--strict)' : ''}`);
      say(`${file}: invalid, ${parts.join(', ')}`);
    }
  }
  return valid ? EXIT.ok : EXIT.failed;
}
