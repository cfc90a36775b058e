import type { CsvRow } from './row.js';

/** Byte strings end to end in one buffer, numbered in the order they come: no object per string. */
export class ByteList {
  private bytes: Uint8Array = new Uint8Array(4096);
  private view = new DataView(this.bytes.buffer);
  /** Where each string ends; string `i` starts where string `i - 1` ends. */
  private ends: Int32Array = new Int32Array(256);
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(buf: Uint8Array, start: number, end: number): number {
    const from = this.start(this.count);
    if (from + end - start > this.bytes.length) {
      this.bytes = grownBytes(this.bytes, from + end - start);
      this.view = new DataView(this.bytes.buffer);
    }
    if (this.count === this.ends.length) this.ends = grownInts(this.ends, this.count + 1);
    const { bytes } = this;
    for (let j = start; j < end; j++) bytes[from + j - start] = buf[j]!;
    this.ends[this.count] = from + end - start;
    return this.count++;
  }

  /** Whether string `i` holds the bytes `buf[start..end)`. */
  is(i: number, buf: Uint8Array, start: number, end: number): boolean {
    const from = this.start(i);
    const length = end - start;
    if (this.ends[i]! - from !== length) return false;
    const { bytes } = this;
    let j = 0;
    if (length >= WORDS) {
      const { view } = this;
      const other = viewOf(buf);
      for (; j + 4 <= length; j += 4) if (view.getInt32(from + j) !== other.getInt32(start + j)) return false;
    }
    for (; j < length; j++) if (bytes[from + j] !== buf[start + j]) return false;
    return true;
  }

  /** Hands string `i` to `use` as a range of a buffer, without copying it. */
  with<T>(i: number, use: (buf: Uint8Array, start: number, end: number) => T): T {
    return use(this.bytes, this.start(i), this.ends[i]!);
  }

  private start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1]!;
  }
}

/**
 * Keys this long or longer (ids, e-mail addresses) are compared and hashed four bytes at a time,
 * about twice as fast; shorter ones (dates, names of metrics) byte by byte, which costs less there.
 */
const WORDS = 16;

/** DataViews of the last two buffers long keys were compared in or hashed from (a file's read buffer, a scratch key). */
let viewed: [Uint8Array, DataView] = [new Uint8Array(0), new DataView(new ArrayBuffer(0))];
let viewedBefore = viewed;

function viewOf(buf: Uint8Array): DataView {
  if (buf === viewed[0]) return viewed[1];
  if (buf !== viewedBefore[0]) viewedBefore = [buf, new DataView(buf.buffer, buf.byteOffset, buf.byteLength)];
  const other = viewed;
  viewed = viewedBefore;
  viewedBefore = other;
  return viewed[1];
}

/**
 * Numbers distinct byte strings in the order they are added: a hash table of byte ranges, so
 * that cells are looked up without making a string of them.
 */
export class ByteTable {
  private slots = new Int32Array(1024).fill(-1);
  private readonly keys = new ByteList();
  private hashes: Int32Array = new Int32Array(256);
  /** By id: the id found after it the last time, or -1. */
  private following: Int32Array = new Int32Array(256);
  /** The id found last. */
  private last = -1;

  get size(): number {
    return this.keys.size;
  }

  /** Whether key `id` is `buf[start..end)`. */
  is(id: number, buf: Uint8Array, start: number, end: number): boolean {
    return this.keys.is(id, buf, start, end);
  }

  /** The id of `buf[start..end)`, or -1 when it was never added. */
  find(buf: Uint8Array, start: number, end: number): number {
    const guess = this.guess();
    if (guess >= 0 && this.keys.is(guess, buf, start, end)) return (this.last = guess);
    const id = this.slots[this.slotOf(buf, start, end, hashOf(buf, start, end))]!;
    if (id >= 0) this.found(id);
    return id;
  }

  /**
   * The key that came after the one found last, the last time that one was found: a date
   * column repeats one value for thousands of rows, and weekly exports list people in the same
   * order every week, so one comparison mostly saves the hash.
   */
  private guess(): number {
    return this.last >= 0 ? this.following[this.last]! : -1;
  }

