import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, validPlan } from '../helpers.js';

/* The small team: half of it starts on Monday 4 January 2027, its go/no-go falls due on Friday the 8th, in the rollout's first week. */
describe('a gate due in the rollout’s first week, which has no weekly checklist', () => {
  it('is in the first week’s checklist, with what to download that day, in English and Dutch', async () => {
    const plan = validPlan(readFileSync(example('small-team.yaml'), 'utf8'));
    const schedule = buildSchedule(plan);
    expect(schedule.events.find((e) => e.type === 'gate')).toMatchObject({ date: '2027-01-08', week: 1 });
    const files = new Map((await renderEmails(plan, schedule, { format: 'md', templates: await loadTemplates() })).files.map((f) => [f.name, String(f.content)]));
    expect(files.get('2027-01-08_first-half_checklist-first-week.en.md')).toContain('- [ ] Download on Friday, January 8, before the working day ends: the metrics export that gate-check --metrics reads (for first-half-go-no-go, judged on the rows dated up to that day)\n');
    expect(files.get('2027-01-08_first-half_checklist-first-week.nl.md')).toContain('- [ ] Downloaden op vrijdag 8 januari, vóór het einde van de werkdag: de export met metingen die gate-check --metrics leest (voor first-half-go-no-go,');
    // Later weeks have their weekly checklist: the first week's checklist of a later phase names no download.
    expect(files.get('2027-01-15_second-half_checklist-first-week.en.md')).not.toContain('Download');
    expect(files.get('2027-01-11_rollout_checklist-each-week-after.en.md')).not.toMatch(/Download|\n\n- \[ \] Communication/);
  });
});
