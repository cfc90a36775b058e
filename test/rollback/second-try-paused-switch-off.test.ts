import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkGates } from '../../src/gates/check.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, tempDir, validPlan } from '../helpers.js';

/*
 * Sranan Advies: Albina ran from Tuesday 30 March (Easter Monday off) to Friday 16 April 2027; the
 * switch-off of email chains was due from Monday 19 April. Albina was at 25%, so the switch-off was
 * paused that Monday, open, and Albina rolled back the same day. Its second try runs three weeks
 * from Monday 17 May to Friday 4 June: seven weeks (35 working days) after its first start, so the
 * switch-off waits until Monday 7 June. Closing the pause of the switch-off must not add its own
 * seven weeks on top: the switch-off waits once, until the later of the two.
 */
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8')) as { rollback: Record<string, unknown> };
const resume = { on: '2027-05-17', changed: { nl: 'er ligt een nieuwe glasvezellijn', en: 'a new fibre line is in' } };
const reason = { nl: 'Albina zit nog maar op 25% actief gebruik', en: 'Albina is still at 25% active use' };

/** The plan with Albina's second try and the pauses given, the switch-off's written in from its first day. */
function planWith(...pauses: Record<string, unknown>[]) {
  return validPlan(stringify({ ...base, rollback: { ...base.rollback, resume }, pauses: pauses.map((p) => ({ reason, ...p })) }));
}

const switchOffPause = (until: string, untilDecided: string) => ({ from: '2027-04-19', only: { phase: 'switch-off' }, until, untilDecided });
const phase = (schedule: Schedule, id: string) => schedule.phases.find((p) => p.id === id)!;
const turnOff = (schedule: Schedule) => schedule.events.filter((e) => e.type === 'decommission' && e.key === 'turn-off').map((e) => e.date);

describe('a pause of the switch-off and a second try of the part it waits for', () => {
  it('without the pause: the switch-off the Monday after the second try', () => {
    const schedule = buildSchedule(planWith());
    expect(phase(schedule, 'albina')).toMatchObject({ start: '2027-05-17', end: '2027-06-04' });
    expect(phase(schedule, 'switch-off')).toMatchObject({ start: '2027-06-07', end: '2027-06-11' });
  });

  it('resumes the switch-off on the pause’s until when that is the Monday after the second try, not seven weeks later again', () => {
    const schedule = buildSchedule(planWith(switchOffPause('2027-06-07', '2027-06-04')));
    expect(phase(schedule, 'albina')).toMatchObject({ start: '2027-05-17', end: '2027-06-04' });
    // 19 April + 35 working days; counted twice it was 12 July.
    expect(phase(schedule, 'switch-off')).toMatchObject({ start: '2027-06-07', end: '2027-06-11' });
    expect(turnOff(schedule)).toEqual(['2027-06-11']);
    expect(schedule.events.filter((e) => e.type === 'resume').map((e) => [e.date, e.title])).toEqual([['2027-06-04', expect.stringContaining('2027-06-07')]]);
    expect(scheduleIcs(schedule)).toMatch(/DTSTART;VALUE=DATE:20270611\r?\n(?:[^\r\n]*\r?\n)*?SUMMARY:(?:Turn off email chains and WhatsApp groups|E-mailketens en WhatsApp-groepen uitzetten)/);
  });

  it('waits for the second try when the pause ends before it is over', () => {
    // The pause ends Monday 10 May, while Albina is still to start again: the switch-off comes after Albina, on 7 June (it was 21 June).
    const schedule = buildSchedule(planWith(switchOffPause('2027-05-10', '2027-05-07')));
    expect(phase(schedule, 'switch-off')).toMatchObject({ start: '2027-06-07', end: '2027-06-11' });
  });

  it('waits for the pause when it ends after the second try', () => {
    // Until Monday 21 June: the pause's 45 working days from 19 April, once (it was 26 July).
    const schedule = buildSchedule(planWith(switchOffPause('2027-06-21', '2027-06-18')));
    expect(phase(schedule, 'albina')).toMatchObject({ start: '2027-05-17', end: '2027-06-04' });
    expect(phase(schedule, 'switch-off')).toMatchObject({ start: '2027-06-21', end: '2027-06-25' });
  });

  it('starts the part again on its resume day past a pause of everything that ends before it, and after one that runs over it', () => {
    // A week's pause of everything while Albina waits (26 April to 3 May) moves neither: Albina on 17 May (it was 31 May), the switch-off on 7 June.
    const before = buildSchedule(planWith({ from: '2027-04-26', until: '2027-05-03' }));
    expect(phase(before, 'albina')).toMatchObject({ start: '2027-05-17', end: '2027-06-04' });
    expect(phase(before, 'switch-off')).toMatchObject({ start: '2027-06-07' });
    // One from 3 to 24 May runs over the resume day: Albina starts when it ends, and the switch-off after Albina.
    const over = buildSchedule(planWith({ from: '2027-05-03', until: '2027-05-24' }));
    expect(phase(over, 'albina')).toMatchObject({ start: '2027-05-24', end: '2027-06-11' });
    expect(phase(over, 'switch-off')).toMatchObject({ start: '2027-06-14', end: '2027-06-18' });
  });

  it('tells everyone in the resume notice the day the schedule gives, in Dutch and English', async () => {
    const plan = planWith(switchOffPause('2027-06-07', '2027-06-04'));
    const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
    const resumes = r.files.filter((f) => /_resume\.(en|nl)\.txt$/.test(f.name));
    expect(resumes.map((f) => f.name)).toEqual(['2027-06-04_rollout_resume.en.txt', '2027-06-04_rollout_resume.nl.txt']);
    expect(String(resumes[0]!.content)).toContain('Monday, June 7');
    expect(String(resumes[1]!.content)).toContain('maandag 7 juni');
    // The switch-off's announcement again, two weeks ahead (Monday 24 May), could name no day while the pause was open: it goes out with the resume notice, as the schedule dates it.
    expect(r.files.map((f) => f.name).filter((n) => n.includes('_switch-off_decommission.') && n > '2027-05')).toEqual(['2027-06-04_switch-off_decommission.en.txt', '2027-06-04_switch-off_decommission.nl.txt']);
    const announcements = recordedSchedule(plan).events.filter((e) => e.type === 'announcement' && e.phase === 'switch-off');
    expect(announcements.map((e) => e.date)).toEqual(['2027-04-05', '2027-06-04']);
  });

  it('judges the switch-off from the day the schedule gives', async () => {
    const file = path.join(tempDir(), 'usage.csv');
    writeFileSync(file, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n05-04-2027;active_use_pct;86,5;Paramaribo\r\n12-04-2027;active_use_pct;25;Albina\r\n31-05-2027;active_use_pct;85;Albina\r\n07-06-2027;active_use_pct;85;Albina\r\n07-06-2027;active_use_pct;86,5;Paramaribo\r\n`);
    const plan = planWith(switchOffPause('2027-06-07', '2027-06-04'));
    const result = (await checkGates({ plan, files: [file], asOf: parseDay('2027-06-07'), lenient: false })).result;
    expect(result.decommission).toMatchObject({ due: '2027-06-07' });
    expect(result.openPause).toBeNull();
  });
});
