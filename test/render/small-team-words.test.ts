import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import type { Plan } from '../../src/plan/resolve.js';
import { planIn } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, validPlan } from '../helpers.js';

/** The small preset (one-week phases) for a 9-person office with one champion, as a firm writes it. */
const source = readFileSync(example('small-team.yaml'), 'utf8')
  .replace('headcount: 8', 'headcount: 9\n  locations:\n    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 9, champion: Sharmila Kromo }');
const plan: Plan = validPlan(source);
const templates = await loadTemplates();

async function messages(lang: 'en' | 'nl') {
  const schedule = buildSchedule(plan);
  const { entries, files } = await renderEmails(plan, schedule, { format: 'md', templates, languages: [lang] });
  const body = (template: string, phase?: string) => {
    const e = entries.find((x) => x.template === template && (phase === undefined || x.phase === phase));
    if (!e) throw new Error(`no ${template} ${phase ?? ''}`);
    const f = files.find((x) => x.name === e.file)!;
    return typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8');
  };
  return { schedule, body };
}

describe('messages of a small team', () => {
  it.each(['en', 'nl'] as const)('promise second-week office hours only to a phase that has them in the schedule (%s)', async (lang) => {
    const { schedule, body } = await messages(lang);
    const launches = schedule.phases.filter((p) => p.kind === 'launch');
    expect(launches.length).toBe(2);
    for (const phase of launches) {
      const secondWeek = schedule.events.filter((e) => e.type === 'office-hours' && e.phase === phase.id && e.key === 'second-week');
      // One-week phases: the schedule holds no session in a phase's second week, so no message may promise one.
      expect(secondWeek).toEqual([]);
      for (const template of ['reminder', 'welcome']) {
        expect(body(template, phase.id), `${template} ${phase.id}`).not.toMatch(/second week|tweede week/);
        expect(body(template, phase.id)).toMatch(lang === 'en' ? /every working day in the first week/ : /de eerste week elke werkdag/);
      }
    }
  });

  it('thanks one champion in the singular (nl, en)', async () => {
    expect((await messages('nl')).body('retrospective')).toContain('Speciale dank aan onze ambassadeur Sharmila Kromo.');
    expect((await messages('en')).body('retrospective')).toContain('Special thanks to our champion Sharmila Kromo.');
    expect((await messages('nl')).body('review-week-1')).toContain('Ambassadeur Sharmila Kromo en de koplopers bedanken');
    expect((await messages('en')).body('review-week-1')).toContain('Thank champion Sharmila Kromo and early adopters');
  });

  it.each(['en', 'nl'] as const)('neither briefs nor thanks the organiser who is also the only champion, and still another champion (%s)', async (lang) => {
    const render = async (champion: string) => {
      const own = validPlan(source.replace('champion: Sharmila Kromo', `champion: ${champion}`));
      const { entries, files } = await renderEmails(own, buildSchedule(own), { format: 'md', templates, languages: [lang] });
      return (template: string) => entries.filter((e) => e.template === template).map((e) => String(files.find((f) => f.name === e.file)!.content));
    };
    const thanks = lang === 'en' ? /Special thanks|Thank champion/ : /Speciale dank|Ambassadeur .* bedanken/;
    const briefed = lang === 'en' ? /briefed as champion/ : /voorbereid als ambassadeur/;
    const self = await render('Ravi Jansen');
    expect(self('one-week-before').length).toBeGreaterThan(0);
    for (const body of self('one-week-before')) expect(body).not.toMatch(briefed);
    for (const body of [...self('retrospective'), ...self('review-week-1')]) expect(body).not.toMatch(thanks);
    expect(self('review-week-1').length).toBeGreaterThan(0);
    for (const body of self('review-week-1')) expect(body).toContain(lang === 'en' ? '- [ ] Thank early adopters' : '- [ ] De koplopers');
    for (const body of self('review-week-1')) expect(body).not.toMatch(/the champions|De ambassadeurs/);
    const other = await render('Sharmila Kromo');
    expect(other('one-week-before').some((body) => briefed.test(body) && body.includes('Sharmila Kromo'))).toBe(true);
    expect(other('retrospective').every((body) => thanks.test(body))).toBe(true);
  });

  it.each(['en', 'nl'] as const)('greets a message to one person in the singular, one to several as a team (%s)', async (lang) => {
    const two = validPlan(
      source.replace('headcount: 9, champion: Sharmila Kromo }', 'headcount: 8, champion: Sharmila Kromo }\n    - { name: Lelydorp, timezone: America/Paramaribo, headcount: 1 }'),
    );
    const { entries, files } = await renderEmails(two, buildSchedule(two), { format: 'md', templates, languages: [lang] });
    const greetings = (location: string) =>
      entries.filter((e) => e.kind === 'email' && e.location === location).map((e) => /^(Hello|Team|Beste collega(?:'s)?),$/m.exec(String(files.find((f) => f.name === e.file)!.content))?.[0]);
    const [one, many] = lang === 'en' ? ['Hello,', 'Team,'] : ['Beste collega,', "Beste collega's,"];
    expect(greetings('Lelydorp').length).toBeGreaterThan(0);
    expect(new Set(greetings('Lelydorp'))).toEqual(new Set([one]));
    expect(new Set(greetings('Paramaribo'))).toEqual(new Set([many]));
  });

  it.each(['en', 'nl'] as const)('names every checklist in the report in its language, the get-started one too (%s)', async (lang) => {
    const local = planIn(plan, lang);
    const asOf = parseDay('2027-01-20');
    const { result, series } = await checkGates({ plan: local, files: [], asOf, lenient: false });
    const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf, language: lang, check: { result, series }, measured: false });
    const section = /<section id="checklists">([\s\S]*?)<\/section>/.exec(html)![1]!;
    const names = [...section.matchAll(/<tr[^>]*><td>[^<]*<\/td><td>([^<]*)<\/td>/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(5);
    expect(names[0]).toBe(lang === 'en' ? 'Get started' : 'Aan de slag');
    for (const name of names) expect(name).not.toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
  });
});
