import { createHash } from 'node:crypto';
import { lstat, readFile, unlink } from 'node:fs/promises';
import type { Plan } from '../plan/resolve.js';
import type { Schedule } from '../schedule/types.js';
import { duringSignals } from '../util/signals.js';
import { resolveInside, StagedWrite, writeFiles } from '../util/write.js';
import { indexFiles, renderMessages, type IndexEntry, type RenderOptions, type WrittenRecord } from './render.js';

/*
 * Writing the messages into their folder. Each is written while the next is rendered, and all
 * get their names together at the end (src/util/write.ts), the index last. The index keeps a
 * record of every file the tool wrote into the folder, with a hash of its content, from this
 * run and earlier ones: with --force, a file an earlier run wrote, that this run does not write
 * again and that nobody has changed since, is a stale draft and is removed.
 */

/** Larger index.json or message files are not the tool's: nothing is removed on their account. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface MessagesWritten {
  /** Names written, messages then the index, as listed in it. */
  written: string[];
  /** Messages written, of `total` rendered. */
  messages: number;
  total: number;
  /** Files of earlier runs removed as stale (with --force). */
  removed: string[];
  /** Files of earlier runs that this run does not write, kept because they were changed since. */
  edited: string[];
  /** Emails dated before `sentBefore` that an earlier run wrote with another text: they went out as that text said. */
  rewritten: Rewritten[];
  /** Checklists dated before `sentBefore` that an earlier run wrote with another text: the coordinator's record of what was done then. */
  rewrittenChecklists: string[];
  /** Emails dated before `sentBefore` that an earlier run wrote and this one does not: they went out, so they are kept. */
  withdrawn: string[];
  /** The signal that stopped the write, if one did. */
  interrupted?: string;
}

/**
 * An email an earlier run wrote otherwise, and what made the difference, as far as the index
 * tells: `measured`, only the measured values it reports (the exports read since); `plan`, the
 * plan or a template; `unknown`, an index of an earlier version that kept no measured-free hash.
 */
export interface Rewritten {
  file: string;
  cause: 'measured' | 'plan' | 'unknown';
}

export async function writeMessages(dir: string, plan: Plan, schedule: Schedule, options: RenderOptions & { force?: boolean; sentBefore?: string }): Promise<MessagesWritten> {
  return duringSignals(async (signal) => {
    const force = options.force ?? false;
    const earlier = force ? await readRecords(dir) : [];
    const staged = new StagedWrite(dir, { force, signal, threaded: true });
    const entries: IndexEntry[] = [];
    const records: WrittenRecord[] = [];
    try {
      for await (const { file, entry, unmeasured } of renderMessages(plan, schedule, options)) {
        if (signal.aborted) break;
        await staged.add(file);
        entries.push(entry);
        const hash = sha256(file.content);
        records.push({ file: file.name, sha256: hash, phase: entry.phase, language: entry.language, unmeasured: unmeasured === undefined ? hash : sha256(unmeasured) });
      }
    } catch (error) {
      await staged.discard();
      throw error;
    }
    const stopped = { written: [], messages: 0, total: entries.length, removed: [], edited: [], rewritten: [], rewrittenChecklists: [], withdrawn: [] };
    if (signal.aborted) {
      await staged.discard();
      return { ...stopped, interrupted: String(signal.reason) };
    }
    const stale = await sortStale(dir, earlier, records, options);
    const ledger = byFile([...records, ...stale.kept]);
    for (const file of indexFiles(plan, entries, options, ledger)) await staged.add(file, { last: true });
    const { written, interrupted } = await staged.commit();
    if (interrupted) {
      // An index of what was written, that a later run with --force can rely on.
      const done = new Set(written);
      const index = indexFiles(plan, entries.filter((e) => done.has(e.file)), options, byFile([...records.filter((r) => done.has(r.file)), ...earlier.filter((r) => !done.has(r.file))]));
      const names = written.filter((name) => !index.some((f) => f.name === name));
      if (names.length > 0) await writeFiles(dir, index, { force, signal: new AbortController().signal });
      return { ...stopped, written: names.length > 0 ? [...names, ...index.map((f) => f.name)] : [], messages: names.length, interrupted: String(signal.reason) };
    }
    const removed: string[] = [];
    for (const r of stale.remove) {
      if (await unlink(resolveInside(dir, r.file)).then(() => true, () => false)) removed.push(r.file);
    }
    return {
      written,
      messages: entries.length,
      total: entries.length,
      removed,
      edited: stale.edited.map((r) => r.file),
      rewritten: rewrittenBefore(earlier, records, entries.filter((e) => e.kind !== 'checklist'), options.sentBefore).map(({ file, cause }) => ({ file, cause })),
      rewrittenChecklists: rewrittenBefore(earlier, records, entries.filter((e) => e.kind === 'checklist'), options.sentBefore).map((r) => r.file),
      withdrawn: stale.sent.map((r) => r.file),
    };
  });
}

