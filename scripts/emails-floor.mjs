#!/usr/bin/env node
// The floor of `render-emails` writing its files, for scripts/bench-emails.mjs: a process that
// renders nothing, busy on its main thread for as long as the dry run took (so that the files are
// written alongside that work, as the tool writes each message while it renders the next), and
// writes the same bytes with the same guarantees: each file created new under a temporary name,
// written, flushed to disk, then hard-linked to its name (which never replaces a file), the
// temporary name removed. Files go to the disk as the tool sends them: creating and flushing in
// Node's thread pool, 32 files at a time; copying bytes and closing on the main thread.
//   node scripts/emails-floor.mjs FROM TO DRY_MS RENDER_MS
// FROM holds the files a written run made; TO is made. The busy time runs until DRY_MS after
// this process started; the files are written during its last RENDER_MS, the time the dry run
// spends rendering, one file per slice of it.
import { closeSync, fsync, link, open, readdirSync, readFileSync, unlink, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import path from 'node:path';

const [from, to, dryMs, renderMs] = process.argv.slice(2);
const names = readdirSync(from).filter((n) => !n.startsWith('.')).sort();
const contents = names.map((n) => readFileSync(path.join(from, n)));
const end = Number(dryMs);
const renderFrom = end - Number(renderMs);
const call = (start) => new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));

function busyUntil(ms) {
  while (performance.now() < ms);
}

async function stage(i) {
  const temp = path.join(to, `.${names[i]}.${i.toString(16).padStart(12, '0')}.tmp`);
  const fd = await call((done) => open(temp, 'wx', 0o644, done));
  try {
    for (let at = 0; at < contents[i].byteLength; ) at += writeSync(fd, contents[i], at);
    await call((done) => fsync(fd, done));
  } finally {
    closeSync(fd);
  }
  return temp;
}

busyUntil(renderFrom);
await mkdir(to);
const pending = new Set();
const temps = [];
for (let i = 0; i < names.length; i++) {
  busyUntil(renderFrom + ((i + 1) / names.length) * (end - renderFrom));
  while (pending.size >= 32) await Promise.race(pending);
  const task = stage(i).then((temp) => {
    temps[i] = temp;
    pending.delete(task);
  });
  pending.add(task);
  await setImmediate();
}
await Promise.all(pending);
let next = 0;
const each = async (work) => {
  while (next < names.length) {
    const i = next++;
    await work(i);
  }
};
await Promise.all(Array.from({ length: 32 }, () => each((i) => call((done) => link(temps[i], path.join(to, names[i]), done)))));
next = 0;
await Promise.all(Array.from({ length: 32 }, () => each((i) => call((done) => unlink(temps[i], done)))));
