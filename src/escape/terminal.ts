/**
 * Text for a terminal: control characters (C0, DEL, C1) and the bidirectional overrides that
 * reorder what a reader sees are shown as `\u001b`-style escapes, so that no value from a plan,
 * a template or an export can move the cursor, retitle the window or clear the screen.
 */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of terminal text: a line break is shown as an escape too. */
export function terminalLine(text: string): string {
  return text.replace(CONTROLS, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : visible(c)));
}

/** Terminal text that may span lines (table cells, reports): line breaks stay. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, (c) => (c === '\r' ? '\\r' : visible(c)));
}
