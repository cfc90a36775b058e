import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { example, run, tempDir } from '../helpers.js';

/*
 * The firm of examples/adoption.yaml, in a folder of its own with its roster and exports: the IT
 * pilot (Paramaribo) from Monday 1 March 2027, the studio (Paramaribo) from Monday 15 March, the
 * branch in Nieuw Nickerie from Monday 29 March. The plan's calendar has no holidays; the offices
 * have their own here.
 */
type Raw = Record<string, unknown> & { organization: { locations: Record<string, unknown>[] } };

/** The example's folder with its plan given `holidays` at Paramaribo (0) or Nieuw Nickerie (1), and the other keys given. */
function planWith(at: 0 | 1, holidays: { date: string; name: string }[], extra: Record<string, unknown> = {}): { dir: string; plan: string } {
  const dir = tempDir();
  cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
  const raw = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Raw;
  raw.organization.locations[at] = { ...raw.organization.locations[at], holidays };
  const plan = path.join(dir, 'rollout.yaml');
  writeFileSync(plan, stringify({ ...raw, ...extra }));
  return { dir, plan };
}

interface Item {
  date: string;
  type: string;
  key: string;
  phase?: string;
  title: string;
  movedFrom?: string;
  movedBecause?: string;
}

function schedule(plan: string, lang = 'en'): { events: Item[]; rollbacks?: { on: string; resume?: Record<string, string> }[] } {
  const out = run(['schedule', '--plan', plan, '--format', 'json', '--lang', lang]);
  expect(out.status).toBe(0);
  return JSON.parse(out.stdout) as ReturnType<typeof schedule>;
}

/** The calendar entry whose SUMMARY starts with `summary`: its DTSTART line. */
function calendarStart(plan: string, summary: string): string | undefined {
  const ics = run(['schedule', '--plan', plan, '--format', 'ics', '--lang', 'en']).stdout.replace(/\r\n /g, '');
  return ics.split('BEGIN:VEVENT').find((e) => e.includes(`SUMMARY:${summary}`))?.match(/DTSTART[^\r\n]*/)?.[0];
}

function emails(dir: string, plan: string): string[] {
  const out = path.join(dir, 'emails');
  expect(run(['render-emails', '--plan', plan, '-o', out]).status).toBe(0);
  return readdirSync(out);
}

const reason = { en: 'the line in Nickerie is down', nl: 'de lijn in Nickerie ligt eruit' };

describe('a rollback of Nieuw Nickerie on its own holiday, end to end', () => {
  // Rolled back on Tuesday 6 April 2027, a holiday in Nieuw Nickerie alone: Wednesday 7 April is its next working day.
  const { dir, plan } = planWith(1, [{ date: '2027-04-06', name: 'Nickerie-dag' }], { rollback: { on: '2027-04-06', reason, only: { location: 'Nieuw Nickerie' } } });

  it('schedule, calendar and render-emails date it on Wednesday 7 April', () => {
    expect(schedule(plan).events.find((e) => e.type === 'rollback')).toMatchObject({ date: '2027-04-07', movedFrom: '2027-04-06', movedBecause: 'holiday (Nickerie-dag)' });
    expect(calendarStart(plan, 'Rollback of Nieuw Nickerie')).toBe('DTSTART;VALUE=DATE:20270407');
    const written = emails(dir, plan);
    expect(written.filter((f) => /rollback|postponed/.test(f)).sort()).toEqual([
      '2027-04-07_rollout_nieuw-nickerie_checklist-rollback.en.md',
      '2027-04-07_rollout_nieuw-nickerie_checklist-rollback.nl.md',
      '2027-04-07_rollout_nieuw-nickerie_rollback.en.md',
      '2027-04-07_rollout_nieuw-nickerie_rollback.nl.md',
      '2027-04-07_rollout_switch-off-postponed.en.md',
      '2027-04-07_rollout_switch-off-postponed.nl.md',
    ]);
    expect(readFileSync(path.join(dir, 'emails', '2027-04-07_rollout_nieuw-nickerie_checklist-rollback.nl.md'), 'utf8')).toContain('woensdag 7 april 2027');
    // Sent on Wednesday, the email says the people stop that day, not on the holiday already past.
    const email = (lang: string) => readFileSync(path.join(dir, 'emails', `2027-04-07_rollout_nieuw-nickerie_rollback.${lang}.md`), 'utf8');
    expect(email('en')).toContain('From Wednesday, April 7 we stop using Microsoft Teams in Nieuw Nickerie');
    expect(email('en')).not.toContain('Tuesday, April 6');
    expect(email('nl')).toContain('Vanaf woensdag 7 april stoppen we in Nieuw Nickerie met Microsoft Teams');
    expect(email('nl')).not.toContain('dinsdag 6 april');
  });
});

