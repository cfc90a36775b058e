import type { CsvRow } from './row.js';

/**
 * Numbers the distinct values of a column (dates, metric names, locations) by their bytes, so
 * that a million rows that repeat a few hundred values make a few hundred strings, not a million.
 * Holds at most `capacity` values; past that `id` answers -1 and the caller reads the text.
 */
export class CellDictionary {
  private slots: Int32Array;
  private readonly keys: Buffer[] = [];
  private readonly texts: string[] = [];
  /** The id found last: exports sorted by date repeat one date for thousands of rows. */
  private last = -1;

  constructor(private readonly capacity = 65_536) {
    this.slots = new Int32Array(1024).fill(-1);
  }

  /**
   * The id of cell `i` of `row`, adding it when new; -1 when the dictionary is full or the cell
   * holds a doubled quote (its bytes then differ from its text).
   */
  id(row: CsvRow, i: number): number {
    if (row.escaped[i]) return -1;
    return i < row.length ? this.idOf(row, row.starts[i]!, row.ends[i]!, i) : this.idOf(row, 0, 0, -1);
  }

  /** The cell text an id stands for. */
  text(id: number): string {
    return this.texts[id]!;
  }

  private idOf(row: CsvRow, start: number, end: number, cell: number): number {
    const { buf } = row;
    const last = this.last;
    if (last >= 0 && same(this.keys[last]!, buf, start, end)) return last;
    const hash = hashOf(buf, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) {
        if (this.keys.length >= this.capacity) return -1;
        this.keys.push(Buffer.from(buf.subarray(start, end)));
        this.texts.push(cell < 0 ? '' : row.text(cell));
        this.slots[slot] = this.keys.length - 1;
        if (this.keys.length * 2 > this.slots.length) this.rehash();
        return (this.last = this.keys.length - 1);
      }
      if (same(this.keys[id]!, buf, start, end)) return (this.last = id);
    }
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.keys.forEach((key, id) => {
      let slot = hashOf(key, 0, key.length) & mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    });
  }
}

/** Byte comparison in place: Buffer.compare costs more than the comparison for short cells. */
function same(key: Buffer, buf: Buffer, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let j = 0; j < key.length; j++) if (key[j] !== buf[start + j]) return false;
  return true;
}

/** A hash of the length and the first and last four bytes: cells that differ only in between share a slot chain. */
function hashOf(buf: Uint8Array, start: number, end: number): number {
  let hash = Math.imul(end - start, 0x9e3779b1);
  const head = Math.min(end, start + 4);
  for (let j = start; j < head; j++) hash = Math.imul(hash ^ buf[j]!, 0x01000193);
  for (let j = Math.max(head, end - 4); j < end; j++) hash = Math.imul(hash ^ buf[j]!, 0x01000193);
  return hash ^ (hash >>> 15);
}
