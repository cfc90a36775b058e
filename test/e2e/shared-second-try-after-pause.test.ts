import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies (test/fixtures/rollback/branches.yaml), with everything paused from Monday 22
 * March until Monday 29 March (5 working days, before Branches' launch): Branches starts on Monday
 * 5 April, Albina rolls back on Monday 12 April and starts again on Monday 17 May (resume.on).
 * By hand: albina-active (within 2w) is due Monday 31 May, albina-success (within 5w) Monday 21
 * June, two and five weeks after the second try's Monday, as the schedule dates them; the pause counted again would put the second try on Monday 24 May.
 */
function folder(): { plan: string; usage: string; dir: string } {
  const dir = tempDir();
  const plan = path.join(dir, 'rollout.yaml');
  const pause = '\npauses:\n  - { from: 2027-03-22, until: 2027-03-29, decided: 2027-03-19, reason: { nl: de directeur is in het buitenland, en: the director is abroad } }\n';
  writeFileSync(plan, readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'branches.yaml'), 'utf8') + pause);
  const usage = path.join(dir, 'usage.csv');
  writeFileSync(usage, '\uFEFFDatum;Meting;Waarde;Vestiging\r\n06-04-2027;active_use_pct;86,5;Paramaribo\r\n09-04-2027;active_use_pct;25;Albina\r\n09-04-2027;active_use_pct;70;Moengo\r\n');
  return { plan, usage, dir };
}

describe("Albina's second try after a pause of everything before its first, end to end", () => {
  it('schedule, gate-check (text and JSON) and report give the same start and gate days', () => {
    const { plan, usage } = folder();
    expect(run(['schedule', '--plan', plan]).stdout).toContain('Albina begint opnieuw op 2027-05-17');
    const check = ['gate-check', '--plan', plan, '--at', '2027-04-20', '--metrics', usage];
    expect(run(check).stdout).toContain('Albina, op 2027-04-12 teruggedraaid, begint opnieuw op 2027-05-17; in de tweede poging: albina-active beoordeling op 2027-05-31, albina-success beoordeling op 2027-06-21');
    const gates = (JSON.parse(run([...check, '--format', 'json']).stdout) as { gates: { id: string; due: string }[] }).gates;
    expect(gates.filter((g) => g.id.startsWith('albina-a') || g.id.startsWith('albina-s')).map((g) => [g.id, g.due])).toEqual([
      ['albina-active', '2027-05-31'],
      ['albina-success', '2027-06-21'],
    ]);
    const report = run(['report', '--plan', plan, '--at', '2027-04-20', '--metrics', usage, '--lang', 'nl', '-o', '-']).stdout;
    expect(report).toContain('begint opnieuw op 17 mei; in de tweede poging: albina-active beoordeling op 31 mei, albina-success beoordeling op 21 jun');
  });

  it("render-emails writes Albina's second-try announcement, reminder and welcome for Monday 17 May", () => {
    const { plan, dir } = folder();
    const out = path.join(dir, 'emails');
    expect(run(['render-emails', '--plan', plan, '--out', out, '--format', 'txt']).status).toBe(0);
    const names = readdirSync(out).filter((n) => /^2027-05-\d\d_branches_albina_(announcement|reminder|welcome)\.nl\.txt$/.test(n));
    expect(names.sort()).toEqual(['2027-05-03_branches_albina_announcement.nl.txt', '2027-05-10_branches_albina_reminder.nl.txt', '2027-05-17_branches_albina_welcome.nl.txt']);
    const text = (name: string) => readFileSync(path.join(out, name), 'utf8');
    expect(text(names[0]!)).toContain('nu begint jouw groep op maandag 17 mei 2027.');
    expect(text(names[1]!)).toContain('Microsoft Teams start maandag 17 mei');
    expect(text(names[2]!)).toContain('Vanaf vandaag, maandag 17 mei 2027,');
    for (const name of names) expect(text(name)).not.toContain('24 mei');
  });
});
