import { stat } from 'node:fs/promises';
import path from 'node:path';

// Apart from the templates' loading: validate looks for the folder on every run, and reads it only when there is one.

/** The user's templates folder: `given` (--templates), else `templates/` next to the plan when there is one. */
export async function templatesFolder(planFile: string, given?: string): Promise<string | undefined> {
  if (given !== undefined) return given;
  const beside = path.join(planFile === '-' ? '.' : path.dirname(planFile), 'templates');
  try {
    return (await stat(beside)).isDirectory() ? beside : undefined;
  } catch {
    return undefined;
  }
}
