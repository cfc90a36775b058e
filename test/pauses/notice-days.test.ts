import { describe, expect, it } from 'vitest';
import { redate } from '../../src/pauses/redate.js';
import { planMessages } from '../../src/render/messages.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { threeOffices as firm } from '../helpers.js';

/** Rotterdam's phase (from 22 March) runs a week longer, decided on Easter Monday: Willemstad's start waits for it. */
const slip = { extensions: [{ phase: 'rotterdam', by: '1w', decided: '2027-03-29', reason: 'the laptops came late' }] };
const item = (s: Schedule, type: string) => s.events.find((e) => e.type === type)!;
const sent = (plan: ReturnType<typeof firm>, s: Schedule) => planMessages(s, plan).filter((m) => m.kind === 'email' && /^(pause|resume|extension)/.test(m.template)).map((m) => `${m.date} ${m.template}`);

describe('the notices of an extension or a pause go out on a day their readers work', () => {
  it('tells an extension written in on Easter Monday, a holiday at every office, on Tuesday, both notices with it', () => {
    const plan = firm(slip);
    const s = buildSchedule(plan);
    expect(item(s, 'extension')).toMatchObject({ date: '2027-03-30', week: 5, movedFrom: '2027-03-29' });
    expect(item(s, 'extension').movedBecause).toBe('holiday (Tweede Paasdag, Rotterdam; Tweede Paasdag, Willemstad)');
    expect(sent(plan, s)).toEqual(['2027-03-30 extension', '2027-03-30 extension-moves']);
    // What it moves, it moves from the day it was decided.
    expect(s.extensions![0]).toMatchObject({ decided: '2027-03-29', until: '2027-04-16' });
  });

  it('keeps the day when it is the holiday of an office none of their readers work at', () => {
    const plan = firm(slip, { rotterdam: [], willemstad: [] });
    const s = buildSchedule(plan);
    expect(item(s, 'extension').date).toBe('2027-03-29');
    expect(item(s, 'extension')).not.toHaveProperty('movedFrom');
  });

  it('tells a pause from Easter Monday on Tuesday, and its resume notice on the Friday before a Tuesday it ends on', () => {
    const from = firm({ pauses: [{ from: '2027-03-29', until: '2027-04-05', reason: 'Paasweek' }] });
    const s = buildSchedule(from);
    expect(item(s, 'pause')).toMatchObject({ date: '2027-03-30', movedFrom: '2027-03-29' });
    expect(sent(from, s)).toEqual(['2027-03-30 pause', '2027-04-02 resume']);
    const until = firm({ pauses: [{ from: '2027-03-22', until: '2027-03-30', reason: 'Paasweek' }] });
    expect(sent(until, buildSchedule(until))).toEqual(['2027-03-22 pause', '2027-03-26 resume']);
  });

  it('tells a pause decided on Easter Monday on Tuesday, before it starts', () => {
    const plan = firm({ pauses: [{ from: '2027-04-05', until: '2027-04-12', decided: '2027-03-29', reason: 'the laptops came late' }] });
    const s = buildSchedule(plan);
    expect(item(s, 'pause')).toMatchObject({ date: '2027-04-05', noticeOn: '2027-03-30' });
    expect(sent(plan, s)[0]).toBe('2027-03-30 pause');
  });

  it('gives a pause added later the notice days building gives', () => {
    const plan = firm();
    const after = { ...plan, pauses: [{ from: '2027-03-29', until: '2027-04-05', reason: 'Paasweek' }] };
    const notices = (s: Schedule) => s.events.filter((e) => e.type === 'pause' || e.type === 'resume').map((e) => `${e.type} ${e.date} ${e.movedFrom ?? ''} ${e.movedBecause ?? ''}`);
    expect(notices(redate(buildSchedule(plan), plan, after)!)).toEqual(notices(buildSchedule(after)));
    expect(notices(buildSchedule(after))[0]).toMatch(/^pause 2027-03-30 2027-03-29 holiday \(Tweede Paasdag, Rotterdam; Tweede Paasdag, Willemstad\)$/);
  });
});
