import { shortHash } from '../util/ids.js';

/**
 * A copy `rollout init` makes of a built-in template starts with a Handlebars comment (it renders
 * to nothing) naming the built-in it came from and that built-in's version: a hash of its text.
 */
const STAMP = /^\{\{!-- rollout: copy of the built-in template (\S+) version ([0-9a-f]{12})\b[^\n]*--\}\}\n/;

/** A template text's version: the first 12 hex digits of its SHA-256, line breaks counted as \n. */
export function templateVersion(text: string): string {
  return shortHash(text.replace(/\r\n?/g, '\n'), 12);
}

/** The built-in template `name` as init copies it: its stamp on the first line, then its text. */
export function stamped(name: string, text: string, release: string): string {
  return `{{!-- rollout: copy of the built-in template ${name} version ${templateVersion(text)} (rollout ${release}); keep this line: it tells rollout when the built-in changes --}}\n${text}`;
}

/** A copy's stamp and its text below it; undefined for a file without one. */
export function readStamp(source: string): { name: string; version: string; body: string } | undefined {
  const text = source.replace(/\r\n?/g, '\n');
  const m = STAMP.exec(text);
  return m ? { name: m[1]!, version: m[2]!, body: text.slice(m[0].length) } : undefined;
}
