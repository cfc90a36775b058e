import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

/*
 * A shared session is held at one clock (calendar.timezone) for people in other time zones.
 * Paramaribo is UTC-3 all year; Rotterdam is UTC+1 until 28 March 2027 and UTC+2 from then on,
 * so 10:00 in Paramaribo is 14:00 in Rotterdam before that Sunday and 15:00 after it.
 */
const plan = (training: Record<string, unknown>) =>
  validPlan(
    minimalPlan({
      organization: {
        name: 'Bakker Rahman Logistics',
        headcount: 40,
        languages: ['en', 'nl'],
        locations: [
          { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 30 },
          { name: 'Rotterdam', timezone: 'Europe/Amsterdam', headcount: 10 },
        ],
      },
      start: '2027-03-22',
      calendar: { timezone: 'America/Paramaribo' },
      training,
    }),
  );

async function line(training: Record<string, unknown>, file: RegExp, label: string): Promise<string[]> {
  const p = plan(training);
  const rendered = await renderEmails(p, buildSchedule(p), { format: 'md', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return rendered.files
    .filter((f) => file.test(f.name))
    .map((f) => String(f.content).split('\n').find((l) => l.startsWith(label)) ?? `no ${label} in ${f.name}`);
}

describe('the time of a shared session in the messages', () => {
  it('says the time at each location of the phase, on the session day, daylight saving included', async () => {
    expect(await line({ mode: 'shared', sessionTime: '11:00' }, /^2027-03-0\d_early-adopters_announcement\.en\.md$/, '- **Training:**')).toEqual([
      '- **Training:** Monday, March 22 at 11:00 in Paramaribo and 15:00 in Rotterdam, 45 minutes, hands-on',
    ]);
    expect(await line({ mode: 'shared', sessionTime: '11:00' }, /_core-team_announcement\.nl\.md$/, '- **Training:**')).toEqual([
      '- **Training:** maandag 5 april om 11:00 in Paramaribo en 16:00 in Rotterdam, 90 minuten, praktijkgericht',
    ]);
  });

  it('says from which day the office hours move on the clock of a location whose daylight saving changes in between', async () => {
    expect(await line({ mode: 'shared', officeHours: { time: '10:00' } }, /_early-adopters_welcome\.en\.md$/, '- **Office hours:**')).toEqual([
      '- **Office hours:** drop in at 10:00 in Paramaribo and 14:00 in Rotterdam (15:00 from Monday, March 29), 60 minutes, every working day in the first week from Monday, March 22, 3 times in the second week',
    ]);
  });

  it('keeps the time as it is for sessions held at each location at its own clock', async () => {
    const lines = await line({ mode: 'per-location', sessionTime: '11:00' }, /_early-adopters_rotterdam_announcement\.en\.md$/, '- **Training:**');
    expect(lines).toEqual(['- **Training:** Monday, March 22 at 11:00, 45 minutes, Rotterdam, hands-on']);
  });
});
