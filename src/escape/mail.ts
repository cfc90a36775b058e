/**
 * One line of an e-mail header or of a message's header block (Subject, To, From): line breaks,
 * other control characters and runs of white space become one space, so a value can neither end
 * the header nor start another (`Bcc: ...`).
 */
export function headerText(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/** A display name or group name (RFC 5322 3.4): one line, without the characters that end it. */
export function displayName(text: string): string {
  return headerText(text.replace(/[:;,<>"()@\\[\]]+/g, ' '));
}
