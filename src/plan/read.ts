import { readFile, stat } from 'node:fs/promises';
import { RolloutError } from '../util/errors.js';

/** Plans larger than this are refused before parsing. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/** Turns a plan file's bytes into text, refusing what is not a UTF-8 text plan. */
export function decodePlan(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_PLAN_BYTES) {
    throw new RolloutError(`${file}: the plan is ${mib(bytes.length)}; a plan may be at most ${mib(MAX_PLAN_BYTES)}`);
  }
  if (bytes.includes(0)) throw new RolloutError(`${file}: this is a binary file, not a YAML plan`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new RolloutError(`${file}: the plan is not valid UTF-8 text; save it as UTF-8`);
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Reads a plan file, with messages for the usual mistakes. */
export async function readPlanFile(file: string): Promise<string> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw fileError(file, error);
  }
  if (info.isDirectory()) throw new RolloutError(`${file}: is a folder; give the plan file (e.g. ${file}/rollout.yaml)`);
  if (info.size > MAX_PLAN_BYTES) {
    throw new RolloutError(`${file}: the plan is ${mib(info.size)}; a plan may be at most ${mib(MAX_PLAN_BYTES)}`);
  }
  try {
    return decodePlan(await readFile(file), file);
  } catch (error) {
    if (error instanceof RolloutError) throw error;
    throw fileError(file, error);
  }
}

export function fileError(file: string, error: unknown): RolloutError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RolloutError(`${file}: no such file; run \`rollout init\` or pass --plan FILE`);
  if (code === 'EACCES' || code === 'EPERM') return new RolloutError(`${file}: permission denied`);
  if (code === 'EISDIR') return new RolloutError(`${file}: is a folder, not a file`);
  return new RolloutError(`${file}: cannot read (${code ?? String(error)})`);
}
