import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planIn } from '../../src/plan/resolve.js';
import { launchPhaseOfGroup, targetedGroupsOf } from '../../src/plan/targeted.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, minimalPlan, validPlan } from '../helpers.js';

/* A group the plan marks for targeted communication and training gets it in its own launch phase. */

const adoption = validPlan(readFileSync(example('adoption.yaml'), 'utf8'));

describe('the launch phase of a targeted group', () => {
  it('is the first phase whose audience names the group or its location, else the rest phase', () => {
    const plan = validPlan(
      minimalPlan({
        organization: {
          name: 'Acme',
          headcount: 30,
          locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo' }, { name: 'Nickerie', timezone: 'America/Paramaribo' }],
          groups: [
            { name: 'Pilot', headcount: 3, location: 'Paramaribo' },
            { name: 'Branch', headcount: 7, location: 'Nickerie' },
            { name: 'Office', headcount: 20, location: 'Paramaribo' },
          ],
        },
        phases: [
          { id: 'pilot', name: 'Pilot', audience: { groups: ['Pilot'] }, weeks: 1 },
          { id: 'west', name: 'West', audience: { locations: ['Nickerie'] }, weeks: 1 },
          { id: 'rest', name: 'Everyone else', audience: 'rest', weeks: 1 },
        ],
      }),
    );
    expect(['Pilot', 'Branch', 'Office'].map((g) => plan.phases[launchPhaseOfGroup(plan, g)]?.id)).toEqual(['pilot', 'west', 'rest']);
  });

  it('is the branch phase in examples/adoption.yaml, and no other phase has the group', () => {
    expect(adoption.phases.map((p) => targetedGroupsOf(adoption, p.id).map((t) => t.group))).toEqual([[], [], ['Branch'], []]);
  });
});

describe('a targeted group in the checklists and the schedule', async () => {
  const rendered = await renderEmails(adoption, buildSchedule(adoption), { format: 'md', templates: await loadTemplates(), languages: ['en', 'nl'] });
  const twoWeeksBefore = (lang: string) =>
    rendered.files.filter((f) => f.name.endsWith(`_checklist-two-weeks-before.${lang}.md`)).map((f) => [f.name.replace(/^\S+?_/, '').replace(/_.*/, ''), String(f.content)] as const);

  it.each([
    ['en', '- [ ] Branch reached in their own way with the announcement and the training: a phone call from Rachel Soekhai (the internet in Nieuw Nickerie is poor)'],
    ['nl', '- [ ] Branch op een eigen manier bereikt met de aankondiging en de training: een telefoontje van Rachel Soekhai (het internet in Nieuw Nickerie is slecht)'],
  ])('%s: the branch phase two weeks before its launch, and only that phase', (lang, item) => {
    const found = twoWeeksBefore(lang);
    expect(found.map(([phase]) => phase)).toEqual(['pilot', 'studio', 'nickerie']);
    expect(found.map(([phase, text]) => [phase, text.includes(item)])).toEqual([
      ['pilot', false],
      ['studio', false],
      ['nickerie', true],
    ]);
  });

  it('the branch announcement in the schedule says how the group is reached, in each language', () => {
    const titles = (lang: 'en' | 'nl') => buildSchedule(planIn(adoption, lang)).events.filter((e) => e.type === 'announcement' && e.phase === 'nickerie').map((e) => e.title);
    expect(titles('en')).toEqual(['Announce Microsoft Teams to Nieuw Nickerie branch; Branch: own message via a phone call from Rachel Soekhai']);
    expect(titles('nl')).toEqual(['Microsoft Teams aankondigen aan Vestiging Nieuw Nickerie; Branch: eigen bericht via een telefoontje van Rachel Soekhai']);
    expect(buildSchedule(adoption).events.filter((e) => e.type === 'announcement' && e.phase === 'studio').map((e) => e.title)).toEqual(['Microsoft Teams aankondigen aan Ontwerp en kantoor']);
  });
});
