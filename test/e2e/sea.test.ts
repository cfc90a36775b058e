import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

// `npm run sea` injects into a copy of this Node binary; it needs one built with the single
// executable fuse (official builds have it) on linux-x64, the target the test checks.
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const why =
  process.platform !== 'linux' || process.arch !== 'x64'
    ? `the test checks the linux-x64 executable, not ${process.platform}-${process.arch}`
    : !readFileSync(process.execPath).includes(FUSE)
      ? `${process.execPath} was built without single executable support`
      : undefined;

describe.skipIf(why !== undefined)(`the single executable${why ? ` (skipped: ${why})` : ''}`, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const exe = () => path.join(dir, 'rollout-linux-x64');
  const sea = (...args: string[]) => spawnSync(exe(), args, { cwd: dir, env, encoding: 'utf8' });

  beforeAll(() => {
    // dist/ is built by `npm test`; this makes dist/sea/ from it.
    execFileSync(process.execPath, ['scripts/sea.mjs'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_V8_COVERAGE: undefined } });
    // Alone in a folder with the examples: no package, no templates folder, no Node on the PATH.
    dir = tempDir();
    expect(readFileSync(path.join(ROOT, 'dist', 'sea', 'THIRD-PARTY-LICENSES.txt'), 'utf8')).toMatch(/^handlebars \d/m);
    expect(readFileSync(path.join(ROOT, 'dist', 'sea', 'NODE-LICENSE.txt'), 'utf8')).toMatch(/^Node\.js is licensed for use as follows:/);
    copyFileSync(path.join(ROOT, 'dist', 'sea', 'rollout-linux-x64'), exe());
    cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
    mkdirSync(path.join(dir, 'bin'));
    env = { PATH: path.join(dir, 'bin'), HOME: dir, NO_COLOR: '1' };
    expect(spawnSync('/bin/sh', ['-c', 'command -v node'], { env }).status).not.toBe(0);
  }, 60_000);

  it('prints its version from inside itself', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(sea('--version')).toMatchObject({ status: 0, stdout: `${version} (plan format version 1)\n`, stderr: '' });
  });

  it('validates and schedules the examples as the package does', () => {
    const validate = sea('validate', '--plan', 'examples/enterprise.yaml');
    expect(validate).toMatchObject({ status: 0, stdout: 'examples/enterprise.yaml: valid (5 phases, 10 gates)\n' });
    expect(validate.stderr).toBe(run(['validate', '--plan', 'examples/enterprise.yaml'], { cwd: dir }).stderr);
    for (const example of readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'))) {
      const args = ['schedule', '--plan', path.join('examples', example), '--format', 'json'];
      const r = sea(...args);
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe(run(args, { cwd: dir }).stdout);
    }
  });

  it('renders every email and checklist from the templates inside it', () => {
    const r = sea('render-emails', '--plan', 'examples/enterprise.yaml', '--out', 'emails');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^(\d+) berichten en de index geschreven naar emails: \1 nieuw, 0 gewijzigd, 0 ongewijzigd\n/);
    expect(run(['render-emails', '--plan', 'examples/enterprise.yaml', '--out', 'emails-node'], { cwd: dir }).status).toBe(0);
    const written = readdirSync(path.join(dir, 'emails')).sort();
    expect(written.length).toBeGreaterThan(100);
    expect(written).toEqual(readdirSync(path.join(dir, 'emails-node')).sort());
    const welcome = written.find((f) => /welcome\.nl\.md$/.test(f))!;
    expect(readFileSync(path.join(dir, 'emails', welcome), 'utf8')).toBe(readFileSync(path.join(dir, 'emails-node', welcome), 'utf8'));
  });

  it('writes the templates out with init', () => {
    expect(sea('init', '--dir', 'new', '--start', '2027-01-04').status).toBe(0);
    expect(readdirSync(path.join(dir, 'new', 'templates'), { recursive: true })).toEqual(readdirSync(path.join(ROOT, 'templates'), { recursive: true }));
  });
});
