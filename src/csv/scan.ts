import type { CsvRow } from './row.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** Returned by `scanRecord` when the record may go on past the bytes read so far. */
export const MORE = -1;

export const Fault = {
  None: 0,
  /** Text after the closing quote of a cell, such as `"7"x`. */
  AfterQuote: 1,
  /** The file ends inside a quoted cell. */
  OpenQuote: 2,
  TooManyCells: 3,
} as const;
export type Fault = (typeof Fault)[keyof typeof Fault];

/** What `scanRecord` found besides the cells. */
export interface ScanState {
  /** Line breaks inside quoted cells, so that line numbers stay true after them. */
  breaks: number;
  fault: Fault;
  /** Whether the scan stopped inside a quoted cell (for a record that never ends). */
  inQuote: boolean;
}

/**
 * Reads one record of RFC 4180 CSV from `buf[start..end)` into `row`: cells split on
 * `delimiter`, quoted cells may hold delimiters, doubled quotes and line breaks, a record ends at
 * LF, CRLF or CR. A quote inside an unquoted cell is text. Returns where the next record starts,
 * or MORE when the record may continue past `end` and the file has more to read.
 */
export function scanRecord(buf: Buffer, start: number, end: number, eof: boolean, delimiter: number, row: CsvRow, state: ScanState): number {
  const max = row.starts.length;
  let i = start;
  let n = 0;
  let breaks = 0;
  let wide = false;
  state.fault = Fault.None;
  state.inQuote = false;
  for (;;) {
    if (i < end && buf[i] === QUOTE) {
      let j = i + 1;
      let escaped = 0;
      for (;;) {
        if (j >= end) {
          if (!eof) {
            state.inQuote = true;
            return MORE;
          }
          return finish(row, state, n, wide, breaks, Fault.OpenQuote, end);
        }
        const c = buf[j]!;
        if (c === QUOTE) {
          if (j + 1 >= end && !eof) return MORE;
          if (buf[j + 1] !== QUOTE) break;
          escaped = 1;
          j += 2;
          continue;
        }
        if (c === LF) breaks++;
        else if (c === CR) {
          if (j + 1 >= end && !eof) return MORE;
          if (buf[j + 1] !== LF) breaks++;
        } else if (c > 0x7f) wide = true;
        j++;
      }
      if (n < max) {
        row.starts[n] = i + 1;
        row.ends[n] = j;
        row.escaped[n] = escaped;
      }
      n++;
      i = j + 1;
      // Spaces after the closing quote are harmless; other text means the quoting is broken.
      while (i < end && (buf[i] === SPACE || (buf[i] === TAB && delimiter !== TAB))) i++;
      if (i >= end) {
        if (!eof) return MORE;
        return finish(row, state, n, wide, breaks, Fault.None, end);
      }
      const c = buf[i]!;
      if (c === delimiter) {
        i++;
        continue;
      }
      if (c === LF || c === CR) return finish(row, state, n, wide, breaks, Fault.None, lineEnd(buf, i, end, eof));
      // Resume at the end of the physical line: the best guess of where the next record starts.
      let k = i;
      while (k < end && buf[k] !== LF && buf[k] !== CR) k++;
      return finish(row, state, n, wide, breaks, Fault.AfterQuote, k >= end ? (eof ? end : MORE) : lineEnd(buf, k, end, eof));
    }
    let j = i;
    for (; j < end; j++) {
      const c = buf[j]!;
      if (c === delimiter || c === LF || c === CR) break;
      if (c > 0x7f) wide = true;
    }
    if (j >= end && !eof) return MORE;
    if (n < max) {
      row.starts[n] = i;
      row.ends[n] = j;
      row.escaped[n] = 0;
    }
    n++;
    if (j >= end) return finish(row, state, n, wide, breaks, Fault.None, end);
    if (buf[j] === delimiter) {
      i = j + 1;
      continue;
    }
    return finish(row, state, n, wide, breaks, Fault.None, lineEnd(buf, j, end, eof));
  }
}

/** Where the record whose line break is at `at` (LF, CRLF or CR) ends, or MORE. */
function lineEnd(buf: Buffer, at: number, end: number, eof: boolean): number {
  if (buf[at] === LF) return at + 1;
  if (at + 1 >= end && !eof) return MORE;
  return buf[at + 1] === LF ? at + 2 : at + 1;
}

function finish(row: CsvRow, state: ScanState, n: number, wide: boolean, breaks: number, fault: Fault, next: number): number {
  if (next === MORE) return MORE;
  const max = row.starts.length;
  row.length = Math.min(n, max);
  row.wide = wide;
  state.breaks = breaks;
  state.fault = fault !== Fault.None ? fault : n > max ? Fault.TooManyCells : Fault.None;
  return next;
}
