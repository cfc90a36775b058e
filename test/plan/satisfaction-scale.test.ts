import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure } from '../../src/gates/check.js';
import type { Plan } from '../../src/plan/resolve.js';
import { Progress } from '../../src/progress/measured.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { fivePointNote } from '../../src/sources/scale-note.js';
import { parseDay } from '../../src/util/dates.js';
import { errorsOf, minimalPlan, tempDir, validPlan } from '../helpers.js';

/*
 * Microsoft Forms' rating question has five levels. A plan that says so (`range: [1, 5]`) is
 * judged, asked and told on that scale: the playbook's 7 of 10 becomes the same place on 1 to 5.
 */
const templates = await loadTemplates();
const satisfaction = (range?: [number, number]) => ({ name: 'satisfaction', unit: 'score', ...(range ? { range } : {}) });
const planOn = (range?: [number, number], extra: Record<string, unknown> = {}) =>
  validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] }, metrics: [satisfaction(range)], ...extra }));
const threshold = (plan: Plan) => plan.gates.find((g) => g.id === 'satisfaction')?.threshold;

/** Every message of `plan`, by file name, with the weekly updates measured from `csv` as of `asOf`. */
async function messages(plan: Plan, csv: string, asOf: string): Promise<Map<string, string>> {
  const file = path.join(tempDir(), 'answers.csv');
  writeFileSync(file, csv);
  const read = await checkAndMeasure({ plan, files: [file], asOf: parseDay(asOf), lenient: false }, Progress.metricsOf(plan), Infinity);
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], progress: new Progress(plan, read.ledger) });
  return new Map(r.files.map((f) => [f.name, String(f.content)]));
}

/** Five answers on 2027-01-21 (a mean of 4.2 on 1-5, as a clinic's 84% satisfied staff give). */
const FIVE_ANSWERS = `date,metric,value\n${[5, 4, 4, 4, 4].map((v) => `2027-01-21,satisfaction,${v}`).join('\n')}\n`;

