import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { diagnosticLines, minimalPlan, validPlan, warningsOf } from '../helpers.js';

/** Pinas BV: 20 in Paramaribo (a pilot and two departments), 5 at the branch in Nieuw Nickerie. */
const organization = (locations = 2) => ({
  name: 'Pinas BV',
  headcount: 25,
  locations: [
    { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 20 },
    { name: 'Nieuw Nickerie', timezone: 'America/Paramaribo', headcount: 5 },
  ].slice(0, locations),
  groups: [
    { name: 'IT pilot', headcount: 3, kind: 'pilot', location: 'Paramaribo' },
    { name: 'Kantoor', headcount: 9, kind: 'department', location: 'Paramaribo' },
    { name: 'Verkoop', headcount: 8, kind: 'department', location: 'Paramaribo' },
  ],
});
const sandra = (extra: Record<string, unknown>, locations = 2) => minimalPlan({ start: '2027-03-01', organization: organization(locations), ...extra });
const strategyBy = (plan: Record<string, unknown>) => warningsOf(plan).filter((w) => w.code === 'strategy-by');

describe('strategy.by where the preset phases do not follow it', () => {
  it('warns at by: location beside preset: growing, with what removing the preset gives', () => {
    const [line, ...more] = diagnosticLines(sandra({ strategy: { approach: 'phased', by: 'location' }, preset: 'growing' }), 'strategy-by');
    expect(more).toEqual([]);
    expect(line).toMatch(/^rollout\.yaml:\d+:\d+: warning strategy\.by: strategy\.by: location does nothing beside preset: growing; the phases stay the preset's: Pilot group, Kantoor, Verkoop, Everyone else/);
    expect(line).toContain('remove preset: growing for one two-week phase per location: Paramaribo, then Nieuw Nickerie, the old system off in week 5');
  });

  it('warns at by: location with one location, and at by: department with no department groups', () => {
    expect(strategyBy(sandra({ strategy: { by: 'location' } }, 1))[0]?.message).toMatch(/^strategy\.by: location needs two or more locations/);
    const noDepartments = minimalPlan({ strategy: { by: 'department' }, preset: 'growing', organization: { name: 'Acme', headcount: 20 } });
    expect(strategyBy(noDepartments)[0]?.message).toMatch(/^strategy\.by: department needs groups of kind: department/);
    expect(strategyBy(sandra({ strategy: { by: 'workload' } }))[0]?.hint).toMatch(/list them under phases:/);
  });

  it('says nothing where the phases follow it, the plan lists its own, or everyone switches at once', () => {
    expect(strategyBy(sandra({ strategy: { by: 'location' } }))).toEqual([]);
    expect(strategyBy(sandra({ strategy: { by: 'department' }, preset: 'growing' }))).toEqual([]);
    expect(strategyBy(sandra({ strategy: { by: 'location', approach: 'big-bang' } }))).toEqual([]);
    expect(strategyBy(sandra({ strategy: { by: 'location' }, preset: 'growing', phases: [{ id: 'all', name: 'All', audience: 'all', weeks: 2 }] }))).toEqual([]);
  });

  it('has the get-started checklist name the split the schedule follows', async () => {
    const templates = await loadTemplates();
    const approach = async (extra: Record<string, unknown>) => {
      const plan = validPlan(sandra(extra));
      const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'] });
      return r.files
        .filter((f) => f.name.includes('get-started'))
        .map((f) => String(f.content).split('\n').find((l) => /approach|Aanpak/.test(l)))
        .sort();
    };
    expect(await approach({ strategy: { by: 'location' }, preset: 'growing' })).toEqual([
      '- [ ] Aanpak voor de brede invoering vastleggen: gefaseerd per groep',
      '- [ ] Establish the approach for the broad rollout: phased by group',
    ]);
    expect((await approach({ strategy: { by: 'location' } }))[1]).toBe('- [ ] Establish the approach for the broad rollout: phased by location');
  });
});
