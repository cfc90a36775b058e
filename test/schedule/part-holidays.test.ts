import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { partRollbackLines } from '../../src/reporters/schedule/describe.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, validPlan } from '../helpers.js';

/*
 * The firm of examples/adoption.yaml: the IT pilot (Paramaribo) from Monday 1 March 2027, the
 * studio (Paramaribo) from Monday 15 March, the branch in Nieuw Nickerie from Monday 29 March.
 * The plan's calendar has no holidays; each office has its own here, which the plan's lacks.
 */
type Raw = Record<string, unknown> & { organization: { locations: Record<string, unknown>[] } };
const adoption = (): Raw => parse(readFileSync(example('adoption.yaml'), 'utf8')) as Raw;

/** The example with `holidays` at Paramaribo (index 0) or Nieuw Nickerie (1), and the other keys given. */
function withHolidays(at: 0 | 1, holidays: { date: string; name: string }[], extra: Record<string, unknown> = {}) {
  const raw = adoption();
  raw.organization.locations[at] = { ...raw.organization.locations[at], holidays };
  return validPlan({ ...raw, ...extra });
}

const templates = await loadTemplates();
async function emails(plan: ReturnType<typeof validPlan>) {
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'] });
  return files;
}

// Tuesday 6 April 2027, a holiday in Nieuw Nickerie alone.
const NICKERIE_DAY = { date: '2027-04-06', name: 'Nickerie-dag' };
// Monday 3 May 2027, another.
const MAY_DAY = { date: '2027-05-03', name: 'Nickerie-dag 2' };
const reason = { en: 'the line in Nickerie is down', nl: 'de lijn in Nickerie ligt eruit' };

describe('a rollback of one part on a day its people have off', () => {
  // Rolled back on Tuesday 6 April, their holiday: its item, email and checklist come on Wednesday 7 April.
  const plan = withHolidays(1, [NICKERIE_DAY], { rollback: { on: '2027-04-06', reason, only: { location: 'Nieuw Nickerie' } } });
  const schedule = buildSchedule(planIn(plan, 'en'));

  it('dates its item on the part’s next working day, saying why', () => {
    expect(schedule.events.find((e) => e.type === 'rollback')).toMatchObject({ date: '2027-04-07', location: 'Nieuw Nickerie', movedFrom: '2027-04-06', movedBecause: 'holiday (Nickerie-dag)' });
    // It rolled back on the day written: the schedule's record of it keeps that day.
    expect(schedule.rollbacks?.[0]?.on).toBe('2027-04-06');
    expect(scheduleIcs(schedule, 'en')).toMatch(/DTSTART;VALUE=DATE:20270407\r\n(?:[^\r]*\r\n){2}SUMMARY:Rollback of Nieuw Nickerie/);
  });

  it('writes its email, checklist and the switch-off’s postponement that day', async () => {
    const names = (await emails(plan)).map((f) => f.name).filter((n) => /rollback|postponed/.test(n));
    // The part's email and checklist, and everyone's notice that the switch-off waits, in English and Dutch.
    expect(names.map((n) => n.replace(/\.(en|nl)\.md$/, '')).sort()).toEqual(['2027-04-07_rollout_nieuw-nickerie_checklist-rollback', '2027-04-07_rollout_nieuw-nickerie_rollback', '2027-04-07_rollout_switch-off-postponed'].flatMap((n) => [n, n]));
  });

  it('tells the part’s people the day they go back, not the holiday already past when it goes out', async () => {
    const files = await emails(plan);
    const text = (name: string) => String(files.find((f) => f.name === name)?.content);
    const en = text('2027-04-07_rollout_nieuw-nickerie_rollback.en.md');
    expect(en).toContain('From Wednesday, April 7 we stop using Microsoft Teams in Nieuw Nickerie');
    expect(en).toContain('again from Wednesday, April 7.');
    expect(en).not.toContain('April 6');
    const nl = text('2027-04-07_rollout_nieuw-nickerie_rollback.nl.md');
    expect(nl).toContain('Vanaf woensdag 7 april stoppen we in Nieuw Nickerie met Microsoft Teams');
    expect(nl).not.toContain('6 april');
    // Everyone's notice the same day names the same day.
    expect(text('2027-04-07_rollout_switch-off-postponed.en.md')).toContain('On Wednesday, April 7 we went back');
    expect(text('2027-04-07_rollout_switch-off-postponed.nl.md')).toContain('Op woensdag 7 april zijn we');
  });

  it('the weekly updates after it name that day too, not the holiday', async () => {
    const files = await emails(plan);
    const progress = (lang: string) => String(files.find((f) => f.name === `2027-04-09_rollout_weekly-update.${lang}.md`)?.content).match(/\*\*(?:Progress|Voortgang)\.\*\* [^\n]*/)?.[0];
    expect(progress('en')).toContain('In Nieuw Nickerie we went back to');
    expect(progress('en')).toContain('on Wednesday, April 7:');
    expect(progress('nl')).toContain('In Nieuw Nickerie zijn we op woensdag 7 april teruggegaan');
  });

  it('its second try’s announcement names that day too', async () => {
    const again = withHolidays(1, [NICKERIE_DAY], { rollback: { on: '2027-04-06', reason, only: { location: 'Nieuw Nickerie' }, resume: { on: '2027-05-03' } } });
    const files = await emails(again);
    const text = (lang: string) => String(files.find((f) => f.name === `2027-04-19_nickerie_announcement.${lang}.md`)?.content);
    expect(text('en')).toContain('This is our second try: on Wednesday, April 7, 2027 we went back to Slack');
    expect(text('nl')).toContain('Dit is onze tweede poging: op woensdag 7 april 2027 zijn we teruggegaan');
  });

  it('of a phase: on a day most of its people work (all 7 in Nieuw Nickerie)', () => {
    const byPhase = withHolidays(1, [NICKERIE_DAY], { rollback: { on: '2027-04-06', reason, only: { phase: 'nickerie' } } });
    expect(buildSchedule(planIn(byPhase, 'en')).events.find((e) => e.type === 'rollback')).toMatchObject({ date: '2027-04-07', movedBecause: 'holiday (Nickerie-dag, Nieuw Nickerie)' });
  });

  it('keeps its day where only another office has it off, and without location holidays', () => {
    const elsewhere = withHolidays(0, [NICKERIE_DAY], { rollback: { on: '2027-04-06', reason, only: { location: 'Nieuw Nickerie' } } });
    expect(buildSchedule(elsewhere).events.find((e) => e.type === 'rollback')?.date).toBe('2027-04-06');
  });
});

