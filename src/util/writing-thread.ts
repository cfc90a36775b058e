import { Worker } from 'node:worker_threads';
import { writeNewFileWith } from './new-file.js';

/*
 * New files written from a thread of their own, while this one renders the next. Written from the
 * main thread, each file cost it two trips through Node's thread pool (creating it, flushing it to
 * disk), each a hand-over between threads that cost more than the call: for 1,210 messages, about
 * a fifth of the time spent rendering them. The worker creates, writes and closes each file itself
 * and sends only the flush to the pool, beside the rendering, on the other core. It runs from
 * source text, so that it also starts inside a single executable.
 */

/** A file to write: its number, path and content. */
type Job = [id: number, file: string, content: string | Uint8Array];
/** A file written, or its error's code and message. */
type Done = [id: number, code?: string, message?: string];

/**
 * The worker: writes the files it is sent, `open` at a time (each holds a file descriptor until it
 * is flushed), and reports them written in batches, one per turn of its event loop.
 */
function thread(write: typeof writeNewFileWith, open: number): void {
  const load = (globalThis as unknown as { require: NodeJS.Require }).require;
  const fs = load('node:fs') as typeof import('node:fs');
  // Created in this thread: a trip through the pool would cost it more than the call.
  const calls: typeof fs = {
    ...fs,
    open: ((file: string, flags: string, mode: number, done: (error: Error | null, fd: number) => void) => {
      let fd: number;
      try {
        fd = fs.openSync(file, flags, mode);
      } catch (error) {
        return done(error as Error, -1);
      }
      done(null, fd);
    }) as typeof fs.open,
  };
  const port = (load('node:worker_threads') as typeof import('node:worker_threads')).parentPort!;
  const queue: Job[] = [];
  let writing = 0;
  let done: Done[] = [];
  const report = () => {
    port.postMessage(done);
    done = [];
  };
  const finish = (result: Done) => {
    if (done.length === 0) setImmediate(report);
    done.push(result);
    writing--;
    start();
  };
  const start = () => {
    for (; writing < open && queue.length > 0; writing++) {
      const [id, file, content] = queue.shift()!;
      write(calls, file, content).then(
        () => finish([id]),
        (error: NodeJS.ErrnoException) => finish([id, error.code ?? 'EIO', error.message]),
      );
    }
  };
  port.on('message', (jobs: Job[]) => {
    queue.push(...jobs);
    start();
  });
}

/** Files open at once in the worker. */
const OPEN_AT_ONCE = 32;

const SOURCE = `(${thread.toString()})(${writeNewFileWith.toString()}, ${OPEN_AT_ONCE})`;

/** Writes new files from a worker thread, started on the first file; `close` stops it. */
export class WritingThread {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private next = 0;
  private broken: Error | undefined;
  /** Files not yet sent: sent together on the next turn of the event loop, each message waking the worker. */
  private outbox: Job[] = [];

  /** Creates `file` (refusing one that exists), writes all of `content` and flushes it to disk. */
  write(file: string, content: string | Uint8Array): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    const worker = this.worker ?? this.start();
    // Only while files are in flight does the thread keep the process alive.
    if (this.waiting.size === 0) worker.ref();
    const id = this.next++;
    if (this.outbox.length === 0) setImmediate(() => this.send(worker));
    this.outbox.push([id, file, content]);
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }

  /** Stops the thread; files still in flight are reported failed. */
  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.fail(new Error('the writing thread was stopped'));
    // Not waited for: the thread ends while the caller goes on.
    void worker?.terminate();
  }

  private send(worker: Worker): void {
    if (worker === this.worker) worker.postMessage(this.outbox);
    this.outbox = [];
  }

  private start(): Worker {
    const worker = new Worker(SOURCE, { eval: true, stdout: true, stderr: true });
    worker.on('message', (done: Done[]) => {
      for (const [id, code, message] of done) {
        const waiting = this.waiting.get(id);
        this.waiting.delete(id);
        if (code === undefined) waiting?.resolve();
        else waiting?.reject(Object.assign(new Error(message), { code }));
      }
      if (this.waiting.size === 0) worker.unref();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => this.fail(new Error('the writing thread stopped')));
    this.worker = worker;
    return worker;
  }

  /** Every file in flight failed: the thread stopped or threw. */
  private fail(error: Error): void {
    this.broken ??= error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
