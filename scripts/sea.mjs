// `npm run sea` (after `npm run build`): a single executable of the tool for this platform,
// dist/sea/rollout-<os>-<arch>: a copy of the Node binary (SEA_NODE, else the Node running this
// script) with a small loader (src/sea/main.ts) as its main script and, as assets, the bundles of
// dist/, the templates and the package's version. The blob is made by that same binary, as a
// blob runs only in the Node version that made it.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'postject';
import { build } from 'rolldown';
import { SEA_TARGET as target } from './sea-target.mjs';

const node = process.env.SEA_NODE || process.execPath;
const out = path.dirname(target);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  input: 'src/sea/main.ts',
  platform: 'node',
  tsconfig: 'tsconfig.build.json',
  logLevel: 'warn',
  output: { file: path.join(out, 'main.cjs'), format: 'cjs' },
});

/** Every file below `dir` ending in `ext`, by its path in the package. */
const filesBelow = (dir, ext) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.relative('.', path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
const templates = filesBelow('templates', '.hbs');
const bundles = filesBelow('dist', '.cjs').filter((f) => !f.startsWith('dist/sea/'));
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ name, version }));
writeFileSync(path.join(out, 'files.json'), JSON.stringify(templates));
// V8's compiled code for each bundle, from runs of the loader as a plain script with the same
// Node: what the common commands compile, validate last as the one most often run.
const cacheDir = path.join(out, 'cache');
mkdirSync(cacheDir);
for (const args of [['schedule', '--format', 'json'], ['render-emails', '--dry-run'], ['validate']]) {
  const ran = spawnSync(node, [path.join(out, 'main.cjs'), ...args, '--plan', 'examples/enterprise.yaml'], {
    env: { ...process.env, ROLLOUT_SEA_CACHE_OUT: cacheDir, NODE_V8_COVERAGE: '' },
    encoding: 'utf8',
  });
  if (ran.status !== 0) throw new Error(`rollout ${args[0]} failed while the executable was built: ${ran.stderr}`);
}
const caches = Object.fromEntries(readdirSync(cacheDir).map((f) => [`cache/${f.replace(/__/g, '/')}`, path.join(cacheDir, f)]));
const config = {
  main: path.join(out, 'main.cjs'),
  output: path.join(out, 'sea-prep.blob'),
  disableExperimentalSEAWarning: true,
  useCodeCache: true,
  assets: {
    'package.json': path.join(out, 'package.json'),
    'files.json': path.join(out, 'files.json'),
    ...Object.fromEntries([...bundles, ...templates].map((f) => [f, f])),
    ...caches,
  },
};
writeFileSync(path.join(out, 'sea-config.json'), JSON.stringify(config, null, 2));
const blob = spawnSync(node, ['--experimental-sea-config', path.join(out, 'sea-config.json')], { encoding: 'utf8' });
if (blob.status !== 0) throw new Error(`${node} could not make the blob: ${blob.stderr}`);

copyFileSync(node, target);
chmodSync(target, 0o755);
// macOS runs only signed code: drop Node's signature before the injection, sign ad hoc after it.
const codesign = (...args) => process.platform === 'darwin' && spawnSync('codesign', [...args, target], { stdio: 'inherit' });
codesign('--remove-signature');
// postject's ELF reader warns about each note section of Node's binary that it leaves alone.
const warn = console.warn;
console.warn = (...args) => (/^warning: Can't find string offset for section name/.test(String(args[0])) ? undefined : warn(...args));
await inject(target, 'NODE_SEA_BLOB', readFileSync(config.output), {
  sentinelFuse: 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2',
  machoSegmentName: process.platform === 'darwin' ? 'NODE_SEA' : undefined,
});
console.warn = warn;
codesign('--sign', '-');
// The notices the bundled libraries' licences ask for travel with the executable.
copyFileSync('dist/THIRD-PARTY-LICENSES.txt', path.join(out, 'THIRD-PARTY-LICENSES.txt'));
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
// So does Node's own licence: beside node.exe on Windows, at the top of a nodejs.org or Homebrew
// folder, in the documentation folder of a Debian or Ubuntu package.
const bin = path.dirname(realpathSync(node));
const nodeLicense = [path.join(bin, 'LICENSE'), path.join(bin, '..', 'LICENSE'), '/usr/share/doc/nodejs/LICENSE'].find((f) => existsSync(f));
if (nodeLicense) copyFileSync(nodeLicense, path.join(out, 'NODE-LICENSE.txt'));
else console.warn(`rollout: warning: Node's LICENSE is not beside ${node}; hand out https://raw.githubusercontent.com/nodejs/node/${nodeVersion}/LICENSE with the executable`);
console.log(`built ${target}: ${(statSync(target).size / 1e6).toFixed(1)} MB, Node ${nodeVersion}`);
