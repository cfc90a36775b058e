import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { closedGuardLines, decisionLine, recordPauseLine } from '../../src/reporters/gates/labels.js';
import { parseDay } from '../../src/util/dates.js';
import { validPlan } from '../helpers.js';
import { paramariboSwitchOff, SWITCH_OFF_PAUSE } from '../paramaribo-switch-off.js';

/**
 * The notary's office: paramaribo-actief guards the switch-off of Monday 19 April, due Monday 12
 * April, and fails on that day (78.6 against 80). On Friday 16 April the check asks for the pause
 * of the switch-off from 19 April; here the plan records it already.
 */
async function checked(lang: Language, pauses = SWITCH_OFF_PAUSE) {
  const folder = paramariboSwitchOff(pauses);
  const plan = planIn(validPlan(readFileSync(folder.plan, 'utf8')), lang);
  return (await checkGates({ plan, files: [], asOf: parseDay('2027-04-16'), lenient: false, sources: { baseDir: folder.dir } })).result;
}

describe('the pause of the switch-off gate-check asks for, written into the plan ahead of its first day', () => {
  it('holds the switch-off: the check continues, says the pause holds it, and asks for no pause again, in English and Dutch', async () => {
    const en = await checked('en');
    expect(en.decision).toBe('continue');
    expect(en.decommission).toMatchObject({ ready: false, due: '2027-04-19', pausedFrom: '2027-04-19' });
    expect(en.decommission?.waits).toBeUndefined();
    expect(decisionLine(en, 'en')).toBe("Decision: continue (exit 0): switch-off (WhatsApp-groepen opheffen, due 2027-04-19) is held by the plan's pause from 2027-04-19, the old system stays on: paramaribo-actief failed (major → pause)");
    expect(recordPauseLine(en, 'en')).toBeUndefined();
    // The ways forward stay: a later due day, or report only; the pause is kept, not asked for again.
    expect(closedGuardLines(en, 'en')).toEqual([expect.stringContaining("write within: 5w in place of within: 4w (due 2027-04-19); or drop guards: decommission from gates[1], so that it only reports; or keep the plan's pause of the switch-off, which leaves the old system on")]);
    const nl = await checked('nl');
    expect(decisionLine(nl, 'nl')).toBe('Besluit: doorgaan (exitcode 0): het uitzetten (WhatsApp-groepen opheffen, gepland op 2027-04-19) wordt vanaf 2027-04-19 aangehouden door de pauze in het plan, het oude systeem blijft aan: paramaribo-actief niet gehaald (ernstig → pauzeren)');
    expect(closedGuardLines(nl, 'nl')[0]).toContain('of houd de pauze van het uitzetten in het plan aan, die het oude systeem aan laat');
  });

  it('does not hold it with a pause that starts after the switch-off day: the switch-off waits on the check', async () => {
    const later = await checked('en', SWITCH_OFF_PAUSE.replace('2027-04-19', '2027-04-26'));
    expect([later.decision, later.decommission?.waits, later.decommission?.pausedFrom]).toEqual(['pause', true, undefined]);
  });
});
