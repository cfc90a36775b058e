import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the published package', () => {
  it('installs from npm pack into an empty folder and runs with its templates', () => {
    const packDir = tempDir();
    execFileSync(npm, ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT, stdio: 'pipe' });
    const [tarball] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
    const app = tempDir();
    execFileSync(npm, ['init', '-y'], { cwd: app, stdio: 'pipe' });
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(packDir, tarball!)], { cwd: app, stdio: 'pipe' });
    // The bundles carry every library, and the notices of their licences.
    expect(readdirSync(path.join(app, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual(['rollout']);
    const notices = readFileSync(path.join(app, 'node_modules', 'rollout', 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
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

    const example = path.join(app, 'node_modules', 'rollout', 'examples', 'growing-team.yaml');
    const schedule = spawnSync(bin, ['schedule', '--plan', example, '--format', 'json'], { cwd: app, encoding: 'utf8', env });
    expect(schedule.stderr).toBe('');
    expect(JSON.parse(schedule.stdout).phases).toHaveLength(5);

    const init = spawnSync(bin, ['init', '--start', '2027-01-04'], { cwd: app, encoding: 'utf8', env });
    expect(init.status).toBe(0);
    expect(readdirSync(path.join(app, 'templates'), { recursive: true }).length).toBe(readdirSync(path.join(ROOT, 'templates'), { recursive: true }).length);
  }, 180_000);
});
