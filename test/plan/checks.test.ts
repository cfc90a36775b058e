import { describe, expect, it } from 'vitest';
import { errorsOf, load, minimalPlan, pilotInParamaribo, validPlan, warningsOf } from '../helpers.js';
import { stringify } from 'yaml';

const groups = [
  { name: 'Sales', headcount: 10, kind: 'department' },
  { name: 'Support', headcount: 10, kind: 'department' },
];
const phase = (id: string, audience: unknown, extra: Record<string, unknown> = {}) => ({ id, name: id, audience, weeks: 2, ...extra });
const codes = (list: { code: string }[]) => list.map((d) => d.code);

describe('semantic checks', () => {
  it('accepts shares that can add up to 100%', () => {
    expect(errorsOf(minimalPlan({ phases: [phase('a', '10-20%'), phase('b', '80-90%')] }))).toEqual([]);
  });

  it('refuses shares that add up to more than 100%', () => {
    const [d] = errorsOf(minimalPlan({ phases: [phase('a', '60%'), phase('b', '50%')] }));
    expect(d).toMatchObject({ code: 'share', path: 'phases' });
    expect(d?.message).toMatch(/at least 110%/);
  });

  it('refuses phases that leave people out', () => {
    const [d] = errorsOf(minimalPlan({ phases: [phase('a', '20%'), phase('b', '30%')] }));
    expect(d?.message).toBe('phases reach only 20 of 40 people');
    expect(d?.hint).toMatch(/audience: rest/);
  });

  it('refuses a share above 100%', () => {
    expect(errorsOf(minimalPlan({ phases: [phase('a', '150%')] })).map((d) => d.path)).toContain('phases[0].audience');
  });

  it('refuses overlapping phases unless asked', () => {
    const phases = [phase('a', '50%'), phase('b', 'rest', { startWeek: 2 })];
    const [d] = errorsOf(minimalPlan({ phases }));
    expect(d).toMatchObject({ code: 'phase-overlap', path: 'phases[1].startWeek' });
    // The week the plan sets, not the one after "a" that the overlap would push it to.
    expect(d?.message).toBe('phase "b" starts in week 2, before phase "a" ends in week 2');
    expect(errorsOf(minimalPlan({ phases: [phases[0], { ...phases[1], overlap: true }] }))).toEqual([]);
  });

  it('requires decommission to come last, once', () => {
    const phases = [phase('old-off', 'none', { kind: 'decommission', when: { metric: 'active_use_pct', threshold: 80 } }), phase('a', 'all')];
    expect(codes(errorsOf(minimalPlan({ phases })))).toContain('decommission');
  });

  it('warns when a decommission phase has no condition', () => {
    const phases = [phase('a', 'all'), phase('off', 'none', { kind: 'decommission' })];
    expect(codes(warningsOf(minimalPlan({ phases })))).toContain('condition');
  });

  it('refuses a launch phase with nobody in it', () => {
    expect(codes(errorsOf(minimalPlan({ phases: [phase('a', 'none'), phase('b', 'rest')] })))).toContain('no-audience');
  });

  it('checks that gates name existing phases, with a did-you-mean', () => {
    const gates = [{ id: 'g', phase: 'early-adoptors', metric: 'active_use_pct', threshold: 80 }];
    const [d] = errorsOf(minimalPlan({ gates }));
    expect(d).toMatchObject({ code: 'unknown-phase', path: 'gates[0].phase', hint: 'did you mean "early-adopters"?' });
  });

  it('warns about gate metrics the plan does not describe', () => {
    const gates = [{ id: 'g', phase: 'core-team', metric: 'active_usepct', threshold: 80 }];
    const d = warningsOf(minimalPlan({ gates })).find((x) => x.code === 'unknown-metric');
    expect(d?.hint).toBe('did you mean "active_use_pct"?');
  });

  it('refuses percentage thresholds outside 0-100', () => {
    const gates = [{ id: 'g', phase: 'core-team', metric: 'active_use_pct', threshold: 180 }];
    expect(codes(errorsOf(minimalPlan({ gates })))).toContain('threshold');
  });

  it('checks that group headcounts fit the organization', () => {
    const org = { name: 'a', headcount: 15, groups };
    expect(errorsOf(minimalPlan({ organization: org }))[0]?.message).toBe('groups hold 20 people but the organization has 15');
  });

  it('checks group and location references', () => {
    const org = { name: 'a', headcount: 20, groups: [{ name: 'Sales', headcount: 5, location: 'Paramribo' }], locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo', champion: 'A' }] };
    const [d] = errorsOf(minimalPlan({ organization: org }));
    expect(d).toMatchObject({ code: 'unknown-location', hint: 'did you mean "Paramaribo"?' });
    const phases = [phase('a', { groups: ['Sale'] }), phase('b', 'rest')];
    expect(errorsOf(minimalPlan({ organization: org, phases }))[1]).toMatchObject({ code: 'unknown-group', hint: 'did you mean "Sales"?' });
  });

  it('refuses a group brought in twice, naming both phases, and no total that counts it twice', () => {
    const org = { name: 'a', headcount: 20, groups };
    const phases = [phase('a', { groups: ['Sales'] }), phase('b', { groups: ['Sales', 'Support'] })];
    expect(errorsOf(minimalPlan({ organization: org, phases })).map((d) => [d.code, d.path, d.message, d.hint])).toEqual([
      ['audience-twice', 'phases[1].audience.groups[0]', '"Sales" is already brought in by phase "a"', 'take it out of phase "b": a phase brings in the people no earlier phase has'],
    ]);
  });

  describe('a location and a group of it in two phases', () => {
    const plan = (...audiences: unknown[]) => minimalPlan({ organization: pilotInParamaribo, phases: audiences.map((a, i) => phase(`p${i}`, a)) });

    it('counts the location after its group once: the location brings in those not yet in', () => {
      expect(errorsOf(plan({ groups: ['Pilot'] }, { locations: ['Paramaribo'] }, { locations: ['Nieuw Nickerie', 'Miami'] }))).toEqual([]);
    });

    it('refuses the group after its whole location, naming both and the fixes', () => {
      expect(errorsOf(plan({ locations: ['Paramaribo'] }, { groups: ['Pilot'] }, { locations: ['Nieuw Nickerie', 'Miami'] })).map((d) => [d.code, d.path, d.message, d.hint])).toEqual([
        [
          'audience-twice',
          'phases[1].audience.groups[0]',
          'group "Pilot" works in Paramaribo, which phase "p0" brings in whole (audience: { locations: [Paramaribo] }): its people would be counted in both phases',
          'a phase brings in the people no earlier phase has: put phase "p1" before phase "p0", or let phase "p0" name the other groups of Paramaribo instead of the location (audience: { groups: [Kantoor Paramaribo] })',
        ],
      ]);
    });

    it('says that a group without a location may be counted again by a location after it', () => {
      const unlocated = { ...pilotInParamaribo, groups: [{ name: 'Pilot', headcount: 5, kind: 'pilot' }] };
      const phases = [phase('pilot', { groups: ['Pilot'] }), phase('paramaribo', { locations: ['Paramaribo'] }), phase('branches', { locations: ['Nieuw Nickerie', 'Miami'] })];
      expect(errorsOf(minimalPlan({ organization: unlocated, phases })).map((d) => [d.message, d.hint])).toEqual([
        [
          'phases bring in 30 people but the organization has 25',
          'group "Pilot" has no location, so phase "paramaribo" counts its people again if they work at a location it names: give each group its location (organization.groups[].location)',
        ],
      ]);
    });
  });

  it('warns about a holiday in a year the rollout never reaches; one outside it in its year, or on a day off, is a hint', () => {
    const calendar = { holidays: ['2030-01-01', { date: '2027-01-09', name: 'A Saturday' }, { date: '2027-12-25', name: 'Christmas' }] };
    const loaded = minimalPlan({ calendar });
    expect(warningsOf(loaded).filter((d) => d.code.startsWith('holiday-')).map((d) => [d.code, d.path])).toEqual([['holiday-outside', 'calendar.holidays[0]']]);
    const hints = load(loaded).diagnostics.filter((d) => d.severity === 'hint' && d.code.startsWith('holiday-'));
    expect(hints.map((d) => [d.code, d.path])).toEqual([['holiday-weekend', 'calendar.holidays[1].date'], ['holiday-outside', 'calendar.holidays[2].date']]);
  });

  it('warns about unanswered discovery questions, one per question', () => {
    const warnings = warningsOf(minimalPlan()).filter((d) => d.code === 'discovery');
    expect(warnings).toHaveLength(7);
    expect(warningsOf(minimalPlan({ discovery: { approach: 'Phased by location' } })).filter((d) => d.code === 'discovery')).toHaveLength(6);
  });

  it('takes champions named in the plan as the answer to who the champions are', () => {
    const asked = (plan: Record<string, unknown>) => warningsOf(minimalPlan(plan)).filter((d) => d.code === 'discovery').map((d) => d.path);
    expect(asked({})).toContain('discovery.champions');
    expect(asked({ champions: [{ name: 'Shanti Ramdin' }] })).not.toContain('discovery.champions');
    expect(asked({ champions: [{ name: 'Shanti Ramdin' }] })).toHaveLength(6);
  });

  it('gives the playbook advice on preset size and big bang', () => {
    expect(codes(warningsOf(minimalPlan({ preset: 'small' })))).toContain('preset-size');
    expect(codes(warningsOf(minimalPlan({ strategy: { approach: 'big-bang' } })))).toContain('big-bang');
  });

  it('asks for a local champion per location and support in every language', () => {
    const org = {
      name: 'a',
      headcount: 20,
      languages: ['nl', 'en'],
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo' },
        { name: 'Georgetown', timezone: 'America/Guyana', champion: 'M' },
      ],
    };
    const warnings = warningsOf(minimalPlan({ organization: org, regional: { supportLanguages: ['en'] } }));
    expect(warnings.find((d) => d.code === 'no-champion')?.message).toMatch(/Paramaribo/);
    expect(warnings.find((d) => d.code === 'support-language')?.message).toMatch(/nl/);
  });

  it('asks no champion of a location of one or two people (a home worker), and asks it of three', () => {
    const org = (headcount: number) => ({
      name: 'a',
      headcount: 7,
      languages: ['nl'],
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 7 - headcount, champion: 'J' },
        { name: 'Lelydorp', timezone: 'America/Paramaribo', headcount },
      ],
    });
    const champions = (headcount: number) => warningsOf(minimalPlan({ organization: org(headcount) })).filter((d) => d.code === 'no-champion');
    expect(champions(1)).toEqual([]);
    expect(champions(2)).toEqual([]);
    expect(champions(3).map((d) => d.message)).toEqual(['location "Lelydorp" has no local champion']);
  });

  it('refuses escalation to a tier that is not described', () => {
    const support = { tiers: [{ tier: 1, name: 'Docs' }], escalation: [1, 2] };
    expect(codes(errorsOf(minimalPlan({ support })))).toContain('unknown-tier');
  });

  it('phases by location when the strategy says so', () => {
    const org = {
      name: 'a',
      headcount: 30,
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 20 },
        { name: 'Port of Spain', timezone: 'America/Port_of_Spain', headcount: 10 },
      ],
    };
    const plan = validPlan(minimalPlan({ organization: org, strategy: { by: 'location' } }));
    expect(plan.phases.map((p) => p.id)).toEqual(['paramaribo', 'port-of-spain', 'decommission']);
  });
});

