/**
 * Words the Mermaid gantt lexer reads as a statement when a line starts with them (its rules,
 * case-insensitive; also the word alone, as ` :` follows it): a task named "Click and Collect"
 * or "Excludes contractors" would otherwise become a click binding or an exclusion, and
 * "2027-01-04 cohort" a date. A `%` as first or second character starts a comment.
 */
const STATEMENT =
  /^(?:.%|(?:href|call|click|dateformat|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|section)(?:\s|$)|(?:gantt|inclusiveenddates|topaxis)\b|acc(?:title|descr)|\d{4}-\d\d-\d\d\b)/i;

/** Invisible and not white space to the lexer, so the line stays a task name. */
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * A Mermaid gantt task name or title: one line; no `:` (which ends a task name), `;` or `#`
 * (which Mermaid reads as an entity); no `%%` (which starts a comment or a directive that
 * could change the chart's configuration); never read as a statement.
 */
export function mermaidLabel(text: string): string {
  const line = text
    .replace(/[:;#\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/%{2,}/g, '%')
    .trim();
  if (line === '') return 'untitled';
  if (line.startsWith('%')) return ZERO_WIDTH_SPACE + ZERO_WIDTH_SPACE + line;
  return STATEMENT.test(line) ? ZERO_WIDTH_SPACE + line : line;
}
