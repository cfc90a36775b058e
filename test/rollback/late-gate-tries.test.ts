import { describe, expect, it } from 'vitest';
import { diagnosticLines, run } from '../helpers.js';
import { kaiteur, kaiteurText, STUDIO_BACK } from './kaiteur.js';

/*
 * Kaiteur Design: the studio (15 to 26 March) rolls back on 31 March, while the branch runs from
 * 29 March, and starts again on 3 May. Its training gate guards the branch's launch: due a week
 * after the studio's start, on 22 March in its first try, before that launch. In the second try
 * it would be due 10 May, long after the branch launched: that is no gate that came too late.
 */
const guardsNext = (within: string) => (text: string) =>
  text.replace('{ id: studio-trained, phase: studio, metric: training_completion_pct, threshold: 90, within: 1w, severity: minor }', `{ id: studio-trained, phase: studio, metric: training_completion_pct, threshold: 90, within: ${within}, severity: minor, guards: next }`);

const late = (text: string) => diagnosticLines(text, 'gate-after-guarded');

describe('a gate due after what it guards, in a plan with a second try', () => {
  it('checks a gate guarding a launch that went ahead in the first try on the first try’s dates, and says so', () => {
    expect(late(kaiteurText(STUDIO_BACK, guardsNext('1w'))).filter((l) => l.includes('studio-trained'))).toEqual([]);
    expect(late(kaiteurText(STUDIO_BACK, guardsNext('2w'))).filter((l) => l.includes('studio-trained'))).toEqual([
      'rollout.yaml:116:98: warning gates[10].within: gate "studio-trained" is due 2027-03-29 in the first try of phase "studio", not before the launch of "nickerie" on 2027-03-29, which it guards (write due: day-before, or a shorter within)',
    ]);
  });

  it('names the second try when the gate is late for what the second try comes before', () => {
    expect(late(kaiteurText(STUDIO_BACK))).toEqual([
      'rollout.yaml:110:88: warning gates[4].within: gate "studio-active" is due 2027-05-17 in the second try of phase "studio", not before the switch-off on 2027-05-17, which it guards (write due: day-before, or a shorter within)',
      'rollout.yaml:112:110: warning gates[6].within: gate "studio-recommend" is due 2027-05-17 in the second try of phase "studio", not before the switch-off on 2027-05-17, which it guards (write due: day-before, or a shorter within)',
    ]);
    // Without a rollback the example has no such warning, and none names a try.
    expect(late(kaiteurText('', guardsNext('2w')))).toEqual([
      'rollout.yaml:116:98: warning gates[10].within: gate "studio-trained" is due 2027-03-29, not before the launch of "nickerie" on 2027-03-29, which it guards (write due: day-before, or a shorter within)',
    ]);
  });

  it('prints it so from validate', () => {
    const r = run(['validate', '--plan', kaiteur(STUDIO_BACK, guardsNext('1w'))]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('gate "studio-trained"');
    expect(r.stderr).toContain('gate "studio-active" is due 2027-05-17 in the second try of phase "studio", not before the switch-off on 2027-05-17');
  });
});
