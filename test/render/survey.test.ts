import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

// The default preset from Monday 2027-01-04: early adopters, the core team from 01-18, everyone else from 02-01.
const plan = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] } }));
const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
const survey = (date: string, lang: string) => String(files.find((f) => f.name === `${date}_rollout_survey.${lang}.md`)?.content);

describe('the satisfaction survey', () => {
  it('asks only the groups that started before its day, and says how long they have used the tool', () => {
    expect(survey('2027-01-11', 'en')).toContain('- **To:** Early adopters (');
    expect(survey('2027-01-11', 'en')).toContain('You have worked in Teamchat for a week or more now');
    // The core team starts on the survey's day: not asked yet.
    expect(survey('2027-01-18', 'en')).toMatch(/- \*\*To:\*\* Early adopters \(\d+ people\)/);
    expect(survey('2027-01-18', 'nl')).toContain('Je werkt nu 2 weken of langer in Teamchat');
    expect(survey('2027-01-25', 'en')).toMatch(/- \*\*To:\*\* Early adopters and Core team \(\d+ people\)/);
    expect(survey('2027-01-25', 'nl')).toMatch(/- \*\*Aan:\*\* Koplopers en Kernteam \(\d+ personen\)/);
    expect(survey('2027-01-25', 'nl')).toContain('Je werkt nu een week of langer in Teamchat');
    // Once everyone has started, everyone is asked.
    expect(survey('2027-02-08', 'en')).toMatch(/- \*\*To:\*\* Everyone at Acme \(40 people\)/);
    for (const f of files.filter((x) => x.name.includes('_survey.'))) expect(String(f.content)).not.toMatch(/for a while now|een tijdje/);
  });
});
