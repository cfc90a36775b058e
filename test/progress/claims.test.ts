import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure } from '../../src/gates/check.js';
import { Progress } from '../../src/progress/measured.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { checkFirm, FIRM, firmTicketsTo19March } from '../firm.js';

const templates = await loadTemplates();

/** The firm's weekly updates, measured from its exports up to 2027-03-31. */
async function firmUpdates(text?: string, dir = FIRM) {
  const { plan } = await checkFirm('2027-03-31', 'rollout.yaml', dir, text);
  const read = await checkAndMeasure({ plan, files: [], asOf: parseDay('2027-03-31'), lenient: false, sources: { baseDir: dir } }, Progress.metricsOf(plan), parseDay('2027-03-31'));
  const progress = new Progress(plan, read.ledger);
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], progress });
  return { progress, mail: new Map(r.files.map((f) => [path.basename(f.name), String(f.content)])) };
}

describe('a weekly update never claims what its own numbers contradict', () => {
  it('no "fewer questions every week" in a week whose tickets rose, though the month’s slope falls', async () => {
    const { progress, mail } = await firmUpdates();
    // 19 March: 13 tickets against 5 the week before; the slope over four weeks is still below zero.
    expect(progress.at('2027-03-19', [])?.tickets).toMatchObject({ week: 13, previous: 5, trend: 'up', falling: false });
    const nl = mail.get('2027-03-19_rollout_weekly-update.nl.md')!;
    expect(nl).toMatch(/13 meldingen .*meer dan de 5/);
    expect(nl).not.toContain('snel succes');
    expect(mail.get('2027-03-19_rollout_weekly-update.en.md')).not.toContain('**A quick win:**');
  });

  it('calls it a quick win only when the week fell and the month’s trend falls too', async () => {
    const { progress, mail } = await firmUpdates();
    const quick = (day: string) => mail.get(`${day}_rollout_weekly-update.en.md`)!.includes('**A quick win:**');
    // The first week has nothing to compare with: no "every week".
    expect(progress.at('2027-03-05', [])?.tickets).toMatchObject({ week: 12, previous: null, falling: false });
    expect(quick('2027-03-05')).toBe(false);
    expect(progress.at('2027-03-12', [])?.tickets).toMatchObject({ week: 5, previous: 12, trend: 'down', falling: true });
    expect(quick('2027-03-12')).toBe(true);
    expect(mail.get('2027-03-12_rollout_weekly-update.nl.md')).toContain('**Een snel succes:** er komen elke week minder vragen bij ICT-coördinator binnen:');
    expect(mail.get('2027-03-12_rollout_weekly-update.en.md')).toContain('**A quick win:** fewer questions reach ICT-coördinator each week:');
  });

  it('names no help desk a plan without a contact may not have', async () => {
    const text = readFileSync(path.join(FIRM, 'rollout.yaml'), 'utf8').replace(/^ {2}contact: .*\n/m, '');
    const { mail } = await firmUpdates(text);
    expect(mail.get('2027-03-12_rollout_weekly-update.nl.md')).toContain('- **Hulpvragen:** 5 meldingen');
    expect(mail.get('2027-03-12_rollout_weekly-update.nl.md')).toContain('er komen elke week minder vragen binnen:');
    expect(mail.get('2027-03-12_rollout_weekly-update.en.md')).toContain('- **Questions to support:** 5 tickets');
    expect([...mail].filter(([name, body]) => name.includes('weekly-update') && /help ?desk/i.test(body))).toEqual([]);
  });

  it('says which days its ticket count covers: the 7 up to the update, not the calendar week', async () => {
    const { mail } = await firmUpdates();
    // Thursday 25 March (Good Friday is off): Friday 19 March is one of its 7 days.
    // Questions go to the plan's contact, the firm's ICT coordinator: it has no help desk.
    expect(mail.get('2027-03-25_rollout_weekly-update.nl.md')).toContain('- **Vragen aan ICT-coördinator:** 4 meldingen in de 7 dagen tot en met donderdag 25 maart, minder dan de 12 in de 7 dagen daarvoor');
    expect(mail.get('2027-03-25_rollout_weekly-update.en.md')).toContain('- **Questions to ICT-coördinator:** 4 tickets in the 7 days up to Thursday, March 25, down from 12 in the 7 days before');
    expect(mail.get('2027-03-05_rollout_weekly-update.en.md')).toContain('- **Questions to ICT-coördinator:** 12 tickets in the 7 days up to Friday, March 5\n');
  });

  it('says the satisfaction it gives is of the same 7 days', async () => {
    const { mail } = await firmUpdates();
    expect(mail.get('2027-03-25_rollout_weekly-update.nl.md')).toMatch(/^- \*\*Tevredenheid, afgelopen 7 dagen:\*\* /m);
    expect(mail.get('2027-03-25_rollout_weekly-update.en.md')).toMatch(/^- \*\*Satisfaction, the last 7 days:\*\* /m);
  });
});