/**
 * The files of `entries` dated before `day` whose text an earlier run wrote otherwise: a pause or
 * another change of the plan (a headcount), or exports read since, rewrote what has, by its date,
 * gone out already or, for a checklist, recorded what was done.
 */
function rewrittenBefore(earlier: WrittenRecord[], records: WrittenRecord[], entries: IndexEntry[], day: string | undefined): Rewritten[] {
  if (day === undefined || earlier.length === 0) return [];
  const was = new Map(earlier.map((r) => [r.file, r]));
  const dated = new Map(entries.map((e) => [e.file, e.date]));
  return records.flatMap((r) => {
    const before = was.get(r.file);
    if (!dated.has(r.file) || dated.get(r.file)! >= day || before === undefined || before.sha256 === r.sha256) return [];
    const cause = typeof before.unmeasured !== 'string' ? 'unknown' : before.unmeasured === r.unmeasured ? 'measured' : 'plan';
    return [{ file: r.file, cause }];
  });
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

const byFile = (records: WrittenRecord[]) => records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

async function fileBytes(file: string): Promise<Buffer | undefined> {
  const stat = await lstat(file).catch(() => undefined);
  if (!stat?.isFile() || stat.size > MAX_RECORD_BYTES) return undefined;
  return readFile(file).catch(() => undefined);
}

/** The index's record of files written into `dir`; none when there is no index of this tool's. */
async function readRecords(dir: string): Promise<WrittenRecord[]> {
  const bytes = await fileBytes(resolveInside(dir, 'index.json'));
  let index: unknown;
  try {
    index = bytes && JSON.parse(bytes.toString('utf8'));
  } catch {
    return [];
  }
  const written = (index as { written?: unknown } | undefined)?.written;
  if (!Array.isArray(written)) return [];
  return written.filter(
    (r): r is WrittenRecord =>
      typeof r === 'object' &&
      r !== null &&
      typeof r.file === 'string' &&
      typeof r.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(r.sha256) &&
      (r.phase === null || typeof r.phase === 'string') &&
      typeof r.language === 'string',
  );
}

interface Stale {
  /** Written by an earlier run, not by this one, unchanged since: to remove. */
  remove: WrittenRecord[];
  /** Written by an earlier run, not by this one, changed since: left alone and named. */
  edited: WrittenRecord[];
  /** Still there, and still the tool's to remember: edited files and those outside this run's --phase or --lang. */
  kept: WrittenRecord[];
  /** Written by an earlier run, not by this one, unchanged, an email dated before the run's day: it went out, so it stays. */
  sent: WrittenRecord[];
}

/**
 * The email templates, as the end of a message's file name gives them, with a group's chat text or notice
 * (`-text`, `-notice`), which go out the same day; checklists are `checklist-...` or `review-...`.
 */
const EMAIL_FILE = /^(\d{4}-\d{2}-\d{2})_.*_(announcement|reminder|welcome|weekly-update|survey|pause|resume|extension|extension-moves|retrospective|decommission|rollback|switch-off-postponed)(?:-text|-notice)?\.[a-z]{2}\.[a-z]+$/;

/** The day of an email an earlier run wrote, from its file name; undefined for a checklist or a file of another name. */
const emailDay = (file: string): string | undefined => EMAIL_FILE.exec(file)?.[1];

async function sortStale(dir: string, earlier: WrittenRecord[], records: WrittenRecord[], options: RenderOptions & { sentBefore?: string }): Promise<Stale> {
  const now = new Set(records.map((r) => r.file));
  const stale: Stale = { remove: [], edited: [], kept: [], sent: [] };
  const { sentBefore } = options;
  for (const r of earlier) {
    if (now.has(r.file) || r.file === 'index.md' || r.file === 'index.json') continue;
    let bytes: Buffer | undefined;
    try {
      bytes = await fileBytes(resolveInside(dir, r.file));
    } catch {
      continue;
    }
    if (!bytes) continue;
    const inScope = (options.phase === undefined || r.phase === options.phase) && (options.languages === undefined || options.languages.includes(r.language));
    const day = emailDay(r.file);
    if (!inScope) stale.kept.push(r);
    else if (sha256(bytes) === r.sha256 && sentBefore !== undefined && day !== undefined && day < sentBefore) {
      // A phase moved or a pause or rollback withdrew it, but by its date it went out: what it said is kept.
      stale.sent.push(r);
      stale.kept.push(r);
    } else if (sha256(bytes) === r.sha256) stale.remove.push(r);
    else {
      stale.edited.push(r);
      stale.kept.push(r);
    }
  }
  return stale;
}
