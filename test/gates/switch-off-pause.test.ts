import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { causeGoneLine, recordPauseLine } from '../../src/reporters/gates/labels.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, tempDir, validPlan } from '../helpers.js';

/*
 * Tropisch Ingenieursbureau switches off its WhatsApp groups from Monday 12 April 2027 once active
 * use is 80% everywhere; Moengo is at 37.5% on Sunday 11 April, and at 87.5% on Sunday 30 May.
 */
const PLAN = readFileSync(path.join(ROOT, 'test/fixtures/switch-off-pause/rollout.yaml'), 'utf8');
const PAUSE = 'pauses:\n  - { from: 2027-04-12, reason: "active use is 37.5 (lowest: phase Moengo), needs >= 80", only: { phase: decommission } }\n';

/** The metrics file as a Dutch spreadsheet saves it: BOM, semicolons, day-month-year, decimal commas, CRLF. */
function usage(moengoInMay: string): string {
  const rows = ['07-03-2027;active_use_pct;75;pilot', '21-03-2027;active_use_pct;64,7;paramaribo', '11-04-2027;active_use_pct;100;pilot', '11-04-2027;active_use_pct;87,5;paramaribo', '11-04-2027;active_use_pct;37,5;moengo', '30-05-2027;active_use_pct;90;paramaribo', `30-05-2027;active_use_pct;${moengoInMay};moengo`];
  const file = path.join(tempDir(), 'usage.csv');
  writeFileSync(file, `\uFEFFdate;metric;value;phase\r\n${rows.join('\r\n')}\r\n`);
  return file;
}

/** The check as of `at`, with the plan's names in `lang`, as gate-check --lang gives them. */
async function checked(plan: string, at: string, moengoInMay = '87,5', lang: Language = 'en') {
  return (await checkGates({ plan: planIn(validPlan(plan), lang), files: [usage(moengoInMay)], asOf: parseDay(at), lenient: false })).result;
}

describe('the switch-off waiting for its condition, without a pause in the plan', () => {
  it('says what to write into the plan to hold it, and the what-if that shows what moves, in English and Dutch', async () => {
    const result = await checked(PLAN, '2027-04-12');
    expect(result.decision).toBe('pause');
    expect(recordPauseLine(result, 'en')).toBe(
      'To hold the switch-off, add the pause under pauses: in the plan (start that list if there is none); the switch-off and what comes after it (the reviews, the retrospective) move with it, the old system stays on: - { from: 2027-04-12, reason: "active use is 37.5 (lowest: phase Moengo), needs >= 80", only: { phase: decommission } } (`rollout what-if --pause 2w --at 2027-04-12 --only-phase decommission` shows what moves)',
    );
    expect(recordPauseLine(await checked(PLAN, '2027-04-12', '87,5', 'nl'), 'nl')).toBe(
      'Houd je het uitzetten aan, zet de pauze dan onder pauses: in het plan (begin die lijst als hij er nog niet is); het uitzetten en wat erna komt (de evaluaties, de terugblik) schuiven mee, het oude systeem blijft aan: - { from: 2027-04-12, reason: "actief gebruik is 37,5 (laagste: fase Moengo), nodig: >= 80", only: { phase: decommission } } (`rollout what-if --pause 2w --at 2027-04-12 --only-phase decommission` laat zien wat verschuift)',
    );
  });

  it('gives the switch-off day as the pause start on a later Monday too, and nothing before that day', async () => {
    expect(recordPauseLine(await checked(PLAN, '2027-04-19'), 'en')).toContain(': - { from: 2027-04-12, reason: ');
    expect(recordPauseLine(await checked(PLAN, '2027-04-09'), 'en')).toBeUndefined();
  });
});

describe('an open pause of the switch-off', () => {
  it('once the condition holds, gives the end to write in to switch off, in English and Dutch', async () => {
    const result = await checked(PLAN + PAUSE, '2027-05-31');
    expect(result.openPause).toEqual({ from: '2027-04-12', reason: 'active use is 37.5 (lowest: phase Moengo), needs >= 80', only: { phase: 'decommission' }, causeGone: { gates: [], until: '2027-06-07', untilDecided: '2027-05-31' } });
    expect(recordPauseLine(result, 'en')).toBeUndefined();
    expect(causeGoneLine(result, 'en')).toBe(
      'The switch-off (Switch off WhatsApp groups) is ready now (active use is 87.5 (lowest: phase Moengo), needs >= 80). If that was why it paused, add the end to the pause in the plan to switch off: until: 2027-06-07, untilDecided: 2027-05-31 (until: the day the switch-off starts; untilDecided: today, the day it is written in, when the notice goes out)',
    );
    expect(causeGoneLine(await checked(PLAN + PAUSE, '2027-05-31', '87,5', 'nl'), 'nl')).toBe(
      'Het uitzetten (WhatsApp-groepen uitzetten) kan nu (actief gebruik is 87,5 (laagste: fase Moengo), nodig: >= 80). Was dat de reden van de pauze, zet dan het einde bij de pauze in het plan om uit te zetten: until: 2027-06-07, untilDecided: 2027-05-31 (until: de dag waarop het uitzetten begint; untilDecided: vandaag, de dag waarop het erin komt, wanneer het bericht uitgaat)',
    );
  });

  it('says nothing while the condition fails, once the end is written in, or while a gate guarding the switch-off fails', async () => {
    expect((await checked(PLAN + PAUSE, '2027-05-31', '62,5')).openPause?.causeGone).toBeUndefined();
    const ended = PAUSE.replace('only: { phase: decommission } }', 'only: { phase: decommission }, until: 2027-06-07, untilDecided: 2027-05-31 }');
    expect((await checked(PLAN + ended, '2027-05-31')).openPause?.causeGone).toBeUndefined();
    const guarded = `${PLAN}gates:\n  - { id: moengo-active-95, phase: moengo, metric: active_use_pct, threshold: 95, within: 2w, guards: decommission }\n${PAUSE}`;
    expect((await checked(guarded, '2027-05-31')).openPause?.causeGone).toBeUndefined();
  });
});
