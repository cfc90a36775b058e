import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies: Albina and Moengo start Teams together in the phase "Branches" on Tuesday 30 March
 * 2027. Albina rolls back on Monday 12 April, while the phase runs, and starts again on Monday
 * 17 May with a new line; Moengo goes on. The coordinator runs the binary on the plan as written.
 */
function folder(): { plan: string; usage: string; dir: string } {
  const dir = tempDir();
  const plan = path.join(dir, 'rollout.yaml');
  copyFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'branches.yaml'), plan);
  // Exported by Dutch Excel: BOM, semicolons, decimal commas, day-month dates.
  const rows = ['15-03-2027;active_use_pct;86,5;Paramaribo', '05-04-2027;active_use_pct;86,5;Paramaribo', '09-04-2027;active_use_pct;25;Albina', '24-05-2027;active_use_pct;82,5;Albina', '31-05-2027;active_use_pct;85;Albina', '05-04-2027;active_use_pct;70;Moengo'];
  const usage = path.join(dir, 'usage.csv');
  writeFileSync(usage, `\uFEFFDatum;Meting;Waarde;Vestiging\r\n${rows.join('\r\n')}\r\n`);
  return { plan, usage, dir };
}

interface Event {
  date: string;
  type: string;
  key: string;
  phase?: string;
  location?: string;
  secondTry?: string;
}

describe('a location that shares its phase starts again after its rollback, end to end', () => {
  it('validate takes it and the schedule dates its launch, announcement and reminder at Albina, counted back from 17 May', () => {
    const { plan } = folder();
    expect(run(['validate', '--plan', plan]).status).toBe(0);
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { phases: { id: string; start: string; end: string }[]; events: Event[] };
    expect(json.phases.find((p) => p.id === 'branches')).toMatchObject({ start: '2027-03-30', end: '2027-04-16' });
    const albina = json.events.filter((e) => e.location === 'Albina' && ['announcement', 'reminder', 'launch'].includes(e.type));
    expect(albina.map((e) => [e.date, e.type, e.secondTry])).toEqual([
      ['2027-05-03', 'announcement', '2027-05-17'],
      ['2027-05-10', 'reminder', '2027-05-17'],
      ['2027-05-17', 'launch', '2027-05-17'],
    ]);
    const table = run(['schedule', '--plan', plan, '--lang', 'en']).stdout;
    expect(table).toContain('Albina starts again on 2027-05-17, its phases run again from then; what is different this time: a new fibre line is in');
    expect(table).toMatch(/2027-05-17 │ +│ launch +│ branches +│ Albina +│ Launch for Branches: welcome email, accounts activated/);
  });

  it("render-emails tells Albina's four people, in Dutch, and no one at Moengo", () => {
    const { plan, dir } = folder();
    const out = path.join(dir, 'emails');
    expect(run(['render-emails', '--plan', plan, '-o', out]).status).toBe(0);
    const names = readdirSync(out).filter((n) => n.includes('_branches_') && !n.includes('checklist'));
    expect(names.filter((n) => n >= '2027-04-13')).toEqual(['2027-05-03_branches_albina_announcement.nl.md', '2027-05-10_branches_albina_reminder.nl.md', '2027-05-17_branches_albina_welcome.nl.md']);
    expect(names.filter((n) => n.includes('moengo')).every((n) => n < '2027-04-12')).toBe(true);
    const announcement = readFileSync(path.join(out, '2027-05-03_branches_albina_announcement.nl.md'), 'utf8');
    expect(announcement).toContain('- **Versturen op:** maandag 3 mei 2027');
    expect(announcement).toContain('- **Aan:** Branches, Albina (4 personen)');
    expect(announcement).toContain('Dit is onze tweede poging');
    // The weekly updates between the rollback and the second try name it as what comes next, en and nl.
    const update = (name: string) => readFileSync(path.join(out, name), 'utf8');
    expect(update('2027-04-30_rollout_weekly-update.en.md')).toContain('Next: Albina, from Monday, May 17.');
    expect(update('2027-04-30_rollout_weekly-update.nl.md')).toContain('Hierna: Albina, vanaf maandag 17 mei.');
    // Its start is a second try, not a late first start.
    expect(update('2027-05-21_rollout_weekly-update.nl.md')).toContain('**Tweede poging:** Albina is op maandag 17 mei opnieuw begonnen.');
    expect(update('2027-05-21_rollout_weekly-update.nl.md')).not.toContain('in plaats van dinsdag 30 maart');
    // The switch-off announced on 5 April for Friday 23 April moves with the second try: everyone hears it on the rollback's day.
    expect(update('2027-04-12_rollout_switch-off-postponed.en.md')).toContain('planned for Friday, April 23, to Friday, June 11.');
    expect(update('2027-04-12_rollout_switch-off-postponed.nl.md')).toContain('- **Aan:** Iedereen bij Sranan Advies (31 personen)');
  });

  it("gate-check reads Albina's gate from its new start, and keeps Moengo's", () => {
    const { plan, usage } = folder();
    const result = run(['gate-check', '--plan', plan, '--metrics', usage, '--at', '2027-06-02', '--format', 'json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { gates: { id: string; status: string; observed: number | null; window: { from: string; to: string } }[] };
    // Both rows of the second try, the last 85; the 25 of 9 April is the first try's.
    expect(json.gates.find((g) => g.id === 'albina-active')).toMatchObject({ status: 'pass', observed: 85, window: { from: '2027-05-17', to: '2027-06-01' } });
    expect(json.gates.find((g) => g.id === 'moengo-active')).toMatchObject({ status: 'pass', observed: 70, window: { from: '2027-03-30', to: '2027-04-06' } });
  });
});
