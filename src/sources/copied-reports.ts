import { closeSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { formatDay, type Day } from '../util/dates.js';
import type { Place } from '../util/errors.js';
import { errorAtKey } from '../util/place.js';

/** A report of an `asOf` source: one file, one day. */
export interface DatedReport {
  file: string;
  day: Day;
}

/**
 * Reports of an `asOf` source whose bytes are those of a report of another day: an older export
 * saved again under a later day's name (a re-saved `... (1).csv`, last week's folder copied). Read
 * as that day's, nobody active since the old day counts as active then, and a go/no-go fails on
 * it without a word; the run stops instead, naming both files, as no share of that day is known.
 * Only files of the same size are read again, a chunk of each at a time.
 */
export async function checkCopiedReports(reports: readonly DatedReport[], label: string, at: Place | undefined): Promise<void> {
  const bySize = new Map<number, DatedReport[]>();
  for (const report of reports) {
    const { size } = await stat(report.file);
    bySize.set(size, [...(bySize.get(size) ?? []), report]);
  }
  for (const same of bySize.values()) {
    if (new Set(same.map((r) => r.day)).size < 2) continue;
    const sorted = [...same].sort((a, b) => a.day - b.day);
    for (let later = 1; later < sorted.length; later++) {
      const earlier = sorted.findIndex((r, i) => i < later && r.day < sorted[later]!.day && sameBytes(r.file, sorted[later]!.file));
      if (earlier >= 0) throw errorAtKey(at, label, copied(sorted[earlier]!, sorted[later]!, label));
    }
  }
}

const CHUNK = 64 * 1024;

/** Whether two files of the same size hold the same bytes, read a chunk of each at a time. */
function sameBytes(a: string, b: string): boolean {
  const fds = [openSync(a, 'r'), openSync(b, 'r')] as const;
  try {
    const [one, two] = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    for (;;) {
      const n = readSync(fds[0], one, 0, CHUNK, null);
      // Same size: a short read of one is matched by the other, unless a file changed meanwhile.
      if (readSync(fds[1], two, 0, CHUNK, null) !== n || !one.subarray(0, n).equals(two.subarray(0, n))) return false;
      if (n === 0) return true;
    }
  } finally {
    fds.forEach((fd) => closeSync(fd));
  }
}

function copied(earlier: DatedReport, later: DatedReport, label: string): string {
  const day = formatDay(later.day);
  return (
    `${later.file} (the report of ${day}) holds the same bytes as ${earlier.file} (the report of ${formatDay(earlier.day)}): ` +
    `an older export saved again under a later day's name, so ${label} knows no use of ${day}; export the report of ${day} again in its place, or remove ${later.file}`
  );
}
