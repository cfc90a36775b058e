import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Ramdin Klinieken (see test/rollback/second-try-weekly.test.ts): Willemstad starts on Monday
 * 5 April, rolls back on 3 May and starts again on Monday 24 May.
 */
const PLAN = path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml');

describe('the weekly update after a second try, end to end', () => {
  it('says Willemstad started again on 24 May, and never that it started on 24 May instead of 5 April', () => {
    const out = path.join(tempDir(), 'emails');
    const r = run(['render-emails', '--plan', PLAN, '--at', '2027-07-30', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const text = (name: string) => readFileSync(path.join(out, name), 'utf8');
    expect(text('2027-05-28_rollout_weekly-update.en.md')).toContain('**Second try:** Willemstad started again on Monday, May 24.');
    expect(text('2027-05-28_rollout_weekly-update.nl.md')).toContain('**Tweede poging:** Willemstad is op maandag 24 mei opnieuw begonnen.');
    const all = readdirSync(out).map(text).join('\n');
    expect(all).not.toContain('instead of Monday, April 5');
    expect(all).not.toContain('in plaats van maandag 5 april');
  });
});
