import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { causeGoneLine, closedGuardLines, decommissionLine, recordPauseLine } from '../../src/reporters/gates/labels.js';
import { renderGithub } from '../../src/reporters/gates/github.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { renderJunit, xmlEscape } from '../../src/reporters/gates/junit.js';
import { parseDay } from '../../src/util/dates.js';
import { validPlan } from '../helpers.js';
import { paramariboSwitchOff, SWITCH_OFF_PAUSE } from '../paramaribo-switch-off.js';

/** gate-check as of `at` on the folder's plan and exports, with the plan's names in `lang`. */
async function checked(folder: { dir: string; plan: string }, at: string, lang: Language = 'en') {
  const plan = planIn(validPlan(readFileSync(folder.plan, 'utf8')), lang);
  return (await checkGates({ plan, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: folder.dir } })).result;
}

// paramaribo-actief read Paramaribo's export of 10 April on its due day, 12 April: 11 of 14 active, 78.5714%.
// On 10 May, 8 weeks after Paramaribo's launch on 15 March (56 days), everyone is active: 100%.
const CLOSED = { gate: 'paramaribo-actief', failedOn: '2027-04-12', observed: 78.5714, index: 1, within: '4w', later: '8w', laterDue: '2027-05-10' };

describe('a gate guarding the switch-off that failed on a window that has closed', () => {
  it('is named, while an open pause holds the switch-off, with the later within that reads the export of today, in English and Dutch', async () => {
    const folder = paramariboSwitchOff(SWITCH_OFF_PAUSE);
    const result = await checked(folder, '2027-05-10');
    expect(result.decommissionReady).toBe(true);
    expect(result.decommission).toEqual({ phase: 'uitzetten', ready: false, due: null, guards: ['paramaribo-actief'], next: true, closed: [CLOSED] });
    expect(result.openPause?.causeGone).toBeUndefined();
    expect(closedGuardLines(result, 'en')).toEqual([
      'paramaribo-actief failed on 2027-04-12: 78.6, needs >= 80. Its window has closed, so no new export changes that: it holds the switch-off (WhatsApp-groepen opheffen) until the plan changes. To go on, give the gate a later due day, so that it reads the exports up to it: in gates[1] (paramaribo-actief) write within: 8w in place of within: 4w (due 2027-05-10); or drop guards: decommission from gates[1], so that it only reports; or keep the plan\'s pause of the switch-off, which leaves the old system on',
    ]);
    // The condition holds (100 >= 80): said so, not as the reason it is not ready.
    expect(decommissionLine(result, 'en')).toBe('Decommission (WhatsApp-groepen opheffen, on hold): not ready; condition met (active use is 100 (whole organization), needs >= 80); guarded by paramaribo-actief (failed on 2027-04-12)');
    const nl = await checked(folder, '2027-05-10', 'nl');
    expect(closedGuardLines(nl, 'nl')[0]).toMatch(/^paramaribo-actief niet gehaald op 2027-04-12: 78,6, nodig: >= 80\. De periode die het meet is voorbij, dus geen nieuwe export verandert dat: .* schrijf in gates\[1\] \(paramaribo-actief\) within: 8w in plaats van within: 4w \(datum 2027-05-10\); of haal guards: decommission weg uit gates\[1\]/);
    expect(decommissionLine(nl, 'nl')).toContain('nog niet klaar; voorwaarde gehaald (actief gebruik is 100');
    expect(JSON.parse(renderJson(result)).decommission.closed).toEqual([CLOSED]);
  });

  it('is named beside the pause to add on a day the switch-off waits without one, and not on the due day, while the window is open', async () => {
    const folder = paramariboSwitchOff();
    const waiting = await checked(folder, '2027-04-19');
    // 19 April is 5 weeks after 15 March: within 5w is due that day.
    expect(waiting.decommission?.closed).toEqual([{ ...CLOSED, later: '5w', laterDue: '2027-04-19' }]);
    expect(recordPauseLine(waiting, 'en')).toContain('To hold the switch-off');
    expect((await checked(folder, '2027-04-12')).decommission?.closed).toBeUndefined();
    // The day after its due day, before the switch-off's, the switch-off waits for it already, with what lets it go ahead.
    const ahead = await checked(folder, '2027-04-13');
    expect(ahead.decommission?.closed).toEqual([{ ...CLOSED, later: '5w', laterDue: '2027-04-19' }]);
    expect(recordPauseLine(ahead, 'en')).toContain('- { from: 2027-04-19, reason: "Paramaribo: active use is 78.6%, the goal is at least 80%", only: { phase: uitzetten } }');
  });

  it('with the later within written in, the switch-off is ready; with the end written in, it goes on and does not pause again', async () => {
    const folder = paramariboSwitchOff(SWITCH_OFF_PAUSE);
    writeFileSync(folder.plan, readFileSync(folder.plan, 'utf8').replace('within: 4w', 'within: 8w'));
    const ready = await checked(folder, '2027-05-10');
    expect(ready.decommission).toMatchObject({ ready: true });
    expect(ready.decommission?.closed).toBeUndefined();
    expect(causeGoneLine(ready, 'en')).toContain('until: 2027-05-17, untilDecided: 2027-05-10');
    writeFileSync(folder.plan, readFileSync(folder.plan, 'utf8').replace('only: { phase: uitzetten } }', 'only: { phase: uitzetten }, until: 2027-05-17, untilDecided: 2027-05-10 }'));
    const on = await checked(folder, '2027-05-17');
    expect([on.decision, on.decommission?.due, on.decommission?.ready]).toEqual(['continue', '2027-05-17', true]);
  });

  it('is not named for a gate due the day before the switch-off: judged before the pause, it keeps that verdict, and the offer to resume reads its rows since', async () => {
    const folder = paramariboSwitchOff(SWITCH_OFF_PAUSE);
    writeFileSync(folder.plan, readFileSync(folder.plan, 'utf8').replace('within: 4w, guards: decommission', 'due: day-before, guards: decommission'));
    const result = await checked(folder, '2027-05-10');
    expect(result.decommission?.closed).toBeUndefined();
    expect(result.gates[1]).toMatchObject({ id: 'paramaribo-actief', status: 'fail', due: '2027-04-16' });
    expect(result.gates[1]!.onHold).toBeUndefined();
    expect(result.openPause?.causeGone).toMatchObject({ gates: ['paramaribo-actief'], soFar: { 'paramaribo-actief': 100 } });
  });

  it('is said in JUnit, on the gate that holds the switch-off and in the decision, and as an annotation on its line in the plan', async () => {
    const result = await checked(paramariboSwitchOff(SWITCH_OFF_PAUSE), '2027-05-10');
    const junit = renderJunit(result);
    const closed = xmlEscape('paramaribo-actief failed on 2027-04-12: 78.6, needs >= 80. Its window has closed, so no new export changes that: it holds the switch-off (uitzetten) until the plan changes. To go on, give the gate a later due day, so that it reads the exports up to it: in gates[1] (paramaribo-actief) write within: 8w in place of within: 4w (due 2027-05-10)');
    const gate = junit.slice(junit.indexOf('name="paramaribo-actief"'), junit.indexOf('</testcase>', junit.indexOf('name="paramaribo-actief"')));
    expect(gate).toContain(`not &gt;= 80&#10;${closed}`);
    expect(junit.slice(junit.indexOf('name="pause"'))).toContain(`paramaribo-actief niet gehaald&#10;${closed}`);
    const github = renderGithub(result, { planFile: 'rollout.yaml', lineOf: (i) => (i === 1 ? 18 : undefined) });
    expect(github).toContain('::error file=rollout.yaml,line=18,title=Gate paramaribo-actief holds the switch-off::paramaribo-actief failed on 2027-04-12: 78.6, needs >= 80. Its window has closed, so no new export changes that: it holds the switch-off (WhatsApp-groepen opheffen) until the plan changes. To go on, give the gate a later due day, so that it reads the exports up to it: in gates[1] (paramaribo-actief) write within: 8w in place of within: 4w (due 2027-05-10);');
    // While the window is open, nothing of the kind.
    const open = await checked(paramariboSwitchOff(), '2027-04-12');
    expect(renderJunit(open)).not.toContain('window has closed');
    expect(renderGithub(open, { lineOf: () => undefined })).not.toContain('window has closed');
  });
});
