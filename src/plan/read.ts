import { RolloutError } from '../util/errors.js';
import { errorAt } from '../util/place.js';
import { readBounded, readStreamBounded } from '../util/read.js';

/** Plans larger than this are refused while reading. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/** Turns a plan file's bytes into text, refusing what is not a UTF-8 text plan. */
function decodePlan(bytes: Uint8Array, file: string): string {
  // Notepad's "Unicode" is UTF-16: text, but with a zero byte in every other place.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw errorAt({ file }, `the plan is UTF-16 text (what Notepad calls "Unicode"); save it as UTF-8`);
  }
  if (bytes.includes(0)) throw errorAt({ file }, `this is a binary file, not a YAML plan; give --plan the plan's YAML file (rollout init writes one)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw errorAt({ file }, `the plan is not valid UTF-8 text; save it as UTF-8`);
  }
}

/** Reads a plan file (or pipe), with messages for the usual mistakes. */
export async function readPlanFile(file: string): Promise<string> {
  let bytes;
  try {
    bytes = await readBounded(file, MAX_PLAN_BYTES, { what: 'the plan' });
  } catch (error) {
    if (error instanceof RolloutError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new RolloutError(`${file}: is a folder; give the plan file (e.g. ${file}/rollout.yaml)`);
    throw fileError(file, error);
  }
  return decodePlan(bytes, file);
}

/** Reads a plan from standard input, at most MAX_PLAN_BYTES of it. */
export async function readPlanStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  return decodePlan(await readStreamBounded(stdin, MAX_PLAN_BYTES, '<stdin>', 'the plan'), '<stdin>');
}

export function fileError(file: string, error: unknown): RolloutError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RolloutError(`${file}: no such file; run \`rollout init\` or pass --plan FILE`);
  if (code === 'EACCES' || code === 'EPERM') return errorAt({ file }, `permission denied`);
  if (code === 'EISDIR') return new RolloutError(`${file}: is a folder, not a file`);
  return errorAt({ file }, `cannot read (${code ?? String(error)})`);
}
