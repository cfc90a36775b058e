import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// npm itself runs without coverage: only the tool's own runs count.
const npmEnv = { ...process.env, NODE_V8_COVERAGE: undefined };

describe('the published package', () => {
  it('installs from npm pack into an empty folder and runs with its templates', () => {
    const packDir = tempDir();
    // dist/ is built already: no `prepare` rebuilding it under the other tests' feet.
    execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, stdio: 'pipe', env: npmEnv });
    const [tarball] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
    const app = tempDir();
    execFileSync(npm, ['init', '-y'], { cwd: app, stdio: 'pipe', env: npmEnv });
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(packDir, tarball!)], { cwd: app, stdio: 'pipe', env: npmEnv });
    // The bundles carry every library, and the notices of their licences.
    expect(readdirSync(path.join(app, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual(['rollout-plan']);
    const notices = readFileSync(path.join(app, 'node_modules', 'rollout-plan', 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['zod', 'yaml', 'commander', 'handlebars', 'csv-stringify', 'nodemailer', 'timezones-ical-library']) {
      expect(notices).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    }
    expect(notices).toContain('Permission is hereby granted, free of charge');
    const bin = path.join(app, 'node_modules', '.bin', 'rollout');
    const env = { ...process.env, NO_COLOR: '1' };

    const help = spawnSync(bin, ['--help'], { cwd: app, encoding: 'utf8', env });
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: rollout/);

    const example = path.join(app, 'node_modules', 'rollout-plan', 'examples', 'growing-team.yaml');
    const schedule = spawnSync(bin, ['schedule', '--plan', example, '--format', 'json'], { cwd: app, encoding: 'utf8', env });
    expect(schedule.stderr).toBe('');
    expect(JSON.parse(schedule.stdout).phases).toHaveLength(5);

    const init = spawnSync(bin, ['init', '--start', '2027-01-04'], { cwd: app, encoding: 'utf8', env });
    expect(init.status).toBe(0);
    expect(readdirSync(path.join(app, 'templates'), { recursive: true }).length).toBe(readdirSync(path.join(ROOT, 'templates'), { recursive: true }).length);
  }, 180_000);

  it('installs from a git URL into an empty folder, building itself on install in one quiet line', () => {
    // The repository as it stands, committed into a fresh clone source: dist/ is not in git.
    const repo = tempDir();
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of files) cpSync(path.join(ROOT, file), path.join(repo, file), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '--quiet');
    git('add', '--all');
    git('commit', '--quiet', '--message', 'snapshot');
    expect(readdirSync(repo)).not.toContain('dist');

    const app = tempDir();
    execFileSync(npm, ['init', '-y'], { cwd: app, stdio: 'pipe', env: npmEnv });
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', `git+file://${repo}`], { cwd: app, stdio: 'pipe', env: npmEnv });
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const plan = path.join(app, 'node_modules', 'rollout-plan', 'examples', 'enterprise.yaml');
    const schedule = spawnSync(npx, ['--no-install', 'rollout', 'schedule', '--plan', plan, '--format', 'json'], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(schedule.stderr).toBe('');
    expect(schedule.status).toBe(0);
    expect(JSON.parse(schedule.stdout).phases.map((p: { id: string }) => p.id)).toContain('georgetown');

    // The same sources build quietly: one line, so that the README's first command shows the schedule.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
    const build = spawnSync(npm, ['run', '-s', 'build'], { cwd: repo, encoding: 'utf8', env: npmEnv });
    expect([build.status, build.stderr]).toEqual([0, '']);
    expect(build.stdout).toMatch(/^built dist\/: \d+ bundles, [\d.]+ MB, in [\d.]+ s\n$/);
    expect(readdirSync(path.join(repo, 'dist'))).toContain('cli.cjs');
    // npm installs the build's 400 packages for the git checkout's prepare step: 85 s alone on a busy 2-core machine, longer beside the other test files.
  }, 420_000);
});
