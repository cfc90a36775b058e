import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { minimalPlan, paramaribo, rotterdam as rotterdamOffice, validPlan } from '../helpers.js';

/*
 * Sessions held at the plan's clock, Paramaribo's (UTC-3 all year), for people in Rotterdam (UTC+1,
 * UTC+2 from Sunday 28 March 2027): 10:00 there is 14:00 in Rotterdam, and 16:00 is 20:00 until
 * that Sunday and 21:00 after it. Rotterdam's phase starts Monday 22 March, a week before.
 */
const plan = (training: Record<string, unknown>, rotterdam = 'Rotterdam') =>
  validPlan(
    minimalPlan({
      organization: {
        name: 'Ramdin & Partners',
        headcount: 27,
        languages: ['nl', 'en'],
        locations: [paramaribo(18, []), { ...rotterdamOffice(9), name: rotterdam }],
        groups: [
          { name: 'Pilot', headcount: 4, kind: 'pilot', location: 'Paramaribo' },
          { name: 'Kantoor Rotterdam', headcount: 6, location: rotterdam },
          { name: 'Kantoor Paramaribo', headcount: 14, location: 'Paramaribo' },
          { name: 'Partners', headcount: 3, location: rotterdam },
        ],
      },
      start: '2027-03-08',
      calendar: { timezone: 'America/Paramaribo' },
      phases: [
        { id: 'pilot', name: 'Pilot', audience: { groups: ['Pilot'] }, weeks: 2 },
        { id: 'rotterdam', name: 'Kantoor Rotterdam', audience: { groups: ['Kantoor Rotterdam'] }, weeks: 2 },
        { id: 'rest', name: 'De rest', audience: { groups: ['Kantoor Paramaribo', 'Partners'] }, weeks: 2 },
      ],
      training: { sessionTime: '10:00', sessionMinutes: 90, officeHours: { time: '16:00', minutes: 60 }, ...training },
    }),
  );

/** The "next two weeks" rows as of a day: date, what, phase and where, as text. */
async function upcoming(p: ReturnType<typeof plan>, at: string, language: 'nl' | 'en'): Promise<string[]> {
  const asOf = parseDay(at);
  const { result, series } = await checkGates({ plan: p, files: [], asOf, lenient: false });
  const html = renderReport({ plan: p, schedule: buildSchedule(p), asOf, language, check: { result, series }, measured: false });
  const section = /<section id="upcoming">([\s\S]*?)<\/section>/.exec(html)![1]!;
  return [...section.matchAll(/<tr>(.*?)<\/tr>/g)]
    .map((m) => [...m[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')).join(' | '))
    .filter((row) => /Training|Spreekuur|Office hours/.test(row));
}

describe('the time of a session in the report’s next two weeks', () => {
  it('is the time at each of its people’s locations, and says from which day it moves with daylight saving', async () => {
    const shared = plan({ mode: 'shared' });
    expect(await upcoming(shared, '2027-03-19', 'nl')).toEqual([
      '19 mrt | Spreekuur 16:00, 60 min | Pilot | Paramaribo',
      '22 mrt | Training 14:00 in Rotterdam, 90 min | Kantoor Rotterdam | Rotterdam',
      '22 mrt – 31 mrt | Spreekuur 7× 20:00 in Rotterdam (21:00 vanaf maandag 29 maart), 60 min | Kantoor Rotterdam | Rotterdam',
    ]);
    expect(await upcoming(shared, '2027-03-19', 'en')).toEqual([
      '19 Mar | Office hours 16:00, 60 min | Pilot | Paramaribo',
      '22 Mar | Training 14:00 in Rotterdam, 90 min | Kantoor Rotterdam | Rotterdam',
      '22 Mar – 31 Mar | Office hours 7× 20:00 in Rotterdam (21:00 from Monday, March 29), 60 min | Kantoor Rotterdam | Rotterdam',
    ]);
  });

  it('names every location’s clock for a phase in both', async () => {
    const rows = await upcoming(plan({ mode: 'shared' }), '2027-04-02', 'nl');
    expect(rows.filter((r) => r.endsWith('| De rest | Paramaribo, Rotterdam'))).toEqual([
      '5 apr | Training 10:00 in Paramaribo en 15:00 in Rotterdam, 90 min | De rest | Paramaribo, Rotterdam',
      '5 apr – 14 apr | Spreekuur 7× 16:00 in Paramaribo en 21:00 in Rotterdam, 60 min | De rest | Paramaribo, Rotterdam',
    ]);
  });

  it('keeps the time of a session held at its own location’s clock', async () => {
    expect(await upcoming(plan({ mode: 'per-location' }), '2027-03-19', 'en')).toContain('22 Mar | Training 10:00, 90 min | Kantoor Rotterdam | Rotterdam');
  });

  it('escapes the location it names', async () => {
    const rows = await upcoming(plan({ mode: 'shared' }, 'R<b>dam & "Zuid"'), '2027-03-19', 'en');
    expect(rows).toContain('22 Mar | Training 14:00 in R&#60;b&#62;dam &#38; &#34;Zuid&#34;, 90 min | Kantoor Rotterdam | R&#60;b&#62;dam &#38; &#34;Zuid&#34;');
  });
});
