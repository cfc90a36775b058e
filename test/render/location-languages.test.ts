import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Language } from '../../src/plan/schema.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { diagnosticLines, minimalPlan, ROOT, validPlan } from '../helpers.js';

const templates = await loadTemplates();

/** A 30-person foundation in three places of Suriname, phased by location, in Dutch and English. */
function kustzorg(locations: Record<string, unknown>[], more: Record<string, unknown> = {}) {
  return minimalPlan({
    organization: { name: 'Stichting Kustzorg', headcount: 30, languages: ['nl', 'en'], locations },
    start: '2027-03-01',
    strategy: { approach: 'phased', by: 'location' },
    phases: locations.map((l) => ({ id: String(l.name).toLowerCase().replace(/ /g, '-'), name: l.name, audience: { locations: [l.name] }, weeks: 2 })),
    ...more,
  });
}
const paramaribo = { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 18 };
const nickerie = { name: 'Nieuw Nickerie', timezone: 'America/Paramaribo', headcount: 7 };
const albina = { name: 'Albina', timezone: 'America/Paramaribo', headcount: 5, languages: ['nl'] };

async function written(input: Record<string, unknown>, languages?: Language[]) {
  const plan = validPlan(input);
  const { entries, files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, ...(languages ? { languages } : {}) });
  /** The languages each message is written in, by its file name without language and extension. */
  const by = new Map<string, string[]>();
  for (const e of entries) {
    const base = e.file.replace(/\.(en|nl)\.md$/, '');
    by.set(base, [...(by.get(base) ?? []), e.language]);
  }
  const of = (pattern: RegExp) => [...by].filter(([base]) => pattern.test(base)).map(([base, langs]) => `${base}: ${langs.join(',')}`);
  const text = (file: string) => String(files.find((f) => f.name === file)!.content);
  return { entries, of, text };
}

/** The languages of each line of `of`. */
const languages = (lines: string[]) => lines.map((line) => line.slice(line.lastIndexOf(': ') + 2));

