import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planIn } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule, recordedSchedule } from '../../src/schedule/build.js';
import { example, validPlan } from '../helpers.js';

/*
 * The firm of examples/adoption.yaml (18 people in Paramaribo, 7 in Nieuw Nickerie): the
 * switch-off was planned from Monday 12 April 2027, a holiday for everyone here, so from Tuesday
 * 13 April, announced two weeks before, on Tuesday 30 March. Nieuw Nickerie rolled back on
 * Wednesday 7 April and starts again on Monday 3 May, for two weeks: the switch-off waits until
 * Monday 17 May. Its notice again counts back two weeks from that Monday: Monday 3 May, not the
 * Tuesday the holiday of April put the first notice on.
 */
type Raw = Record<string, unknown> & { organization: { locations: Record<string, unknown>[] } };
const reason = { en: 'the line in Nickerie is down', nl: 'de lijn in Nickerie ligt eruit' };
const rollback = { on: '2027-04-07', reason, only: { location: 'Nieuw Nickerie' }, resume: { on: '2027-05-03' } };
const holiday = { date: '2027-04-12', name: 'Dag van de firma' };

function planWith(paramaribo: { date: string; name: string }[] = []) {
  const raw = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Raw;
  raw.organization.locations[0] = { ...raw.organization.locations[0], holidays: paramaribo };
  return planIn(validPlan({ ...raw, calendar: { ...(raw.calendar as object), holidays: [holiday] }, rollback }), 'en');
}

const notices = (plan: ReturnType<typeof planWith>) => recordedSchedule(plan).events.filter((e) => e.key === 'decommission-notice');

describe('the switch-off’s notice after a holiday and a second try moved it', () => {
  it('counts back from the day the switch-off now starts: Monday 3 May', () => {
    const plan = planWith();
    expect(buildSchedule(plan).phases.find((p) => p.id === 'decommission')).toMatchObject({ start: '2027-05-17' });
    expect(notices(plan).map((e) => e.date)).toEqual(['2027-03-30', '2027-05-03']);
  });

  it('on a day most of its readers work: Paramaribo off on Monday 3 May, Tuesday 4 May', () => {
    const plan = planWith([{ date: '2027-05-03', name: 'Stadsdag' }]);
    expect(notices(plan).at(-1)).toMatchObject({ date: '2027-05-04', movedFrom: '2027-05-03' });
  });

  it('only Paramaribo off on Tuesday 4 May: still Monday 3 May', () => {
    expect(notices(planWith([{ date: '2027-05-04', name: 'Stadsdag' }])).at(-1)?.date).toBe('2027-05-03');
  });

  it('render-emails sends it that Monday', async () => {
    const { files } = await renderEmails(planWith(), buildSchedule(planWith()), { format: 'md', templates: await loadTemplates(), languages: ['en', 'nl'] });
    const names = files.map((f) => f.name).filter((n) => /_decommission\.(en|nl)\.md$/.test(n));
    expect(names.filter((n) => n > '2027-04').sort()).toEqual(['2027-05-03_decommission_decommission.en.md', '2027-05-03_decommission_decommission.nl.md']);
  });
});
