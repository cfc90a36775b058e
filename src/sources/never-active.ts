/**
 * What a last-activity cell says for someone who was never active, besides an empty cell (as the
 * Microsoft 365 and Slack exports leave it): Google's Admin console writes `Never` in its user
 * reports and `Never logged in` in its user list download, and words like these in Dutch. Whole
 * cells, case and spacing ignored; a word with a digit is never one of them.
 */
const NEVER_ACTIVE = ['never', 'never logged in', 'never signed in', 'nooit', 'nooit ingelogd', 'nooit aangemeld'];

const normal = (cell: string) => cell.trim().replace(/\s+/g, ' ').toLowerCase();

/** The cells of a source's lastActive column that mean no activity at all, with the plan key that adds to them. */
export class NeverActive {
  private readonly words: Set<string>;

  constructor(
    readonly key: string,
    more: readonly string[] = [],
  ) {
    this.words = new Set([...NEVER_ACTIVE, ...more].map(normal));
  }

  /** An empty cell, or one of the words. */
  says(cell: string): boolean {
    const text = normal(cell);
    return text === '' || this.words.has(text);
  }
}
