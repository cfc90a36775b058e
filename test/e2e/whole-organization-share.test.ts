import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run, tempDir } from '../helpers.js';
import { ninePeopleOnSlack, slackOverviewExport } from '../sources/support.js';

describe('rollout validate, the built binary, on a Slack overview export', () => {
  const validate = (enabled: number) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(ninePeopleOnSlack()));
    slackOverviewExport(dir, enabled, false);
    return run(['validate', '--format', 'json'], { cwd: dir });
  };
  const codes = (stdout: string, kind: 'warnings' | 'hints') => (JSON.parse(stdout)[kind] as { code: string; message: string }[]).filter((d) => d.code === 'whole-organization-share');

  it('gives no ceiling when the accounts are enabled at each launch, and warns with the count when all are enabled at once', () => {
    const perLaunch = validate(6);
    expect([...codes(perLaunch.stdout, 'warnings'), ...codes(perLaunch.stdout, 'hints')]).toEqual([]);
    const atOnce = validate(9);
    expect(codes(atOnce.stdout, 'warnings').map((d) => d.message)).toEqual([expect.stringContaining('the export counts 9 in Total Enabled Membership on 2027-01-08')]);
    expect(codes(atOnce.stdout, 'hints')).toEqual([]);
  });
});
