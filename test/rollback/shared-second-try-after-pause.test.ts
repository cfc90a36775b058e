import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies (test/fixtures/rollback/branches.yaml): Albina and Moengo share the phase
 * "Branches", announced on Tuesday 16 March for Tuesday 30 March (Easter Monday is off). The
 * director is away: everything pauses from Monday 22 March until Monday 29 March, 5 working days,
 * so Branches starts on Monday 5 April. Albina rolls back on Monday 12 April and starts again on
 * Monday 17 May (resume.on). The pause was over by the rollback: it was the first try's, and
 * moves the second try by no day. Counted by hand: announcement two weeks ahead, Monday 3 May;
 * reminder a week ahead, Monday 10 May; welcome Monday 17 May; the pause counted again would
 * give Monday 24 May (17 May + 5 working days).
 */
const written = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'branches.yaml'), 'utf8')) as Record<string, unknown>;
const pause = { from: '2027-03-22', until: '2027-03-29', decided: '2027-03-19', reason: { nl: 'de directeur is in het buitenland', en: 'the director is abroad' } };
const plan = validPlan(stringify({ ...written, pauses: [pause] }));
const templates = await loadTemplates();

describe("a pause of everything before a location's first try, then its second try in a phase it shares", () => {
  it('starts the second try on resume.on in the schedule', () => {
    const schedule = buildSchedule(plan);
    expect(schedule.events.filter((e) => e.phase === 'branches' && e.type === 'launch').map((e) => [e.date, e.location ?? ''])).toEqual([
      ['2027-04-05', ''],
      ['2027-05-17', 'Albina'],
    ]);
  });

  it("has every message of Albina's second try name Monday 17 May, as the schedule does, not the pause's 5 working days later", async () => {
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['nl', 'en'] });
    const albina = files.filter((f) => /^2027-05-\d\d_branches_albina_(announcement|reminder|welcome)\./.test(f.name));
    expect(albina.map((f) => f.name).sort()).toEqual([
      '2027-05-03_branches_albina_announcement.nl.md',
      '2027-05-10_branches_albina_reminder.nl.md',
      '2027-05-17_branches_albina_welcome.nl.md',
    ]);
    const file = (name: string) => String(albina.find((f) => f.name === name)!.content);
    expect(file('2027-05-03_branches_albina_announcement.nl.md')).toContain('nu begint jouw groep op maandag 17 mei 2027.');
    expect(file('2027-05-03_branches_albina_announcement.nl.md')).toContain('**Wat je nu doet:** houd maandag 17 mei vrij voor de overstap');
    expect(file('2027-05-10_branches_albina_reminder.nl.md')).toContain('Microsoft Teams start maandag 17 mei');
    expect(file('2027-05-17_branches_albina_welcome.nl.md')).toContain('Vanaf vandaag, maandag 17 mei 2027, werkt jouw groep (Branches in Albina)');
    for (const f of albina) expect(String(f.content)).not.toContain('24 mei');
  });
});
