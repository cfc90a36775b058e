/**
 * The pauses written in by `on` (a pause on its `decided` day, else its first), as they stood
 * then: a pause whose end was written in later (`untilDecided`) still open. What render-emails
 * writes a message from, and what the schedule says a message said.
 */
export function pausesKnownOn<P extends { from: string; decided?: string; until?: string; untilDecided?: string }>(pauses: readonly P[], on: string): P[] {
  return pauses.flatMap((pause) => {
    if ((pause.decided ?? pause.from) > on) return [];
    if (pause.untilDecided === undefined || pause.untilDecided <= on) return [pause];
    const open = { ...pause };
    delete open.until;
    delete open.untilDecided;
    return [open];
  });
}
