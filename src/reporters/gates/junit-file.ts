import { Buffer } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { JUNIT_START } from './junit.js';

/** Whether a file is a JUnit report that gate-check wrote: the only file `--force` and the action's input junit replace with one. */
export function isGateReport(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(JUNIT_START.length);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8') === JUNIT_START;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