describe('the tickets trend compares only days the helpdesk export covers', () => {
  it('ends both weeks before the day the export was downloaded, says that day, and celebrates no drop of days it does not cover', async () => {
    // Downloaded at 9 on 23 March: one printer ticket of that morning is its last row.
    const { progress, mail } = await firmUpdates(undefined, firmTicketsTo19March());
    // 13 to 19 March against 6 to 12 March, as the update of 19 March gave them; 20 to 22 March are a weekend and a holiday.
    expect(progress.at('2027-03-25', [])?.tickets).toMatchObject({ week: 13, previous: 5, trend: 'up', falling: false, until: '2027-03-19' });
    const nl = mail.get('2027-03-25_rollout_weekly-update.nl.md')!;
    expect(nl).toContain('**Voortgang, gemeten tot en met maandag 22 maart.**');
    expect(nl).toContain('- **Vragen aan ICT-coördinator:** 13 meldingen in de 7 dagen tot en met vrijdag 19 maart, meer dan de 5 in de 7 dagen daarvoor\n');
    expect(nl).not.toContain('snel succes');
    const en = mail.get('2027-03-25_rollout_weekly-update.en.md')!;
    expect(en).toContain('- **Questions to ICT-coördinator:** 13 tickets in the 7 days up to Friday, March 19, up from 5 in the 7 days before\n');
    expect(en).not.toContain('**A quick win:**');
  });

  it('without a date in its name, takes an export’s last day before the update for the day it was downloaded, of which it holds only part', async () => {
    // The last row is a Teams ticket of 19 March: that day may have gone on after the download.
    const { progress } = await firmUpdates(undefined, firmTicketsTo19March({ morning: false, dated: false }));
    // 12 to 18 March (12 + 0) against 5 to 11 March (1 + 2 + 1 + 2).
    expect(progress.at('2027-03-25', [])?.tickets).toMatchObject({ week: 12, previous: 6, trend: 'up', until: '2027-03-18' });
    // An update on the export's last day counts that day as far as it goes, as an update counts its own day.
    expect(progress.at('2027-03-19', [])?.tickets).toMatchObject({ week: 13, previous: 5, until: '2027-03-19' });
  });

  it('with the download day in its name, covers the days before it, as the gates count them: the 19th was over', async () => {
    const { progress } = await firmUpdates(undefined, firmTicketsTo19March({ morning: false }));
    // Saved on 23 March: 13 to 19 March (13) against 6 to 12 March (5), as with the printer ticket of that morning.
    expect(progress.at('2027-03-25', [])?.tickets).toMatchObject({ week: 13, previous: 5, trend: 'up', until: '2027-03-19' });
  });

  it('counts the days before the rollout starts as none, and the days up to the export’s last row as covered', async () => {
    const { progress, mail } = await firmUpdates();
    // 12 March: 6 to 12 March against 27 February to 5 March, which begins before the launch on 1 March.
    expect(progress.at('2027-03-12', [])?.tickets).toMatchObject({ week: 5, previous: 12, trend: 'down', falling: true, until: '2027-03-12' });
    // The whole export, to 25 March: the update of that day counts its own day.
    expect(mail.get('2027-03-25_rollout_weekly-update.en.md')).toContain('4 tickets in the 7 days up to Thursday, March 25, down from 12 in the 7 days before');
  });
});
