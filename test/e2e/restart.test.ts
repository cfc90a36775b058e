import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';

const TEAMS = 'TeamsUserActivityUserDetail3_15_2027 9_14_02 AM.csv';

/**
 * The example's exports as the first attempt left them (its 15 March report, named as Teams names
 * downloads, exported with concealed names), read by a plan starting 22 March: a second try or not.
 */
function folder(secondTry: boolean): string {
  const restart = {
    rolledBackOn: '2027-03-16',
    reason: { en: 'calls kept dropping', nl: 'gesprekken vielen steeds weg' },
    changed: { en: 'the branch has a second line now', nl: 'het filiaal heeft nu een tweede lijn' },
  };
  const dir = adoptionCopy((plan) => Object.assign(plan, { start: '2027-03-22' }, secondTry ? { restart } : {}));
  const file = path.join(dir, 'adoption/exports', TEAMS);
  renameSync(path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270315.csv'), file);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/[\w.-]+@[\w.-]+/g, (id) => createHash('md5').update(id).digest('hex')));
  return dir;
}

describe('a second try in the folder of the attempt that rolled back', () => {
  it('keeps the CI job green before it starts: gate-check does not read the first attempt’s concealed report', () => {
    const first = run(['gate-check', '--at', '2027-03-19', '--lang', 'en'], { cwd: folder(false) });
    expect(first.status).toBe(2);
    expect(first.stderr).toContain(`${TEAMS} has none of the people of the roster`);
    const again = run(['gate-check', '--at', '2027-03-19', '--lang', 'en'], { cwd: folder(true) });
    expect(again.stderr).not.toContain(TEAMS);
    expect(again.stdout).toContain('Decision: continue (exit 0)');
    expect(again.status).toBe(0);
  });

  it('announces itself as the second try, with why the first stopped and what changed, in English and Dutch', () => {
    const dir = folder(true);
    expect(run(['render-emails', '--at', '2027-03-19', '-o', 'out'], { cwd: dir }).status).toBe(0);
    const written = readdirSync(path.join(dir, 'out'));
    const read = (pattern: RegExp) => readFileSync(path.join(dir, 'out', written.find((f) => pattern.test(f))!), 'utf8');
    const en = read(/_pilot_announcement\.en\.md$/);
    expect(en).toContain('**Subject:** Microsoft Teams: we are trying again');
    expect(en).toContain('This is our second try: on Tuesday, March 16, 2027 we went back to Slack and WhatsApp groups.');
    expect(en).toContain('- **Why we stopped then:** Calls kept dropping.\n- **What is different this time:** The branch has a second line now.\n');
    const nl = read(/_pilot_announcement\.nl\.md$/);
    expect(nl).toContain('**Onderwerp:** Microsoft Teams: we proberen het opnieuw');
    expect(nl).toContain('Dit is onze tweede poging: op dinsdag 16 maart 2027 zijn we teruggegaan naar Slack en de WhatsApp-groepen.');
    expect(nl).toContain('- **Waarom we toen stopten:** Gesprekken vielen steeds weg.\n- **Wat er deze keer anders is:** Het filiaal heeft nu een tweede lijn.\n');
    expect(read(/_pilot_welcome\.en\.md$/)).toContain('This is our second try; what is different from the first: the branch has a second line now.');
    expect(read(/_pilot_welcome\.nl\.md$/)).toContain('Dit is onze tweede poging; wat er anders is dan de eerste keer: het filiaal heeft nu een tweede lijn.');
  });

  it('announces a first attempt as before', () => {
    const dir = adoptionCopy((plan) => Object.assign(plan, { start: '2027-03-22' }));
    expect(run(['render-emails', '--at', '2027-03-19', '-o', 'out'], { cwd: dir }).status).toBe(0);
    const file = readdirSync(path.join(dir, 'out')).find((f) => f.endsWith('_pilot_announcement.en.md'))!;
    const text = readFileSync(path.join(dir, 'out', file), 'utf8');
    expect(text).toContain('**Subject:** New Microsoft Teams coming soon');
    expect(text).not.toContain('second try');
  });
});
