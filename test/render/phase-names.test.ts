import { describe, expect, it } from 'vitest';
import { planIn } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

/**
 * The preset names its phases ("Everyone else", "Alle overige collega’s"): a plural, a capital,
 * no article. Texts that make such a name the subject of a verb ("werkt Alle overige collega’s",
 * "Everyone else in Paramaribo works") are wrong whatever the verb's number, so none may.
 */
const VERBS = {
  nl: 'werkt|werken|stapt|stappen|begint|beginnen|start|starten|gaat|gaan|heeft|hebben',
  en: 'works|work|switches|switch|starts|start|begins|begin|has|have',
} as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function subjectUses(text: string, name: string, lang: 'en' | 'nl'): string[] {
  const n = escape(name);
  const patterns = [
    // The name, maybe with its location, then a verb: "Everyone else in Paramaribo works".
    new RegExp(`${n}(?:,? in [^,.;:()\\n]+?)? (?:then )?(?:${VERBS[lang]})\\b[^\\n]*`, 'g'),
    // A verb, then the name: "werkt Alle overige collega’s", "stapt Alle overige collega’s ... over".
    ...(lang === 'nl' ? [new RegExp(`\\b(?:${VERBS.nl}) ${n}[^\\n]*`, 'g')] : []),
  ];
  return patterns.flatMap((p) => text.match(p) ?? []);
}

// The growing preset with no groups keeps its own phase names; two locations give every text its "in <location>" form.
const plan = validPlan(
  minimalPlan({
    tool: { name: 'Microsoft Teams', replaces: 'e-mail' },
    organization: {
      name: 'Sranan Advies',
      headcount: 25,
      languages: ['nl', 'en'],
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 20, champion: 'Ravi' },
        { name: 'Nieuw Nickerie', timezone: 'America/Paramaribo', headcount: 5, champion: 'Soenita' },
      ],
    },
    start: '2027-03-01',
    preset: 'growing',
    pauses: [{ from: '2027-03-22', until: '2027-03-29', reason: { nl: 'te weinig gebruik', en: 'too little use' } }],
  }),
);
const templates = await loadTemplates();

describe('texts around the preset’s phase names', () => {
  it.each(['nl', 'en'] as const)('never make a phase name the subject of a verb in the schedule (%s)', (lang) => {
    const local = planIn(plan, lang);
    const names = local.phases.map((p) => p.name);
    expect(names).toContain(lang === 'nl' ? 'Alle overige collega’s' : 'Everyone else');
    const schedule = buildSchedule(local);
    const titles = [...schedule.events, ...schedule.held.events].map((e) => e.title).join('\n');
    expect(titles).toMatch(new RegExp(escape(names[3]!)));
    expect(names.flatMap((name) => subjectUses(titles, name, lang))).toEqual([]);
  });

  it('never make a phase name the subject of a verb in any email or checklist, in either language', async () => {
    const rendered = [
      ...(await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['nl', 'en'] })).files,
      ...(await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['nl', 'en'], rollback: { date: '2027-04-14', reason: 'x', gates: [] } })).files,
    ].filter((f) => /\.(en|nl)\.md$/.test(f.name));
    const kinds = new Set(rendered.map((f) => f.name.replace(/^\d{4}-\d\d-\d\d_[^_]+_(?:[^_]+_)?/, '').replace(/(-\d+)?\.(en|nl)\.md$/, '')));
    for (const kind of ['announcement', 'reminder', 'welcome', 'pause', 'resume', 'weekly-update', 'survey', 'decommission', 'retrospective', 'rollback', 'checklist-first-week', 'checklist-each-week-after']) expect(kinds).toContain(kind);
    const found: string[] = [];
    for (const lang of ['nl', 'en'] as const) {
      const names = planIn(plan, lang).phases.map((p) => p.name);
      for (const file of rendered.filter((f) => f.name.endsWith(`.${lang}.md`))) {
        for (const use of names.flatMap((name) => subjectUses(String(file.content), name, lang))) found.push(`${file.name}: ${use}`);
      }
    }
    expect(found).toEqual([]);
  });
});
