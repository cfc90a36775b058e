import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { renderReport } from '../../src/report/html.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, ROOT, validPlan } from '../helpers.js';

/*
 * The firm of examples/adoption.yaml: its go/no-go before the studio's launch falls due on Friday
 * 12 March 2027, and the branch's active-use gate in week 7, after the last launch has ended.
 */
const plan = validPlan(readFileSync(example('adoption.yaml'), 'utf8'));
const schedule = buildSchedule(plan);
/** The plan and its schedule in one of its languages, as the commands take them with --lang. */
const inLanguage = (lang: 'en' | 'nl') => {
  const local = planIn(plan, lang);
  return { local, schedule: buildSchedule(local) };
};
const teams = 'the Teams user activity report into adoption/exports/ as TeamsUserActivityUserDetail*.csv';

/** A calendar's entries, unfolded and unescaped, by their SUMMARY's start. */
function entry(ics: string, summary: string): string {
  const text = ics.replace(/\r\n /g, '').replace(/\\([,;\\])/g, '$1').replace(/\\n/g, '\n');
  const found = text.split('BEGIN:VEVENT').find((e) => e.includes(`SUMMARY:${summary}`));
  if (found === undefined) throw new Error(`no entry ${summary}`);
  return found;
}

describe('what to download on a gate’s due day', () => {
  it('is on the gate in the schedule', () => {
    const go = schedule.events.find((e) => e.type === 'gate' && e.key === 'pilot-go')!;
    expect([go.date, go.downloads]).toEqual(['2027-03-12', [{ kind: 'activity', file: 'adoption/exports/TeamsUserActivityUserDetail*.csv' }]]);
    expect(schedule.events.filter((e) => e.type !== 'gate' && e.downloads !== undefined)).toEqual([]);
  });

  it('is in the gate’s calendar entry, in the calendar’s language', () => {
    const english = inLanguage('en').schedule;
    const en = entry(scheduleIcs(english, 'en'), 'Gate pilot-go ');
    expect(en).toContain('DTSTART;VALUE=DATE:20270312');
    expect(en).toContain(`DESCRIPTION:Download today, before the working day ends: ${teams}. This gate is judged on the rows dated up to today. The Teams user activity report: each copy is dated by the day it was refreshed`);
    expect(entry(scheduleIcs(english, 'en'), 'Gate studio-tickets ')).toContain('so a later copy can make the empty working days up to the due day count as 0 and change the verdict.');
    const nl = entry(scheduleIcs(inLanguage('nl').schedule, 'nl'), 'Toetsmoment studio-satisfaction ');
    expect(nl).toContain(
      'DESCRIPTION:Vandaag downloaden, vóór het einde van de werkdag: het blad met de antwoorden op de peiling in adoption/exports/ als Teams survey (Responses) - Form Responses 1.csv en het blad met de antwoorden op de peiling in adoption/exports/ als Teams-enquete.xlsx.',
    );
    // Other entries have nothing to download.
    expect(entry(scheduleIcs(english, 'en'), 'Weekly update, week 2')).not.toContain('Download');
  });

  it('is in the weekly checklist of its week, and a gate after the last launch gets one', async () => {
    const { files } = await renderEmails(plan, schedule, { format: 'md', templates: await loadTemplates(), languages: ['nl', 'en'] });
    const file = (name: string) => String(files.find((f) => f.name === name)?.content);
    expect(file('2027-03-08_rollout_checklist-each-week-after.en.md')).toContain(
      '- [ ] Download on Friday, March 12, before the working day ends: the Teams user activity report into adoption/exports/ as TeamsUserActivityUserDetail\\*.csv (for pilot-go, judged on the rows dated up to that day)\n',
    );
    expect(file('2027-03-08_rollout_checklist-each-week-after.nl.md')).toContain(
      '- [ ] Downloaden op vrijdag 12 maart, vóór het einde van de werkdag: het Teams-rapport gebruikersactiviteit in adoption/exports/ als TeamsUserActivityUserDetail\\*.csv (voor pilot-go, beoordeeld op de rijen met een datum tot en met die dag)\n',
    );
    // Week 7: the last launch ended in week 6, and the branch's gate falls due on Monday 12 April.
    expect(schedule.phases.filter((p) => p.kind === 'launch').at(-1)?.end).toBe('2027-04-09');
    expect(file('2027-04-12_rollout_checklist-each-week-after.en.md')).toContain('- [ ] Download on Monday, April 12, before the working day ends: the Teams user activity report into adoption/exports/ as TeamsUserActivityUserDetail\\*.csv (for nickerie-active,');
    expect(files.filter((f) => f.name.includes('each-week-after')).map((f) => f.name.slice(0, 10))).not.toContain('2027-04-19');
    // That week is kept on for the gate alone: no launch to tick off, the downloads and support still.
    expect(schedule.events.filter((e) => e.forGates).map((e) => e.date)).toEqual(['2027-04-12']);
    for (const [name, launched, monitored] of [['en', 'New phase launched', 'Previous phase monitored'], ['nl', 'Nieuwe fase gestart', 'Vorige fase gevolgd']] as const) {
      const late = file(`2027-04-12_rollout_checklist-each-week-after.${name}.md`);
      expect([late.includes(launched), late.includes(monitored), late.includes(name === 'en' ? 'Support continued' : 'Ondersteuning voortgezet')]).toEqual([false, false, true]);
      expect(file(`2027-03-08_rollout_checklist-each-week-after.${name}.md`)).toContain(launched);
    }
    // Other checklists say nothing of it.
    expect(file('2027-03-05_pilot_checklist-first-week.en.md')).not.toContain('Download');
  });

  it('keeps no weekly checklist for gates a part’s rollback withdrew', () => {
    // Albina rolls back on 19 April; its success gate, due 4 May, goes with it.
    const albina = buildSchedule(validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8')));
    expect(albina.rollbacks?.[0]?.withdrawn.events.filter((e) => e.type === 'gate').map((e) => [e.key, e.date])).toEqual([['albina-success', '2027-05-04']]);
    expect(albina.events.filter((e) => e.type === 'gate').at(-1)?.week).toBe(7);
    expect(albina.events.filter((e) => e.key === 'each-week-after').at(-1)?.date).toBe('2027-04-12');
  });

  it('is in the report’s next two weeks, before the gates of that day', async () => {
    const asOf = parseDay('2027-03-08');
    const rows = async (language: 'en' | 'nl') => {
      const { local, schedule } = inLanguage(language);
      const { result, series } = await checkGates({ plan: local, files: [], asOf, lenient: false });
      const html = renderReport({ plan: local, schedule, asOf, language, check: { result, series }, measured: false });
      const section = /<section id="upcoming">([\s\S]*?)<\/section>/.exec(html)![1]!;
      return [...section.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).join(' | '));
    };
    const en = await rows('en');
    const friday = en.filter((r) => r.startsWith('12 Mar'));
    expect(friday.slice(-2)).toEqual([
      // What a later copy does folds away under the row, behind its summary.
      `12 Mar | Download the exports: ${teams}. A copy downloaded later The Teams user activity report: each copy is dated by the day it was refreshed, so one refreshed after the due day counts only for the gates due after it. | IT pilot | `,
      '12 Mar | Gate pilot-go | IT pilot | Paramaribo',
    ]);
    const monday = en.filter((r) => r.includes('Download the exports') && r.startsWith('15 Mar'));
    expect(monday).toHaveLength(1);
    expect(monday[0]).toContain(' and the survey answers sheet into adoption/exports/ as Teams-enquete.xlsx');
    expect(en.findIndex((r) => r.startsWith('15 Mar | Download'))).toBe(en.findIndex((r) => r.startsWith('15 Mar | Gate')) - 1);
    expect((await rows('nl')).find((r) => r.startsWith('12 mrt | Exports downloaden:'))).toContain('het Teams-rapport gebruikersactiviteit in adoption/exports/ als TeamsUserActivityUserDetail*.csv. Een later gedownload exemplaar Het Teams-rapport gebruikersactiviteit: elk exemplaar');
  });
});
