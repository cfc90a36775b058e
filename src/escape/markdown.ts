/**
 * Inline Markdown text (CommonMark and GitHub Flavored Markdown) that renders as exactly the text
 * it was given: no HTML, no link, image or autolink, no emphasis, no entity, no table cell break,
 * no heading, list or quote at the start of a line. Line breaks become spaces, so a value never
 * ends its table row or starts a block of its own; white space around it is dropped.
 */
const ALWAYS = /[\\`*_[\]<>|~]|&(?=#?[A-Za-z0-9]+;)|:(?=\/\/)|(?<=\bwww)\./gi;
/** Characters that start a block (heading, quote, list, setext underline) at the start of a line. */
const LINE_START = /^([ \t]*)([#>+=-]|\d+(?=[.)]))/;
const BREAKS = /[\r\n\u0085\u2028\u2029\u000b\u000c]+/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

export function markdownText(text: string): string {
  const escaped = text
    .replace(CONTROLS, '')
    .replace(BREAKS, ' ')
    // Leading white space would make an indented code block; trailing, a hard line break.
    .trim()
    .replace(ALWAYS, (c) => `\\${c}`);
  return escaped.replace(LINE_START, (_, space: string, m: string) => (/\d/.test(m) ? `${space}${m}\\` : `${space}\\${m}`));
}
