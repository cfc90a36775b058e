import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { planMessages } from '../../src/render/messages.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { minimalPlan, paramaribo as office, rotterdam, validPlan } from '../helpers.js';

/**
 * Suriname's Keti Koti (Thursday 1 July 2027) and Holi Phagwa (Monday 22 March 2027), public
 * holidays in Paramaribo and not in Rotterdam.
 */
const paramaribo = (headcount: number) =>
  office(headcount, [
    { date: '2027-03-22', name: 'Holi Phagwa' },
    { date: '2027-07-01', name: 'Keti Koti' },
  ]);
/** Early adopters from Thursday 17 June for two weeks: the core team is meant to go live on Keti Koti. */
const firm = (atParamaribo: number, overrides: Record<string, unknown> = {}) =>
  validPlan(minimalPlan({ organization: { name: 'Kaiteur Design', headcount: 40, locations: [paramaribo(atParamaribo), rotterdam(40 - atParamaribo)] }, start: '2027-06-17', ...overrides }));

const of = (s: Schedule, phase: string) => s.events.filter((e) => e.phase === phase);
const item = (s: Schedule, phase: string, type: string, key: string, location?: string) => of(s, phase).find((e) => e.type === type && e.key === key && e.location === location)!;

describe('a launch goes live on a day its people work', () => {
  it('moves the core team, 10 of 14 in Paramaribo, off Keti Koti: its start, welcome email and launch-day checklist', () => {
    const plan = firm(30);
    const s = buildSchedule(plan);
    const core = s.phases.find((p) => p.id === 'core-team')!;
    expect(core.peopleAt).toEqual({ Paramaribo: 10, Rotterdam: 4 });
    expect(core).toMatchObject({ start: '2027-07-02', movedFrom: '2027-07-01', movedBecause: 'holiday (Keti Koti, Paramaribo)' });
    for (const [type, key] of [['launch', 'launch'], ['checklist', 'launch-day']]) {
      expect(item(s, 'core-team', type!, key!)).toMatchObject({ date: '2027-07-02', movedFrom: '2027-07-01', movedBecause: 'holiday (Keti Koti, Paramaribo)' });
    }
    const welcome = planMessages(s, plan).filter((m) => m.template === 'welcome' && m.phase?.id === 'core-team');
    expect([...new Set(welcome.map((m) => m.date))]).toEqual(['2027-07-02']);
    // Nothing of the phase comes before it: Rotterdam, which works on Keti Koti, starts with it.
    expect(of(s, 'core-team').filter((e) => e.type === 'training' || e.type === 'office-hours').every((e) => e.date >= '2027-07-02')).toBe(true);
    expect(item(s, 'core-team', 'training', 'session-1', 'Rotterdam')).not.toHaveProperty('movedFrom');
    expect(item(s, 'core-team', 'training', 'session-1', 'Paramaribo')).toMatchObject({ date: '2027-07-02', movedFrom: '2027-07-01' });
  });

  it('names the holiday in Dutch in a Dutch plan', () => {
    const s = buildSchedule(firm(30, { organization: { name: 'Kaiteur Design', headcount: 40, languages: ['nl'], locations: [paramaribo(30), rotterdam(10)] } }));
    expect(s.phases.find((p) => p.id === 'core-team')).toMatchObject({ start: '2027-07-02', movedBecause: 'feestdag (Keti Koti, Paramaribo)' });
  });

  it('keeps the day when most of its people work elsewhere; the holiday\'s place starts the day after, welcome email too', async () => {
    const plan = firm(10);
    const s = buildSchedule(plan);
    expect(s.phases.find((p) => p.id === 'core-team')).toMatchObject({ start: '2027-07-01' });
    expect(item(s, 'core-team', 'launch', 'launch').date).toBe('2027-07-01');
    expect(item(s, 'core-team', 'training', 'session-1', 'Paramaribo').date).toBe('2027-07-02');
    expect(item(s, 'core-team', 'training', 'session-1', 'Rotterdam').date).toBe('2027-07-01');
    const r = await renderEmails(plan, s, { format: 'txt', templates: await loadTemplates(), languages: ['en'] });
    const names = r.files.map((f) => f.name).filter((n) => n.includes('core-team') && n.includes('welcome'));
    expect(names).toEqual(['2027-07-01_core-team_rotterdam_welcome.en.txt', '2027-07-02_core-team_paramaribo_welcome.en.txt']);
    const text = (name: string) => String(r.files.find((f) => f.name === name)?.content);
    expect(text(names[1]!)).toContain('From today, Friday, July 2, 2027, your group (Core team in Paramaribo)');
    expect(text(names[0]!)).toContain('From today, Thursday, July 1, 2027, your group (Core team in Rotterdam)');
    // Its reminder names the day they start there.
    expect(String(r.files.find((f) => f.name.includes('core-team_paramaribo_reminder'))?.content)).toContain('Teamchat starts Friday, July 2');
  });

  it('counts the phase\'s own people: a phase all in Paramaribo moves though most of the firm works in Rotterdam', () => {
    const phases = [
      { id: 'rotterdam', name: 'Rotterdam', audience: { locations: ['Rotterdam'] }, weeks: 2 },
      { id: 'paramaribo', name: 'Paramaribo', audience: 'rest', weeks: 2 },
    ];
    const s = buildSchedule(firm(10, { phases }));
    expect(s.phases.find((p) => p.id === 'paramaribo')).toMatchObject({ start: '2027-07-02', movedBecause: 'holiday (Keti Koti, Paramaribo)' });
    expect(item(s, 'paramaribo', 'launch', 'launch').date).toBe('2027-07-02');
  });

  it('holds a shared session on a day most of the phase\'s people work', () => {
    const s = buildSchedule(firm(30, { training: { mode: 'shared' } }));
    expect(item(s, 'core-team', 'training', 'session-1')).toMatchObject({ date: '2027-07-02', movedFrom: '2027-07-01' });
    expect(of(s, 'core-team').filter((e) => e.type === 'office-hours').map((e) => e.date)[0]).toBe('2027-07-02');
  });

  it('moves a go-live that a pause puts on the holiday, and what-if and diff agree with building', async () => {
    const plan = firm(30, { start: '2027-06-03' });
    // The core team is meant for 17 June; a pause of two weeks moves it to Keti Koti, and on to the 2nd.
    const paused = validPlan(minimalPlan({ ...plan.raw, pauses: [{ from: '2027-06-14', until: '2027-06-28', reason: 'the network' }] }));
    const s = buildSchedule(paused);
    expect(s.phases.find((p) => p.id === 'core-team')!.start).toBe('2027-07-02');
    expect(item(s, 'core-team', 'launch', 'launch').date).toBe('2027-07-02');
    const { redate } = await import('../../src/pauses/redate.js');
    const withPause = { ...plan, pauses: [{ from: '2027-06-14', until: '2027-06-28', reason: 'the network' }] };
    const fast = redate(buildSchedule(plan), plan, withPause)!;
    const dates = (x: Schedule) => x.events.map((e) => `${e.type} ${e.key} ${e.phase ?? ''} ${e.location ?? ''} ${e.date}`).sort();
    expect(dates(fast)).toEqual(dates(buildSchedule(withPause)));
  });
});

