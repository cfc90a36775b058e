import { describe, expect, it } from 'vitest';
import { conditionClause, conditionText } from '../../src/plan/condition-text.js';
import { displayNames } from '../../src/plan/display-names.js';
import { minimalPlan, paramaribo, validPlan } from '../helpers.js';

const said = (label: string) => conditionText({ metric: 'm', op: '>=', threshold: 80 }, [{ name: 'm', label, unit: 'percent' }], 'en');

describe('conditionText', () => {
  it('writes a capitalized label in lower case inside the sentence', () => {
    expect(said('Active use')).toBe('active use at least 80%');
    expect(said('Über-nutzung')).toBe('über-nutzung at least 80%');
    expect(said('Ēra')).toBe('ēra at least 80%');
  });

  it('writes the first word of a label that names something further on in lower case, and keeps the names', () => {
    expect(said('Active in Teams in the last 7 days')).toBe('active in Teams in the last 7 days at least 80%');
    expect(said('Would recommend Teams (0-10)')).toBe('would recommend Teams (0-10) at least 80%');
    expect(said('Nog actief in Slack (per week)')).toBe('nog actief in Slack (per week) at least 80%');
    expect(said('Satisfaction NPS')).toBe('satisfaction NPS at least 80%');
    // A capital word right after the first: a name of several words, or a title in capitals.
    for (const label of ['Weekly Active Users', 'Google Workspace sign-ins']) expect(said(label)).toBe(`${label} at least 80%`);
  });

  it('keeps a label that starts with an abbreviation, a digit or a lower-case letter, or names something, as it is', () => {
    for (const label of ['NPS', 'IT tickets', 'ÜBER', '2FA sign-ins', 'active use', 'A', 'Net Promoter Score (0-10)', 'Microsoft Teams use']) expect(said(label)).toBe(`${label} at least 80%`);
  });

  it('keeps a label that starts with a name the plan knows: its tool, organization, groups, locations or phases', () => {
    const plan = validPlan(
      minimalPlan({
        tool: { name: 'Microsoft Teams', replaces: 'Slack' },
        organization: { name: 'Kaiteur Design', headcount: 25, languages: ['en', 'nl'], locations: [paramaribo(25, [])], groups: [{ name: 'Office', headcount: 25 }] },
        metrics: [
          { name: 'tickets', label: { en: 'Teams tickets per working day', nl: 'Teams-meldingen per werkdag' }, unit: 'count' },
          { name: 'slack', label: 'Slack messages', unit: 'count' },
          { name: 'branch', label: 'Paramaribo sign-ins', unit: 'count' },
          { name: 'office', label: 'Office hours', unit: 'count' },
          { name: 'score', label: 'NPS', unit: 'score' },
          { name: 'tickets_other', label: 'Tickets per day', unit: 'count' },
        ],
      }),
    );
    const labels = Object.fromEntries(displayNames(plan).metrics.map((m) => [m.name, m.label]));
    expect(labels).toMatchObject({ tickets: 'Teams tickets per working day', slack: 'Slack messages', branch: 'Paramaribo sign-ins', office: 'Office hours', score: 'NPS', tickets_other: 'tickets per day', active_use_pct: 'active use' });
    expect(conditionText({ metric: 'tickets', aggregate: 'mean', op: '<=', threshold: 3 }, plan.metrics, 'en')).toBe('average Teams tickets per working day at most 3');
    const dutch = validPlan(minimalPlan({ tool: { name: 'Microsoft Teams' }, organization: { name: 'Kaiteur', headcount: 25, languages: ['nl'] }, metrics: [{ name: 'tickets', label: { en: 'Teams tickets', nl: 'Teams-meldingen per werkdag' }, unit: 'count' }] }));
    expect(displayNames(dutch).metrics.find((m) => m.name === 'tickets')?.label).toBe('Teams-meldingen per werkdag');
    expect(displayNames(dutch).metrics.find((m) => m.name === 'active_use_pct')?.label).toBe('actief gebruik');
  });
});

describe('a trend against 0', () => {
  const tickets = [{ name: 'support_tickets', label: 'Tickets', unit: 'count' as const }];
  const trend = (op: '<' | '<=' | '>' | '>=', lang: 'en' | 'nl', metrics: { name: string; label: string; unit: 'count' | 'percent' }[] = tickets) =>
    conditionText({ metric: metrics[0]!.name, aggregate: 'slope', op, threshold: 0 }, metrics, lang);

  it('says the direction it asks for, of a count per day, in English and Dutch', () => {
    expect(trend('<', 'en')).toBe('tickets per day are falling');
    expect(trend('<=', 'en')).toBe('tickets per day are not rising');
    expect(trend('<', 'nl', [{ name: 't', label: 'Meldingen', unit: 'count' }])).toBe('het aantal meldingen per dag daalt');
    expect(trend('<=', 'nl', [{ name: 't', label: 'Meldingen', unit: 'count' }])).toBe('het aantal meldingen per dag neemt niet toe');
    expect(trend('>=', 'nl', [{ name: 't', label: 'Meldingen', unit: 'count' }])).toBe('het aantal meldingen per dag neemt niet af');
  });

  it('does not say "per day" twice, and says a measure that is no count as it is', () => {
    expect(trend('<=', 'en', [{ name: 't', label: 'Support tickets per day', unit: 'count' }])).toBe('support tickets per day are not rising');
    expect(trend('<=', 'nl', [{ name: 't', label: 'Supportmeldingen per dag', unit: 'count' }])).toBe('het aantal supportmeldingen per dag neemt niet toe');
    expect(trend('>', 'en', [{ name: 't', label: 'Active use', unit: 'percent' }])).toBe('active use is rising');
    expect(trend('>', 'nl', [{ name: 't', label: 'Actief gebruik', unit: 'percent' }])).toBe('actief gebruik stijgt');
  });

  it('after "once" / "zodra", with the Dutch verb at the end; any other threshold stays a number per day', () => {
    const dutch = [{ name: 't', label: 'Meldingen', unit: 'count' as const }];
    expect(conditionClause({ metric: 't', aggregate: 'slope', op: '<=', threshold: 0 }, dutch, 'nl')).toBe('het aantal meldingen per dag niet toeneemt');
    expect(conditionClause({ metric: 't', aggregate: 'slope', op: '<', threshold: 0 }, tickets.map((m) => ({ ...m, name: 't' })), 'en')).toBe('tickets per day are falling');
    expect(conditionText({ metric: 't', aggregate: 'slope', op: '<=', threshold: -0.5 }, dutch, 'nl')).toBe('trend van meldingen hoogstens -0,5 per dag');
  });
});
