// The tool ships as CommonJS bundles in dist/: a small entry, one chunk with what every command
// needs at start-up (commander, the plan loader, zod, yaml), and one chunk per command for its
// own heavy modules (handlebars, nodemailer), loaded on first use.
// Few files, because Node resolves and reads each file on its own. The entry loads cli.cjs through
// the compiled-code cache (src/util/compile-cache.ts), which needs CommonJS.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'rolldown';
import { thirdPartyLicenses } from './scripts/third-party-licenses.mjs';

const shared = { platform: 'node', tsconfig: 'tsconfig.build.json' };
// Modules the bundles load only when used (see each file).
const lazy = { 'node:child_process': fileURLToPath(new URL('src/startup/child-process.cjs', import.meta.url)) };

export default defineConfig([
  {
    ...shared,
    input: { main: 'src/main.ts', cli: 'src/cli.ts' },
    resolve: { alias: lazy },
    plugins: [thirdPartyLicenses()],
    output: {
      dir: 'dist',
      format: 'cjs',
      entryFileNames: '[name].cjs',
      chunkFileNames: 'chunks/[name]-[hash].cjs',
      sourcemap: true,
      cleanDir: true,
    },
  },
  {
    // The GitHub Action's step (action.yml runs it from the action's checkout, which `npm ci` builds),
    // with the constants it shares with the tool compiled in from src/; not part of the package.
    ...shared,
    input: { entry: 'action/entry.ts' },
    output: { dir: 'action/dist', format: 'esm', entryFileNames: '[name].mjs', cleanDir: true },
  },
  {
    // The core functions `npm run bench` times in process; not part of the package.
    ...shared,
    input: {
      load: 'src/plan/load.ts',
      build: 'src/schedule/build.ts',
      render: 'src/render/render.ts',
      templates: 'src/render/templates.ts',
      csv: 'src/csv/reader.ts',
      check: 'src/gates/check.ts',
      history: 'src/replay/history.ts',
      report: 'src/report/html.ts',
      dates: 'src/util/dates.ts',
    },
    output: { dir: '.bench/core', format: 'esm', cleanDir: true },
  },
  {
    // The plan loader alone, bundled and cached like the tool: the floor for `rollout validate`.
    ...shared,
    input: { floor: 'scripts/bench-floor/main.ts', 'load-plan': 'scripts/bench-floor/load-plan.ts' },
    output: { dir: '.bench/floor', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs', cleanDir: true },
  },
]);
