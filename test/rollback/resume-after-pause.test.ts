import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { example, validPlan } from '../helpers.js';

/*
 * Kaiteur Design (examples/adoption.yaml): from Monday 1 March 2027, two weeks a phase, the
 * announcement two weeks ahead and the reminder one week ahead, Monday to Friday, no holidays.
 * The branch in Nieuw Nickerie was to start on Monday 29 March, announced on Monday 15 March.
 * Its line went down: a pause from Monday 22 March until Monday 29 March, 5 working days, after
 * the announcement went out. The reminder (22 March) moved to 29 March, the launch to Monday
 * 5 April. Teams still did not work there: the branch rolled back on Monday 12 April, and with a
 * new line it starts again on Monday 10 May. Its second try runs whole from then, announced two
 * weeks ahead (Monday 26 April), reminded on Monday 3 May, until Friday 21 May; the switch-off
 * follows from Monday 24 May to Friday 4 June. The pause was over weeks before the rollback: it
 * moves none of that.
 */
const adoption = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
const rollback = {
  on: '2027-04-12',
  reason: { en: "Teams does not work on the branch's line", nl: 'Teams werkt niet op de lijn van de vestiging' },
  only: { location: 'Nieuw Nickerie' },
  resume: { on: '2027-05-10', changed: { en: 'a new fibre line is in', nl: 'er ligt een nieuwe glasvezellijn' } },
};
const pause = (only: Record<string, string> | undefined) => ({
  from: '2027-03-22',
  until: '2027-03-29',
  decided: '2027-03-22',
  reason: { en: "the branch's line was down", nl: 'de lijn van de vestiging lag plat' },
  ...(only ? { only } : {}),
});
const planWith = (pauses: unknown[]) => validPlan(stringify({ ...adoption, pauses, rollback }));

/** The second try's items and what waits for it: type, key, day. */
const secondTry = (s: Schedule) => s.events.filter((e) => e.secondTry !== undefined).map((e) => [e.type, e.key, e.location ?? '', e.date].join(' '));
const days = (s: Schedule) => s.phases.map((p) => [p.id, p.start, p.end]);

describe('a pause of the part over before it rolled back, with a second try', () => {
  for (const [what, only] of [
    ['its phase', { phase: 'nickerie' }],
    ['its location', { location: 'Nieuw Nickerie' }],
    ['everything', undefined],
  ] as const) {
    it(`of ${what}: leaves the second try on resume.on, announced two weeks ahead`, () => {
      const paused = recordedSchedule(planWith([pause(only)]));
      expect(days(paused).slice(2)).toEqual([
        ['nickerie', '2027-05-10', '2027-05-21'],
        ['decommission', '2027-05-24', '2027-06-04'],
      ]);
      const nickerie = paused.events.filter((e) => e.phase === 'nickerie' && e.secondTry !== undefined && (e.type === 'announcement' || e.type === 'reminder' || e.type === 'launch'));
      expect(nickerie.map((e) => [e.type, e.date])).toEqual([
        ['announcement', '2027-04-26'],
        ['reminder', '2027-05-03'],
        ['launch', '2027-05-10'],
      ]);
      // The second try and what waits for it are dated as without the pause.
      expect(secondTry(paused)).toEqual(secondTry(recordedSchedule(planWith([]))));
    });
  }

  it('keeps the first try as it ran: announced on 15 March, reminded and launched after the pause', () => {
    const first = recordedSchedule(planWith([pause({ phase: 'nickerie' })])).events.filter((e) => e.phase === 'nickerie' && e.secondTry === undefined && ['announcement', 'reminder', 'launch'].includes(e.type));
    expect(first.map((e) => [e.type, e.date])).toEqual([
      ['announcement', '2027-03-15'],
      ['reminder', '2027-03-29'],
      ['launch', '2027-04-05'],
    ]);
  });

  it("writes the second try's announcement on 26 April, in both languages, saying it is the second try", async () => {
    const plan = planWith([pause({ phase: 'nickerie' })]);
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
    const names = files.map((f) => f.name).filter((n) => /_nickerie_(announcement|reminder|welcome)\./.test(n));
    expect(names).toEqual([
      '2027-03-15_nickerie_announcement.en.txt',
      '2027-03-15_nickerie_announcement.nl.txt',
      '2027-03-29_nickerie_reminder.en.txt',
      '2027-03-29_nickerie_reminder.nl.txt',
      '2027-04-05_nickerie_welcome.en.txt',
      '2027-04-05_nickerie_welcome.nl.txt',
      '2027-04-26_nickerie_announcement.en.txt',
      '2027-04-26_nickerie_announcement.nl.txt',
      '2027-05-03_nickerie_reminder.en.txt',
      '2027-05-03_nickerie_reminder.nl.txt',
      '2027-05-10_nickerie_welcome.en.txt',
      '2027-05-10_nickerie_welcome.nl.txt',
    ]);
    const text = (name: string) => String(files.find((f) => f.name === name)!.content);
    expect(text('2027-04-26_nickerie_announcement.en.txt')).toContain('now your group starts on Monday, May 10, 2027.\n\nThis is our second try: on Monday, April 12, 2027 we went back to Slack and WhatsApp groups.');
    expect(text('2027-04-26_nickerie_announcement.nl.txt')).toContain('Dit is onze tweede poging');
  });
});
