import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Most of Sranan Advies now works in Albina (15 of 25), which reads English, has a holiday on
 * Tuesday 20 and Wednesday 21 April 2027 and was to start on Monday 12 April; the others read
 * Dutch. Albina's start moves two weeks (a pause of that phase alone), so the survey of Monday
 * 19 April asks the other offices only. Its languages and its answer-by day come from the same
 * readers: Dutch only, and two of their working days later (Wednesday 21 April), not Albina's
 * holidays. Before, the answer-by day counted Albina (planned to start before that week) while
 * the languages left it out.
 */
async function survey(pause: boolean) {
  const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as {
    organization: { locations: Record<string, unknown>[]; groups: unknown[] };
    gates: unknown[];
    pauses: unknown[];
  };
  const locations = data.organization.locations;
  locations[0] = { ...locations[0], headcount: 8, languages: ['nl'] };
  locations[1] = { ...locations[1], headcount: 2, languages: ['nl'] };
  locations[2] = { ...locations[2], headcount: 15, languages: ['en'], holidays: [{ date: '2027-04-20', name: 'Albina day' }, { date: '2027-04-21', name: 'Albina day 2' }] };
  data.organization.groups = [
    { name: 'ICT', headcount: 2, kind: 'pilot', location: 'Paramaribo' },
    { name: 'Administratie', headcount: 3, kind: 'department', location: 'Paramaribo' },
    { name: 'Advies', headcount: 3, kind: 'department', location: 'Paramaribo' },
  ];
  data.gates.push({ id: 'satisfied', phase: 'head-office', metric: 'satisfaction', aggregate: 'mean', op: '>=', threshold: 7, within: '4w', scope: 'organization' });
  data.pauses = pause ? [{ from: '2027-04-09', until: '2027-04-23', reason: 'the Albina office moves', only: { phase: 'albina' } }] : [];
  const plan = validPlan(stringify(data));
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates() });
  return r.files.filter((f) => f.name.startsWith('2027-04-19_rollout_survey')).map((f) => [f.name, String(f.content)] as const);
}

describe('a survey’s readers, by one rule', () => {
  it('date it, give its answer-by day and choose its languages alike when a pause of one phase moves that phase past it', async () => {
    const moved = await survey(true);
    expect(moved.map(([name]) => name)).toEqual(['2027-04-19_rollout_survey.nl.txt']);
    expect(moved[0]![1]).toContain('woensdag 21 april');
    expect(moved[0]![1]).not.toContain('Albina');
    // Without the pause Albina started the week before: asked, in English too, and its holidays count.
    const asked = await survey(false);
    expect(asked.map(([name]) => name)).toEqual(['2027-04-19_rollout_survey.en.txt', '2027-04-19_rollout_survey.nl.txt']);
    expect(asked[0]![1]).toContain('Friday, April 23');
  });
});
