import { EXIT, RolloutError } from './errors.js';

/**
 * Runs `work` with SIGINT and SIGTERM turned into an abort of `signal` instead of the end of the
 * process, so that a write in progress can stop between two files and clean up after itself.
 */
export async function duringSignals<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = (name: NodeJS.Signals) => controller.abort(name);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/** The error for a stopped write: exit 130, as a shell reports a command ended by Ctrl-C. */
export function interruption(signal: AbortSignal, done: string): RolloutError {
  return new RolloutError(`interrupted by ${String(signal.reason)}: ${done}; no temporary file is left`, EXIT.interrupted);
}
