import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers.js';

/** Lets a test make the write of one file fail the way a full disk or a locked folder does. */
const failure = vi.hoisted(() => ({ name: '', code: 'ENOSPC' }));
/** What happened to the temporary files, in order: flushed to disk, given their final name. */
const steps = vi.hoisted(() => [] as string[]);
/** What a test does right after a file gets its final name. */
const named = vi.hoisted(() => ({ then: undefined as ((file: string) => void) | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const names = new Map<number, string>();
  return {
    ...fs,
    open: (file: string, flags: string, mode: number, done: (error: NodeJS.ErrnoException | null, fd: number) => void) =>
      fs.open(file, flags, mode, (error, fd) => {
        names.set(fd, path.basename(file));
        done(error, fd);
      }),
    writeSync: (fd: number, ...rest: [Uint8Array, number]) => {
      // A temporary file beside its target (`.b.md.<hex>.tmp`), or under its own name in a new folder's temporary folder.
      const name = names.get(fd);
      if (failure.name && (name === failure.name || name?.startsWith(`.${failure.name}.`))) throw Object.assign(new Error(failure.code), { code: failure.code });
      return fs.writeSync(fd, ...rest);
    },
    fsync: (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => (steps.push(`flush ${names.get(fd)}`), fs.fsync(fd, done)),
    linkSync: (from: string, to: string) => {
      steps.push(`name ${path.basename(from)}`);
      fs.linkSync(from, to);
      named.then?.(to);
    },
    renameSync: (from: string, to: string) => (steps.push(`name ${path.basename(from)}`), fs.renameSync(from, to)),
  };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    lstat: (file: string) => (steps.push(`look ${path.basename(file)}`), fs.lstat(file)),
  };
});

const { MAX_LISTED, resolveInside, StagedWrite, writeFiles, writeOutputFile } = await import('../../src/util/write.js');

afterEach(() => {
  failure.name = '';
  named.then = undefined;
});

const files = [
  { name: 'a.md', content: 'A' },
  { name: 'sub/b.md', content: 'B' },
  { name: 'c.md', content: 'C' },
];

const everything = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('safe writes', () => {
  it('writes every file, creating folders', async () => {
    const dir = tempDir();
    expect((await writeFiles(dir, files)).sort()).toEqual(['a.md', 'c.md', 'sub/b.md']);
    expect(readFileSync(path.join(dir, 'sub/b.md'), 'utf8')).toBe('B');
    expect(everything(dir)).toEqual(['a.md', 'c.md', 'sub', 'sub/b.md']);
  });

  it.each([false, true])('flushes every file to disk before it gets its name (force: %s)', async (force) => {
    const dir = tempDir();
    steps.length = 0;
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `m${i}.md`, content: `message ${i}` }));
    await writeFiles(dir, many, { force });
    const flushed = steps.filter((s) => s.startsWith('flush ')).map((s) => s.slice(6));
    const named = steps.filter((s) => s.startsWith('name ')).map((s) => s.slice(5));
    expect(new Set(named)).toEqual(new Set(flushed));
    expect(named).toHaveLength(40);
    for (const temp of named) expect(steps.indexOf(`flush ${temp}`)).toBeLessThan(steps.indexOf(`name ${temp}`));
  });

  it('writes many files at once, each complete', async () => {
    const dir = tempDir();
    const many = Array.from({ length: 300 }, (_, i) => ({ name: `m/${i}.txt`, content: `${i}\n`.repeat(i + 1) }));
    expect(await writeFiles(dir, many)).toHaveLength(300);
    for (const f of many) expect(readFileSync(path.join(dir, f.name), 'utf8')).toBe(f.content);
    expect(readdirSync(path.join(dir, 'm'))).toHaveLength(300);
  });

  it('refuses to overwrite without force, before writing anything', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'c.md'), 'mine');
    steps.length = 0;
    await expect(writeFiles(dir, files)).rejects.toThrow(/c.md already exists; nothing was written. Use --force to overwrite/);
    // One listing of the folder, no look-up per file (only of the folder: is it there yet?).
    expect(steps.filter((s) => s.startsWith('look '))).toEqual([`look ${path.basename(dir)}`]);
    expect(everything(dir)).toEqual(['c.md']);
    expect(readFileSync(path.join(dir, 'c.md'), 'utf8')).toBe('mine');
    await writeFiles(dir, files, { force: true });
    expect(readFileSync(path.join(dir, 'c.md'), 'utf8')).toBe('C');
  });

  it('refuses to overwrite in a folder too full to list, looking up each target', async () => {
    const dir = tempDir();
    for (let i = 0; i < MAX_LISTED; i++) writeFileSync(path.join(dir, `other-${i}`), '');
    writeFileSync(path.join(dir, 'c.md'), 'mine');
    steps.length = 0;
    await expect(writeFiles(dir, files)).rejects.toThrow(/c.md already exists; nothing was written/);
    expect(steps).toContain('look c.md');
    expect(readdirSync(dir).filter((n) => !n.startsWith('other-'))).toEqual(['c.md']);
    expect(readFileSync(path.join(dir, 'c.md'), 'utf8')).toBe('mine');
  });

  it('never replaces a file that appears between the check and the write, and takes back the names it gave', async () => {
    const dir = tempDir();
    const staged = new StagedWrite(dir);
    await staged.add({ name: 'early.md', content: 'mine' });
    await staged.add({ name: 'late.md', content: 'mine' }, { last: true });
    writeFileSync(path.join(dir, 'late.md'), 'arrived first');
    await expect(staged.commit()).rejects.toThrow(`${path.join(dir, 'late.md')} already exists; nothing was written. Use --force to overwrite`);
    expect(readFileSync(path.join(dir, 'late.md'), 'utf8')).toBe('arrived first');
    expect(everything(dir)).toEqual(['late.md']);
  });

  it('leaves alone a name it gave that someone has replaced since', async () => {
    const dir = tempDir();
    const staged = new StagedWrite(dir);
    await staged.add({ name: 'early.md', content: 'mine' });
    await staged.add({ name: 'late.md', content: 'mine' }, { last: true });
    writeFileSync(path.join(dir, 'late.md'), 'arrived first');
    // Once early.md has its name, someone writes a file of that name anew.
    named.then = (file) => {
      if (path.basename(file) !== 'early.md') return;
      unlinkSync(file);
      writeFileSync(file, 'theirs');
    };
    await expect(staged.commit()).rejects.toThrow(/late\.md already exists; nothing was written/);
    expect(readFileSync(path.join(dir, 'early.md'), 'utf8')).toBe('theirs');
    expect(everything(dir)).toEqual(['early.md', 'late.md']);
  });

  it('replaces a file added with replace, and none when a new name is taken at the last moment', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'old.md'), 'draft');
    const staged = new StagedWrite(dir);
    await staged.add({ name: 'old.md', content: 'anew' }, { replace: true });
    await staged.add({ name: 'new.md', content: 'mine' });
    writeFileSync(path.join(dir, 'new.md'), 'arrived first');
    await expect(staged.commit()).rejects.toThrow(/new\.md already exists; nothing was written/);
    expect([readFileSync(path.join(dir, 'old.md'), 'utf8'), readFileSync(path.join(dir, 'new.md'), 'utf8')]).toEqual(['draft', 'arrived first']);
    expect(everything(dir)).toEqual(['new.md', 'old.md']);
    const again = new StagedWrite(dir);
    await again.add({ name: 'old.md', content: 'anew' }, { replace: true });
    await again.add({ name: 'newer.md', content: 'mine' });
    expect((await again.commit()).written.sort()).toEqual(['newer.md', 'old.md']);
    expect(readFileSync(path.join(dir, 'old.md'), 'utf8')).toBe('anew');
    expect(everything(dir)).toEqual(['new.md', 'newer.md', 'old.md']);
  });

  it('refuses without force when a name is taken at the last moment in a folder that had other files', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'kept');
    const staged = new StagedWrite(dir);
    for (const f of files) await staged.add(f);
    writeFileSync(path.join(dir, 'sub', 'b.md'), 'arrived first');
    await expect(staged.commit()).rejects.toThrow(/sub\/b\.md already exists; nothing was written/);
    expect(everything(dir)).toEqual(['notes.txt', 'sub', 'sub/b.md']);
    expect(readFileSync(path.join(dir, 'sub', 'b.md'), 'utf8')).toBe('arrived first');
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission denied'],
  ])('on %s it writes none of the files, and leaves no temporary file or new folder', async (code, words) => {
    const dir = tempDir();
    failure.name = 'b.md';
    failure.code = code;
    await expect(writeFiles(path.join(dir, 'out'), files)).rejects.toThrow(`cannot write sub/b.md in ${path.join(dir, 'out')}: ${words}; nothing was written`);
    expect(everything(dir)).toEqual([]);
  });

  it('stops when the signal is aborted, writing nothing and leaving nothing', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    const staged = new StagedWrite(path.join(dir, 'out'), { signal: controller.signal });
    await staged.add(files[0]!);
    controller.abort('SIGINT');
    await staged.add(files[1]!);
    expect(await staged.commit()).toEqual({ written: [], interrupted: true });
    expect(everything(dir)).toEqual([]);
  });

  it('with force, removes temporary files an earlier run left beside its targets, and only those', async () => {
    const dir = tempDir();
    const old = new Date(Date.now() - 3_600_000);
    const stale = ['.a.md.0123456789ab.tmp', '.gone.md.ba9876543210.tmp'];
    const others = ['.a.md.tmp', '.a.md.0123456789ab.tmp.keep', 'notes.tmp'];
    for (const name of [...stale, ...others]) {
      writeFileSync(path.join(dir, name), 'partial');
      utimesSync(path.join(dir, name), old, old);
    }
    mkdirSync(path.join(dir, '.folder.0123456789ab.tmp'));
    await writeFiles(dir, files, { force: true });
    expect(everything(dir)).toEqual(['.a.md.0123456789ab.tmp.keep', '.a.md.tmp', '.folder.0123456789ab.tmp', 'a.md', 'c.md', 'notes.tmp', 'sub', 'sub/b.md']);
  });

  it('writes a new folder whole: its files flushed in a temporary folder beside it, then one rename', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'made', 'out');
    steps.length = 0;
    expect((await writeFiles(out, files)).sort()).toEqual(['a.md', 'c.md', 'sub/b.md']);
    expect(everything(dir)).toEqual(['made', 'made/out', 'made/out/a.md', 'made/out/c.md', 'made/out/sub', 'made/out/sub/b.md']);
    expect(readFileSync(path.join(out, 'sub/b.md'), 'utf8')).toBe('B');
    const named = steps.filter((s) => s.startsWith('name '));
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/^name \.out\.[0-9a-f]{12}\.tmp$/);
    expect(steps.filter((s) => s.startsWith('flush ')).map((s) => s.slice(6)).sort()).toEqual(['a.md', 'b.md', 'c.md']);
    expect(steps.indexOf(named[0]!)).toBeGreaterThan(Math.max(...steps.map((s, i) => (s.startsWith('flush ') ? i : -1))));
  });

  it('removes the temporary folders a killed run left beside the new folder, and only those', async () => {
    const dir = tempDir();
    const old = new Date(Date.now() - 3_600_000);
    const left = path.join(dir, '.out.0123456789ab.tmp');
    mkdirSync(path.join(left, 'sub'), { recursive: true });
    writeFileSync(path.join(left, 'sub', 'b.md'), 'partial');
    utimesSync(left, old, old);
    const others = ['.other.0123456789ab.tmp', '.out.tmp', 'out-notes'];
    for (const name of others) {
      mkdirSync(path.join(dir, name));
      utimesSync(path.join(dir, name), old, old);
    }
    writeFileSync(path.join(dir, '.out.ba9876543210.tmp.keep'), 'mine');
    await writeFiles(path.join(dir, 'out'), files);
    expect(readdirSync(dir).sort()).toEqual([...others, '.out.ba9876543210.tmp.keep', 'out'].sort());
    expect(everything(path.join(dir, 'out'))).toEqual(['a.md', 'c.md', 'sub', 'sub/b.md']);
  });

  it.each([false, true])('never replaces a new folder someone else made while its files were written (force: %s)', async (force) => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const staged = new StagedWrite(out, { force });
    for (const f of files) await staged.add(f);
    mkdirSync(out);
    writeFileSync(path.join(out, 'theirs.md'), 'theirs');
    await expect(staged.commit()).rejects.toThrow(`cannot write in ${out}: it was made by something else while the files were written; nothing was written; run again`);
    expect(everything(dir)).toEqual(['out', 'out/theirs.md']);
  });

  it('refuses a folder as the output file, before writing anything', async () => {
    const dir = tempDir();
    await expect(writeOutputFile(dir, 'x', { force: true })).rejects.toThrow(`${dir} is a folder; give the name of the file to write`);
    await expect(writeOutputFile(path.join(dir, 'new') + path.sep, 'x')).rejects.toThrow(/is a folder/);
    expect(everything(dir)).toEqual([]);
    expect(existsSync(path.join(dir, '..', `.${path.basename(dir)}`))).toBe(false);
  });

  it.each(['../escape.md', 'sub/../../escape.md', '/etc/passwd', 'a\0b'])('refuses the output name %j', (name) => {
    expect(() => resolveInside('/tmp/out', name)).toThrow(/refusing/);
  });

  it('keeps names that stay inside', () => {
    expect(resolveInside('/tmp/out', 'x/../y.md')).toBe('/tmp/out/y.md');
  });
});
