import { isMap, isScalar, parseDocument, stringify, type Node } from 'yaml';
import { RolloutError } from '../util/errors.js';
import type { Plan } from './resolve.js';

/** Keys of the first attempt that the second try leaves out: what happened to the first. */
const LEFT_OUT = new Set(['rollback', 'pauses', 'restart']);

/**
 * The plan of a second try, written from the text of a plan that rolled back as a whole: the same
 * text, comments, roster, sources and gates kept as written, starting on `start`, without the
 * pauses and rollbacks of the first attempt, and with `restart:` naming its rollback and reason.
 * What changed is the coordinator's to write: it is left as a comment that `validate` reminds of.
 */
export function restartPlan(text: string, plan: Plan, file: string, start: string): string {
  const rollback = plan.rollback;
  if (!rollback) throw new RolloutError(`${file}: the plan records no rollback of the whole rollout; a second try follows one: write it in first (rollback: { on: YYYY-MM-DD, reason: ... })`);
  const raw = [plan.raw.rollback].flat().find((r) => r?.only === undefined)!;
  const root = parseDocument(text).contents;
  // Edited in the text, from the end back, so that every other line stays as the coordinator wrote it.
  const edits: { from: number; to: number; by: string }[] = [];
  for (const { key, value } of isMap(root) ? root.items : []) {
    const name = isScalar(key) ? String(key.value) : '';
    const [from, , to] = (value as Node | null)?.range ?? (key as Node).range!;
    if (name === 'start' && isScalar(value)) edits.push({ from: value.range![0], to: value.range![1], by: start });
    if (LEFT_OUT.has(name)) edits.push({ from: text.lastIndexOf('\n', (key as Node).range![0]) + 1, to: blankLinesAfter(text, Math.max(from, lineEnd(text, to))), by: '' });
  }
  let out = text;
  for (const { from, to, by } of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, from) + by + out.slice(to);
  const restart = stringify({ restart: { rolledBackOn: rollback.on, reason: raw.reason } }, { lineWidth: 0 });
  const changed = plan.raw.organization.languages.map((l) => `  #   ${l}: ...`).join('\n');
  return `${out.trimEnd()}\n\n${restart}  # what is different this time, for the announcement and the welcome (remove the #):\n  # changed:\n${changed}\n`;
}

/** Past the blank lines from `at` on: the key cut out takes the blank line that set it apart with it. */
function blankLinesAfter(text: string, at: number): number {
  const blank = /^(?:[ \t]*\r?\n)*/.exec(text.slice(at))![0];
  return at + blank.length;
}

/** Just past the line break that ends the line `at` is on (the text's end when none does). */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', Math.max(0, at - 1));
  return end < 0 ? text.length : end + 1;
}
