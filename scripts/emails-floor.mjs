#!/usr/bin/env node
// The floor of `render-emails` writing its files, for scripts/bench-emails.mjs: a process that
// renders nothing, busy on its main thread for as long as the dry run took (so that the files are
// written alongside that work, as the tool writes each message while it renders the next), and
// writes the same bytes with the same guarantees: each file created new under a temporary name,
// written, flushed to disk, then hard-linked to its name (which never replaces a file), the
// temporary name removed. Files go to the disk as the tool sends them (src/util/writing-thread.ts):
// handed to a worker thread that creates, writes and closes each itself and sends the flush to
// Node's thread pool, 32 files open at a time; then the names given and the temporary names
// removed on the main thread, one call at a time.
//   node scripts/emails-floor.mjs FROM TO DRY_MS RENDER_MS
// FROM holds the files a written run made; TO is made. The busy time runs until DRY_MS after
// this process started; the files are handed over during its last RENDER_MS, the time the dry
// run spends rendering, one file per slice of it.
import { closeSync, fsync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { setImmediate } from 'node:timers';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import path from 'node:path';

if (isMainThread) {
  const [from, to, dryMs, renderMs] = process.argv.slice(2);
  const names = readdirSync(from).filter((n) => !n.startsWith('.')).sort();
  const contents = names.map((n) => readFileSync(path.join(from, n)));
  const temps = names.map((n, i) => path.join(to, `.${n}.${i.toString(16).padStart(12, '0')}.tmp`));
  const end = Number(dryMs);
  const renderFrom = end - Number(renderMs);
  const busyUntil = (ms) => {
    while (performance.now() < ms);
  };

  busyUntil(renderFrom);
  mkdirSync(to);
  const worker = new Worker(new URL(import.meta.url));
  let written = 0;
  const allWritten = new Promise((resolve, reject) => {
    worker.on('message', (count) => {
      written += count;
      if (written === names.length) resolve();
    });
    worker.on('error', reject);
  });
  for (let i = 0; i < names.length; i++) {
    busyUntil(renderFrom + ((i + 1) / names.length) * (end - renderFrom));
    worker.postMessage([[temps[i], contents[i]]]);
    await nextTurn();
  }
  await allWritten;
  await worker.terminate();
  for (let i = 0; i < names.length; i++) linkSync(temps[i], path.join(to, names[i]));
  for (const temp of temps) unlinkSync(temp);
} else {
  const queue = [];
  let writing = 0;
  let done = 0;
  const report = () => {
    parentPort.postMessage(done);
    done = 0;
  };
  const start = () => {
    for (; writing < 32 && queue.length > 0; writing++) {
      const [temp, bytes] = queue.shift();
      const fd = openSync(temp, 'wx', 0o644);
      for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at);
      fsync(fd, (error) => {
        if (error) throw error;
        closeSync(fd);
        if (done++ === 0) setImmediate(report);
        writing--;
        start();
      });
    }
  };
  parentPort.on('message', (jobs) => {
    queue.push(...jobs);
    start();
  });
}
