import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run, tempDir } from '../helpers.js';
import { ninePeopleOnSlack, slackOverviewExport, twoSlackShares } from '../sources/support.js';

describe('rollout validate, the built binary, on a Slack overview export', () => {
  const validate = (enabled: number, plan = ninePeopleOnSlack(), claimed = enabled) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
    slackOverviewExport(dir, enabled, false, claimed);
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

  it('judges a second share of the export by its own denominator: 6 claimed of 9 enabled warns on active use, not on posting', () => {
    const { stdout } = validate(9, ninePeopleOnSlack(twoSlackShares()), 6);
    expect(codes(stdout, 'warnings').map((d) => d.message)).toEqual([expect.stringMatching(/^gate first-half-go-no-go .*the export counts 9 in Total Enabled Membership on 2027-01-08/)]);
    expect(codes(stdout, 'hints')).toEqual([]);
  });
});
