import { Chalk, type ChalkInstance } from 'chalk';
import { loadPlan, type LoadedPlan } from '../plan/load.js';
import { decodePlan, readPlanFile } from '../plan/read.js';
import type { Plan } from '../plan/resolve.js';
import { EXIT, formatDiagnostic, RolloutError, type Diagnostic } from '../util/errors.js';

/** Colour only on a terminal, never under NO_COLOR; FORCE_COLOR wins over both. */
export function colors(stream: NodeJS.WriteStream): ChalkInstance {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return new Chalk({ level: 1 });
  const off = 'NO_COLOR' in process.env && process.env.NO_COLOR !== '' || !stream.isTTY || process.env.TERM === 'dumb';
  return new Chalk({ level: off ? 0 : 1 });
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and loads the plan named on the command line (`-` is standard input). */
export async function readAndLoad(file: string): Promise<LoadedPlan> {
  const text = file === '-' ? decodePlan(await readStdin(), '<stdin>') : await readPlanFile(file);
  return loadPlan(text, file === '-' ? '<stdin>' : file);
}

export function printDiagnostics(diagnostics: Diagnostic[]): void {
  const c = colors(process.stderr);
  for (const d of diagnostics) {
    const line = formatDiagnostic(d);
    process.stderr.write(`${d.severity === 'error' ? c.red(line) : d.severity === 'warning' ? c.yellow(line) : c.dim(line)}\n`);
  }
}

/** For commands that need a valid plan: prints warnings, and fails on errors. */
export async function requirePlan(file: string): Promise<{ plan: Plan; loaded: LoadedPlan }> {
  const loaded = await readAndLoad(file);
  if (!loaded.plan) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    printDiagnostics(errors);
    throw new RolloutError(`${loaded.diagnostics[0]?.file ?? file}: the plan has ${errors.length} error${errors.length === 1 ? '' : 's'}; run \`rollout validate\` for details`, EXIT.input, errors);
  }
  return { plan: loaded.plan, loaded };
}

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
}

export function choice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new RolloutError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}
