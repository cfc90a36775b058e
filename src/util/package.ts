import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Inside the single executable (`npm run sea`) the package's files travel as its assets, keyed by
 * their path in the package, with SEA_MANIFEST listing them; there is no package folder on disk.
 */
const sea = process.getBuiltinModule?.('node:sea');
const seaAssets = sea?.isSea() ? sea : undefined;
export const SEA_MANIFEST = 'files.json';

/** The nearest folder above this module that holds package.json: the installed package's root. */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** In the single executable, the folder it lies in: only for naming built-in files in messages. */
export const PACKAGE_ROOT = seaAssets ? path.dirname(process.execPath) : packageRoot();

export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');

/** A file of a folder: its name inside it (with `/`), its path for messages, and its bytes. */
export interface FolderFile {
  name: string;
  file: string;
  read(): Promise<Buffer>;
}

/** Every file below `dir`, sorted by name. */
export async function folderFiles(dir: string): Promise<FolderFile[]> {
  return (await listFiles(dir)).map((name) => ({ name, file: path.join(dir, name), read: () => readFile(path.join(dir, name)) }));
}

/** The built-in templates, from the package's templates folder or from inside the single executable. */
export async function builtInTemplates(): Promise<FolderFile[]> {
  if (!seaAssets) return folderFiles(TEMPLATES_DIR);
  const names = (JSON.parse(seaAssets.getAsset(SEA_MANIFEST, 'utf8')) as string[]).filter((n) => n.startsWith('templates/'));
  return names.map((key) => {
    const name = key.slice('templates/'.length);
    return { name, file: path.join(TEMPLATES_DIR, name), read: async () => Buffer.from(seaAssets.getAsset(key)) };
  });
}

/** Every file below `dir`, as paths relative to it with `/` separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export function readVersion(): string {
  const text = seaAssets ? seaAssets.getAsset('package.json', 'utf8') : readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8');
  const pkg = JSON.parse(text) as { version: string };
  return pkg.version;
}
