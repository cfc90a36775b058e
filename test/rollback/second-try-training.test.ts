import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { parseDay } from '../../src/util/dates.js';
import { run, tempDir, validPlan } from '../helpers.js';
import { kaiteur, NICKERIE_BACK } from './kaiteur.js';

/*
 * Kaiteur Design's branch: six of its seven people signed the paper list of its training on 29
 * March (85.7%, under the gate's 90%). The branch rolls back on 7 April and starts again on 10
 * May, with a training of its own that day: four sign it, one of them (Wendy Kromosoeto) for the
 * first time. The second try's training gate reads that try's list: 4 of 7, not the 7 of 7 that
 * both lists give together, nor the first try's 85.7%.
 */
const MAY = '\uFEFFDatum,Naam,E-mail,Handtekening\r\n10-5-2027,Rachel Soekhai,rachel.soekhai@kaiteur.example,ja\r\n10-5-2027,Sunil Baldew,,ja\r\n10-5-2027,"Tjoe, Gina",gina.tjoe@kaiteur.example,"ja, na de lunch"\r\n10-5-2027,Wendy Kromosoeto,wendy.kromosoeto@kaiteur.example,ja\r\n';

/** The branch's plan, with its May list when `may` says on which day (a Dutch date) that training was held. */
function branch(withMay: boolean, may = '10-5-2027'): string {
  const plan = kaiteur(NICKERIE_BACK);
  if (withMay) writeFileSync(path.join(path.dirname(plan), 'adoption', 'exports', 'training', 'aanwezigheid-training-nickerie-mei.csv'), MAY.replaceAll('10-5-2027', may));
  return plan;
}

/** The branch's rows of `metrics --format csv`: day, metric and value. */
function branchMetrics(plan: string, at: string): string[] {
  const out = run(['metrics', '--plan', plan, '--at', at, '--format', 'csv']);
  return out.stdout.split('\n').filter((l) => /^[^,]+,training_completion_pct,[^,]+,,,Nieuw Nickerie,/.test(l)).map((l) => l.split(',').slice(0, 3).join(','));
}

async function trained(plan: string, at: string) {
  const { result } = await checkGates({ plan: validPlan(readFileSync(plan, 'utf8')), files: [], asOf: parseDay(at), lenient: true, sources: { baseDir: path.dirname(plan) } });
  return result.gates.filter((g) => g.id === 'nickerie-trained').map((g) => [g.status, g.observed === undefined || g.observed === null ? g.observed : Math.round(g.observed * 10) / 10]);
}

describe('the training gate of a second try', () => {
  it('is judged on the second try’s training alone: its first try’s attendance is history', async () => {
    expect(await trained(branch(true), '2027-05-18')).toEqual([['fail', 57.1]]);
    // Before its training's list is in, nobody of the second try is trained yet: not the first try's 85.7%.
    expect(await trained(branch(false), '2027-05-18')).toEqual([['fail', 0]]);
    // Up to the day it starts again, the first try's share stands, as it did then.
    expect(branchMetrics(branch(true), '2027-05-24')).toEqual([
      '2027-03-01,training_completion_pct,0',
      '2027-03-12,training_completion_pct,0',
      '2027-03-15,training_completion_pct,0',
      '2027-03-26,training_completion_pct,0',
      '2027-03-29,training_completion_pct,85.7143',
      '2027-05-10,training_completion_pct,57.1429',
      '2027-05-21,training_completion_pct,57.1429',
      '2027-05-24,training_completion_pct,57.1429',
    ]);
  });

  it('counts a refresher held between the rollback and the restart for the second try, from the restart on', async () => {
    // Thursday 6 May: after the rollback on 7 April, before the restart on Monday 10 May.
    expect(await trained(branch(true, '6-5-2027'), '2027-05-18')).toEqual([['fail', 57.1]]);
    // A session on the rollback's own day is the second try's too; the first try's list before it is not.
    expect(await trained(branch(true, '7-4-2027'), '2027-05-18')).toEqual([['fail', 57.1]]);
  });

  it('says the same of a refresher before the restart in gate-check, metrics and the report', () => {
    const plan = branch(true, '6-5-2027');
    const en = run(['gate-check', '--plan', plan, '--at', '2027-05-18', '--lang', 'en']);
    expect(en.stdout).toContain('nickerie-trained (fail): last of 1 row of training completion from 2027-05-10 to 2027-05-17 is 57.1 on 2027-05-10 (4 of 7 people; 7 of 7 needed), not >= 90');
    // Up to the restart the first try's share stands, the refresher's day included.
    expect(branchMetrics(plan, '2027-05-24').slice(4)).toEqual([
      '2027-03-29,training_completion_pct,85.7143',
      '2027-05-06,training_completion_pct,85.7143',
      '2027-05-10,training_completion_pct,57.1429',
      '2027-05-21,training_completion_pct,57.1429',
      '2027-05-24,training_completion_pct,57.1429',
    ]);
    const html = path.join(tempDir(), 'report.html');
    expect(run(['report', '--plan', plan, '--at', '2027-05-18', '--lang', 'en', '-o', html]).status).toBe(0);
    const text = readFileSync(html, 'utf8').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Gate nickerie-trained: 17 May, fail');
    expect(text).toContain('10 May: 57.1%');
  });

  it('says so in gate-check, the report and the weekly update, in English and Dutch', () => {
    const plan = branch(true);
    const en = run(['gate-check', '--plan', plan, '--at', '2027-05-18', '--lang', 'en']);
    expect(en.stdout).toContain('nickerie-trained (fail): last of 1 row of training completion from 2027-05-10 to 2027-05-17 is 57.1 on 2027-05-10 (4 of 7 people; 7 of 7 needed), not >= 90');
    const nl = run(['gate-check', '--plan', plan, '--at', '2027-05-18', '--lang', 'nl']);
    expect(nl.stdout).toMatch(/nickerie-trained \(niet gehaald\): .*57,1/);
    const html = path.join(tempDir(), 'report.html');
    expect(run(['report', '--plan', plan, '--at', '2027-05-18', '--lang', 'en', '-o', html]).status).toBe(0);
    const text = readFileSync(html, 'utf8').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Gate nickerie-trained: 17 May, fail');
    expect(text).toContain('10 May: 57.1%');
    expect(text).not.toContain('10 May: 85.7%');
    // The weekly update of the second try's first week says what gate-check reads.
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', plan, '--out', out, '--at', '2027-05-24']).status).toBe(0);
    expect(readFileSync(path.join(out, '2027-05-14_rollout_weekly-update.en.md'), 'utf8')).toContain('**Nieuw Nickerie branch:** not measured yet; 57% trained (goal 90%)');
    expect(readFileSync(path.join(out, '2027-05-14_rollout_weekly-update.nl.md'), 'utf8')).toMatch(/\*\*Vestiging Nieuw Nickerie:\*\* .*57% .*90%/);
  });
});