  private found(id: number): void {
    if (this.last >= 0) this.following[this.last] = id;
    this.last = id;
  }

  /** The id of `buf[start..end)`, added when new (compare `size` before and after to tell). */
  add(buf: Uint8Array, start: number, end: number): number {
    const guess = this.guess();
    if (guess >= 0 && this.keys.is(guess, buf, start, end)) return (this.last = guess);
    const hash = hashOf(buf, start, end);
    const slot = this.slotOf(buf, start, end, hash);
    if (this.slots[slot]! >= 0) {
      this.found(this.slots[slot]!);
      return this.last;
    }
    const id = this.keys.push(buf, start, end);
    if (id === this.hashes.length) {
      this.hashes = grownInts(this.hashes, id + 1);
      this.following = grownInts(this.following, id + 1);
    }
    this.hashes[id] = hash;
    this.following[id] = -1;
    this.slots[slot] = id;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    this.found(id);
    return id;
  }

  /** The slot that holds the key, or the empty slot where it goes. */
  private slotOf(buf: Uint8Array, start: number, end: number, hash: number): number {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot]!;
      if (id < 0 || (hashes[id] === hash && this.keys.is(id, buf, start, end))) return slot;
    }
  }

  private rehash(): void {
    const slots = (this.slots = new Int32Array(this.slots.length * 2).fill(-1));
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
  }
}

/** Typed arrays at least `size` long with the values of `array`, doubled to keep growth cheap. */
function grownBytes(array: Uint8Array, size: number): Uint8Array {
  const next = new Uint8Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

function grownInts(array: Int32Array, size: number): Int32Array {
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** The distinct cells a column's dictionary holds at most; past them, cells are read as text. */
export const DICTIONARY_CELLS = 65_536;

/**
 * Numbers the distinct values of a column (dates, metric names, locations) by their bytes, so
 * that a million rows that repeat a few hundred values make a few hundred strings, not a million.
 * Holds at most `capacity` values; past that `id` answers -1 and the caller reads the text.
 */
export class CellDictionary {
  private readonly table = new ByteTable();
  private readonly texts: string[] = [];

  constructor(private readonly capacity = DICTIONARY_CELLS) {}

  /**
   * The id of cell `i` of `row`, adding it when new; -1 when the dictionary is full or the cell
   * holds a doubled quote (its bytes then differ from its text).
   */
  id(row: CsvRow, i: number): number {
    if (row.escaped[i]) return -1;
    const inRow = i < row.length;
    const start = inRow ? row.starts[i]! : 0;
    const end = inRow ? row.ends[i]! : 0;
    const { table } = this;
    const known = table.find(row.buf, start, end);
    if (known >= 0) return known;
    if (table.size >= this.capacity) return -1;
    this.texts.push(inRow ? row.text(i) : '');
    return table.add(row.buf, start, end);
  }

  /** The cell text an id stands for. */
  text(id: number): string {
    return this.texts[id]!;
  }
}

/**
 * A hash of the length and of up to 32 bytes from each end: ids such as e-mail addresses share
 * their first and last bytes, so a few bytes from the ends would put thousands in one slot chain.
 * A long key four bytes at a time, each mixed in whole (MurmurHash3's steps), the rest byte by byte.
 */
function hashOf(buf: Uint8Array, start: number, end: number): number {
  let hash = Math.imul(end - start, 0x9e3779b1);
  if (end - start < WORDS) {
    for (let j = start; j < end; j++) hash = Math.imul(hash ^ buf[j]!, 0x01000193);
    return hash ^ (hash >>> 15);
  }
  const view = viewOf(buf);
  const head = Math.min(end, start + 32);
  hash = mix(buf, view, start, head, hash);
  hash = mix(buf, view, Math.max(head, end - 32), end, hash);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

function mix(buf: Uint8Array, view: DataView, from: number, to: number, hash: number): number {
  let j = from;
  for (; j + 4 <= to; j += 4) {
    let k = Math.imul(view.getInt32(j), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    hash ^= k;
    hash = (Math.imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64) | 0;
  }
  for (; j < to; j++) hash = Math.imul(hash ^ buf[j]!, 0x01000193);
  return hash;
}
