/**
 * Inline Markdown text (CommonMark and GitHub Flavored Markdown) that renders as exactly the text
 * it was given: no HTML, no link, image or autolink, no emphasis, no entity, no table cell break,
 * no heading, list or quote at the start of a line. Line breaks become spaces, so a value never
 * ends its table row or starts a block of its own; white space around it is dropped. An `_`
 * between letters or digits (`active_use_pct`) cannot start emphasis and stays as it is.
 */
const ALWAYS = /[\\`*[\]<>|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?[A-Za-z0-9]+;)|:(?=\/\/)|(?<=\bwww)\./giu;
/**
 * What starts a block at the start of a line: a heading (`# `), a list item (`- `, `+ `, `1. `),
 * a setext underline or thematic break (`---`, `===`). `-20` and `70.8` stay as they are.
 */
const LINE_START = /^(#{1,6}(?=[ \t]|$)|[-+](?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$))|[-=](?=[-=\s]*$))/;
const BREAKS = /[\r\n\u0085\u2028\u2029\u000b\u000c]+/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

export function markdownText(text: string): string {
  const escaped = text
    .replace(CONTROLS, '')
    .replace(BREAKS, ' ')
    // Leading white space would make an indented code block; trailing, a hard line break.
    .trim()
    .replace(ALWAYS, (c) => `\\${c}`);
  return escaped.replace(LINE_START, (m: string) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/**
 * A web address as a reader clicks and copies it: a CommonMark autolink, `<https://...>`, where
 * escaping it as text would put a backslash in it (`https\://`). One an autolink cannot hold (a
 * space, `<`, `>`, a control) or that would end a table cell (`|`) is escaped as text instead.
 */
const WEB_ADDRESS = /^https?:\/\/[^\s<>|\\`\p{Cc}]+$/u;

/** A value in Markdown: a web address as an autolink, any other text as text (markdownText). */
export function markdownValue(text: string): string {
  const trimmed = text.trim();
  return WEB_ADDRESS.test(trimmed) ? `<${trimmed}>` : markdownText(text);
}
