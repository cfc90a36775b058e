/**
 * iCalendar (RFC 5545) text: value and parameter escaping, and content lines folded at 75
 * octets (3.1). Every calendar rollout writes goes through here.
 */

/** Controls RFC 5545 allows in no value (3.1: CONTROL, except HTAB). */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** What a TEXT value escapes; most values have none of it and are returned as they are. */
const SPECIAL = /[\\;,\u0000-\u0008\u000a-\u001f\u007f]/;

/** A TEXT value (3.3.11): backslash, `;` and `,` escaped; a line break becomes `\n`. */
export function icsText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(CONTROLS, (c) => (c === '\n' ? '\\n' : ' '));
}

/**
 * A parameter value (3.2), with RFC 6868's caret encoding of `^`, `"` and line breaks; quoted
 * when it holds `;`, `:` or `,`.
 */
export function icsParam(value: string): string {
  const clean = value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, (c) => (c === '\n' ? c : ' '))
    .replace(/[\^"\n]/g, (c) => (c === '^' ? '^^' : c === '"' ? "^'" : '^n'));
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

const LIMIT = 75;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Folds one content line: at most 75 octets of UTF-8 per line, continuation lines starting with
 * a space, never inside a character. One pass over the line.
 */
export function foldLine(line: string): string {
  if (line.length <= LIMIT / 3) return line;
  if (!NON_ASCII.test(line)) {
    if (line.length <= LIMIT) return line;
    // One octet a character: 75 on the first line, 74 after each continuation's space.
    const parts = [line.slice(0, LIMIT)];
    for (let at = LIMIT; at < line.length; at += LIMIT - 1) parts.push(line.slice(at, at + LIMIT - 1));
    return parts.join('\r\n ');
  }
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > LIMIT) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 1;
    }
    octets += size;
    if (pair) i++;
  }
  if (parts.length === 0) return line;
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** `NAME;PARAM=value:value`, folded; `value` must already be escaped for its type. */
export function contentLine(name: string, value: string, params?: Record<string, string>): string {
  let head = name;
  if (params) for (const key in params) head += `;${key}=${icsParam(params[key]!)}`;
  return foldLine(`${head}:${value}`);
}
