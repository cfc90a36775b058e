import { describe, expect, it } from 'vitest';
import { example, run } from '../helpers.js';

/*
 * Kaiteur Design's pilot starts on 1 March 2027, the studio on 15 March and the Nieuw Nickerie
 * branch on 29 March. The Teams export of 8 March finds nobody of the studio or the branch
 * active: they have not started, which is no reading of their use.
 */
describe('the switch-off condition before every phase has started', () => {
  it('names the phases not started by the day measured instead of reading their 0%, and keeps the exit code', () => {
    const out = run(['gate-check', '--plan', example('adoption.yaml'), '--at', '2027-03-10', '--lang', 'en']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(
      'Decommission (Switch off Slack, from 2027-04-12): not ready; active in Teams in the last 7 days is 100 in the lowest of the parts started (phase IT pilot: 3 of 3 people there, 80% needs 3 of 3) and 16.7 in the whole organization, needs >= 80; not started by 2027-03-08, the day measured: Design and office (from 2027-03-15), Nieuw Nickerie branch (from 2027-03-29); guarded by',
    );
    expect(out.stdout).not.toMatch(/ is 0 \(lowest/);
    const json = JSON.parse(run(['gate-check', '--plan', example('adoption.yaml'), '--at', '2027-03-10', '--format', 'json']).stdout);
    expect(json).toMatchObject({ decision: 'continue', decommissionReady: false });
  });
});
