import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordedSchedule } from '../../src/schedule/build.js';
import { run, tempDir, validPlan } from '../helpers.js';
import { kaiteur, kaiteurText, STUDIO_BACK } from './kaiteur.js';

/*
 * Kaiteur Design's studio rolls back on 31 March and starts again on 3 May. The pilot's go/no-go
 * before it (pilot-go) passed on 12 March for its first try; the schedule lists it again on
 * Friday 30 April, before the second try. gate-check keeps the first verdict under pilot-go, as
 * history, and judges the second on that try's data as pilot-go.second-try: the schedule and the
 * coordinator's checklist name that id, so the line they point to is the one judged again.
 */
const gates = () => recordedSchedule(validPlan(kaiteurText(STUDIO_BACK))).events.filter((e) => e.type === 'gate' && e.key === 'pilot-go').map((e) => [e.date, e.title.split(' (')[0], e.secondTry ?? '']);

describe('the go/no-go before a second try', () => {
  it('is listed in the schedule under the id gate-check judges it by', () => {
    expect(gates()).toEqual([
      ['2027-03-12', 'Toetsmoment pilot-go', ''],
      ['2027-04-30', 'Toetsmoment pilot-go.second-try', '2027-05-03'],
    ]);
    // The part's own gates in its second try keep their ids: gate-check judges them so, on the second try's rows.
    const own = recordedSchedule(validPlan(kaiteurText(STUDIO_BACK))).events.filter((e) => e.type === 'gate' && e.key === 'studio-active').map((e) => e.title.split(' (')[0]);
    expect(own).toEqual(['Toetsmoment studio-active', 'Toetsmoment studio-active']);
  });

  it('is named so by schedule, gate-check and the coordinator’s weekly checklist, in English and Dutch', () => {
    const plan = kaiteur(STUDIO_BACK);
    const shown = run(['schedule', '--plan', plan, '--lang', 'en', '--format', 'csv']);
    expect(shown.stdout).toContain('2027-04-30,9,gate,pilot-go,pilot,,,,,"Gate pilot-go.second-try (IT pilot): active in Teams in the last 7 days at least 60%, before the launch for Design and office"');
    const checked = JSON.parse(run(['gate-check', '--plan', plan, '--at', '2027-05-03', '--format', 'json']).stdout) as { gates: { id: string; due: string }[] };
    expect(checked.gates.filter((g) => g.id.startsWith('pilot-go')).map((g) => [g.id, g.due])).toEqual([
      ['pilot-go', '2027-03-12'],
      ['pilot-go.second-try', '2027-04-30'],
    ]);
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', plan, '--out', out]).status).toBe(0);
    expect(readFileSync(path.join(out, '2027-04-26_rollout_checklist-each-week-after.en.md'), 'utf8')).toContain('(for pilot-go.second-try, judged on the rows dated up to that day)');
    expect(readFileSync(path.join(out, '2027-04-26_rollout_checklist-each-week-after.nl.md'), 'utf8')).toContain('(voor pilot-go.second-try, beoordeeld op de rijen met een datum tot en met die dag)');
    expect(readFileSync(path.join(out, '2027-03-08_rollout_checklist-each-week-after.en.md'), 'utf8')).toContain('(for pilot-go, judged on the rows dated up to that day)');
  });
});
