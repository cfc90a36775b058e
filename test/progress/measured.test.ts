import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure } from '../../src/gates/check.js';
import type { Plan } from '../../src/plan/resolve.js';
import { Progress } from '../../src/progress/measured.js';
import { progressMetrics } from '../../src/progress/metrics.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, minimalPlan, tempDir, validPlan } from '../helpers.js';

const templates = await loadTemplates();
const enterprise = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));

async function progressOf(plan: Plan, files: string[]): Promise<Progress> {
  const read = await checkAndMeasure({ plan, files, asOf: parseDay('2027-03-15'), lenient: false }, Progress.metricsOf(plan), Infinity);
  return new Progress(plan, read.ledger);
}

async function updates(plan: Plan, progress?: Progress): Promise<Map<string, string>> {
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], ...(progress ? { progress } : {}) });
  return new Map(r.files.filter((f) => f.name.includes('weekly-update')).map((f) => [f.name, String(f.content)]));
}

/** The weekly updates of `plan` from one metrics file, read as of `asOf`. */
async function updatesFrom(plan: Plan, csv: string, asOf: string): Promise<Map<string, string>> {
  const file = path.join(tempDir(), 'm.csv');
  writeFileSync(file, csv);
  const read = await checkAndMeasure({ plan, files: [file], asOf: parseDay(asOf), lenient: false }, Progress.metricsOf(plan), Infinity);
  return updates(plan, new Progress(plan, read.ledger));
}