describe('each message in the languages its readers read', () => {
  it('writes a location’s phase messages in its languages only, and what goes to everyone in every language', async () => {
    const { of } = await written(kustzorg([paramaribo, nickerie, albina]));
    expect(of(/_albina_(?!checklist)/)).toEqual(['2027-03-15_albina_announcement: nl', '2027-03-22_albina_reminder: nl', '2027-03-29_albina_welcome: nl']);
    expect(of(/_paramaribo_(announcement|reminder|welcome)/)).toEqual([
      '2027-02-15_paramaribo_announcement: nl,en',
      '2027-02-22_paramaribo_reminder: nl,en',
      '2027-03-01_paramaribo_welcome: nl,en',
    ]);
    // Weekly updates, and the coordinator's checklists, whoever reads them, in both.
    expect(languages(of(/weekly-update/))).toEqual(Array(6).fill('nl,en'));
    // The phase's checklists too: the coordinator reads them, not Albina's people.
    expect(languages(of(/checklist|review|get-started/))).toEqual(Array(24).fill('nl,en'));
    expect(of(/_albina_checklist/)).toHaveLength(4);
  });

  it('asks a survey in the languages of the places that started, and everyone in all of them', async () => {
    const english = { ...paramaribo, languages: ['en'] };
    // The default gates read survey answers: a survey every week from the second.
    const { of } = await written(kustzorg([english, nickerie, albina]));
    const surveys = of(/_survey/);
    // Paramaribo alone has started until Nieuw Nickerie's launch on 03-15: English; then both.
    expect(surveys).toEqual(['2027-03-08_rollout_survey: en', '2027-03-15_rollout_survey: en', '2027-03-22_rollout_survey: nl,en', '2027-03-29_rollout_survey: nl,en', '2027-04-05_rollout_survey: nl,en', '2027-04-12_rollout_survey: nl,en']);
    expect(of(/_paramaribo_welcome/)).toEqual(['2027-03-01_paramaribo_welcome: en']);
    expect(languages(of(/weekly-update/))).toEqual(Array(6).fill('nl,en'));
  });

  it('writes what goes to everyone in the one language every place reads, unless people work at no place', async () => {
    const dutch = [paramaribo, nickerie, albina].map((l) => ({ ...l, languages: ['nl'] }));
    const { entries, of } = await written(kustzorg(dutch));
    const emails = entries.filter((e) => e.kind === 'email');
    expect(emails).toHaveLength(22);
    expect(emails.filter((e) => e.language !== 'nl')).toEqual([]);
    // Checklists are the coordinator's: in the plan's languages.
    expect(languages(of(/checklist-two-weeks-before/))).toEqual(Array(3).fill('nl,en'));
    // Five of 35 at no named location read the plan's languages.
    const unplaced = kustzorg(dutch);
    (unplaced.organization as { headcount: number }).headcount = 35;
    expect(languages((await written(unplaced)).of(/weekly-update/))).toEqual(Array(6).fill('nl,en'));
  });

  it('writes one phase’s per-location messages in each location’s languages', async () => {
    const plan = minimalPlan({
      organization: { name: 'Stichting Kustzorg', headcount: 30, languages: ['nl', 'en'], locations: [paramaribo, nickerie, albina] },
      start: '2027-03-01',
      phases: [{ id: 'everyone', name: 'Everyone', audience: 'all', weeks: 2 }],
    });
    const { of } = await written(plan);
    expect(of(/_announcement/)).toEqual([
      '2027-02-15_everyone_albina_announcement: nl',
      '2027-02-15_everyone_nieuw-nickerie_announcement: nl,en',
      '2027-02-15_everyone_paramaribo_announcement: nl,en',
    ]);
  });

  it('tells a pause to the paused place’s people in their languages', async () => {
    const pauses = [{ from: '2027-03-29', until: '2027-04-02', phase: 'albina', reason: { nl: 'Storing in Albina', en: 'Outage in Albina' } }];
    const { of } = await written(kustzorg([paramaribo, nickerie, albina], { pauses }));
    expect(of(/_(pause|resume)$/)).toEqual(['2027-03-29_albina_pause: nl', '2027-04-01_albina_resume: nl']);
  });

  it('tells a pause of one location in the languages of everyone it moves, not the paused location’s alone', async () => {
    // Nieuw Nickerie reads Dutch; its pause moves Albina after it too (the switch-off may overlap):
    // Albina's people, who read both, hear of it in both.
    const plan = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as {
      organization: { locations: { name: string; languages?: string[] }[] };
      phases: { kind?: string; overlap?: boolean }[];
      pauses: { from: string; until: string; only: { location: string } }[];
    };
    plan.organization.locations.find((l) => l.name === 'Nieuw Nickerie')!.languages = ['nl'];
    plan.phases.find((p) => p.kind === 'decommission')!.overlap = true;
    plan.pauses = [{ ...plan.pauses[0]!, from: '2027-03-30', until: '2027-04-06', only: { location: 'Nieuw Nickerie' } }];
    const { of } = await written(plan);
    expect(of(/_(pause|resume)$/)).toEqual(['2027-03-30_rollout_nieuw-nickerie_pause: en,nl', '2027-04-05_rollout_nieuw-nickerie_resume: en,nl']);
    // Albina's own pause, which moves no one else: in Albina's languages.
    plan.organization.locations.find((l) => l.name === 'Albina')!.languages = ['nl'];
    plan.pauses = [{ ...plan.pauses[0]!, from: '2027-04-12', until: '2027-04-19', only: { location: 'Albina' } }];
    expect((await written(plan)).of(/_(pause|resume)$/)).toEqual(['2027-04-12_rollout_albina_pause: nl', '2027-04-16_rollout_albina_resume: nl']);
  });

  it('tells a pause of one place in a phase of several its people there, in their languages', async () => {
    const plan = minimalPlan({
      organization: { name: 'Stichting Kustzorg', headcount: 30, languages: ['nl', 'en'], locations: [paramaribo, nickerie, albina] },
      start: '2027-03-01',
      phases: [{ id: 'everyone', name: 'Everyone', audience: 'all', weeks: 2 }],
      pauses: [{ from: '2027-03-03', until: '2027-03-08', only: { location: 'Albina' }, reason: { nl: 'Storing in Albina', en: 'Outage in Albina' } }],
    });
    const { of } = await written(plan);
    expect(of(/_(pause|resume)$/)).toEqual(['2027-03-03_rollout_albina_pause: nl', '2027-03-05_rollout_albina_resume: nl']);
  });

  it('pairs a place with buddies who read one of its languages, or with none when no place before it does', async () => {
    const miami = { name: 'Miami', timezone: 'America/New_York', headcount: 2, languages: ['en'] };
    const buddy = async (locations: Record<string, unknown>[], file: string) => {
      const { text } = await written(kustzorg(locations));
      return text(file).split('\n').find((l) => l.includes('**Buddy:**'));
    };
    // Albina (Dutch only) launched last before Miami (English only): Paramaribo's people read English.
    expect(await buddy([paramaribo, albina, miami], '2027-03-29_miami_welcome.en.md')).toBe('- **Buddy:** pair up with a colleague from Paramaribo; they have used Teamchat since Monday, March 1');
    expect(await buddy([paramaribo, albina, miami], '2027-03-15_albina_welcome.nl.md')).toBe('- **Buddy:** zoek een collega uit Paramaribo; die werkt al sinds maandag 1 maart met Teamchat');
    expect(await buddy([albina, miami], '2027-03-15_miami_welcome.en.md')).toBeUndefined();
  });

  it('with --lang en leaves out the messages nobody reads in English', async () => {
    const { entries, of } = await written(kustzorg([paramaribo, nickerie, albina]), ['en']);
    expect(of(/_albina_(?!checklist)/)).toEqual([]);
    expect(entries).toHaveLength(43);
    expect(entries.filter((e) => e.language !== 'en')).toEqual([]);
    expect(of(/_paramaribo_welcome/)).toEqual(['2027-03-01_paramaribo_welcome: en']);
  });

  it('writes every message in a language the plan does not list when it is asked for by name', async () => {
    const english = kustzorg([paramaribo, nickerie, { ...albina, languages: ['en'] }]);
    (english.organization as { languages: string[] }).languages = ['en'];
    const { entries, of } = await written(english, ['nl']);
    expect(of(/_albina_(announcement|reminder|welcome)/)).toEqual(['2027-03-15_albina_announcement: nl', '2027-03-22_albina_reminder: nl', '2027-03-29_albina_welcome: nl']);
    expect(entries).toHaveLength(46);
    expect(entries.filter((e) => e.language !== 'nl')).toEqual([]);
  });
});

describe('a location’s languages in validate', () => {
  it('refuses a language the plan is not written in, at its place in the file', () => {
    const text = [
      'version: 1',
      'tool: { name: Teams }',
      'organization:',
      '  name: Stichting Kustzorg',
      '  headcount: 30',
      '  languages: [en]',
      '  locations:',
      '    - { name: Albina, timezone: America/Paramaribo, headcount: 5, languages: [en, nl] }',
      'start: 2027-03-01',
    ].join('\n');
    expect(diagnosticLines(text, 'location-language')).toEqual([
      'rollout.yaml:8:83: error organization.locations[0].languages[1]: location "Albina" reads nl, which is not one of organization.languages (en) (add nl to organization.languages, or take it out of this location\'s languages)',
    ]);
  });
});
