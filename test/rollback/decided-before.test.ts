import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { reasonText } from '../../src/gates/reasons.js';
import { parseDay } from '../../src/util/dates.js';
import { tempDir, validPlan } from '../helpers.js';
import { corentyne } from './corentyne.js';

/*
 * Georgetown, the middle phase, ran 22 February-5 March; its go/no-go (due the day before the next
 * launch: Friday 5 March) read one row of Georgetown's, 50 on 27 February: not >= 60, a fail.
 * Paramaribo operations launched on Monday 8 March all the same. Georgetown went back to Slack on
 * 15 March and starts again on 12 April. On Monday 19 April, a week into the second try, that
 * go/no-go guards a launch six weeks gone: it stays as the first try judged it, withdrawn.
 */
async function check(at: string) {
  const dir = tempDir();
  const plan = validPlan(readFileSync(corentyne(dir, { resume: true, until: at }), 'utf8'));
  return (await checkGates({ plan, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } })).result;
}

describe('a go/no-go of a part whose next launch went ahead before the part starts again', () => {
  it('keeps the first try\'s verdict, withdrawn, read up to its due day, and holds no launch', async () => {
    const result = await check('2027-04-19');
    const gate = result.gates.find((g) => g.id === 'georgetown-go-no-go')!;
    expect(gate).toMatchObject({ status: 'fail', withdrawn: true, effect: 'continue', observed: 50, samples: 1, window: { from: '2027-02-22', to: '2027-03-05' }, due: '2027-03-05' });
    expect(gate.reason).toBe('last of 1 active_use_pct row (location Georgetown) from 2027-02-22 to 2027-03-05 is 50 on 2027-02-27, not >= 60; then Georgetown rolled back on 2027-03-15');
    expect(reasonText(gate.because, 'nl')).toBe('de laatste waarde van 1 rij active_use_pct (vestiging Georgetown) van 2027-02-22 tot en met 2027-03-05 is 50 op 2027-02-27, niet >= 60; daarna is Georgetown op 2027-03-15 teruggedraaid');
    // It is not judged again for the second try: no result of its own for it, and none waits on it.
    expect(result.gates.map((g) => g.id)).not.toContain('georgetown-go-no-go.second-try');
    expect([result.decision, result.blockedLaunches]).toEqual(['continue', []]);
  });

  it('never reads a window that runs backwards', async () => {
    for (const at of ['2027-04-12', '2027-04-19', '2027-05-03']) {
      for (const g of (await check(at)).gates) expect(g.window.from <= g.window.to, `${at} ${g.id} ${g.window.from} to ${g.window.to}`).toBe(true);
    }
  });

  it("leaves the second try's go/no-go, the pilot's before Georgetown's relaunch, to decide that relaunch", async () => {
    // Due Friday 9 April; the pilot's last row by then, 4 of 4 on 20 March: 100, a pass.
    const result = await check('2027-04-12');
    expect(result.gates.find((g) => g.id === 'pilot-go-no-go.second-try')).toMatchObject({ status: 'pass', observed: 100, due: '2027-04-09', secondTry: '2027-04-12' });
    expect(result.decision).toBe('continue');
  });

  it('is the same before the second try starts as the rollback left it', async () => {
    // 31 March: decided the day before, not started yet: the first try's verdict, withdrawn, as on 16 March.
    const gate = (await check('2027-03-31')).gates.find((g) => g.id === 'georgetown-go-no-go')!;
    expect(gate).toMatchObject({ status: 'fail', withdrawn: true, window: { from: '2027-02-22', to: '2027-03-05' } });
    expect(gate.reason).toMatch(/then Georgetown rolled back on 2027-03-15$/);
  });
});
