import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { resolveInside } from '../util/write.js';
import type { IndexEntry, WrittenRecord } from './render.js';

/*
 * What an earlier run left in the output folder, as its index.json tells it: the files it wrote
 * with a hash of each, and their lines in the index. A run compares each file it renders with
 * the one there to decide whether to leave it, write it, or refuse (src/render/output.ts).
 */

/** Larger index.json or message files are not the tool's: nothing is removed or replaced on their account. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface EarlierRun {
  /** The files the tool wrote, by name. */
  records: Map<string, WrittenRecord>;
  /** Their lines in the earlier index. */
  entries: Map<string, IndexEntry>;
  /** The hash of index.md as the tool wrote it; absent in an index of an earlier version. */
  indexMd?: string;
  /** Whether index.json is one the tool wrote (an index of its messages), so a run may write it anew. */
  ours: boolean;
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A regular file's bytes; undefined when there is none, or it is too large to be the tool's. */
export async function fileBytes(file: string): Promise<Buffer | undefined> {
  const stat = await lstat(file).catch(() => undefined);
  if (!stat?.isFile() || stat.size > MAX_RECORD_BYTES) return undefined;
  return readFile(file).catch(() => undefined);
}

const isRecord = (r: unknown): r is WrittenRecord => {
  const w = r as Partial<WrittenRecord> | null;
  return (
    typeof w === 'object' &&
    w !== null &&
    typeof w.file === 'string' &&
    typeof w.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(w.sha256) &&
    (w.phase === null || typeof w.phase === 'string') &&
    typeof w.language === 'string'
  );
};

/** The index's record of what earlier runs wrote into `dir`; nothing when there is no index of this tool's. */
export async function readEarlierRun(dir: string): Promise<EarlierRun> {
  const none: EarlierRun = { records: new Map(), entries: new Map(), ours: false };
  const bytes = await fileBytes(resolveInside(dir, 'index.json'));
  let index: { written?: unknown; messages?: unknown; indexMd?: unknown } | undefined;
  try {
    index = bytes && JSON.parse(bytes.toString('utf8'));
  } catch {
    return none;
  }
  if (typeof index !== 'object' || index === null || !Array.isArray(index.messages)) return none;
  const records = Array.isArray(index.written) ? index.written.filter(isRecord) : [];
  const entries = index.messages.filter((e): e is IndexEntry => typeof (e as IndexEntry | null)?.file === 'string');
  return {
    records: new Map(records.map((r) => [r.file, r])),
    entries: new Map(entries.map((e) => [e.file, e])),
    ...(typeof index.indexMd === 'string' ? { indexMd: index.indexMd } : {}),
    ours: true,
  };
}

/**
 * What a run does with one file it renders, against the file of that name in the folder:
 * - `new`: none there, written;
 * - `unchanged`: the same content there, left alone;
 * - `changed`: another content there that the tool wrote and nobody changed since (or `--force`), written anew;
 * - `sent`: another content there, dated before the run's day: by its date it went out, kept as it is;
 * - `edited`: another content there, changed since the tool wrote it (or never the tool's): refused.
 */
export type Decision = 'new' | 'unchanged' | 'changed' | 'sent' | 'edited';

/**
 * Decides for one file, of content hash `hash`. `recorded` is the hash the tool wrote it with, if
 * it did; `past` says the file is dated before the run's day. A file there that is not a regular
 * file, or too large, is never the tool's.
 */
export async function compare(dir: string, name: string, hash: string, options: { present: boolean; recorded?: string; past: boolean; force: boolean }): Promise<Decision> {
  const target = resolveInside(dir, name);
  if (!options.present || !(await lstat(target).then(() => true, () => false))) return 'new';
  const bytes = await fileBytes(target);
  const there = bytes && sha256(bytes);
  if (there === hash) return 'unchanged';
  if (options.force) return 'changed';
  if (options.past) return 'sent';
  return there !== undefined && there === options.recorded ? 'changed' : 'edited';
}