describe('weekly updates from measured data', () => {
  it('finds the metrics each part reads: the decommission condition, the nps and slope gates, satisfaction', () => {
    expect(progressMetrics(enterprise)).toEqual({ activeUse: 'active_use_pct', satisfaction: 'satisfaction', nps: 'nps', tickets: 'support_tickets', training: 'training_completion_pct' });
    const adoption = validPlan(readFileSync(example('adoption.yaml'), 'utf8'));
    expect(progressMetrics(adoption)).toMatchObject({ nps: 'recommend', tickets: 'tickets' });
  });

  it('reports each live phase, NPS and the tickets trend up to the update, in English and Dutch', async () => {
    // The Dutch export: BOM, semicolons, day-first dates and decimal commas.
    const mail = await updates(enterprise, await progressOf(enterprise, [example('metrics/enterprise.csv')]));
    const en = mail.get('2027-03-12_rollout_weekly-update.en.md')!;
    expect(en).toContain('**Progress, measured up to Friday, March 12.**');
    expect(en).toContain('- **Paramaribo:** 79% active use (goal 80%)');
    expect(en).toContain('- **Georgetown:** 58% active use (goal 80%)');
    // 9 answers in the four weeks up to March 12, where the NPS gate judges on 10: no score to share yet.
    expect(en).toContain('- **Would you recommend Teamchat?** too few answers so far (9)');
    expect(en).not.toContain('Net Promoter Score +33');
    // Paramaribo's latest row is older than the update's "measured up to": it says when.
    expect(en).toContain('- **Paramaribo:** 79% active use (goal 80%), measured on Monday, March 8');
    // March 6-12: 10 + 8; February 27 - March 5: 14 + 12 + 13 + 11 + 9.
    expect(en).toContain('18 tickets in the 7 days up to Friday, March 12, down from 59 in the 7 days before');
    expect(en).toContain('**A quick win:**');
    expect(en).toContain('**Not there yet: IT pilot, Paramaribo, and Georgetown.**');
    // Coordinator advice (the plan's challenges and mitigations) stays out of an email to everyone.
    expect(en).not.toMatch(/What we are working on|adoption is not picking up|The COO sends/);
    const nl = mail.get('2027-03-12_rollout_weekly-update.nl.md')!;
    expect(nl).toContain('**Voortgang, gemeten tot en met vrijdag 12 maart.**');
    expect(nl).toContain('- **Paramaribo:** 79% actief gebruik (doel 80%)');
    expect(nl).toContain('18 meldingen in de 7 dagen tot en met vrijdag 12 maart, minder dan de 59 in de 7 dagen daarvoor');
    expect(nl).not.toMatch(/Waar we aan werken|het gebruik komt niet op gang/);
    // An update reads nothing after its date: February 12 knows the satisfaction of that week only.
    const feb = mail.get('2027-02-12_rollout_weekly-update.en.md')!;
    expect(feb).toContain('- **IT pilot:** 75% active use (goal 80%)');
    expect(feb).toContain('**Satisfaction, the last 7 days:** 7.6 out of 10, from 7 answers (goal 7 or more)');
    expect(mail.get('2027-02-12_rollout_weekly-update.nl.md')).toContain('**Tevredenheid, afgelopen 7 dagen:** 7,6 op 10, uit 7 antwoorden');
    expect(feb).not.toContain('Net Promoter');
    // A phase that has started but has no row yet says so, and never borrows a number.
    expect(mail.get('2027-03-19_rollout_weekly-update.en.md')).toContain('- **Port of Spain:** not measured yet');
  });

  it('calls a phase behind only once it has had a week: a measurement of its first days says nothing yet', async () => {
    const file = path.join(tempDir(), 'usage.csv');
    // Georgetown starts Monday, March 1: 10% on the 3rd (its third day), 20% on the 10th (a week and more).
    writeFileSync(file, 'Datum;Meting;Waarde;phase;Vestiging\r\n2027-03-03;active_use_pct;10;georgetown;Georgetown\r\n2027-03-10;active_use_pct;20;georgetown;Georgetown\r\n');
    const mail = await updates(enterprise, await progressOf(enterprise, [file]));
    const first = mail.get('2027-03-05_rollout_weekly-update.en.md')!;
    expect(first).toContain('- **Georgetown:** 10% active use (goal 80%)');
    expect(first).not.toContain('Not there yet');
    expect(mail.get('2027-03-12_rollout_weekly-update.en.md')).toContain('**Not there yet: Georgetown.**');
    expect(mail.get('2027-03-12_rollout_weekly-update.nl.md')).toContain('**Nog niet zover: Georgetown.**');
  });

  it("measures a phase against its success gate, not the go/no-go written before it", async () => {
    // The go/no-go's 60% holds the next launch; the 80% the switch-off waits for says the phase arrived.
    const plan = validPlan(
      minimalPlan({
        gates: [
          { id: 'early-go', phase: 'early-adopters', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next' },
          { id: 'early-active', phase: 'early-adopters', metric: 'active_use_pct', threshold: 80, within: '2w', guards: 'decommission' },
        ],
      }),
    );
    const mail = await updatesFrom(plan, 'date,metric,value,phase\n2027-01-13,active_use_pct,70,early-adopters\n', '2027-01-22');
    const en = mail.get('2027-01-15_rollout_weekly-update.en.md')!;
    expect(en).toContain('- **Early adopters:** 70% active use (goal 80%)\n');
    expect(en).not.toContain('Well done');
    expect(en).toContain('**Not there yet: Early adopters.**');
  });

  it('celebrates a phase that reached its goal, and stays silent on challenges when nobody is behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'usage.csv');
    writeFileSync(file, '\uFEFFDatum;Meting;Waarde;Vestiging\r\n11-02-2027;active_use_pct;85,0;Paramaribo\r\n25-01-2027;training_completion_pct;100;Paramaribo\r\n');
    const mail = await updates(enterprise, await progressOf(enterprise, [file]));
    const en = mail.get('2027-02-12_rollout_weekly-update.en.md')!;
    // Trained on 25 January; no gate reads training, so no goal is given.
    expect(en).toContain('- **IT pilot:** 85% active use (goal 80%); 100% trained\n');
    expect(mail.get('2027-02-12_rollout_weekly-update.nl.md')).toContain('- **IT pilot:** 85% actief gebruik (doel 80%); 100% heeft de training gevolgd\n');
    expect(en).toContain('**Well done, IT pilot!** You reached the goal');
    expect(en).not.toContain('Not there yet');
    expect(en).not.toContain('What we are working on');
    expect(mail.get('2027-02-12_rollout_weekly-update.nl.md')).toContain('**Goed gedaan, IT pilot!** Jullie hebben het doel gehaald');
    // Before the first measurement, the update says what was planned.
    expect(mail.get('2027-02-05_rollout_weekly-update.en.md')).toContain('As planned, we have started with IT pilot: ');
  });

  it('says what a file measured and no more: one company-wide value, too few answers, two numbers without a trend', async () => {
    // The default preset from 2027-01-04: early adopters, the core team from 01-18.
    const plan = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] } }));
    // No phase or location column; two satisfaction answers; tickets once a week, 8 then 2.
    const mail = await updatesFrom(plan, 'date,metric,value\n2027-01-20,active_use_pct,50\n2027-01-21,satisfaction,9\n2027-01-21,satisfaction,8\n2027-01-15,support_tickets,8\n2027-01-22,support_tickets,2\n', '2027-01-22');
    const en = mail.get('2027-01-22_rollout_weekly-update.en.md')!;
    const nl = mail.get('2027-01-22_rollout_weekly-update.nl.md')!;
    // Once, as company-wide, dated because the update is measured up to the 22nd; never as a phase's value.
    // Everyone else starts on 1 February: the share of everyone is no failure against the goal yet.
    expect(en).toContain('- **Whole organization:** 20 of the 40 people have started so far; 50% of everyone uses Teamchat actively (goal 80% once everyone has started), measured on Wednesday, January 20');
    expect(nl).toContain("- **Hele organisatie:** 20 van de 40 collega's zijn tot nu toe begonnen; 50% van iedereen werkt actief met Teamchat (doel 80% zodra iedereen begonnen is), gemeten op woensdag 20 januari");
    expect(en).not.toMatch(/Early adopters:|Core team:|Well done|Not there yet/);
    // Two answers where the gate needs five: no score to share.
    expect(en).toContain('- **Satisfaction, the last 7 days:** too few answers so far (2)');
    expect(nl).toContain('- **Tevredenheid, afgelopen 7 dagen:** nog te weinig antwoorden (2)');
    expect(en).not.toContain('8.5 out of 10');
    // Two weekly numbers are stated, and are no trend.
    expect(en).toContain('2 tickets in the 7 days up to Friday, January 22, down from 8 in the 7 days before');
    expect(en).not.toContain('A quick win');
    expect(nl).not.toContain('elke week minder vragen');
  });

  it('gives no company-wide value measured before the first launch: that is nobody\'s use yet', async () => {
    const plan = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] } }));
    // The export downloaded on the launch day reports the Saturday before it; the next one the second week.
    const mail = await updatesFrom(plan, 'date,metric,value\n2027-01-02,active_use_pct,0\n2027-01-09,active_use_pct,15\n', '2027-01-15');
    expect(mail.get('2027-01-08_rollout_weekly-update.en.md')).not.toContain('Company-wide');
    expect(mail.get('2027-01-15_rollout_weekly-update.en.md')).toContain('- **Whole organization:** 6 of the 40 people have started so far; 15% of everyone uses Teamchat actively (goal 80% once everyone has started)\n');
  });

  it('measures the company-wide share against the goal once every phase has started, and till then says how many have', async () => {
    const plan = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] } }));
    // Everyone else starts on Monday 1 February: the update of the 29th is the last before it.
    const mail = await updatesFrom(plan, 'date,metric,value\n2027-01-27,active_use_pct,45\n2027-02-03,active_use_pct,70\n', '2027-02-05');
    expect(mail.get('2027-01-29_rollout_weekly-update.en.md')).toContain('- **Whole organization:** 20 of the 40 people have started so far; 45% of everyone uses Teamchat actively (goal 80% once everyone has started)\n');
    expect(mail.get('2027-01-29_rollout_weekly-update.nl.md')).toContain("- **Hele organisatie:** 20 van de 40 collega's zijn tot nu toe begonnen; 45% van iedereen werkt actief met Teamchat (doel 80% zodra iedereen begonnen is)\n");
    expect(mail.get('2027-02-05_rollout_weekly-update.en.md')).toContain('- **Whole organization:** 70% active use (goal 80%)\n');
    expect(mail.get('2027-02-05_rollout_weekly-update.nl.md')).toContain('- **Hele organisatie:** 70% actief gebruik (doel 80%)\n');
  });

  it('says 0 tickets for a covered week without a ticket row, and leaves the line out only before the ticket data begin', async () => {
    const plan = validPlan(readFileSync(example('growing-team.yaml'), 'utf8'));
    const file = path.join(tempDir(), 'm.csv');
    // A prepared export lists only the days with tickets; active use is measured up to 14 April.
    writeFileSync(file, 'date,metric,value\n2027-03-29,support_tickets,3\n2027-03-30,support_tickets,2\n2027-04-01,support_tickets,1\n2027-04-07,active_use_pct,60\n2027-04-14,active_use_pct,70\n');
    const progress = await progressOf(plan, [file]);
    // 8 to 14 April has no ticket row up to the day the export covers: none, against 1 on 1 April.
    expect(progress.at('2027-04-16', [])?.tickets).toEqual({ week: 0, previous: 1, trend: 'down', falling: true, until: '2027-04-14' });
    // Before 29 March there is no ticket data at all: no line rather than a 0 of days nothing covers.
    expect(progress.at('2027-03-25', [])?.tickets ?? null).toBeNull();
    const mail = await updates(plan, progress);
    expect(mail.get('2027-04-16_rollout_weekly-update.en.md')).toContain('- **Questions to Help Desk:** 0 tickets in the 7 days up to Wednesday, April 14, down from 1 in the 7 days before\n');
    expect(mail.get('2027-04-16_rollout_weekly-update.nl.md')).toMatch(/0 meldingen in de 7 dagen tot en met woensdag 14 april, minder dan de 1 in de 7 dagen daarvoor/);
  });

  it('without metrics says what was planned, never that people use the tool', async () => {
    const mail = await updates(enterprise);
    expect(mail.size).toBeGreaterThan(10);
    for (const [name, text] of mail) {
      expect(text, name).not.toMatch(/on board|overgestapt|% of |% van |working in|werken in|werkt in|active use|actief gebruik/);
    }
    expect(mail.get('2027-03-25_rollout_weekly-update.en.md')).toContain(
      'As planned, we have started with IT pilot, Paramaribo, Georgetown, and Port of Spain: 120 of the 120 people at Caribe Logistics. How many of them use Teamchat, we will share once we have measured it. Every group has now started.',
    );
    // Nor does the retrospective: it says what was planned.
    const plan = enterprise;
    const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'] });
    // The two emails and the Warehouse crew's two wall notices (send: [email, notice]).
    const retro = r.files.filter((f) => f.name.includes('retrospective')).map((f) => String(f.content));
    expect(retro).toHaveLength(4);
    for (const text of retro) expect(text).not.toMatch(/on board|overgestapt|part of how|hoort nu bij/);
    expect(retro.join('\n')).toContain('The plan had 120 people start with Teamchat between Monday, February 1, 2027 and Thursday, March 25, 2027, in 4 phases.');
    // The first update explains the why (the playbook: explain the why, don't just mandate).
    expect(mail.get('2027-02-05_rollout_weekly-update.nl.md')).toContain('**Waarom we overstappen.**');
  });
});
