import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { checkPlan } from './checks.js';
import { SourceMap } from './positions.js';
import { resolvePlan, type Plan } from './resolve.js';
import { pauseSchema } from './schema.js';
import { checkStrings } from './strings.js';

/** A top-level `pauses:` block and the text around it: the key at column 0 up to the next line that starts at column 0. */
function splitPauses(text: string): { rest: string; from: number; to: number } {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => /^pauses\s*:/.test(l));
  if (from < 0) return { rest: text, from: -1, to: -1 };
  let to = from + 1;
  while (to < lines.length && (lines[to] === '' || /^[\s#]/.test(lines[to]!) || lines[to] === '\r')) to++;
  return { rest: [...lines.slice(0, from), ...lines.slice(to)].join('\n'), from, to };
}

/**
 * A plan whose text is `base`'s with only its top-level `pauses:` block changed (a pause written
 * into the plan), read from `base`: the block parsed and validated at its own lines, the rest
 * taken as `base` read it, so that `diff` reads a 1,000-location plan once, not twice.
 * Undefined when the texts differ elsewhere or the block has any problem: load it in full then,
 * which reports problems as usual.
 */
export function loadPausesVariant(text: string, file: string, base: { text: string; plan: Plan }): Plan | undefined {
  const now = splitPauses(text);
  // Blank lines at the end of a file mean nothing.
  if (now.rest.trimEnd() !== splitPauses(base.text).rest.trimEnd()) return undefined;
  if (now.from < 0) return resolvePlan({ ...base.plan.raw, pauses: [] });
  const block = text.split('\n').slice(now.from, now.to).join('\n');
  // Tags and anchors are for the full reader to judge.
  if (/[!&*]/.test(block.replace(/#.*$/gm, ''))) return undefined;
  // The block alone, at its own lines, so that positions stay those of the file.
  const masked = text.split('\n').map((line, i) => (i >= now.from && i < now.to ? line : '')).join('\n');
  const lines = new LineCounter();
  const doc = parseDocument(masked, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  if (checkStrings(value, file, new SourceMap(doc, lines)).length > 0) return undefined;
  const pauses = z.array(pauseSchema).safeParse((value as { pauses?: unknown } | null)?.pauses ?? []);
  if (!pauses.success) return undefined;
  const plan = resolvePlan({ ...base.plan.raw, pauses: pauses.data });
  return checkPlan(plan).some((c) => c.severity === 'error') ? undefined : plan;
}
