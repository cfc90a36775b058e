import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagedWrite } from '../../src/util/write.js';
import { WritingThread } from '../../src/util/writing-thread.js';
import { tempDir } from '../helpers.js';

const everything = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

/** A name the file system takes, whose temporary name (18 characters longer) it refuses. */
const tooLongWhenTemporary = `${'x'.repeat(240)}.md`;

describe('the writing thread', () => {
  it('writes each file whole, text or bytes, and refuses a file that exists', async () => {
    const dir = tempDir();
    const thread = new WritingThread();
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]);
    await Promise.all([thread.write(path.join(dir, 'a.md'), 'één\n'.repeat(5000)), thread.write(path.join(dir, 'b.bin'), bytes)]);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('één\n'.repeat(5000));
    expect([...readFileSync(path.join(dir, 'b.bin'))]).toEqual([...bytes]);
    expect(statSync(path.join(dir, 'a.md')).mode & 0o777).toBe(0o644);
    await expect(thread.write(path.join(dir, 'a.md'), 'again')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('één\n'.repeat(5000));
    thread.close();
  });

  it('once stopped, refuses to write', async () => {
    const dir = tempDir();
    const thread = new WritingThread();
    await thread.write(path.join(dir, 'a.md'), 'A');
    thread.close();
    await expect(thread.write(path.join(dir, 'b.md'), 'B')).rejects.toThrow('the writing thread was stopped');
    expect(everything(dir)).toEqual(['a.md']);
  });
});

describe('safe writes from the writing thread', () => {
  it('writes many files, each complete, in new folders', async () => {
    const dir = path.join(tempDir(), 'out');
    const staged = new StagedWrite(dir, { threaded: true });
    const many = Array.from({ length: 1500 }, (_, i) => ({ name: `m/${i}.txt`, content: `${i}\n`.repeat(i % 50) }));
    for (const f of many) await staged.add(f);
    const { written, interrupted } = await staged.commit();
    expect(interrupted).toBe(false);
    expect(written).toHaveLength(1500);
    for (const f of many) expect(readFileSync(path.join(dir, f.name), 'utf8')).toBe(f.content);
    expect(readdirSync(path.join(dir, 'm'))).toHaveLength(1500);
  });

  it('on a file the disk refuses, writes none of them and leaves no temporary file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'kept');
    const staged = new StagedWrite(dir, { threaded: true });
    for (const name of ['a.md', tooLongWhenTemporary, 'c.md']) await staged.add({ name, content: 'text' });
    await expect(staged.commit()).rejects.toThrow(`cannot write ${tooLongWhenTemporary} in ${dir}: ENAMETOOLONG; nothing was written`);
    expect(everything(dir)).toEqual(['notes.txt']);
  });

  it('on a file the disk refuses in a new folder, writes none of them and leaves no temporary folder', async () => {
    const dir = tempDir();
    const tooLong = `${'x'.repeat(253)}.md`;
    const staged = new StagedWrite(path.join(dir, 'new', 'out'), { threaded: true });
    for (const name of ['a.md', `sub/${tooLong}`, 'c.md']) await staged.add({ name, content: 'text' });
    await expect(staged.commit()).rejects.toThrow(`cannot write sub/${tooLong} in ${path.join(dir, 'new', 'out')}: ENAMETOOLONG; nothing was written`);
    expect(everything(dir)).toEqual([]);
  });

  it('never replaces a file that appears while the others are written', async () => {
    const dir = tempDir();
    const staged = new StagedWrite(dir, { threaded: true });
    await staged.add({ name: 'a.md', content: 'mine' });
    await staged.add({ name: 'b.md', content: 'mine' });
    writeFileSync(path.join(dir, 'b.md'), 'arrived first');
    await expect(staged.commit()).rejects.toThrow(/b\.md already exists; nothing was written/);
    expect(everything(dir)).toEqual(['b.md']);
    expect(readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe('arrived first');
  });

  it('stops when the signal is aborted, writing nothing and leaving nothing', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    const staged = new StagedWrite(path.join(dir, 'out'), { threaded: true, signal: controller.signal });
    await staged.add({ name: 'a.md', content: 'A' });
    controller.abort('SIGINT');
    await staged.add({ name: 'b.md', content: 'B' });
    expect(await staged.commit()).toEqual({ written: [], interrupted: true });
    expect(everything(dir)).toEqual([]);
  });
});