describe('the playbook satisfaction goal on the scale the plan gives satisfaction', () => {
  it('sets the default gate at the same place on the scale: 7 on any scale out of 10, 3.7 on 1 to 5', () => {
    expect(threshold(validPlan(minimalPlan()))).toBe(7);
    expect(threshold(planOn())).toBe(7);
    expect(threshold(planOn([1, 10]))).toBe(7);
    expect(threshold(planOn([1, 5]))).toBe(3.7);
    expect(threshold(planOn([0, 10]))).toBe(7);
    expect(threshold(planOn([1, 7]))).toBe(5);
  });

  it('keeps the playbook\'s 7 in the weekly update of a plan that asks from 0 to 10, in English and Dutch', async () => {
    const answers = `date,metric,value\n${[7, 7, 7, 6, 7].map((v) => `2027-01-21,satisfaction,${v}`).join('\n')}\n`;
    const mail = await messages(planOn([0, 10]), answers, '2027-01-22');
    expect(mail.get('2027-01-22_rollout_weekly-update.en.md')).toContain('6.8 out of 10, from 5 answers (goal 7 or more)');
    expect(mail.get('2027-01-22_rollout_weekly-update.nl.md')).toContain('6,8 op 10, uit 5 antwoorden (doel 7 of hoger)');
  });

  it("gives in the weekly update the goal of the plan's own satisfaction gate, the strictest of everyone's, in English and Dutch", async () => {
    const happy = (id: string, threshold: number, scope?: string) => ({ id, phase: 'early-adopters', metric: 'satisfaction', aggregate: 'mean', threshold, within: '2w', ...(scope ? { scope } : {}) });
    const own = await messages(planOn([1, 5], { gates: [happy('happy', 4.5)] }), FIVE_ANSWERS, '2027-01-22');
    expect(own.get('2027-01-22_rollout_weekly-update.en.md')).toContain('4.2 out of 5, from 5 answers (goal 4.5 or more)');
    expect(own.get('2027-01-22_rollout_weekly-update.nl.md')).toContain('4,2 op 5, uit 5 antwoorden (doel 4,5 of hoger)');
    const several = await messages(planOn([1, 5], { gates: [happy('pilot-happy', 4.8), happy('all-happy', 4, 'organization'), happy('all-happier', 4.4, 'organization')] }), FIVE_ANSWERS, '2027-01-22');
    expect(several.get('2027-01-22_rollout_weekly-update.en.md')).toContain('(goal 4.4 or more)');
  });

  it('says "more than" the goal of a gate that asks more than its threshold, and takes it as the stricter of two at one threshold', async () => {
    const above = { id: 'happier', phase: 'early-adopters', metric: 'satisfaction', aggregate: 'mean', op: '>', threshold: 4, within: '2w' };
    const atLeast = { ...above, id: 'happy', op: '>=' };
    const mail = await messages(planOn([1, 5], { gates: [atLeast, above] }), FIVE_ANSWERS, '2027-01-22');
    expect(mail.get('2027-01-22_rollout_weekly-update.en.md')).toContain('4.2 out of 5, from 5 answers (goal more than 4)');
    expect(mail.get('2027-01-22_rollout_weekly-update.nl.md')).toContain('4,2 op 5, uit 5 antwoorden (doel hoger dan 4)');
  });

  it("refuses a plan's own threshold outside the range, saying what the playbook's 7 is on that scale", () => {
    const gates = [{ id: 'happy', phase: 'early-adopters', metric: 'satisfaction', aggregate: 'mean', threshold: 7, within: '2w' }];
    const errors = errorsOf(minimalPlan({ metrics: [satisfaction([1, 5])], gates }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'threshold',
      message: "threshold 7 lies outside satisfaction's range, 1 to 5",
      hint: "give a threshold from 1 to 5 (the playbook's 7 of 10 is 3.7 on 1 to 5), or the metric the range of its answers under metrics",
    });
    expect(errors[0]!.line).toBeGreaterThan(0);
    expect(errorsOf(minimalPlan({ metrics: [satisfaction([1, 5])], gates: [{ ...gates[0], threshold: 4 }] }))).toEqual([]);
  });

  it('asks the survey question and tells the weekly update on 1 to 5, in English and Dutch', async () => {
    const mail = await messages(planOn([1, 5]), FIVE_ANSWERS, '2027-01-22');
    expect(mail.get('2027-01-11_rollout_survey.en.md')).toContain('Give a number from 1 (not at all) to 5 (very satisfied).');
    expect(mail.get('2027-01-11_rollout_survey.nl.md')).toContain('Geef een cijfer van 1 (helemaal niet) tot 5 (heel tevreden).');
    expect(mail.get('2027-01-22_rollout_weekly-update.en.md')).toContain('- **Satisfaction, the last 7 days:** 4.2 out of 5, from 5 answers (goal 3.7 or more)');
    expect(mail.get('2027-01-22_rollout_weekly-update.nl.md')).toContain('- **Tevredenheid, afgelopen 7 dagen:** 4,2 op 5, uit 5 antwoorden (doel 3,7 of hoger)');
  });

  it('asks it on 1 to 5 in the chat text and the notice of a group reached without email', async () => {
    const plan = validPlan(
      minimalPlan({
        start: '2027-04-05',
        organization: {
          name: 'Bouwbedrijf Pinas',
          headcount: 31,
          languages: ['nl', 'en'],
          groups: [{ name: 'Kantoor', headcount: 25 }, { name: 'Uitvoerders', headcount: 6 }],
        },
        phases: [
          { id: 'kantoor', name: 'Kantoor', audience: { groups: ['Kantoor'] }, weeks: 2 },
          { id: 'bouwplaats', name: 'Bouwplaatsen', audience: { groups: ['Uitvoerders'] }, weeks: 2 },
        ],
        metrics: [satisfaction([1, 5])],
        communications: { targetedGroups: [{ group: 'Uitvoerders', channel: 'WhatsApp', send: ['text', 'notice'] }] },
      }),
    );
    const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['nl', 'en'] });
    const forms = files.filter((f) => /_uitvoerders_survey-(text|notice)\.nl\./.test(f.name)).map((f) => String(f.content));
    expect(forms.length).toBeGreaterThan(1);
    for (const form of forms) expect(form).toContain('Van 1 (helemaal niet) tot 5 (heel tevreden).');
  });

  it('keeps the playbook 1 to 10 and goal 7 for a plan that gives no range', async () => {
    const answers = FIVE_ANSWERS.replace(/,4$/gm, ',8').replace(/,5$/m, ',9');
    for (const plan of [validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] } })), planOn()]) {
      const mail = await messages(plan, answers, '2027-01-22');
      expect(mail.get('2027-01-11_rollout_survey.en.md')).toContain('Give a number from 1 (not at all) to 10 (very satisfied).');
      expect(mail.get('2027-01-11_rollout_survey.nl.md')).toContain('Geef een cijfer van 1 (helemaal niet) tot 10 (heel tevreden).');
      expect(mail.get('2027-01-22_rollout_weekly-update.en.md')).toContain('- **Satisfaction, the last 7 days:** 8.2 out of 10, from 5 answers (goal 7 or more)');
      expect(mail.get('2027-01-22_rollout_weekly-update.nl.md')).toContain('- **Tevredenheid, afgelopen 7 dagen:** 8,2 op 10, uit 5 antwoorden (doel 7 of hoger)');
    }
  });
});

describe('satisfaction answers that all fit 1 to 5 while the plan gives no range', () => {
  const note = (plan: Plan, values: number[]) => fivePointNote(plan, 'sources[0]', 'satisfaction', values);

  it('are a note naming range, with the goal each scale gives', () => {
    expect(note(validPlan(minimalPlan()), [5, 4, 4, 3, 4])).toBe(
      "sources[0].metrics.satisfaction: all 5 satisfaction answers are 5 or lower, but the plan reads them from 1 to 10 (goal: a mean of 7 or more); if the question asks from 1 to 5, give that range under metrics: - { name: satisfaction, unit: score, range: [1, 5] } (the playbook's gate then asks 3.7 or more, and the survey and the weekly updates say 1 to 5)",
    );
    // The plan's own satisfaction without a range is read from 1 to 10 too.
    expect(note(planOn(), [5, 4, 4, 3, 4])).toContain('all 5 satisfaction answers are 5 or lower');
  });

  it('say nothing once a range is given, when one answer is above 5, with fewer than five answers, or for another metric', () => {
    expect(note(planOn([1, 5]), [5, 4, 4, 3, 4])).toBeUndefined();
    expect(note(planOn([1, 10]), [5, 4, 4, 3, 4])).toBeUndefined();
    expect(note(validPlan(minimalPlan()), [5, 4, 6, 3, 4])).toBeUndefined();
    expect(note(validPlan(minimalPlan()), [5, 4, 4, 3])).toBeUndefined();
    expect(fivePointNote(validPlan(minimalPlan()), 'sources[0]', 'nps', [5, 4, 4, 3, 4])).toBeUndefined();
  });
});
