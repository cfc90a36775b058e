import { opendir, unlink } from 'node:fs/promises';
import type { Plan } from '../plan/resolve.js';
import type { Schedule } from '../schedule/types.js';
import { duringSignals } from '../util/signals.js';
import { MAX_LISTED, resolveInside, StagedWrite, writeFiles } from '../util/write.js';
import { compare, fileBytes, readEarlierRun, sha256, type Decision, type EarlierRun } from './earlier-run.js';
import { indexFiles, renderMessages, type IndexEntry, type RenderOptions, type UnwrittenEmail, type WrittenRecord } from './render.js';

/*
 * Writing the messages into their folder. Each is written while the next is rendered, and all
 * get their names together at the end (src/util/write.ts), the index last. The index keeps a
 * record of every file the tool wrote into the folder, with a hash of its content, from this
 * run and earlier ones. So a run into a folder written before leaves a file of the same content
 * alone, writes anew one the tool wrote and nobody changed since that is still to come, keeps
 * one dated before the run's day (it went out), and refuses, writing nothing, to replace one
 * changed since by hand; --force replaces them all. A file an earlier run wrote, that this run
 * does not write again and that nobody has changed since, is a stale draft and is removed.
 */

export interface MessagesWritten {
  /** Names written (or, in a dry run, to write), messages then the index, as listed in it. */
  written: string[];
  /** Messages written, of `total` rendered. */
  messages: number;
  total: number;
  /** Messages not there before. */
  added: string[];
  /**
   * New messages dated before `sentBefore` in a folder an earlier run wrote: not there before, so
   * not sent from it (a start moved earlier, a notice decided since).
   */
  late: string[];
  /** Messages there with another content, written anew. */
  changed: string[];
  /** Messages there with the same content, left alone. */
  unchanged: number;
  /** Messages dated before `sentBefore` that this run writes otherwise, kept as they are (without --force). */
  kept: string[];
  /** Files changed since the tool wrote them (or never its) that this run writes otherwise: nothing was written. */
  refused: string[];
  /** Every message of this run, as index.json lists it. */
  entries: IndexEntry[];
  /** Emails not written, as everyone they would go to reads no email. */
  unwritten: UnwrittenEmail[];
  /** Files of earlier runs removed as stale. */
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

export interface WriteMessagesOptions extends RenderOptions {
  force?: boolean;
  /** The run's day: a message dated before it went out. */
  sentBefore?: string;
  /** Decide everything, write and remove nothing. */
  dryRun?: boolean;
}

export async function writeMessages(dir: string, plan: Plan, schedule: Schedule, options: WriteMessagesOptions): Promise<MessagesWritten> {
  return duringSignals(async (signal) => {
    const force = options.force ?? false;
    const present = await namesIn(dir);
    const earlier = await readEarlierRun(dir);
    const staged = options.dryRun ? undefined : new StagedWrite(dir, { force, signal, threaded: true });
    const sorted: Record<Decision, string[]> = { new: [], unchanged: [], changed: [], sent: [], edited: [] };
    const entries: IndexEntry[] = [];
    const unwritten: UnwrittenEmail[] = [];
    const records: WrittenRecord[] = [];
    const late: string[] = [];
    const decide = (name: string, hash: string, past: boolean, recorded = earlier.records.get(name)?.sha256) =>
      compare(dir, name, hash, { present: present.has(name), ...(recorded ? { recorded } : {}), past, force });
    try {
      for await (const rendered of renderMessages(plan, schedule, options)) {
        if (signal.aborted) break;
        if ('unwritten' in rendered) {
          unwritten.push(rendered.unwritten);
          continue;
        }
        const { file, entry, unmeasured } = rendered;
        const hash = sha256(file.content);
        const past = options.sentBefore !== undefined && entry.date < options.sentBefore;
        const decision = await decide(file.name, hash, past);
        sorted[decision].push(file.name);
        if (decision === 'new' && past && earlier.ours) late.push(file.name);
        if (decision === 'new' || decision === 'changed') await staged?.add(file, { replace: decision === 'changed' });
        const was = earlier.records.get(file.name);
        // A message kept as it went out keeps its earlier line and record, if the tool wrote it.
        if (decision === 'sent') {
          entries.push(earlier.entries.get(file.name) ?? entry);
          if (was) records.push(was);
          continue;
        }
        entries.push(entry);
        records.push({ file: file.name, sha256: hash, phase: entry.phase, language: entry.language, unmeasured: unmeasured === undefined ? hash : sha256(unmeasured) });
      }
    } catch (error) {
      await staged?.discard();
      throw error;
    }
    const messages = sorted.new.length + sorted.changed.length;
    const result = {
      written: [] as string[],
      messages: 0,
      total: entries.length,
      added: sorted.new,
      late,
      changed: sorted.changed,
      unchanged: sorted.unchanged.length,
      kept: sorted.sent,
      refused: sorted.edited,
      entries,
      unwritten,
      removed: [] as string[],
      edited: [] as string[],
      rewritten: [] as Rewritten[],
      rewrittenChecklists: [] as string[],
      withdrawn: [] as string[],
    };
    if (signal.aborted) {
      await staged?.discard();
      return { ...result, interrupted: String(signal.reason) };
    }
    const stale = await sortStale(dir, earlier, records, options);
    const ledger = byFile([...records, ...stale.kept]);
    const index = indexFiles(plan, entries, options, ledger, unwritten);
    const indexed: string[] = [];
    for (const file of index) {
      // index.json records no hash of itself: one of the tool's is the tool's to write anew.
      const recorded = file.name === 'index.json' ? (earlier.ours ? await hashThere(dir, file.name) : undefined) : earlier.indexMd;
      const decision = await decide(file.name, sha256(file.content), false, recorded);
      if (decision === 'edited') result.refused.push(file.name);
      if (decision === 'new' || decision === 'changed') {
        indexed.push(file.name);
        await staged?.add(file, { last: true, replace: decision === 'changed' });
      }
    }
    const toWrite = [...sorted.new, ...sorted.changed, ...indexed];
    const rewrites = {
      edited: stale.edited.map((r) => r.file),
      rewritten: rewrittenBefore(earlier, records, entries.filter((e) => e.kind !== 'checklist'), options.sentBefore).map(({ file, cause }) => ({ file, cause })),
      rewrittenChecklists: rewrittenBefore(earlier, records, entries.filter((e) => e.kind === 'checklist'), options.sentBefore).map((r) => r.file),
      withdrawn: stale.sent.map((r) => r.file),
    };
    if (!staged) return { ...result, ...rewrites, written: toWrite, messages, removed: stale.remove.map((r) => r.file) };
    if (result.refused.length > 0) {
      await staged.discard();
      return result;
    }
    await staged.clearLeftovers();
    const { written, interrupted } = await staged.commit();
    if (interrupted) {
      // An index of what is there, that a later run can rely on.
      const done = new Set([...written, ...sorted.unchanged, ...sorted.sent]);
      const partial = indexFiles(plan, entries.filter((e) => done.has(e.file)), options, byFile([...records.filter((r) => done.has(r.file)), ...[...earlier.records.values()].filter((r) => !done.has(r.file))]));
      const names = written.filter((name) => !partial.some((f) => f.name === name));
      // The index was checked above: new, or the tool's own.
      if (names.length > 0) await writeFiles(dir, partial, { force: true, signal: new AbortController().signal });
      return { ...result, written: names.length > 0 ? [...names, ...partial.map((f) => f.name)] : [], messages: names.length, interrupted: String(signal.reason) };
    }
    const removed: string[] = [];
    for (const r of stale.remove) {
      if (await unlink(resolveInside(dir, r.file)).then(() => true, () => false)) removed.push(r.file);
    }
    return { ...result, ...rewrites, written, messages, removed };
  });
}

/** The names in `dir` (none when it does not exist), as far as MAX_LISTED; past that, each name is looked up. */
async function namesIn(dir: string): Promise<Pick<Set<string>, 'has'>> {
  const names = new Set<string>();
  const folder = await opendir(dir, { bufferSize: 256 }).catch(() => undefined);
  if (!folder) return names;
  for await (const entry of folder) {
    if (names.size === MAX_LISTED) return { has: () => true };
    names.add(entry.name);
  }
  return names;
}

async function hashThere(dir: string, name: string): Promise<string | undefined> {
  const bytes = await fileBytes(resolveInside(dir, name));
  return bytes && sha256(bytes);
}

/**
 * The files of `entries` dated before `day` whose text an earlier run wrote otherwise: a pause or
 * another change of the plan (a headcount), or exports read since, rewrote what has, by its date,
 * gone out already or, for a checklist, recorded what was done.
 */
function rewrittenBefore(earlier: EarlierRun, records: WrittenRecord[], entries: IndexEntry[], day: string | undefined): Rewritten[] {
  if (day === undefined || earlier.records.size === 0) return [];
  const dated = new Map(entries.map((e) => [e.file, e.date]));
  return records.flatMap((r) => {
    const before = earlier.records.get(r.file);
    if (!dated.has(r.file) || dated.get(r.file)! >= day || before === undefined || before.sha256 === r.sha256) return [];
    const cause = typeof before.unmeasured !== 'string' ? 'unknown' : before.unmeasured === r.unmeasured ? 'measured' : 'plan';
    return [{ file: r.file, cause }];
  });
}

const byFile = (records: WrittenRecord[]) => records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

interface Stale {
  /** Written by an earlier run, not by this one, unchanged since: to remove. */
  remove: WrittenRecord[];
  /** Written by an earlier run, not by this one, changed since: left alone and named. */
  edited: WrittenRecord[];
  /** Still there, and still the tool's to remember: edited files, those of past days, and those outside this run's --phase or --lang. */
  kept: WrittenRecord[];
  /** Written by an earlier run, not by this one, unchanged, an email dated before the run's day: it went out, so it stays. */
  sent: WrittenRecord[];
}

/** The day in a message's file name. */
const fileDay = (file: string): string | undefined => /^(\d{4}-\d{2}-\d{2})_/.exec(file)?.[1];

/**
 * The email templates, as the end of a message's file name gives them, with a group's chat text or notice
 * (`-text`, `-notice`), which go out the same day; checklists are `checklist-...` or `review-...`.
 */
const EMAIL_FILE = /^(\d{4}-\d{2}-\d{2})_.*_(announcement|reminder|welcome|weekly-update|survey|pause|resume|extension|extension-moves|retrospective|decommission|rollback|switch-off-postponed)(?:-text|-notice)?\.[a-z]{2}\.[a-z]+$/;

/** The day of an email an earlier run wrote, from its file name; undefined for a checklist or a file of another name. */
const emailDay = (file: string): string | undefined => EMAIL_FILE.exec(file)?.[1];

async function sortStale(dir: string, earlier: EarlierRun, records: WrittenRecord[], options: WriteMessagesOptions): Promise<Stale> {
  const now = new Set(records.map((r) => r.file));
  const stale: Stale = { remove: [], edited: [], kept: [], sent: [] };
  const { sentBefore } = options;
  const past = (day: string | undefined) => sentBefore !== undefined && day !== undefined && day < sentBefore;
  for (const r of earlier.records.values()) {
    if (now.has(r.file) || r.file === 'index.md' || r.file === 'index.json') continue;
    let bytes: Buffer | undefined;
    try {
      bytes = await fileBytes(resolveInside(dir, r.file));
    } catch {
      continue;
    }
    if (!bytes) continue;
    const inScope = (options.phase === undefined || r.phase === options.phase) && (options.languages === undefined || options.languages.includes(r.language));
    if (!inScope) stale.kept.push(r);
    else if (sha256(bytes) === r.sha256 && past(emailDay(r.file))) {
      // A phase moved or a pause or rollback withdrew it, but by its date it went out: what it said is kept.
      stale.sent.push(r);
      stale.kept.push(r);
    } else if (sha256(bytes) === r.sha256 && !options.force && past(fileDay(r.file))) {
      // A checklist of a past day is the record of what was done: only --force removes it.
      stale.kept.push(r);
    } else if (sha256(bytes) === r.sha256) stale.remove.push(r);
    else {
      stale.edited.push(r);
      stale.kept.push(r);
    }
  }
  return stale;
}
