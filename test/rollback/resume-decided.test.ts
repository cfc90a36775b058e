import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { partRollbackLines } from '../../src/reporters/schedule/describe.js';
import { checkGates, replayGates } from '../../src/gates/check.js';
import { parseDay } from '../../src/util/dates.js';
import { diagnosticLines, ROOT, tempDir, validPlan } from '../helpers.js';

/*
 * Sranan Advies: Albina rolled back on Monday 19 April 2027, not knowing when it would try again.
 * On Monday 10 May the new fibre line is in, and the coordinator writes in its second try from
 * Monday 17 May (`decided: 2027-05-10`): the rollback's day told everyone the old tools stay on.
 */
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8')) as { rollback: Record<string, unknown> };
const resumed = (resume: Record<string, unknown>) => stringify({ ...base, rollback: { ...base.rollback, resume: { on: '2027-05-17', changed: { nl: 'er ligt een nieuwe glasvezellijn', en: 'a new fibre line is in' }, ...resume } } });

async function emails(yaml: string) {
  const plan = validPlan(yaml);
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return new Map(r.files.map((f) => [f.name, String(f.content)]));
}

describe('a second try decided after the rollback (resume.decided)', () => {
  it("writes the rollback day's messages as they went out without it: the old tools stay on for everyone, the switch-off is postponed", async () => {
    const none = await emails(stringify(base));
    const later = await emails(resumed({ decided: '2027-05-10' }));
    const known = await emails(resumed({}));
    expect(later.get('2027-04-19_rollout_albina_rollback.nl.txt')).toBe(none.get('2027-04-19_rollout_albina_rollback.nl.txt'));
    expect(later.get('2027-04-19_rollout_albina_rollback.nl.txt')).toContain('we laten e-mailketens en WhatsApp-groepen voor iedereen aan');
    for (const lang of ['en', 'nl']) expect(later.get(`2027-04-19_rollout_switch-off-postponed.${lang}.txt`)).toBe(none.get(`2027-04-19_rollout_switch-off-postponed.${lang}.txt`));
    // Known on the rollback's day, the second try gives the switch-off announced on 5 April for Friday 23 April its new day.
    expect(known.get('2027-04-19_rollout_switch-off-postponed.en.txt')).toContain('we are postponing the switch-off of email chains and WhatsApp groups, planned for Friday, April 23, to Friday, June 11. In Albina we start Microsoft Teams again on Monday, May 17;');
    expect(known.get('2027-04-19_rollout_switch-off-postponed.nl.txt')).toContain('we stellen het uitzetten van e-mailketens en WhatsApp-groepen, gepland op vrijdag 23 april, uit tot vrijdag 11 juni. In Albina beginnen we op maandag 17 mei opnieuw met Microsoft Teams;');
    // Either way the rollback's email goes to Albina's people, not to everyone.
    expect(known.get('2027-04-19_rollout_albina_rollback.nl.txt')).toMatch(/Aan:\s+Albina \(4 personen\)/);
  });

  it('announces the second try on the day it was decided, when that is later than the lead time asks', async () => {
    const later = await emails(resumed({ decided: '2027-05-10' }));
    expect([...later.keys()].filter((f) => /_albina_announcement/.test(f))).toEqual(['2027-03-16_albina_announcement.nl.txt', '2027-05-10_albina_announcement.nl.txt']);
    expect(later.get('2027-05-10_albina_announcement.nl.txt')).toContain('Dit is onze tweede poging');
    const schedule = buildSchedule(validPlan(resumed({ decided: '2027-05-10' })));
    // Its reminder, a week before the Monday it starts again, falls on that day too: the announcement says it.
    expect(schedule.events.filter((e) => e.phase === 'albina' && (e.type === 'announcement' || e.type === 'reminder')).map((e) => [e.type, e.date])).toEqual([['announcement', '2027-05-10']]);
    expect(partRollbackLines(schedule, 'en')[0]!.headline).toContain('Albina starts again on 2027-05-17 (decided on 2027-05-10, announced from then)');
    expect(partRollbackLines(schedule, 'nl')[0]!.headline).toContain('Albina begint opnieuw op 2027-05-17 (besloten op 2027-05-10, vanaf dan aangekondigd)');
    // Decided early enough, the announcement keeps its lead time.
    const early = buildSchedule(validPlan(resumed({ decided: '2027-04-26' })));
    expect(early.events.filter((e) => e.phase === 'albina' && (e.type === 'announcement' || e.type === 'reminder')).map((e) => [e.type, e.date])).toEqual([
      ['announcement', '2027-05-03'],
      ['reminder', '2027-05-10'],
    ]);
  });

  it("keeps a phase's own rollback notice on the rollback's day, to its people, and tells the second try on the day it was decided", async () => {
    // The rollback written for the phase Albina, not the place: its notice went out on 19 April all the same.
    const phase = (resume: Record<string, unknown>) => parse(resumed(resume)) as { rollback: Record<string, unknown> };
    const byPhase = (resume: Record<string, unknown>) => {
      const plan = phase(resume);
      return stringify({ ...plan, rollback: { ...plan.rollback, only: { phase: 'albina' } } });
    };
    const schedule = buildSchedule(validPlan(byPhase({ decided: '2027-05-10' })));
    expect(schedule.events.filter((e) => e.type === 'rollback').map((e) => [e.date, e.phase])).toEqual([['2027-04-19', 'albina']]);
    expect(schedule.events.filter((e) => e.phase === 'albina' && e.type === 'announcement').map((e) => e.date)).toEqual(['2027-05-10']);
    const later = await emails(byPhase({ decided: '2027-05-10' }));
    const known = await emails(byPhase({}));
    const rollbacks = (files: Map<string, string>) => [...files.keys()].filter((f) => /rollback|postponed/.test(f)).sort();
    // Known then or not, everyone hears on the rollback's day that the switch-off announced for 23 April is postponed: known, to its new day.
    expect(rollbacks(later)).toEqual(rollbacks(known));
    expect(rollbacks(known)).toEqual(expect.arrayContaining(['2027-04-19_rollout_switch-off-postponed.en.txt', '2027-04-19_rollout_switch-off-postponed.nl.txt']));
    expect(later.get('2027-04-19_rollout_switch-off-postponed.en.txt')).toContain('we will tell you that date well ahead');
    expect(known.get('2027-04-19_rollout_switch-off-postponed.en.txt')).toContain('to Friday, June 11');
    expect(later.get('2027-04-19_albina_rollback.nl.txt')).toMatch(/Aan:\s+Albina \(4 personen\)/);
  });

  it('decided on a Saturday, announces the second try on the next working day, without a reminder that day', () => {
    // Saturday 15 May 2027: Albina works Monday to Friday, so its people hear of it on Monday 17 May.
    const schedule = buildSchedule(validPlan(resumed({ decided: '2027-05-15' })));
    const albina = schedule.events.filter((e) => e.phase === 'albina' && e.date >= '2027-04-19' && e.date <= '2027-05-17');
    expect(albina.filter((e) => e.date < '2027-05-17')).toEqual([]);
    expect(albina.filter((e) => e.type === 'announcement' || e.type === 'reminder').map((e) => [e.type, e.date])).toEqual([['announcement', '2027-05-17']]);
    expect(albina.filter((e) => e.type === 'checklist').map((e) => e.date)).toEqual(expect.arrayContaining(['2027-05-17']));
  });

  it('gate-check and its replay see the second try from the day it was decided, not before', async () => {
    const plan = validPlan(resumed({ decided: '2027-05-10' }));
    const file = path.join(tempDir(), 'usage.csv');
    writeFileSync(file, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n15-03-2027;active_use_pct;86,5;Paramaribo\r\n26-04-2027;active_use_pct;82;Paramaribo\r\n`);
    const ids = (r: { gates: { id: string }[] }) => r.gates.map((g) => g.id).filter((id) => id.startsWith('albina-go-no-go'));
    const { results } = await replayGates({ plan, files: [file], lenient: false, days: ['2027-04-26', '2027-05-10'].map(parseDay) });
    expect(results.map(ids)).toEqual([['albina-go-no-go'], ['albina-go-no-go', 'albina-go-no-go.second-try']]);
    const before = (await checkGates({ plan, files: [file], asOf: parseDay('2027-04-26'), lenient: false })).result;
    expect(ids(before)).toEqual(['albina-go-no-go']);
  });

  it('is refused before the rollback and on or after the day the part starts again, at its line', () => {
    const line = (decided: string) => diagnosticLines(resumed({ decided }), 'rollback-resume');
    expect(line('2027-04-16')).toEqual([expect.stringMatching(/^rollout\.yaml:\d+:\d+: error rollback\.resume\.decided: the second try of Albina is decided on 2027-04-16, before it rolled back on 2027-04-19 \(write the day it was decided, from 2027-04-19 up to the day before 2027-05-17\)$/)]);
    expect(line('2027-05-17')[0]).toContain('decided on 2027-05-17, the day it starts again on 2027-05-17');
    expect(line('2027-05-24')[0]).toContain('after it starts again');
    expect(line('2027-04-19')).toEqual([]);
    expect(line('2027-05-14')).toEqual([]);
  });
});
