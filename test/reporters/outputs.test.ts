import fc from 'fast-check';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { mermaidLabel } from '../../src/escape/mermaid.js';
import { inCalendar, scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { scheduleMarkdown } from '../../src/reporters/schedule/markdown.js';
import { scheduleMermaid } from '../../src/reporters/schedule/mermaid.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { parseGantt } from '../escape/parsers.js';
import { RUNS, TIMEOUT } from '../fuzz/runs.js';
import { load, minimalPlan, validPlan } from '../helpers.js';

const KEYWORDS = ['Call centre', 'Click and Collect team', 'click early href "//evil/login"', 'Gantt team', '2027-01-04 cohort', 'Section heads', 'Title office', 'Excludes contractors', '%%{init: {"securityLevel": "loose"}}%%', '<svg onload=alert(1)>', '[x](javascript:alert(1))', '![](https://tracker/pixel.png)', 'URL:https://evil', 'END:VEVENT', '東京', '大阪', '\u001b]0;x\u0007', '\u202e', ';', ',', '\\', '|', '*', '#', ':'];
/** One-line names a plan accepts: any Unicode and each output language's keywords. */
const name = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), fc.constantFrom(...KEYWORDS), fc.tuple(fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 8 })).map(([a, b]) => a + b))
  .filter((s) => s.trim() !== '' && !/[\r\n\u0085\u2028\u2029]/.test(s));

/** Plans with random names for the tool, the organization, three locations and two phases. */
const plans = fc.record({ tool: name, org: name, places: fc.uniqueArray(name, { minLength: 1, maxLength: 3 }), phases: fc.tuple(name, name) }).chain((r) => {
  const loaded = load(
    minimalPlan({
      tool: { name: r.tool },
      organization: { name: r.org, headcount: 60, locations: r.places.map((p) => ({ name: p, timezone: 'America/Paramaribo', headcount: 20 })) },
      phases: [
        { id: 'one', name: r.phases[0], audience: '50%', weeks: 2 },
        { id: 'done', name: r.phases[1], audience: 'rest', weeks: 2 },
      ],
    }),
  );
  return fc.constant(loaded.plan);
});

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

describe('schedule outputs with hostile names', () => {
  it('ICS: ical.js reads every calendar event once, with its title and a UID no other event has', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        if (!plan) return;
        const schedule = buildSchedule(plan);
        const expected = schedule.events.filter(inCalendar);
        const parsed = events(scheduleIcs(schedule));
        // The place is in the title only where there are several to tell apart, and the title does not name it yet.
        const several = plan.organization.locations.length > 1;
        expect(parsed.map((e) => e.getFirstPropertyValue('summary'))).toEqual(expected.map((e) => (several && e.location && !e.title.includes(e.location) ? `${e.title} (${e.location})` : e.title)));
        const uids = parsed.map((e) => e.getFirstPropertyValue('uid'));
        expect(new Set(uids).size).toBe(uids.length);
        expect(parsed.every((e) => e.getFirstPropertyValue('url') === null)).toBe(true);
      }),
      { numRuns: Math.min(RUNS, 60) },
    );
  }, TIMEOUT);

  it("Mermaid: Mermaid's parser reads every phase and milestone as a task", async () => {
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        if (!plan) return;
        const schedule = buildSchedule(plan);
        const { tasks } = await parseGantt(scheduleMermaid(schedule));
        const milestones = schedule.events.filter((e) => ['gate', 'review', 'retrospective'].includes(e.type));
        expect(tasks).toHaveLength(schedule.phases.length + milestones.length);
        expect(tasks.slice(0, 2).map((t) => t.task.trim())).toEqual(schedule.phases.slice(0, 2).map((p) => mermaidLabel(`${p.name} (${p.people} people)`)));
        expect(tasks.filter((t) => t.id === 'phase-done')).toHaveLength(1);
      }),
      { numRuns: Math.min(RUNS, 60) },
    );
  }, TIMEOUT);

  it('Markdown: markdown-it renders the phase table with every row and no element from the input', () => {
    const md = new MarkdownIt();
    fc.assert(
      fc.property(plans, (plan) => {
        if (!plan) return;
        const schedule = buildSchedule(plan);
        const html = md.render(scheduleMarkdown(schedule));
        const tags = new Set([...html.matchAll(/<(\w+)/g)].map((m) => m[1]));
        expect([...tags].filter((t) => !['h1', 'h2', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(t!))).toEqual([]);
        const rows = md.parse(scheduleMarkdown(schedule), {}).filter((t) => t.type === 'tr_open');
        expect(rows.length).toBe(1 + schedule.phases.length + new Set(schedule.events.map((e) => e.week)).size + schedule.events.length);
      }),
      { numRuns: Math.min(RUNS, 60) },
    );
  }, TIMEOUT);
});

