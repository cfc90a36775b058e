import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

/*
 * Kaiteur Design's plan (examples/adoption.yaml) as it was lived: on Monday 8 March 2027 the IT
 * pilot runs a week longer, so Design and office moves from Monday 15 to Monday 22 March and the
 * Nieuw Nickerie branch from 29 March to 5 April, as the extension notice tells everyone. On
 * Tuesday 16 March the studio moves house: a pause of Design and office until Tuesday 30 March
 * moves its start to Monday 5 April, and the branch, which waits for it, to Monday 19 April.
 */
const LIVED = `
extensions:
  - { phase: pilot, by: 1w, decided: 2027-03-08, reason: { en: the trainer is ill, nl: de trainer is ziek } }

pauses:
  - { from: 2027-03-16, until: 2027-03-30, reason: { en: the studio moves, nl: de studio verhuist }, only: { phase: studio } }
`;

describe('the weekly update of a phase an extension and then a pause moved', () => {
  let out: string;
  beforeAll(() => {
    const dir = tempDir();
    cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
    writeFileSync(path.join(dir, 'rollout.yaml'), `${readFileSync(example('adoption.yaml'), 'utf8')}${LIVED}`);
    out = path.join(dir, 'emails');
    const r = run(['render-emails', '--at', '2027-04-23', '--out', out], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
  });
  const text = (name: string) => readFileSync(path.join(out, name), 'utf8');

  it('gives as the old start the day people were last told, as the pause notice does, in English and Dutch', () => {
    expect(text('2027-03-16_rollout_pause.en.md')).toContain('on Monday, April 5 instead of Monday, March 22.');
    expect(text('2027-04-09_rollout_weekly-update.en.md')).toContain('**Later than planned:** Design and office started on Monday, April 5 instead of Monday, March 22.');
    expect(text('2027-04-09_rollout_weekly-update.nl.md')).toContain('**Later dan gepland:** Ontwerp en kantoor is begonnen op maandag 5 april in plaats van maandag 22 maart.');
  });

  it('and for the phase that waited for it, the day the extension notice gave', () => {
    expect(text('2027-03-08_rollout_extension-moves.en.md')).toContain('Nieuw Nickerie branch now starts on Monday, April 5 instead of Monday, March 29');
    expect(text('2027-04-23_rollout_weekly-update.en.md')).toContain('**Later than planned:** Nieuw Nickerie branch started on Monday, April 19 instead of Monday, April 5.');
    expect(text('2027-04-23_rollout_weekly-update.nl.md')).toContain('**Later dan gepland:** Vestiging Nieuw Nickerie is begonnen op maandag 19 april in plaats van maandag 5 april.');
  });
});
