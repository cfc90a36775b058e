// Writes src/render/template-history.ts: the version (a hash of the text) of every built-in
// template as each commit of this repository had it, so that `rollout` can tell an unedited copy
// of an older built-in, made before it stamped its copies, from one you edited.
// Run it after changing a built-in template: `node scripts/template-history.mjs`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
// The same hash as src/render/stamp.ts: line breaks counted as \n.
const version = (text) => createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 12);

const versions = new Map();
const add = (name, text) => {
  if (!/^(emails|checklists|partials|texts|notices)\/[^/]+\.hbs$/.test(name)) return;
  if (!versions.has(name)) versions.set(name, new Set());
  versions.get(name).add(version(text));
};
for (const commit of git('log', '--format=%H', '--', 'templates').split('\n').filter(Boolean)) {
  for (const line of git('ls-tree', '-r', commit, 'templates').split('\n').filter(Boolean)) {
    const [, , blob, file] = line.split(/\s+/);
    add(file.slice('templates/'.length), git('cat-file', 'blob', blob));
  }
}
const dir = path.join(root, 'templates');
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  add(path.relative(dir, file).split(path.sep).join('/'), readFileSync(file, 'utf8'));
}
const lines = [...versions.keys()].sort().map((name) => `  '${name}': [${[...versions.get(name)].sort().map((v) => `'${v}'`).join(', ')}],`);
writeFileSync(
  path.join(root, 'src', 'render', 'template-history.ts'),
  [
    '// Written by scripts/template-history.mjs from the repository\'s history: do not edit.',
    '/** Every version each built-in template has had, the current one included. */',
    'export const TEMPLATE_VERSIONS: Readonly<Record<string, readonly string[]>> = {',
    ...lines,
    '};',
    '',
  ].join('\n'),
);
console.log(`src/render/template-history.ts: ${versions.size} templates, ${[...versions.values()].reduce((n, s) => n + s.size, 0)} versions`);
