import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkGates } from '../../src/gates/check.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies: Albina (4 people, Dutch) launches last and rolls back on Monday 19 April 2027;
 * the switch-off of e-mail and WhatsApp, planned to turn them off on Friday 23 April, waits.
 */
const text = readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8');
const plan = validPlan(text);
const templates = await loadTemplates();

async function rendered(p = plan) {
  const { files, entries } = await renderEmails(p, buildSchedule(p), { format: 'md', templates });
  return { entries, file: (name: string) => String(files.find((f) => f.name === name)?.content ?? '') };
}

describe('the notice to everyone that the switch-off is postponed', () => {
  it('goes to all 25 people on the rollback day, in English and Dutch: which part went back, why, and that the old tools stay on', async () => {
    const { entries, file } = await rendered();
    expect(entries.filter((e) => e.template === 'switch-off-postponed').map((e) => [e.file, e.date, e.to])).toEqual([
      ['2027-04-19_rollout_switch-off-postponed.nl.md', '2027-04-19', 'Iedereen bij Sranan Advies (25 personen)'],
      ['2027-04-19_rollout_switch-off-postponed.en.md', '2027-04-19', 'Everyone at Sranan Advies (25 people)'],
    ]);
    const en = file('2027-04-19_rollout_switch-off-postponed.en.md');
    expect(en).toContain('- **Subject:** We are postponing the switch-off of email chains and WhatsApp groups');
    expect(en).toContain('On Monday, April 19 we went back from Microsoft Teams to email chains and WhatsApp groups in Albina, for now.\n\n**Why:** Teams does not work on the internet line in Albina.');
    expect(en).toContain('we are postponing the switch-off of email chains and WhatsApp groups, planned for Friday, April 23. We leave email chains and WhatsApp groups on for everyone until we plan a new date');
    const nl = file('2027-04-19_rollout_switch-off-postponed.nl.md');
    expect(nl).toContain('- **Onderwerp:** We stellen het uitzetten van e-mailketens en WhatsApp-groepen uit');
    expect(nl).toContain('**Waarom:** Teams werkt niet op de internetverbinding in Albina.');
    expect(nl).toContain('gepland op vrijdag 23 april, uit. We laten e-mailketens en WhatsApp-groepen voor iedereen aan tot we een nieuwe datum plannen');
  });

  it('and the coordinator checklist says to tell everyone, and what comes next', async () => {
    const { file } = await rendered();
    const en = file('2027-04-19_rollout_albina_checklist-rollback.en.md');
    expect(en).toContain('- [ ] Everyone told that the switch-off is postponed: the email to everyone goes out today, instead of turning email chains and WhatsApp groups off on Friday, April 23');
    expect(en).toContain('- [ ] Then a new date for the switch-off: once Microsoft Teams can work in Albina, write its second try in the plan under this rollback (`resume: { on: DAY, decided: TODAY }`), the switch-off follows it');
    expect(file('2027-04-19_rollout_albina_checklist-rollback.nl.md')).toContain('schrijf de tweede poging in het plan onder dit terugdraaien (`resume: { on: DAG, decided: VANDAAG }`)');
    expect(file('2027-04-19_rollout_albina_checklist-rollback.nl.md')).toContain('- [ ] Iedereen laten weten dat het uitzetten is uitgesteld');
  });

  it('names a phase rolled back by its name, and is not written when the switch-off does not wait', async () => {
    const { file } = await rendered(validPlan(text.replace('only: { location: Albina }', 'only: { phase: albina }').replace('{ id: albina, name: Albina,', '{ id: albina, name: The branch,')));
    expect(file('2027-04-19_rollout_switch-off-postponed.en.md')).toContain('we went back from Microsoft Teams to email chains and WhatsApp groups for The branch, for now');
    const data = parse(text) as { phases: { kind?: string }[] };
    data.phases = data.phases.filter((p) => p.kind !== 'decommission');
    const { entries } = await rendered(validPlan(stringify(data)));
    expect(entries.filter((e) => e.template === 'switch-off-postponed')).toEqual([]);
    expect(entries.filter((e) => e.template === 'rollback').length).toBeGreaterThan(0);
  });
});

describe('the rollback email of one part, for one old tool or several', () => {
  it('never makes the old tools the subject of a verb: "we leave Slack on for everyone until ...", in English and Dutch', async () => {
    // One old tool, Slack, and Albina's people reading English too.
    const one = validPlan(text.replace(/replaces:\n {4}nl: .*\n {4}en: .*\n/, 'replaces: Slack\n').replace('connectivity: poor, languages: [nl]', 'connectivity: poor, languages: [nl, en]'));
    const { file } = await rendered(one);
    expect(file('2027-04-19_rollout_albina_rollback.en.md')).toContain(
      'From Monday, April 19 we stop using Microsoft Teams in Albina and go back to Slack. The rest of Sranan Advies goes on with Microsoft Teams, and we leave Slack on for everyone until Microsoft Teams works in Albina too.',
    );
    expect(file('2027-04-19_rollout_albina_rollback.nl.md')).toContain('De rest van Sranan Advies gaat door met Microsoft Teams; we laten Slack voor iedereen aan tot Microsoft Teams ook in Albina werkt.');
    // Several, as the plan names them: the same sentence reads right.
    expect((await rendered()).file('2027-04-19_rollout_albina_rollback.nl.md')).toContain('; we laten e-mailketens en WhatsApp-groepen voor iedereen aan tot Microsoft Teams ook in Albina werkt.');
    for (const lang of ['en', 'nl']) expect(file(`2027-04-19_rollout_albina_rollback.${lang}.md`)).not.toMatch(/Slack (stay|blijven)|turn them off|zetten we ze|we zetten ze/);
  });
});

describe('the report after a rollback of one part', () => {
  const report = async (at: string, language: 'en' | 'nl') => {
    const asOf = parseDay(at);
    const { result, series } = await checkGates({ plan, files: [], asOf, lenient: false });
    return renderReport({ plan, schedule: buildSchedule(plan), asOf, language, check: { result, series }, measured: false });
  };

  it('shows a red banner naming the part and its day, in English and Dutch, from that day on', async () => {
    expect(await report('2027-04-19', 'en')).toContain(
      '<div class="banner decision-rollback part-rollback" role="status" data-part="Albina"><span class="banner-word">Rolled back: Albina</span><span>Back to email chains and WhatsApp groups in Albina since 19 Apr, the rest goes on: Teams does not work on the internet line in Albina; the switch-off waits, and the old system stays on for everyone.</span></div>',
    );
    expect(await report('2027-04-19', 'nl')).toMatch(/<span class="banner-word">Teruggedraaid: Albina<\/span><span>Sinds 19 apr\.? in Albina terug naar e-mailketens en WhatsApp-groepen, de rest gaat door: Teams werkt niet/);
    expect(await report('2027-04-16', 'en')).not.toContain('part-rollback"');
  });
});