describe('calendar identity', () => {
  const enterprise = (start: string) => buildSchedule(validPlan(minimalPlan({ start, organization: { name: 'Acme', headcount: 60, locations: [{ name: '東京', timezone: 'Asia/Tokyo', headcount: 30 }, { name: '大阪', timezone: 'Asia/Tokyo', headcount: 30 }] } })));
  const uidsOf = (schedule: Schedule) => events(scheduleIcs(schedule)).map((e) => String(e.getFirstPropertyValue('uid')));

  it('gives 東京 and 大阪 distinct UIDs, the same again when the plan is re-dated, readable where names allow', () => {
    const first = uidsOf(enterprise('2027-01-04'));
    expect(new Set(first).size).toBe(first.length);
    expect(uidsOf(enterprise('2027-03-01'))).toEqual(first);
    expect(first[0]).toMatch(/^checklist-get-started-[0-9a-f]{16}@rollout$/);
    expect(first[1]).toMatch(/^announcement-early-adopters-announcement-[0-9a-f]{16}@rollout$/);
    expect(first).toContainEqual(expect.stringMatching(/^launch-early-adopters-launch-[0-9a-f]{16}@rollout$/));
  });

  it('has the communication plan and every checklist: all-day entries, one UID each, the same when re-dated', () => {
    const schedule = enterprise('2027-01-04');
    const parsed = events(scheduleIcs(schedule));
    const byUid = new Map(parsed.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    for (const type of ['announcement', 'reminder', 'weekly-update', 'survey', 'checklist'] as const) {
      const expected = schedule.events.filter((e) => e.type === type);
      expect(expected.length).toBeGreaterThan(0);
      const entries = [...byUid].filter(([uid]) => uid.startsWith(`${type}-`)).map(([, e]) => e);
      expect(entries.map((e) => e.getFirstPropertyValue('summary'))).toEqual(expected.map((e) => e.title));
      expect(entries.map((e) => String(e.getFirstPropertyValue('dtstart')))).toEqual(expected.map((e) => e.date));
      expect(entries.every((e) => e.getFirstProperty('dtstart')!.type === 'date')).toBe(true);
    }
    const keys = ['two-weeks-before', 'one-week-before', 'first-week', 'each-week-after'];
    expect(keys.filter((key) => schedule.events.some((e) => e.type === 'checklist' && e.key === key))).toEqual(keys);
    expect(byUid.size).toBe(schedule.events.length);
    expect(uidsOf(enterprise('2027-03-01'))).toEqual([...byUid.keys()]);
  });

  it('writes SEQUENCE from the event, 0 when it has none', () => {
    const schedule = enterprise('2027-01-04');
    schedule.events[0]!.sequence = 3;
    const parsed = events(scheduleIcs(schedule));
    const launch = schedule.events.filter(inCalendar).indexOf(schedule.events[0]!);
    expect(parsed.map((e) => e.getFirstPropertyValue('sequence'))).toEqual(parsed.map((_, i) => (i === launch ? 3 : 0)));
  });
});

describe('calendar times across daylight saving time', () => {
  /** ical.js with the file's own VTIMEZONE blocks, as a calendar client reads it. */
  function utcTimes(ics: string): { summary: string; start: string; minutes: number }[] {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    return calendar.getAllSubcomponents('vevent').flatMap((v) => {
      const event = new ICAL.Event(v);
      if (event.startDate.isDate) return [];
      const start = event.startDate.toJSDate();
      return [{ summary: event.summary, start: start.toISOString(), minutes: (event.endDate.toJSDate().getTime() - start.getTime()) / 60_000 }];
    });
  }

  it('gives New York sessions in March their EST or EDT offset, and the full length on the switch night', () => {
    const plan = validPlan(
      minimalPlan({
        start: '2027-03-08',
        organization: { name: 'Acme', headcount: 40, locations: [{ name: 'NYC', timezone: 'America/New_York', headcount: 40, workingHours: { start: '00:00', end: '23:59' } }] },
        calendar: { workingDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
        training: { sessionTime: '10:00', sessionMinutes: 60, officeHours: { time: '01:30', minutes: 90 } },
        phases: [{ id: 'all', name: 'Everyone', audience: 'all', weeks: 2 }],
      }),
    );
    const times = utcTimes(scheduleIcs(buildSchedule(plan)));
    const office = times.filter((t) => t.summary.startsWith('Office hours'));
    // 01:30 local is 06:30Z under EST (until 02:00 on Sunday 14 March 2027) and 05:30Z under EDT after.
    expect(office.map((t) => t.start.slice(0, 10))).toContain('2027-03-14');
    for (const t of office) expect(t.start.slice(11, 16)).toBe(t.start < '2027-03-15' ? '06:30' : '05:30');
    expect(office.every((t) => t.minutes === 90)).toBe(true);
    const training = times.find((t) => t.summary.startsWith('Group training'))!;
    expect(training).toMatchObject({ start: '2027-03-08T15:00:00.000Z', minutes: 60 });
  });
});

describe('the place in a title', () => {
  const firm = (locations: string[]) =>
    buildSchedule(validPlan(minimalPlan({ organization: { name: 'Kantoor Wanica', headcount: 9, languages: ['nl'], locations: locations.map((name) => ({ name, timezone: 'America/Paramaribo' })) }, preset: 'small', start: '2027-03-01' })));
  const summaries = (schedule: Schedule) => events(scheduleIcs(schedule, 'nl')).map((e) => String(e.getFirstPropertyValue('summary')));

  it('is left out of a one-location plan\'s calendar entries and milestones, which keep their LOCATION', () => {
    const one = firm(['Paramaribo']);
    const ics = scheduleIcs(one, 'nl');
    expect(summaries(one)).toContain('Groepstraining voor Eerste helft van het team');
    expect(summaries(one).filter((s) => s.includes('(Paramaribo)'))).toEqual([]);
    expect(ics).toContain('LOCATION:Paramaribo');
    expect(scheduleMermaid(one, 'nl')).not.toContain('(Paramaribo)');
  });

  it('stays in a plan with several, where it tells the sessions apart', () => {
    const two = firm(['Paramaribo', 'Nieuw Nickerie']);
    expect(summaries(two)).toEqual(expect.arrayContaining(['Groepstraining voor Eerste helft van het team (Paramaribo)', 'Groepstraining voor Eerste helft van het team (Nieuw Nickerie)']));
  });

  it('is not said twice when the title names it already, as for a phase named after its branch', () => {
    const plan = validPlan(
      minimalPlan({
        organization: { name: 'Kustzorg', headcount: 30, languages: ['nl'], locations: ['Paramaribo', 'Albina'].map((name) => ({ name, timezone: 'America/Paramaribo' })) },
        start: '2027-03-01',
        phases: [
          { id: 'hoofdkantoor', name: 'Hoofdkantoor', audience: { locations: ['Paramaribo'] }, weeks: 2 },
          { id: 'albina', name: 'Albina', audience: { locations: ['Albina'] }, weeks: 2 },
        ],
      }),
    );
    const titles = summaries(buildSchedule(plan));
    expect(titles).toContain('Groepstraining voor Albina');
    expect(titles).toContain('Groepstraining voor Hoofdkantoor (Paramaribo)');
    expect(titles.filter((t) => t.endsWith(' (Albina)'))).toEqual([]);
  });
});