describe('Nieuw Nickerie rolled back the day after its own holiday, end to end', () => {
  // Running from Monday 29 March, rolled back on Wednesday 7 April; Tuesday 6 April is its holiday: it ended on Monday 5 April.
  it('schedule ends its phase on Monday 5 April, in JSON and in the phase table', () => {
    const { plan } = planWith(1, [{ date: '2027-04-06', name: 'Nickerie-dag' }], { rollback: { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' } } });
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { phases: { id: string; end: string; rolledBack?: boolean }[] };
    expect(json.phases.find((p) => p.id === 'nickerie')).toMatchObject({ end: '2027-04-05', rolledBack: true });
    expect(run(['schedule', '--plan', plan, '--lang', 'en']).stdout).toMatch(/Nieuw Nickerie branch +│ launch +│ weeks 5-6 +│ 2027-03-29 to 2027-04-05 │/);
  });
});

describe('the switch-off held over a holiday, then moved by a second try, end to end', () => {
  // Planned from Monday 12 April 2027, everyone's holiday here, so from Tuesday 13 April, announced
  // on Tuesday 30 March. Nieuw Nickerie, rolled back on 7 April, starts again on Monday 3 May for
  // two weeks: the switch-off from Monday 17 May, announced again two weeks before, Monday 3 May.
  it('schedule and render-emails date its notice again on Monday 3 May', () => {
    const raw = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Raw;
    const { dir, plan } = planWith(1, [], { calendar: { ...(raw.calendar as object), holidays: [{ date: '2027-04-12', name: 'Dag van de firma' }] }, rollback: { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' }, resume: { on: '2027-05-03' } } });
    expect(schedule(plan).events.filter((e) => e.key === 'decommission-notice').map((e) => e.date)).toEqual(['2027-03-30', '2027-05-03']);
    expect(emails(dir, plan).filter((f) => /^2027-05.*_decommission\.(en|nl)\.md$/.test(f))).toEqual(['2027-05-03_decommission_decommission.en.md', '2027-05-03_decommission_decommission.nl.md']);
  });
});

describe('a weekly update while Nieuw Nickerie is paused, nothing measured, end to end', () => {
  it('says it is paused until Monday 19 April, not that all goes as planned', () => {
    const { dir, plan } = planWith(1, [], { sources: undefined, pauses: [{ from: '2027-04-01', until: '2027-04-19', reason, only: { location: 'Nieuw Nickerie' } }] });
    emails(dir, plan);
    const update = (lang: string) => readFileSync(path.join(dir, 'emails', `2027-04-02_rollout_weekly-update.${lang}.md`), 'utf8');
    expect(update('en')).toContain('In Nieuw Nickerie the rollout has been paused since Thursday, April 1: the line in Nickerie is down. We resume on Monday, April 19. So far, we have started with');
    expect(update('nl')).toContain('In Nieuw Nickerie is de invoering gepauzeerd sinds donderdag 1 april');
    expect(update('nl')).not.toContain('Volgens planning');
  });
});

describe('Nieuw Nickerie resumes on its own holiday, end to end', () => {
  // Paused from Thursday 1 April until Monday 3 May, a holiday in Nieuw Nickerie alone: back on Tuesday 4 May.
  const may = [{ date: '2027-05-03', name: 'Nickerie-dag' }];

  it('the resume item and both notices name Tuesday 4 May', () => {
    const { dir, plan } = planWith(1, may, { pauses: [{ from: '2027-04-01', until: '2027-05-03', reason, only: { location: 'Nieuw Nickerie' } }] });
    expect(schedule(plan).events.find((e) => e.type === 'resume')).toMatchObject({ date: '2027-04-30', title: 'Resume on 2027-05-04' });
    // The calendar has no notices: the branch's office hours come back that day.
    expect(calendarStart(plan, 'Office hours (every working day\\, first week back after the pause')).toBe('DTSTART;TZID=America/Paramaribo:20270504T140000');
    const written = emails(dir, plan);
    const text = (lang: string) => readFileSync(path.join(dir, 'emails', written.find((f) => f.startsWith('2027-04-30_') && f.endsWith(`resume.${lang}.md`))!), 'utf8');
    expect(text('en')).toContain('on Tuesday, May 4.');
    expect(text('nl')).toContain('dinsdag 4 mei');
    expect(text('nl')).not.toContain('3 mei');
  });

  it('a second try from that day is said to start on Tuesday 4 May, as its launch does', () => {
    // Rolled back on Wednesday 7 April, started again on Monday 3 May.
    const { plan } = planWith(1, may, { rollback: { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' }, resume: { on: '2027-05-03', changed: { en: 'a new line is in', nl: 'er ligt een nieuwe lijn' } } } });
    const dated = schedule(plan);
    expect(dated.rollbacks?.[0]?.resume).toMatchObject({ on: '2027-05-03', starts: '2027-05-04' });
    expect(dated.events.filter((e) => e.type === 'launch' && e.phase === 'nickerie').map((e) => e.date)).toContain('2027-05-04');
    expect(run(['schedule', '--plan', plan, '--lang', 'en']).stdout).toContain('Nieuw Nickerie starts again on 2027-05-04, its phases run again from then');
    expect(run(['schedule', '--plan', plan, '--lang', 'nl']).stdout).toContain('Nieuw Nickerie begint opnieuw op 2027-05-04,');
  });

  it('diff gives that Tuesday as the reason of what the second try dates', () => {
    const rollback = { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' } };
    const before = planWith(1, may, { rollback }).plan;
    const { plan } = planWith(1, may, { rollback: { ...rollback, resume: { on: '2027-05-03', changed: { en: 'a new line is in', nl: 'er ligt een nieuwe lijn' } } } });
    const diff = (lang: string) => run(['diff', before, plan, '--lang', lang]);
    expect(diff('en').stdout).toContain('Nieuw Nickerie starts again on 2027-05-04 (rolled back on 2027-04-07): a new line is in');
    expect(diff('en').stdout).not.toContain('starts again on 2027-05-03');
    expect(diff('nl').stdout).toContain('Nieuw Nickerie begint opnieuw op 2027-05-04 (teruggedraaid op 2027-04-07): er ligt een nieuwe lijn');
  });
});

describe('the IT pilot’s go/no-go before a Paramaribo holiday, end to end', () => {
  // Due the day before the studio's launch on Monday 15 March: Friday 12 March is Paramaribo's holiday, so Thursday 11 March.
  const { dir, plan } = planWith(0, [{ date: '2027-03-12', name: 'Stadsdag' }]);

  it('schedule, calendar, the week’s checklist and gate-check give Thursday 11 March', () => {
    expect(schedule(plan).events.find((e) => e.type === 'gate' && e.key === 'pilot-go')?.date).toBe('2027-03-11');
    expect(calendarStart(plan, 'Gate pilot-go')).toBe('DTSTART;VALUE=DATE:20270311');
    emails(dir, plan);
    expect(readFileSync(path.join(dir, 'emails', '2027-03-08_rollout_checklist-each-week-after.nl.md'), 'utf8')).toContain('Downloaden op donderdag 11 maart');
    const checked = run(['gate-check', '--plan', plan, '--at', '2027-03-20', '--format', 'json'], { cwd: dir });
    const gate = (JSON.parse(checked.stdout) as { gates: { id: string; due: string }[] }).gates.find((g) => g.id === 'pilot-go');
    expect(gate?.due).toBe('2027-03-11');
  });

  it('the unchanged example keeps Friday 12 March', () => {
    const checked = JSON.parse(run(['gate-check', '--plan', example('adoption.yaml'), '--at', '2027-03-20', '--format', 'json']).stdout) as { gates: { id: string; due: string }[] };
    expect(checked.gates.find((g) => g.id === 'pilot-go')?.due).toBe('2027-03-12');
    expect(schedule(example('adoption.yaml')).events.find((e) => e.key === 'pilot-go')?.date).toBe('2027-03-12');
  });
});