describe('a survey\'s answer-by day', () => {
  it('is two working days of most of those it asks: the early adopters, most in Paramaribo, answer by Tuesday, not on Holi Phagwa', async () => {
    // Surveys on Thursdays from 18 March: two working days after the one on the 18th end on Monday 22 March, Holi Phagwa.
    const plan = validPlan(minimalPlan({ organization: { name: 'Kaiteur Design', headcount: 40, locations: [paramaribo(30), rotterdam(10)] }, start: '2027-03-04' }));
    const s = buildSchedule(plan);
    expect(s.events.filter((e) => e.type === 'survey').map((e) => e.date).slice(0, 2)).toEqual(['2027-03-11', '2027-03-18']);
    const r = await renderEmails(plan, s, { format: 'txt', templates: await loadTemplates(), languages: ['en'] });
    const survey = String(r.files.find((f) => f.name.startsWith('2027-03-18') && f.name.endsWith('survey.en.txt'))?.content);
    expect(survey).toContain('before Tuesday, March 23');
    // Most of the firm works in Rotterdam: the Monday stands.
    const rotterdamFirm = validPlan(minimalPlan({ organization: { name: 'Kaiteur Design', headcount: 40, locations: [paramaribo(10), rotterdam(30)] }, start: '2027-03-04' }));
    const other = await renderEmails(rotterdamFirm, buildSchedule(rotterdamFirm), { format: 'txt', templates: await loadTemplates(), languages: ['en'] });
    expect(String(other.files.find((f) => f.name.startsWith('2027-03-18') && f.name.endsWith('survey.en.txt'))?.content)).toContain('before Monday, March 22');
  });
});
