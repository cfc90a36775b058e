import * as fs from 'node:fs';

/*
 * A new file written and flushed to disk. Creating the file and flushing it wait on the file
 * system and the disk: they go to Node's thread pool, so that the caller goes on making the next
 * file. Copying the bytes into the page cache and closing take microseconds: done here, they
 * spare two trips through the pool per file, each a hand-over between threads that costs more
 * than the call (for a thousand files, as much as writing them). The writing thread
 * (src/util/writing-thread.ts) also creates each file itself.
 */

/** The calls it makes: Node's fs, in this thread or in the writing thread (src/util/writing-thread.ts). */
export type NewFileCalls = Pick<typeof fs, 'open' | 'writeSync' | 'fsync' | 'closeSync'>;

/**
 * Creates `file` (refusing one that exists), writes all of `content` and flushes it to disk.
 * Self-contained: the writing thread runs it from its source text.
 */
export async function writeNewFileWith(calls: NewFileCalls, file: string, content: string | Uint8Array): Promise<void> {
  const fd = await new Promise<number>((resolve, reject) => calls.open(file, 'wx', 0o644, (error, fd) => (error ? reject(error) : resolve(fd))));
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    for (let at = 0; at < bytes.byteLength; ) {
      const wrote = calls.writeSync(fd, bytes, at);
      // A file system that takes nothing and reports no error would otherwise keep this loop going.
      if (wrote === 0) throw Object.assign(new Error(`no bytes written to ${file}`), { code: 'EIO' });
      at += wrote;
    }
    await new Promise<void>((resolve, reject) => calls.fsync(fd, (error) => (error ? reject(error) : resolve())));
  } finally {
    calls.closeSync(fd);
  }
}

/** Creates `file` (refusing one that exists), writes all of `content` and flushes it to disk. */
export function writeNewFile(file: string, content: string | Uint8Array): Promise<void> {
  return writeNewFileWith(fs, file, content);
}
