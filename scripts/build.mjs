// Bundles the CLI into dist/: one small entry plus a chunk per command, loaded only when that
// command runs. Node then reads a few files instead of hundreds of modules at start-up.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // Bundled CommonJS packages still call require() for Node's own modules.
  banner: { js: "import { createRequire as __rolloutRequire } from 'node:module'; const require = __rolloutRequire(import.meta.url);" },
});