describe('a phase that ran when it rolled back, the day before being its people’s holiday', () => {
  // The branch's phase runs from Monday 29 March; Tuesday 6 April is a holiday in Nieuw Nickerie
  // alone, so rolled back on Wednesday 7 April it ended on Monday 5 April, its people's last working day.
  const nickerie = (extra: Record<string, unknown>) => buildSchedule(planIn(withHolidays(1, [NICKERIE_DAY], extra), 'en')).phases.find((p) => p.id === 'nickerie');

  for (const only of [{ location: 'Nieuw Nickerie' }, { phase: 'nickerie' }] as Record<string, string>[]) {
    it(`ends on Monday 5 April (only ${Object.keys(only)[0]})`, () => {
      expect(nickerie({ rollback: { on: '2027-04-07', reason, only } })).toMatchObject({ start: '2027-03-29', end: '2027-04-05', rolledBack: true });
    });
  }

  it('so does the rollback of the whole rollout, and an open pause of the branch', () => {
    expect(nickerie({ rollback: { on: '2027-04-07', reason } })).toMatchObject({ end: '2027-04-05', rolledBack: true });
    expect(nickerie({ pauses: [{ from: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' } }] })).toMatchObject({ end: '2027-04-05', onHold: true });
  });

  it('the first try of a part that starts again keeps that end', () => {
    const schedule = recordedSchedule(planIn(withHolidays(1, [NICKERIE_DAY], { rollback: { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' }, resume: { on: '2027-05-03' } } }), 'en'));
    expect(schedule.rollbacks?.[0]?.firstTry?.find((p) => p.id === 'nickerie')).toMatchObject({ start: '2027-03-29', end: '2027-04-05' });
  });

  it('ends the working day before where the holiday is another office’s', () => {
    const elsewhere = buildSchedule(withHolidays(0, [NICKERIE_DAY], { rollback: { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' } } }));
    expect(elsewhere.phases.find((p) => p.id === 'nickerie')?.end).toBe('2027-04-06');
  });
});

describe('the day a paused or rolled-back part resumes, on its people’s holiday', () => {
  // Paused from Thursday 1 April until Monday 3 May, a holiday in Nieuw Nickerie: its people are back on Tuesday 4 May.
  const pause = (only: Record<string, string>) => withHolidays(1, [MAY_DAY], { pauses: [{ from: '2027-04-01', until: '2027-05-03', reason, only }] });

  for (const only of [{ location: 'Nieuw Nickerie' }, { phase: 'nickerie' }] as Record<string, string>[]) {
    it(`names Tuesday 4 May in the resume item and both notices (only ${Object.keys(only)[0]})`, async () => {
      const plan = pause(only);
      expect(buildSchedule(planIn(plan, 'en')).events.find((e) => e.type === 'resume')).toMatchObject({ date: '2027-04-30', title: 'Resume on 2027-05-04' });
      const files = await emails(plan);
      const text = (name: string) => String(files.find((f) => f.name.startsWith('2027-04-30_') && f.name.endsWith(name))?.content);
      expect(text('resume.en.md')).toContain('- **Subject:** The Microsoft Teams rollout resumes on Tuesday, May 4');
      expect(text('resume.nl.md')).toContain('dinsdag 4 mei');
      expect(text('resume.nl.md')).not.toContain('maandag 3 mei');
    });
  }

  it('a second try on that day starts, and is said to start, on Tuesday 4 May', () => {
    // Rolled back on Wednesday 7 April, started again on Monday 3 May: its launch moves to Tuesday 4 May.
    const plan = withHolidays(1, [MAY_DAY], { rollback: { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' }, resume: { on: '2027-05-03', changed: { en: 'a new line is in', nl: 'er ligt een nieuwe lijn' } } } });
    for (const lang of ['en', 'nl'] as const) {
      const schedule = buildSchedule(planIn(plan, lang));
      expect(schedule.events.filter((e) => e.type === 'launch' && e.phase === 'nickerie').map((e) => e.date)).toContain('2027-05-04');
      expect(schedule.rollbacks?.[0]?.resume).toMatchObject({ on: '2027-05-03', starts: '2027-05-04' });
      expect(partRollbackLines(schedule, lang)[0]!.headline).toContain(lang === 'en' ? 'Nieuw Nickerie starts again on 2027-05-04,' : 'Nieuw Nickerie begint opnieuw op 2027-05-04,');
    }
  });

  it('says nothing new without location holidays', () => {
    const raw = adoption();
    const plan = validPlan({ ...raw, rollback: { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' }, resume: { on: '2027-05-03' } } });
    expect(buildSchedule(plan).rollbacks?.[0]?.resume).toEqual({ on: '2027-05-03' });
  });
});

describe('a go/no-go due the day before the launch it guards', () => {
  // pilot-go judges the IT pilot (Paramaribo) before the studio's launch on Monday 15 March: the
  // day before is Friday 12 March, Paramaribo's holiday here, so Thursday 11 March.
  const plan = withHolidays(0, [{ date: '2027-03-12', name: 'Stadsdag' }]);

  it('falls on the last day before it that the people it judges work, in schedule, calendar, emails and gate-check', async () => {
    const schedule = buildSchedule(planIn(plan, 'en'));
    expect(schedule.events.find((e) => e.type === 'gate' && e.key === 'pilot-go')?.date).toBe('2027-03-11');
    expect(scheduleIcs(schedule, 'en')).toMatch(/DTSTART;VALUE=DATE:20270311\r\n(?:[^\r]*\r\n){2}SUMMARY:Gate pilot-go/);
    const files = await emails(plan);
    const checklist = (lang: string) => String(files.find((f) => f.name === `2027-03-08_rollout_checklist-each-week-after.${lang}.md`)?.content);
    expect(checklist('en')).toContain('- [ ] Download on Thursday, March 11, before the working day ends');
    expect(checklist('nl')).toContain('- [ ] Downloaden op donderdag 11 maart, vóór het einde van de werkdag');
    const { result } = await checkGates({ plan, files: [], asOf: parseDay('2027-03-20'), lenient: false });
    expect(result.gates.find((g) => g.id === 'pilot-go')?.due).toBe('2027-03-11');
  });

  it('keeps the day before where only the branch has it off (studio-go judges the studio, before the branch’s launch on 29 March)', () => {
    // Friday 26 March off in Nieuw Nickerie: the studio works it, so its gate stays.
    const branch = withHolidays(1, [{ date: '2027-03-26', name: 'Nickerie-dag' }]);
    expect(buildSchedule(branch).events.find((e) => e.key === 'studio-go')?.date).toBe('2027-03-26');
    expect(buildSchedule(validPlan(adoption())).events.find((e) => e.key === 'pilot-go')?.date).toBe('2027-03-12');
  });
});