describe('the plan fits its headcount', () => {
  const fit = (extra: Record<string, unknown>, headcount: number) =>
    warningsOf(minimalPlan({ ...extra, organization: { name: 'Acme', headcount } })).filter((w) => w.code === 'preset-size' || w.code === 'big-bang');

  it.each([
    [{ preset: 'solo', strategy: { approach: 'big-bang' } }, 1],
    [{ strategy: { approach: 'big-bang' } }, 1],
    [{ strategy: { approach: 'big-bang' } }, 3],
    [{ preset: 'small' }, 5],
    [{ preset: 'small' }, 10],
    [{ preset: 'growing' }, 10],
    [{ preset: 'growing' }, 25],
    [{}, 4],
    [{}, 12],
    [{}, 31],
  ])('%j suits %d people, as the playbook sizes it', (extra, headcount) => expect(fit(extra, headcount)).toEqual([]));

  it('says which of the playbook timelines fit, in its own sizes', () => {
    const [w] = fit({ preset: 'small' }, 3);
    expect(w!.message).toBe("the small preset follows the playbook's small team (5-10 people), not 3");
    expect(w!.hint).toBe('for 3 people the playbook advises a big-bang switch (strategy: { approach: big-bang })');
    expect(fit({ strategy: { approach: 'big-bang' } }, 12)[0]!.hint).toBe('for 12 people the playbook advises the growing preset (preset: growing)');
    expect(fit({ preset: 'solo' }, 2)[0]!.hint).toMatch(/big-bang switch/);
    expect(fit({ preset: 'solo' }, 10)[0]!.hint).toBe('for 10 people the playbook advises the small preset (preset: small) or the growing preset (preset: growing)');
    expect(fit({ preset: 'growing' }, 9)[0]!.message).toBe("the growing preset follows the playbook's growing business (10-25 people), not 9");
    expect(fit({ preset: 'custom', strategy: { approach: 'phased' } }, 2)[0]!.message).toBe("the custom preset follows the playbook's phased plan, which it advises for teams larger than 3 people, not 2");
  });

  it('says so where the playbook gives no timeline for the size, rather than naming one', () => {
    const between = fit({ preset: 'small' }, 4)[0]!;
    expect(between.message).toBe("the small preset follows the playbook's small team (5-10 people), not 4");
    expect(between.hint).toBe('the playbook gives no example timeline for 4 people (only for 1, 2-3, 5-10 and 10-25 people); for most businesses it advises its phased plan: preset: custom, or phases of your own');
    expect(fit({ preset: 'growing' }, 31)[0]!.hint).toMatch(/^the playbook gives no example timeline for 31 people .*: preset: custom, or phases of your own$/);
  });
});

