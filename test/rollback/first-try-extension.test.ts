import { describe, expect, it } from 'vitest';
import { recordedSchedule } from '../../src/schedule/build.js';
import { errorsOf, run, validPlan } from '../helpers.js';
import { kaiteur, kaiteurText, STUDIO_BACK } from './kaiteur.js';

/*
 * Kaiteur Design: on Wednesday 24 March the studio (15 to 26 March) runs a week longer, the
 * trainer being ill. It still does not work, and it rolls back on 7 April; it starts again on
 * 3 May. The extension was of its first try, and is checked and dated against that try.
 */
const EXTENDED = `
extensions:
  - { phase: studio, by: 1w, decided: 2027-03-24, reason: { en: the trainer is ill, nl: de trainer is ziek } }
${STUDIO_BACK.replace('on: 2027-03-31', 'on: 2027-04-07')}`;

describe('an extension of the first try of a part that starts again', () => {
  it('is checked against the first try’s dates, not refused as if the phase ran only in its second try', () => {
    expect(errorsOf(kaiteurText(EXTENDED))).toEqual([]);
    // An extension decided while the part waits for its second try is still refused: nothing runs then.
    const waiting = errorsOf(kaiteurText(EXTENDED.replace('decided: 2027-03-24', 'decided: 2027-04-14')));
    expect(waiting.map((d) => [d.code, d.message])).toEqual([['extension-not-running', 'the phase studio is not running on 2027-04-14: it runs from 2027-05-03 to 2027-05-14']]);
  });

  it('lengthens the first try by its week and leaves the second try its planned two weeks', () => {
    const schedule = recordedSchedule(validPlan(kaiteurText(EXTENDED)));
    expect(schedule.extensions!.map((x) => [x.phase, x.until, x.was])).toEqual([['studio', '2027-04-02', '2027-03-26']]);
    expect(schedule.rollbacks![0]!.firstTry!.map((p) => [p.id, p.start, p.end])).toEqual([['studio', '2027-03-15', '2027-04-02']]);
    expect(schedule.phases.filter((p) => p.id === 'studio' || p.id === 'decommission').map((p) => [p.id, p.start, p.end])).toEqual([
      ['studio', '2027-05-03', '2027-05-14'],
      ['decommission', '2027-05-17', '2027-05-28'],
    ]);
  });

  it('validates, and the schedule names the first try’s new end', () => {
    const plan = kaiteur(EXTENDED);
    const checked = run(['validate', '--plan', plan]);
    expect(checked.stderr).not.toContain('error');
    expect(checked.status).toBe(0);
    const shown = run(['schedule', '--plan', plan, '--lang', 'en']);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('Design and office runs longer (decided 2027-03-24): until 2027-04-02 instead of 2027-03-26');
    expect(shown.stdout).toContain('Design and office (second try)                           │ launch       │ weeks 10-11 │ 2027-05-03 to 2027-05-14');
    const nl = run(['schedule', '--plan', plan, '--lang', 'nl']);
    expect(nl.stdout).toContain('Ontwerp en kantoor duurt langer (besloten op 2027-03-24): tot en met 2027-04-02 in plaats van 2027-03-26');
  });
});
