import { describe, expect, it } from 'vitest';
import { checkTjon, teamsExport, tjonPartners, TJON_PLAN } from '../tjon-partners.js';

/** Rotterdam paused from Tuesday 20 April to Tuesday 4 May, written in on Monday 19 April. */
const PAUSE = `pauses:
  - { from: 2027-04-20, until: 2027-05-04, decided: 2027-04-19, reason: { nl: extra begeleiding in Rotterdam, en: extra coaching in Rotterdam }, phase: rotterdam, only: { location: Rotterdam } }
`;

/** Rotterdam at 3 of 5 (60%) in the reports of 28 March and 18 April. */
function rotterdamAt60(text: string): string {
  const dir = tjonPartners(text);
  teamsExport(dir, '20270315', '2027-03-14', 4, 0);
  teamsExport(dir, '20270329', '2027-03-28', 5, 3);
  teamsExport(dir, '20270419', '2027-04-18', 5, 3);
  return dir;
}

describe('a gate due before a pause of its location began', () => {
  it('keeps the verdict of its due day during the pause and after it', async () => {
    const dir = rotterdamAt60(TJON_PLAN + PAUSE);
    // Due 22 March + 4 weeks = Monday 19 April, the day before the pause.
    for (const at of ['2027-04-19', '2027-04-26', '2027-05-03', '2027-05-10']) {
      const gate = (await checkTjon(dir, at)).result.gates.find((g) => g.id === 'rotterdam-success')!;
      expect(gate, at).toMatchObject({ status: 'fail', due: '2027-04-19', observed: 60, window: { from: '2027-03-22', to: '2027-04-19' } });
      expect(gate.onHold, at).toBeUndefined();
      expect(gate.reason, at).toBe('last of 2 active_use_pct rows from 2027-03-22 to 2027-04-19 is 60 on 2027-04-18 (3 of 5 people; 4 of 5 needed), not >= 80');
    }
  });

  it('while a gate due inside the pause moves with it and is on hold until it resumes', async () => {
    const dir = rotterdamAt60(TJON_PLAN.replace('rotterdam, metric: active_use_pct, threshold: 80, within: 4w', 'rotterdam, metric: active_use_pct, threshold: 80, within: 5w') + PAUSE);
    const gate = (await checkTjon(dir, '2027-04-26')).result.gates.find((g) => g.id === 'rotterdam-success')!;
    // Due 26 April, moved by the pause's two weeks to 10 May.
    expect(gate).toMatchObject({ status: 'pending', onHold: true, due: '2027-05-10' });
    expect(gate.reason).toMatch(/^on hold: Rotterdam has been paused since 2027-04-20; so far /);
  });
});
