import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { gateReason } from '../../src/reporters/gates/labels.js';
import { checkGates } from '../../src/gates/check.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { errorsOf, ROOT, tempDir, validPlan } from '../helpers.js';

/*
 * Sranan Advies: Albina (4 people, Dutch) and Moengo (6, Dutch and English) start together in the
 * phase "Branches" on Tuesday 30 March 2027 (Easter Monday is off). Albina's line cannot carry
 * Teams: it rolls back on Monday 12 April, while the phase runs; Moengo goes on. With a new line
 * Albina starts again on Monday 17 May, in the same plan.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'branches.yaml');
const text = readFileSync(FIXTURE, 'utf8');
const plan = validPlan(text);
const written = parse(text) as { rollback: Record<string, unknown> };
const templates = await loadTemplates();

/** The monthly export, Dutch dates: Albina at 25% in its first try and 85% in its second, Moengo at 70%, the head office at 86.5%. */
function usage(): string {
  const rows = [
    ...['15-03-2027', '05-04-2027', '24-05-2027'].map((d) => `${d};active_use_pct;86,5;Paramaribo`),
    ...['05-04-2027', '09-04-2027'].map((d) => `${d};active_use_pct;25;Albina`),
    ...['24-05-2027', '31-05-2027'].map((d) => `${d};active_use_pct;85;Albina`),
    ...['05-04-2027', '24-05-2027'].map((d) => `${d};active_use_pct;70;Moengo`),
  ];
  const file = path.join(tempDir(), 'usage.csv');
  writeFileSync(file, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n${rows.join('\r\n')}\r\n`);
  return file;
}

describe('the second try of one location in a phase it shares with another', () => {
  it('validate takes it: Albina started with its phase on 30 March, before its rollback', () => {
    expect(errorsOf(text)).toEqual([]);
    // Rolled back before the phase starts, it is told so, with the day the phase starts there.
    const early = stringify({ ...written, rollback: { ...written.rollback, on: '2027-03-22' } });
    expect(errorsOf(early).map((e) => e.message)).toEqual(['Albina rolls back on 2027-03-22, before it starts on 2027-03-30']);
  });

  it("dates Albina's launch, announcement, reminder and checklists again at Albina, as the second try's; Moengo's phase keeps its dates", () => {
    const schedule = recordedSchedule(plan);
    expect(schedule.phases.find((p) => p.id === 'branches')).toMatchObject({ start: '2027-03-30', end: '2027-04-16' });
    const albina = schedule.events.filter((e) => e.phase === 'branches' && e.location === 'Albina' && e.secondTry !== undefined && e.type !== 'office-hours');
    // Counted back from Monday 17 May as for any launch: two weeks, one week ahead; the first week's checklist as the first try's moved.
    expect(albina.map((e) => [e.date, e.type, e.key, e.secondTry])).toEqual([
      ['2027-05-03', 'announcement', 'announcement', '2027-05-17'],
      ['2027-05-03', 'checklist', 'two-weeks-before', '2027-05-17'],
      ['2027-05-10', 'reminder', 'reminder', '2027-05-17'],
      ['2027-05-10', 'checklist', 'one-week-before', '2027-05-17'],
      ['2027-05-17', 'launch', 'launch', '2027-05-17'],
      ['2027-05-17', 'checklist', 'launch-day', '2027-05-17'],
      ['2027-05-17', 'training', 'session-1', '2027-05-17'],
      ['2027-05-24', 'checklist', 'first-week', '2027-05-17'],
      ['2027-06-01', 'gate', 'albina-active', '2027-05-17'],
      ['2027-06-22', 'gate', 'albina-success', '2027-05-17'],
    ]);
    expect(albina.find((e) => e.type === 'reminder')!.title).toBe('Herinnering aan Branches: de start op 2027-05-17');
    // The first try's messages went to the whole phase on their days, once; none is dated again for the phase as a whole.
    const whole = schedule.events.filter((e) => e.phase === 'branches' && e.location === undefined);
    expect(whole.filter((e) => ['announcement', 'reminder', 'launch'].includes(e.type)).map((e) => [e.date, e.type])).toEqual([
      ['2027-03-16', 'announcement'],
      ['2027-03-23', 'reminder'],
      ['2027-03-30', 'launch'],
    ]);
    // Moengo's sessions stay in March and April; the weekly updates go on while Albina's second try runs, and the switch-off follows it.
    expect(schedule.events.filter((e) => e.location === 'Moengo').every((e) => e.date < '2027-04-16')).toBe(true);
    expect(schedule.events.filter((e) => e.type === 'weekly-update').at(-1)!.date).toBe('2027-06-04');
    expect(schedule.phases.find((p) => p.id === 'switch-off')).toMatchObject({ start: '2027-06-07', end: '2027-06-11' });
    // Without the second try nothing of Albina is dated after its rollback, and its launch is the phase's.
    const rolledBack = buildSchedule(validPlan(stringify({ ...written, rollback: { ...written.rollback, resume: undefined } })));
    expect(rolledBack.events.filter((e) => e.location === 'Albina' && e.date > '2027-04-12')).toEqual([]);
    expect(rolledBack.events.filter((e) => e.type === 'launch' && e.phase === 'branches').map((e) => [e.date, e.location])).toEqual([['2027-03-30', undefined]]);
  });

  it('announces a second try decided on Friday 7 May from that day, not on 3 May when nobody knew of it', () => {
    const decided = validPlan(stringify({ ...written, rollback: { ...written.rollback, resume: { ...(written.rollback.resume as object), decided: '2027-05-07' } } }));
    const albina = buildSchedule(decided).events.filter((e) => e.location === 'Albina' && ['announcement', 'reminder', 'launch'].includes(e.type));
    expect(albina.map((e) => [e.date, e.type])).toEqual([
      ['2027-05-07', 'announcement'],
      ['2027-05-10', 'reminder'],
      ['2027-05-17', 'launch'],
    ]);
  });

  it("writes the second try's announcement, reminder and welcome to Albina's people alone, in Dutch, saying it is a second try; Moengo's as they went out", async () => {
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates });
    const names = files.map((f) => f.name).filter((n) => n.includes('branches') && !n.includes('checklist'));
    expect(names.filter((n) => n > '2027-04-13')).toEqual(['2027-05-03_branches_albina_announcement.nl.md', '2027-05-10_branches_albina_reminder.nl.md', '2027-05-17_branches_albina_welcome.nl.md']);
    expect(names.filter((n) => n.includes('moengo')).sort()).toEqual([
      '2027-03-16_branches_moengo_announcement.en.md',
      '2027-03-16_branches_moengo_announcement.nl.md',
      '2027-03-23_branches_moengo_reminder.en.md',
      '2027-03-23_branches_moengo_reminder.nl.md',
      '2027-03-30_branches_moengo_welcome.en.md',
      '2027-03-30_branches_moengo_welcome.nl.md',
    ]);
    const file = (name: string) => String(files.find((f) => f.name === name)!.content);
    const announcement = file('2027-05-03_branches_albina_announcement.nl.md');
    expect(announcement).toContain('- **Onderwerp:** Microsoft Teams: we proberen het opnieuw');
    expect(announcement).toContain('- **Aan:** Branches, Albina (4 personen)');
    expect(announcement).toContain('Dit is onze tweede poging: op maandag 12 april 2027 zijn we teruggegaan naar e-mailketens en WhatsApp-groepen.');
    expect(announcement).toContain('- **Wat er deze keer anders is:** Er ligt een nieuwe glasvezellijn.');
    expect(file('2027-05-17_branches_albina_welcome.nl.md')).toContain('Vanaf vandaag, maandag 17 mei 2027, werkt jouw groep (Branches in Albina)');
    expect(file('2027-03-16_branches_moengo_announcement.en.md')).not.toContain('second try');
    // The coordinator's checklists for Albina's second try, in the plan's languages.
    expect(files.map((f) => f.name).filter((n) => n.startsWith('2027-05-03_branches_albina_checklist')).sort()).toEqual(['2027-05-03_branches_albina_checklist-two-weeks-before.en.md', '2027-05-03_branches_albina_checklist-two-weeks-before.nl.md']);
  });

  it("has the weekly updates name Albina's second try as what comes next, and after it say Albina started again, not that it started late nor that all went as planned", async () => {
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates });
    const file = (name: string) => String(files.find((f) => f.name === name)!.content);
    // Friday 16 April, after the rollback of Monday 12 April: Moengo goes on, Albina's four are back on the old tools.
    const april = { en: file('2027-04-16_rollout_weekly-update.en.md'), nl: file('2027-04-16_rollout_weekly-update.nl.md') };
    expect(april.en).toContain('Next: Albina, from Monday, May 17.');
    expect(april.en).not.toContain('Every group has now started');
    expect(april.nl).toContain('Hierna: Albina, vanaf maandag 17 mei.');
    expect(april.nl).not.toContain('Alle groepen zijn nu begonnen');
    // Friday 21 May, the first update after Albina started again on Monday 17 May.
    const may = { en: file('2027-05-21_rollout_weekly-update.en.md'), nl: file('2027-05-21_rollout_weekly-update.nl.md') };
    expect(may.en).toContain('**Second try:** Albina started again on Monday, May 17.');
    expect(may.en).not.toContain('Later than planned');
    expect(may.en).not.toContain('As planned');
    expect(may.nl).toContain('**Tweede poging:** Albina is op maandag 17 mei opnieuw begonnen.');
    expect(may.nl).not.toContain('Volgens planning');
  });

  it('tells everyone on the rollback day that the switch-off announced for Friday 23 April now comes on Friday 11 June, after the second try', async () => {
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates });
    const file = (name: string) => String(files.find((f) => f.name === name)!.content);
    // Announced on Monday 5 April for the week of 19 April; Albina's second try runs 17 May to 4 June, the switch-off the week after.
    expect(file('2027-04-05_switch-off_decommission.en.md')).toContain('Friday, April 23');
    const said = {
      en: [
        '- **Subject:** We are postponing the switch-off of email chains and WhatsApp groups to Friday, June 11',
        '- **To:** Everyone at Sranan Advies (31 people)',
        'planned for Friday, April 23, to Friday, June 11. In Albina we start Microsoft Teams again on Monday, May 17;',
        'nothing is turned off before Friday, June 11.',
      ],
      nl: ['- **Aan:** Iedereen bij Sranan Advies (31 personen)', 'gepland op vrijdag 23 april, uit tot vrijdag 11 juni. In Albina beginnen we op maandag 17 mei opnieuw met Microsoft Teams;'],
    };
    for (const [lang, lines] of Object.entries(said)) expect(lines.filter((l) => !file(`2027-04-12_rollout_switch-off-postponed.${lang}.md`).includes(l))).toEqual([]);
    const list = file('2027-04-12_rollout_albina_checklist-rollback.en.md');
    expect(list).toContain('the switch-off now turns it off on Friday, June 11, after the second try in Albina from Monday, May 17');
    // Its second try known, the checklist does not ask to write one in.
    expect(list).not.toContain('write its second try in the plan');
  });

  it("judges Albina's gates on its second try's rows alone, and keeps Moengo's", async () => {
    const files = [usage()];
    const check = async (at: string) => (await checkGates({ plan, files, asOf: parseDay(at), lenient: false })).result;
    // Moengo's phase over, Albina waiting for its second try: nothing is held today, so the run stays green.
    const waiting = await check('2027-04-26');
    expect(waiting.decision).toBe('continue');
    const active = waiting.gates.find((g) => g.id === 'albina-active')!;
    expect(active).toMatchObject({ status: 'pending' });
    expect(gateReason(active, waiting.names, 'en')).toBe('on hold: Albina rolled back on 2027-04-12 and starts again on 2027-05-17; due 2027-06-01, in its second try');
    expect(gateReason(active, waiting.names, 'nl')).toBe('aangehouden: Albina is op 2027-04-12 teruggedraaid en begint opnieuw op 2027-05-17; beoordeling op 2027-06-01, in de tweede poging');
    const after = await check('2027-06-02');
    // 85 from 17 May on, not the 25 of the first try.
    expect(after.gates.find((g) => g.id === 'albina-active')).toMatchObject({ status: 'pass', observed: 85, samples: 2, window: { from: '2027-05-17', to: '2027-06-01' } });
    expect(after.gates.find((g) => g.id === 'moengo-active')).toMatchObject({ status: 'pass', observed: 70, window: { from: '2027-03-30', to: '2027-04-06' } });
    expect(after.gates.map((g) => g.id)).not.toContain('albina-go-no-go.second-try');
  });
});
