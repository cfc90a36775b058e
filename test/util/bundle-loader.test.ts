import path from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BundleLoader, type BundleHost } from '../../src/util/bundle-loader.js';

/** Bundles held in memory, by name; requires of `./x` between them, the rest to `outside`. */
function host(bundles: Record<string, string>, cached: Record<string, Buffer> = {}) {
  const compiled: [string, boolean][] = [];
  const outside: string[] = [];
  const h: BundleHost = {
    read: (name) => bundles[name]!,
    cachedData: (name) => cached[name],
    resolve: (from, id) => (id.startsWith('./') ? path.posix.join(path.posix.dirname(from), id) : undefined),
    require: (_, id) => {
      outside.push(id);
      return { id };
    },
    compiled: (name, _script, wasCached) => compiled.push([name, wasCached]),
  };
  return { h, compiled, outside };
}

describe('the bundle loader', () => {
  it('runs each bundle once, with its own module, also in a cycle, and leaves other requires to Node', () => {
    const { h, compiled, outside } = host({
      'dist/cli.cjs': 'const a = require("./chunks/a.cjs"); module.exports = { a, again: require("./chunks/a.cjs") === a, path: require("node:path"), file: __filename, dir: __dirname };',
      'dist/chunks/a.cjs': 'globalThis.loaderRuns = (globalThis.loaderRuns ?? 0) + 1; exports.name = "a"; const b = require("./b.cjs"); exports.b = b.seen;',
      'dist/chunks/b.cjs': 'const a = require("./a.cjs"); exports.seen = `${a.name} ${typeof a.b === "string" ? "complete" : "partly run"}`;',
    });
    const cli = new BundleLoader(h).load('dist/cli.cjs') as Record<string, unknown>;
    expect(cli).toEqual({ a: { name: 'a', b: 'a partly run' }, again: true, path: { id: 'node:path' }, file: 'dist/cli.cjs', dir: 'dist' });
    expect((globalThis as { loaderRuns?: number }).loaderRuns).toBe(1);
    expect(outside).toEqual(['node:path']);
    expect(compiled).toEqual([['dist/cli.cjs', false], ['dist/chunks/a.cjs', false], ['dist/chunks/b.cjs', false]]);
  });

  it('hands V8 the compiled code it is given, and says whether V8 took it', () => {
    const source = 'module.exports = 6 * 7;';
    const code = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: 'dist/cli.cjs' }).createCachedData();
    const taken = host({ 'dist/cli.cjs': source }, { 'dist/cli.cjs': code });
    expect(new BundleLoader(taken.h).load('dist/cli.cjs')).toBe(42);
    expect(taken.compiled).toEqual([['dist/cli.cjs', true]]);
    // Another text: V8 keeps what it compiled in this process, and would not read the code at all.
    const rejected = host({ 'dist/cli.cjs': 'module.exports = 7 * 6;' }, { 'dist/cli.cjs': Buffer.from('not compiled code') });
    expect(new BundleLoader(rejected.h).load('dist/cli.cjs')).toBe(42);
    expect(rejected.compiled).toEqual([['dist/cli.cjs', false]]);
  });

  it('keeps the line numbers of a bundle in stack traces', () => {
    const { h } = host({ 'dist/cli.cjs': '\n\nthrow new Error("line three");\n' });
    expect(() => new BundleLoader(h).load('dist/cli.cjs')).toThrow(expect.objectContaining({ stack: expect.stringContaining('dist/cli.cjs:3') }));
  });
});
