/** Exit codes, stable and documented in the README. */
export const EXIT = {
  ok: 0,
  /** validate: the plan is invalid; gate-check: pause the rollout. */
  failed: 1,
  /** usage error or input that cannot be used (file, plan, CSV, template, write refused). */
  input: 2,
  /** gate-check: roll back. */
  rollback: 3,
  /** SIGINT or SIGTERM stopped a write; what was written is listed. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface Position {
  line: number;
  column: number;
}

/** A hint is advice only: it never makes a plan invalid, not even with --strict. */
export type Severity = 'error' | 'warning' | 'hint';

/** One finding about a user's file, with where it is and how to fix it. */
export interface Diagnostic {
  severity: Severity;
  /** Stable identifier such as `yaml-syntax`, `unknown-key`, `phase-overlap`. */
  code: string;
  file: string;
  message: string;
  /** Path inside the plan, e.g. `phases[2].weeks`. */
  path?: string;
  line?: number;
  column?: number;
  hint?: string;
}

/** Where in a file a problem is: the whole file, a line, or a cell (`column` 1-based); `sheet`, a workbook's. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
  sheet?: string;
}

/**
 * An error the user can act on. The CLI prints `message` and exits with `exitCode`. `at`: the
 * place in a file its message starts with, for what points at it (a CI annotation).
 */
export class RolloutError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.input,
    readonly diagnostics: Diagnostic[] = [],
    readonly at?: Place,
  ) {
    super(message);
    this.name = 'RolloutError';
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  const path = d.path ? ` ${d.path}:` : '';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${where}: ${d.severity}${path} ${d.message}${hint}`;
}
