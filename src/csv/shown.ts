/** Longest cell text a message repeats; the line number says where the rest is. */
const SHOWN = 60;

/**
 * A cell's text for a one-line message: quoted, control characters escaped (so no terminal
 * escape or line break gets through), cut short with an ellipsis when long.
 */
export function shown(text: string): string {
  return JSON.stringify(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);
}
