import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { RolloutError } from './errors.js';
import { errorAt } from './place.js';

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

const CHUNK = 64 * 1024;

export interface BoundedRead {
  /** Refuse a symbolic link instead of following it. */
  noFollow?: boolean;
  /** What the file is, for messages: "the plan", "a template". */
  what: string;
}

/**
 * Reads at most `max` bytes of a file, a pipe or a FIFO, and fails past them while reading,
 * whatever `stat` says of the size (/dev/zero says 0). Opened without blocking, so a FIFO
 * with no writer reads as empty instead of waiting for ever; devices are refused.
 */
export async function readBounded(file: string, max: number, options: BoundedRead): Promise<Buffer> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
  const handle = await open(file, flags);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (info.isCharacterDevice() || info.isBlockDevice() || info.isSocket()) throw new RolloutError(`${file}: is a device, not a file; give ${options.what} as a file`);
    if (info.isFile() && info.size > max) throw tooLarge(file, options.what, info.size, max);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(CHUNK);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK, null));
      } catch (error) {
        // A pipe whose writer has not written yet.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          await sleep(10);
          continue;
        }
        throw error;
      }
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw tooLarge(file, options.what, total, max, true);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** Reads a stream (standard input) up to `max` bytes, and stops reading past them. */
export async function readStreamBounded(stream: NodeJS.ReadableStream & { destroy?: () => void }, max: number, name: string, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > max) {
      stream.destroy?.();
      throw tooLarge(name, what, total, max, true);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(file: string, what: string, size: number, max: number, more = false): RolloutError {
  return errorAt({ file }, `${what} is ${more ? 'more than ' : ''}${mib(more ? max : size)}; ${what.replace(/^the /, 'a ')} may be at most ${mib(max)}`);
}

/** Entries below `dir` by kind: regular files, and everything else that is not a folder. */
export async function listFolder(dir: string): Promise<{ files: string[]; others: string[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const relative = (e: { parentPath: string; name: string }) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
  return {
    files: entries.filter((e) => e.isFile()).map(relative).sort(),
    others: entries.filter((e) => !e.isFile() && !e.isDirectory()).map(relative).sort(),
  };
}
