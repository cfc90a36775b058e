import type { Diagnostic } from '../util/errors.js';
import { formatPath, type PlanPath, type SourceMap } from './positions.js';

/** Longest name, id, label or other one-line value. */
export const MAX_LINE = 200;
/** Longest prose value (why, description, discovery answers, ...). */
export const MAX_PROSE = 4000;
/** More findings than this are mostly the same mistake again. */
const MAX_FINDINGS = 10;

/** Keys whose values are prose and may span lines; every other string is one line. */
const PROSE = new Set(['why', 'benefit', 'replaces', 'pilotResults', 'rollbackProcedure', 'description', 'goal', 'offlinePlan', 'mobileData', 'objection', 'response', 'challenge', 'mitigation']);
/** Sections made of prose answers only. */
const PROSE_SECTIONS = new Set(['discovery', 'focusAreas']);

const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
/** Control characters other than tab and line breaks: never part of a name, in any output. */
// eslint-disable-next-line no-control-regex -- naming control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;

/**
 * In a file's path, any control character, a tab too: what YAML makes of a Windows path in double
 * quotes (`"exports\responses.csv"`, whose `\r` is a line break).
 */
// eslint-disable-next-line no-control-regex -- naming control characters is the point
const PATH_ESCAPE = /[\u0000-\u001f\u007f]/;
const isPath = (path: PlanPath): boolean => path.at(-1) === 'file';

function isProse(path: PlanPath): boolean {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string');
  return (key !== undefined && PROSE.has(key)) || (typeof path[0] === 'string' && PROSE_SECTIONS.has(path[0]));
}

/**
 * Bounds every string of a plan before it is validated: one-line values (names, ids, subjects)
 * hold no line break and at most MAX_LINE characters, prose at most MAX_PROSE; keys are one line.
 * A value repeated through YAML aliases is checked where it is used.
 */
export function checkStrings(value: unknown, file: string, source: SourceMap): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (path: PlanPath, message: string, hint: string, key = false) => {
    const pos = source.position(path, key);
    found.push({ severity: 'error', code: 'text-limit', file, path: formatPath(path), message, hint, ...(pos ? { line: pos.line, column: pos.column } : {}) });
  };
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (found.length >= MAX_FINDINGS) return;
    if (typeof node === 'string') {
      const prose = isProse(path);
      const max = prose ? MAX_PROSE : MAX_LINE;
      if (node.length > max) report(path, `is ${node.length} characters long; at most ${max} are allowed here`, prose ? 'shorten the text' : 'use a shorter name');
      else if (isPath(path) && PATH_ESCAPE.test(node)) {
        report(path, 'holds a character no file name has: in double quotes YAML reads a \\ before r, t, n, a, b, e, f, v or 0 as one (\\r as a line break)', "write the path without quotes, in single quotes ('exports\\responses.csv'), or with / between folders");
      }
      else if (!prose && LINE_BREAK.test(node)) report(path, 'must be one line, without line breaks', 'write it on one line; a YAML | or > block keeps line breaks');
      else if (CONTROL.test(node)) report(path, `holds the control character U+${node.match(CONTROL)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, 'remove it; it is invisible and can disturb terminals and calendars');
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (key.length > MAX_LINE || LINE_BREAK.test(key)) report([...path, key], `a key of ${key.length} characters${LINE_BREAK.test(key) ? ' with a line break' : ''} is not one rollout knows`, 'check the indentation and spelling', true);
      else visit(child, [...path, key]);
    }
  };
  visit(value, []);
  return found;
}
