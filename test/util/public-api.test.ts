import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** Node's undocumented internals: they change between versions without notice. */
const PRIVATE_NODE_APIS = [
  /\bModule\.prototype\b/,
  /\bModule\._\w+/,
  /\bModule\.wrap\b/,
  /\._(compile|extensions|load|resolveFilename|nodeModulePaths|cache|pathCache|findPath|initPaths|preloadModules)\b/,
  /\bprocess\.(binding|_\w+)/,
  /\binternalBinding\b/,
  /['"]internal\//,
  /\._(writableState|readableState|handle|events|eventsCount)\b/,
  /--expose[-_]internals/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

describe('source code', () => {
  it('uses public Node APIs only', () => {
    const files = sources(path.join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(20);
    const uses = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => PRIVATE_NODE_APIS.filter((api) => api.test(line)).map(() => `${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`)),
    );
    expect(uses).toEqual([]);
  });

  it('would notice the patch the compiled-code cache once made', () => {
    const patch = 'const proto = Module.prototype as unknown as { _compile: Compile };';
    expect(PRIVATE_NODE_APIS.some((api) => api.test(patch))).toBe(true);
    expect(PRIVATE_NODE_APIS.some((api) => api.test('proto._compile = function (content, filename) {'))).toBe(true);
  });
});
