import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, ROOT, run, tempDir } from '../helpers.js';

/*
 * test/fixtures/outage-week: Nieuw Nickerie is paused from Monday 5 April until Monday 12 April
 * 2027 (its line is down). Teams' user activity report refreshed on 12 April counts 6 - 12 April,
 * the outage week itself: one person of seven active. The update of Friday 16 April tells that
 * figure as the pause's, not as the first week back.
 */
const PLAN = path.join(ROOT, 'test', 'fixtures', 'outage-week', 'rollout.yaml');

afterAll(removeTempDirs);

describe('a weekly update with a figure of the outage week, end to end', () => {
  it('says it was measured during the pause, in English and Dutch', () => {
    const out = tempDir();
    expect(run(['render-emails', '--plan', PLAN, '--out', out, '--at', '2027-04-19'], { cwd: path.dirname(PLAN) }).status).toBe(0);
    const en = readFileSync(path.join(out, '2027-04-16_rollout_weekly-update.en.md'), 'utf8');
    expect(en).toContain('- **Nieuw Nickerie branch:** 14% active use (goal 80%), measured on Monday, April 12, mostly over the days of the pause;');
    expect(en).not.toContain('first week back from the pause');
    const nl = readFileSync(path.join(out, '2027-04-16_rollout_weekly-update.nl.md'), 'utf8');
    expect(nl).toContain('- **Vestiging Nieuw Nickerie:** 14% actief gebruik (doel 80%), gemeten op maandag 12 april, grotendeels over de dagen van de pauze;');
  });
});
