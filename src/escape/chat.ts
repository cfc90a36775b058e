/**
 * A value in a chat message (WhatsApp, SMS) pasted as plain text: one line, so a value can never
 * start a line of its own (a quote or list in WhatsApp), without control characters or the
 * direction overrides that would make the text read otherwise than it is.
 */
const BREAKS = /[\r\n\u0085\u2028\u2029\u000b\u000c\t]+/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function chatText(text: string): string {
  return text.replace(CONTROLS, '').replace(BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
}
