import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { pauseReaders } from '../../src/pauses/readers.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, minimalPlan, validPlan } from '../helpers.js';

/* A pause moves every later item: everyone whose dates move is told, not only the paused phase. */

const studioPause = { from: '2027-03-15', until: '2027-03-29', reason: { en: 'the studio is below 60% active use', nl: 'de studio zit onder 60% actief gebruik' }, phase: 'studio' };

function adoptionWith(pauses: unknown[]) {
  const data = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
  return validPlan(stringify({ ...data, pauses }));
}

/** Three launch phases and no switch-off, with one pause. */
const threePhases = (pause: Record<string, string>) =>
  validPlan(
    minimalPlan({
      organization: { name: 'Acme', headcount: 30 },
      phases: [
        { id: 'first', name: 'First', audience: '10%', weeks: 2 },
        { id: 'second', name: 'Second', audience: '40%', weeks: 2 },
        { id: 'third', name: 'Third', audience: 'rest', weeks: 2 },
      ],
      pauses: [pause],
    }),
  );

describe('who a pause notice goes to', () => {
  it('everyone, when the pause moves the switch-off of the old system', () => {
    const schedule = buildSchedule(adoptionWith([studioPause]));
    expect(pauseReaders(schedule, schedule.pauses[0]!)).toEqual({ everyone: true, phases: [expect.objectContaining({ id: 'studio' }), expect.objectContaining({ id: 'nickerie' })] });
  });

  it('the paused phase and the later ones, when the plan switches nothing off', async () => {
    const plan = threePhases({ from: '2027-01-25', until: '2027-02-01', reason: 'a fix', phase: 'second' });
    const schedule = buildSchedule(plan);
    // The first phase has nothing left to move; the second still has office hours, the third everything.
    expect(pauseReaders(schedule, schedule.pauses[0]!)).toEqual({ everyone: false, phases: [expect.objectContaining({ id: 'second' }), expect.objectContaining({ id: 'third' })] });
    const rendered = await renderEmails(plan, schedule, { format: 'md', templates: await loadTemplates(), languages: ['en'] });
    expect(rendered.entries.filter((e) => e.template === 'pause' || e.template === 'resume').map((e) => e.to)).toEqual(['Second and Third (27 people)', 'Second and Third (27 people)']);
  });
});

describe('the pause and resume notices', async () => {
  const plan = adoptionWith([studioPause]);
  const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: ['en', 'nl'] });
  const file = (name: string) => String(rendered.files.find((f) => f.name === name)!.content);

  it.each([
    ['2027-03-15_rollout_pause.en.md', '- **To:** Everyone at Kaiteur Design (25 people)', '**Why:** The studio is below 60% active use.'],
    ['2027-03-15_rollout_pause.nl.md', '- **Aan:** Iedereen bij Kaiteur Design (25 personen)', '**Waarom:** De studio zit onder 60% actief gebruik.'],
    ['2027-03-26_rollout_resume.en.md', '- **To:** Everyone at Kaiteur Design (25 people)', ''],
    ['2027-03-26_rollout_resume.nl.md', '- **Aan:** Iedereen bij Kaiteur Design (25 personen)', ''],
  ])('%s goes to everyone whose dates move, with the reason in its language', (name, to, why) => {
    expect(file(name)).toContain(to);
    expect(file(name)).toContain(why);
  });

  it('lists everyone as the notice’s readers in the index', () => {
    expect(rendered.entries.filter((e) => e.template === 'pause').map((e) => e.to)).toEqual(['Everyone at Kaiteur Design (25 people)', 'Iedereen bij Kaiteur Design (25 personen)']);
  });

  it('speaks of its own pause when the plan lists a later pause first', async () => {
    const later = { from: '2027-04-12', until: '2027-04-19', reason: { en: 'the branch waits for its new router', nl: 'de vestiging wacht op een nieuwe router' }, phase: 'nickerie' };
    const both = adoptionWith([later, studioPause]);
    const out = await renderEmails(both, buildSchedule(both), { format: 'md', templates: await loadTemplates(), languages: ['en'] });
    const pauses = out.files.filter((f) => f.name.includes('_pause.')).map((f) => [f.name, /\*\*Why:\*\* (.*)/.exec(String(f.content))![1]]);
    expect(pauses).toEqual([
      ['2027-03-15_rollout_pause.en.md', 'The studio is below 60% active use.'],
      ['2027-04-12_rollout_pause.en.md', 'The branch waits for its new router.'],
    ]);
  });
});

describe('the messages of one phase (render-emails --phase)', () => {
  const names = async (plan: ReturnType<typeof validPlan>, phase: string, rollback?: string) =>
    (await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: ['en'], phase, ...(rollback ? { rollback: { date: rollback, gates: [] } } : {}) })).files.map((f) => f.name);

  it('hold the pause and resume notices that tell its people their dates move, named for the rollout when they go to several phases', async () => {
    const plan = threePhases({ from: '2027-01-25', until: '2027-02-01', reason: 'a fix', phase: 'second' });
    for (const phase of ['second', 'third']) expect(await names(plan, phase), phase).toEqual(expect.arrayContaining(['2027-01-25_rollout_pause.en.md', '2027-01-29_rollout_resume.en.md']));
    // The first phase's dates do not move: its people are not told.
    expect((await names(plan, 'first')).filter((n) => /_(pause|resume)\./.test(n))).toEqual([]);
  });

  it('name a notice to one phase’s people after that phase', async () => {
    const plan = threePhases({ from: '2027-02-08', until: '2027-02-15', reason: 'a fix', phase: 'third' });
    expect((await names(plan, 'third')).filter((n) => /_(pause|resume)\./.test(n))).toEqual(['2027-02-08_third_pause.en.md', '2027-02-12_third_resume.en.md']);
  });

  it('hold the rollback email to everyone, its people included', async () => {
    const plan = threePhases({ from: '2027-01-25', until: '2027-02-01', reason: 'a fix', phase: 'second' });
    expect((await names(plan, 'third', '2027-02-03')).filter((n) => n.includes('rollback'))).toEqual(['2027-02-03_rollout_rollback.en.md']);
  });
});