describe('support languages given twice', () => {
  it('warns that support.languages does nothing when regional.supportLanguages is set', () => {
    const both = warningsOf(minimalPlan({ support: { languages: ['nl'] }, regional: { supportLanguages: ['en'] } })).filter((w) => w.code === 'support-languages-twice');
    expect(both.map((w) => [w.path, w.message])).toEqual([['support.languages', 'support.languages does nothing: regional.supportLanguages is set too, and wins']]);
    expect(codes(warningsOf(minimalPlan({ support: { languages: ['en'] } })))).not.toContain('support-languages-twice');
  });
});

describe('keys another key overrides', () => {
  it('warns at within when a gate is also due day-before, at the line of within', () => {
    const gates = [
      { id: 'both', phase: 'a', metric: 'active_use_pct', threshold: 60, within: '2w', due: 'day-before', guards: 'next' },
      { id: 'within-only', phase: 'a', metric: 'active_use_pct', threshold: 60, within: '2w' },
    ];
    const text = stringify(minimalPlan({ phases: [{ id: 'a', name: 'A', audience: '50%' }, { id: 'b', name: 'B', audience: 'rest' }], gates }));
    const found = warningsOf(text).filter((d) => d.code === 'within-overridden');
    expect(found.map((d) => [d.path, d.message, d.line])).toEqual([['gates[0].within', 'within does nothing here: the gate is due day-before', text.split('\n').findIndex((l) => l.includes('within: 2w')) + 1]]);
  });
});
