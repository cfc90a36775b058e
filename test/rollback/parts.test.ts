import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { scheduleMarkdown } from '../../src/reporters/schedule/markdown.js';
import { planIn } from '../../src/plan/resolve.js';
import { buildSchedule, filterSchedule } from '../../src/schedule/build.js';
import type { ScheduleEvent } from '../../src/schedule/types.js';
import { diagnosticLines, ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies: 21 people at the head office in Paramaribo, 4 at the branch in Albina, whose
 * line is poor. ICT from 1 March 2027, the head office from 15 March, Albina from Tuesday 30
 * March (Easter Monday) for three weeks, then the switch-off. Teams does not work in Albina: the
 * branch goes back to e-mail and WhatsApp, Paramaribo goes on.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml');
const base = parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

const planWith = (rollback: unknown, edit?: (plan: Record<string, unknown>) => void) => {
  const data = structuredClone(base);
  if (rollback === undefined) delete data.rollback;
  else data.rollback = rollback;
  edit?.(data);
  return stringify(data);
};
const reason = { en: 'Teams does not work on the line in Albina', nl: 'Teams werkt niet op de lijn in Albina' };
const albina = (on: string, only: Record<string, string> = { location: 'Albina' }) => ({ on, reason, only });
const key = (e: Pick<ScheduleEvent, 'type' | 'key' | 'phase' | 'location'>) => `${e.type}/${e.key}/${e.phase ?? ''}/${e.location ?? ''}`;

const before = buildSchedule(validPlan(planWith(undefined)));

describe('a rollback of one location', () => {
  it('withdraws what Albina had from its day on, keeps everything of Paramaribo, and holds the switch-off', () => {
    // During Albina's second week: its last office hours and its gates go, the rest stays as planned.
    const after = buildSchedule(validPlan(planWith(albina('2027-04-08'))));
    const [rb] = after.rollbacks!;
    expect(rb).toMatchObject({ on: '2027-04-08', reason: 'Teams werkt niet op de lijn in Albina', only: { location: 'Albina' }, phases: ['albina'] });
    const albinaLater = before.events.filter((e) => e.date >= '2027-04-08' && (e.phase === 'albina' || e.location === 'Albina'));
    expect(rb!.withdrawn.events.map(key).sort()).toEqual(albinaLater.map(key).sort());
    expect(rb!.withdrawn.events.map((e) => e.type)).toEqual(expect.arrayContaining(['office-hours', 'gate']));
    // The rollback takes its day, at Albina; Albina's phase ends the working day before.
    expect(after.events.filter((e) => e.type === 'rollback')).toEqual([{ date: '2027-04-08', type: 'rollback', key: 'rollback-1', title: 'Terugdraaien in Albina (de rest gaat door): Teams werkt niet op de lijn in Albina', location: 'Albina', week: 6 }]);
    expect(after.phases.find((p) => p.id === 'albina')).toMatchObject({ start: '2027-03-30', end: '2027-04-07', rolledBack: true });
    // Paramaribo's items keep their dates; the items of no phase go on until Albina's phase ended.
    const paramaribo = (events: ScheduleEvent[]) => events.filter((e) => e.phase === 'pilot' || e.phase === 'head-office').map((e) => `${key(e)}@${e.date}`);
    expect(paramaribo(after.events)).toEqual(paramaribo(before.events));
    // The switch-off waits for Albina: on hold with every item of it still ahead, and the reviews after it.
    expect(after.held.phases.map((p) => [p.id, p.plannedStart])).toEqual([['switch-off', '2027-04-19']]);
    expect(new Set(after.held.events.map((e) => e.phase ?? e.type))).toEqual(new Set(['switch-off', 'review', 'retrospective']));
    // Its announcement went out on 5 April, before the rollback: it stays as sent.
    expect(after.events.filter((e) => e.phase === 'switch-off' || e.type === 'decommission').map((e) => [e.type, e.key, e.date])).toEqual([['announcement', 'decommission-notice', '2027-04-05']]);
  });

  it('keeps the switch-off\'s announcement sent before the rollback as sent, and holds it when the rollback comes first', () => {
    const notice = (on: string) => {
      const after = buildSchedule(validPlan(planWith(albina(on))));
      const sent = after.events.find((e) => e.key === 'decommission-notice');
      const held = after.held.events.find((e) => e.key === 'decommission-notice');
      return { sent: sent && [sent.date, 'onHold' in sent], held: held && [held.date, held.onHold, held.plannedDate] };
    };
    expect(notice('2027-04-19')).toEqual({ sent: ['2027-04-05', false], held: undefined });
    expect(notice('2027-04-06')).toEqual({ sent: ['2027-04-05', false], held: undefined });
    // On the announcement's own day the rollback comes first: the announcement waits with the switch-off.
    expect(notice('2027-04-05')).toEqual({ sent: undefined, held: [null, true, '2027-04-05'] });
    expect(notice('2027-03-31')).toEqual({ sent: undefined, held: [null, true, '2027-04-05'] });
  });

  it('withdraws a gate still due after Albina ended, and says in markdown what it withdrew and what waits', () => {
    const plan = validPlan(planWith(albina('2027-04-19')));
    const after = buildSchedule(planIn(plan, 'en'));
    expect(after.rollbacks![0]!.withdrawn.events.map((e) => [e.key, e.date])).toEqual([['albina-success', '2027-05-04']]);
    expect(after.phases.find((p) => p.id === 'albina')).toMatchObject({ end: '2027-04-16' });
    const markdown = scheduleMarkdown(after, 'en');
    expect(markdown).toContain('# Microsoft Teams rollout at Sranan Advies: 25 people, from 2027-03-01, end open: the switch-off waits for Albina, rolled back');
    expect(markdown).toContain('**Rolled back in Albina on 2027-04-19 (the rest goes on): Teams does not work on the line in Albina**');
    expect(markdown).toContain('## Withdrawn by the rollback in Albina\n\n- 1 item planned from 2027-04-19 on; the calendar cancels them\n');
    expect(markdown).toContain('## On hold while Albina is rolled back (the old system stays on)\n\n- phase Switch off email chains (planned 2027-04-19)\n');
    expect(scheduleMarkdown(buildSchedule(plan), 'nl')).toContain('**Teruggedraaid in Albina op 2027-04-19 (de rest gaat door): Teams werkt niet op de lijn in Albina**');
    // Each held item says what it is in the list's language, as the table's type column does.
    const held = (lang: 'en' | 'nl') => scheduleMarkdown(buildSchedule(planIn(plan, lang)), lang).split('\n').filter((l) => /^- .*: .*\((gepland|planned) 2027-04-19\)$/.test(l)).map((l) => l.split(':')[0]);
    expect([held('en'), held('nl')]).toEqual([['- decommission switch-off'], ['- uitfasering switch-off']]);
  });

  it('shows the rollback item in Albina\'s view alone, and in every view why the switch-off waits', () => {
    const after = buildSchedule(validPlan(planWith(albina('2027-04-08'))));
    const head = filterSchedule(after, { location: 'Paramaribo' });
    expect(head.events.filter((e) => e.type === 'rollback')).toEqual([]);
    expect(head.rollbacks!.map((r) => [r.only, r.withdrawn.events.length])).toEqual([[{ location: 'Albina' }, 0]]);
    const branch = filterSchedule(after, { location: 'Albina' });
    expect(branch.events.filter((e) => e.type === 'rollback').map((e) => e.location)).toEqual(['Albina']);
    expect(branch.rollbacks![0]!.withdrawn.events).toEqual(after.rollbacks![0]!.withdrawn.events);
    expect(filterSchedule(after, { phase: 'head-office' }).rollbacks![0]!.withdrawn.events).toEqual([]);
  });

  it('is the same as the rollback of the phase that brings Albina in', () => {
    const byPlace = buildSchedule(validPlan(planWith(albina('2027-04-08'))));
    const byPhase = buildSchedule(validPlan(planWith(albina('2027-04-08', { phase: 'albina' }))));
    expect(byPhase.rollbacks![0]!.withdrawn).toEqual(byPlace.rollbacks![0]!.withdrawn);
    expect(byPhase.held).toEqual(byPlace.held);
    expect(byPhase.events.filter((e) => e.type === 'rollback').map((e) => [e.phase, e.location])).toEqual([['albina', undefined]]);
  });

  it('leaves a plan with one rollback of the whole rollout as it was, also written as a list', () => {
    const whole = { on: '2027-04-08', reason };
    expect(buildSchedule(validPlan(planWith([whole])))).toEqual(buildSchedule(validPlan(planWith(whole))));
    expect(buildSchedule(validPlan(planWith(whole))).rollbacks).toBeUndefined();
  });
});

describe('validate, on a rollback of one part', () => {
  const lines = (rollback: unknown, code: string, edit?: (plan: Record<string, unknown>) => void) => diagnosticLines(planWith(rollback, edit), code);

  it('names a location or phase the plan does not have, with the closest one', () => {
    expect(lines(albina('2027-04-08', { location: 'Albna' }), 'unknown-location')).toEqual([expect.stringMatching(/^rollout\.yaml:\d+:\d+: error rollback\.only\.location: no location named "Albna" \(did you mean "Albina"\?\)$/)]);
    expect(lines([albina('2027-04-08', { phase: 'albna' })], 'unknown-phase')).toEqual([expect.stringMatching(/^rollout\.yaml:\d+:\d+: error rollback\[0\]\.only\.phase: no phase with id "albna" \(did you mean "albina"\?\)$/)]);
    expect(lines(albina('2027-04-08', { phase: 'albina', location: 'Albina' }), 'rollback-only')).toEqual([expect.stringContaining('error rollback.only: only names both a phase and a location')]);
  });

  it('warns of a rollback after the switch-off, whose messages send people back to an old system turned off', () => {
    expect(lines(albina('2027-04-26'), 'rollback-after-switch-off')).toEqual([
      expect.stringMatching(/warning rollback\.on: Albina rolls back on 2027-04-26, after the old system was turned off on 2027-04-23: the rollback's messages send people back to it \(write the day it rolled back, if that was before the switch-off; else turn the old system on again first, or plan the way back as a rollout of its own\)$/),
    ]);
    expect(lines({ on: '2027-04-26', reason }, 'rollback-after-switch-off')).toEqual([expect.stringContaining('warning rollback.on: the rollout rolls back on 2027-04-26, after the old system was turned off on 2027-04-23')]);
    // On the switch-off's last day the old system is still there; the fixture's rollback, on its first, holds it.
    expect(lines(albina('2027-04-23'), 'rollback-after-switch-off')).toEqual([]);
    expect(lines(albina('2027-04-19'), 'rollback-after-switch-off')).toEqual([]);
  });

  it('refuses a rollback before the part started, and says to pause it instead', () => {
    expect(lines(albina('2027-03-30'), 'rollback-dates')).toEqual([
      expect.stringMatching(/error rollback\.on: Albina rolls back on 2027-03-30, the day it starts on 2027-03-30 \(to hold Albina before it starts, write a pause of it \(pauses: - \{ from: 2027-03-30, reason: \.\.\., only: \{ location: Albina \} \}\)\)$/),
    ]);
  });

  it('refuses a pause of the same part that runs on its day or starts after it, and lets the rest pause', () => {
    const pauses = (list: unknown[]) => (plan: Record<string, unknown>) => void (plan.pauses = list);
    const open = pauses([{ from: '2027-04-05', reason: 'line down', only: { location: 'Albina' } }]);
    expect(lines(albina('2027-04-08'), 'rollback-pause', open)).toEqual([expect.stringContaining('error pauses[0].from: this pause is still open when Albina rolls back on 2027-04-08')]);
    const later = pauses([{ from: '2027-04-12', until: '2027-04-19', reason: 'line down', only: { phase: 'albina' } }]);
    expect(lines(albina('2027-04-08'), 'rollback-pause', later)).toEqual([expect.stringContaining('error pauses[0].from: this pause starts on 2027-04-12, after Albina rolled back on 2027-04-08')]);
    const ended = pauses([{ from: '2027-04-01', until: '2027-04-05', reason: 'line down', only: { location: 'Albina' } }]);
    expect(lines(albina('2027-04-08'), 'rollback-pause', ended)).toEqual([]);
    const rest = pauses([{ from: '2027-04-12', until: '2027-04-19', reason: 'audit week' }]);
    expect(lines(albina('2027-04-08'), 'rollback-pause', rest)).toEqual([]);
  });

  it('refuses the same part twice, and a part after the whole rollout rolled back', () => {
    expect(lines([albina('2027-04-08'), albina('2027-04-12', { phase: 'albina' })], 'rollback-twice')).toEqual([expect.stringContaining('error rollback[1].only: phase albina is rolled back twice: Albina rolled back on 2027-04-08 holds the same part')]);
    expect(lines([{ on: '2027-04-05', reason }, albina('2027-04-08')], 'rollback-dates')).toEqual([expect.stringContaining('error rollback[1].on: Albina rolls back on 2027-04-08, after the whole rollout rolled back on 2027-04-05')]);
  });
});
