/**
 * A path as the plan or the command line gives it, with `/` between its parts: a `\` (as Windows
 * Explorer shows a path, `exports\responses.csv`) separates folders as `/` does, on every system,
 * so a plan written on a Windows laptop reads the same files on a Linux runner.
 */
export function slashed(path: string): string {
  return path.replaceAll('\\', '/');
}
