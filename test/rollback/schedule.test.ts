import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { scheduleMarkdown } from '../../src/reporters/schedule/markdown.js';
import { buildSchedule, filterSchedule } from '../../src/schedule/build.js';
import { load, minimalPlan, validPlan } from '../helpers.js';

// The default preset from Monday 2027-01-04: early adopters from 01-04, core team from 01-18,
// everyone else from 02-01, the old system off from 02-15. The rollout rolls back on Monday 01-25.
const languages = { organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] } };
const rollback = { on: '2027-01-25', reason: { en: 'messages went missing', nl: 'berichten raakten kwijt' } };
const before = buildSchedule(validPlan(minimalPlan(languages)));
const after = buildSchedule(validPlan(minimalPlan({ ...languages, rollback })));

describe('a rollback in the plan', () => {
  it('keeps what came before, dates the rollback on its day and withdraws every item from that day on', () => {
    const earlier = before.events.filter((e) => e.date < '2027-01-25');
    expect(after.events.slice(0, -1)).toEqual(earlier);
    expect(after.events.at(-1)).toEqual({ date: '2027-01-25', type: 'rollback', key: 'rollback', title: 'Rollback: messages went missing', week: 4 });
    expect(after.rollback!.withdrawn.events).toEqual(before.events.filter((e) => e.date >= '2027-01-25'));
    expect(after.rollback!.withdrawn.events.some((e) => e.date === '2027-01-25')).toBe(true);
    expect(after.rollback!.withdrawn.phases.map((p) => [p.id, p.plannedStart])).toEqual([['everyone-else', '2027-02-01'], ['decommission', '2027-02-15']]);
    // The core team was running: it ends the working day before the rollback.
    expect(after.phases.map((p) => [p.id, p.start, p.end, p.rolledBack])).toEqual([['early-adopters', '2027-01-04', '2027-01-15', undefined], ['core-team', '2027-01-18', '2027-01-22', true]]);
    expect(after.end).toBe('2027-01-25');
  });

  it('reads the reason in the language asked for, and tells what it withdrew', () => {
    const dutch = buildSchedule(validPlan(minimalPlan({ ...languages, organization: { ...languages.organization, languages: ['nl', 'en'] }, rollback })));
    expect(dutch.events.at(-1)!.title).toBe('Terugdraaien: berichten raakten kwijt');
    const markdown = scheduleMarkdown(dutch, 'nl');
    expect(markdown).toContain('**Teruggedraaid op 2027-01-25: berichten raakten kwijt**');
    expect(markdown).toMatch(/## Vervallen door het terugdraaien\n\n- fase Alle overige collega’s \(gepland 2027-02-01\)\n- fase .* \(gepland 2027-02-15\)\n- \d+ onderdelen gepland vanaf 2027-01-25; de agenda zegt ze af\n/);
  });

  it('cancels each withdrawn calendar entry under the UID it had, one SEQUENCE higher', () => {
    const entries = (ics: string) => new Map(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => [v.getFirstPropertyValue('uid') as string, v]));
    const was = entries(scheduleIcs(before, 'en'));
    const now = entries(scheduleIcs(after, 'en'));
    let cancelled = 0;
    for (const [uid, v] of was) {
      const entry = now.get(uid);
      expect(entry, uid).toBeDefined();
      const day = (v.getFirstPropertyValue('dtstart') as ICAL.Time).toString().slice(0, 10);
      if (day < '2027-01-25') {
        expect([entry!.getFirstPropertyValue('status'), entry!.getFirstPropertyValue('sequence')]).toEqual([null, v.getFirstPropertyValue('sequence')]);
        continue;
      }
      cancelled++;
      expect([entry!.getFirstPropertyValue('status'), entry!.getFirstPropertyValue('sequence')], uid).toEqual(['CANCELLED', Number(v.getFirstPropertyValue('sequence')) + 1]);
      expect(entry!.getFirstPropertyValue('dtstart')!.toString()).toBe(v.getFirstPropertyValue('dtstart')!.toString());
      expect(entry!.getFirstPropertyValue('description')).toMatch(/^Cancelled: the rollout rolled back on 2027-01-25: messages went missing/);
    }
    expect(cancelled).toBeGreaterThan(10);
    // The rollback itself is the one new entry.
    const added = [...now.keys()].filter((uid) => !was.has(uid));
    expect(added.map((uid) => now.get(uid)!.getFirstPropertyValue('summary'))).toEqual(['Rollback: messages went missing']);
  });

  it('withdraws what an open pause held: the rollback ended the pause', () => {
    const paused = minimalPlan({ pauses: [{ from: '2027-01-18', reason: 'below 60% active use' }] });
    const held = buildSchedule(validPlan(paused));
    const s = buildSchedule(validPlan({ ...paused, rollback: { on: '2027-02-01', reason: 'still below' } }));
    expect(s.held).toEqual({ phases: [], events: [] });
    expect(s.rollback!.withdrawn.events.map((e) => [e.type, e.key, e.date])).toEqual(held.held.events.map((e) => [e.type, e.key, e.plannedDate]));
    expect(s.rollback!.withdrawn.phases.map((p) => p.id)).toEqual(held.held.phases.map((p) => p.id));
    expect(s.events.at(-1)).toMatchObject({ type: 'rollback', date: '2027-02-01' });
  });

  it('keeps the rollback in one phase or location of the schedule', () => {
    const one = filterSchedule(after, { phase: 'everyone-else' });
    expect(one.events.map((e) => e.type)).toEqual(['announcement', 'checklist', 'rollback']);
    expect(one.rollback!.withdrawn.phases.map((p) => p.id)).toEqual(['everyone-else']);
    expect(one.rollback!.withdrawn.events.every((e) => e.phase === 'everyone-else' || e.phase === undefined)).toBe(true);
  });

  it.each([
    ['is before the start', { on: '2027-01-01', reason: 'x' }, [], 'rollback.on', 'the rollback on 2027-01-01 is before the rollout starts on 2027-01-04'],
    ['comes before a pause starts', { on: '2027-01-25', reason: 'x' }, [{ from: '2027-02-01', until: '2027-02-08', reason: 'p' }], 'pauses[0].from', 'this pause starts on 2027-02-01, after the rollout rolled back on 2027-01-25'],
    ['falls on the day a pause starts', { on: '2027-01-25', reason: 'x' }, [{ from: '2027-01-25', reason: 'p' }], 'pauses[0].from', 'this pause starts on 2027-01-25, the day the rollout rolled back on 2027-01-25'],
    ['falls inside a pause that resumes after it', { on: '2027-01-25', reason: 'x' }, [{ from: '2027-01-18', until: '2027-02-01', reason: 'p' }], 'pauses[0].until', 'the pause resumes on 2027-02-01, after the rollout rolled back on 2027-01-25'],
  ])('is refused when it %s, at its line', (_, rollback, pauses, at, message) => {
    const errors = load(minimalPlan({ rollback, pauses })).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ path: at, message, line: expect.any(Number), column: expect.any(Number) })]);
  });

  it('is one per plan for the whole rollout, with a day and a reason', () => {
    const errors = (rollback: unknown) => load(minimalPlan({ rollback })).diagnostics.filter((d) => d.severity === 'error');
    expect(errors([{ on: '2027-01-25', reason: 'x' }])).toEqual([]);
    expect(errors([{ on: '2027-01-25', reason: 'x' }, { on: '2027-01-26', reason: 'y' }]).map((e) => [e.path, e.message])).toEqual([['rollback[1]', 'the whole rollout rolls back twice (also on 2027-01-25)']]);
    expect(errors([]).map((e) => e.path)).toEqual(['rollback']);
    expect(load(minimalPlan({ rollback: { on: '2027-01-25' } })).diagnostics.filter((d) => d.severity === 'error').map((e) => e.path)).toEqual(['rollback.reason']);
  });
});
