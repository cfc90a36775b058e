import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

  it("reads no row of the first attempt in a --metrics file either: its bad row stops only a plan that is no second try", () => {
    const metrics = '\ufeffdate,metric,value\r\n2027-03-08,active_use_pct,12\r\n2027-03-15,active_use_pct,abc\r\n2027-03-26,active_use_pct,40\r\n';
    const check = (secondTry: boolean) => {
      const dir = folder(secondTry);
      writeFileSync(path.join(dir, 'usage.csv'), metrics);
      return run(['gate-check', '--at', '2027-03-29', '--metrics', 'usage.csv', '--format', 'json'], { cwd: dir });
    };
    const first = check(false);
    expect([first.status, first.stderr]).toEqual([2, expect.stringContaining('usage.csv:3:3: active_use_pct value "abc" is not a number')]);
    const again = check(true);
    expect([again.status, again.stderr]).toEqual([0, expect.not.stringContaining('usage.csv')]);
    expect(JSON.parse(again.stdout).decision).toBe('continue');
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

describe('rollout init --restart', () => {
  /** The example, rolled back on 16 March, with the concealed report of 15 March in its exports. */
  function rolledBack(): string {
    const dir = folder(false);
    const plan = path.join(dir, 'rollout.yaml');
    writeFileSync(plan, `${readFileSync(plan, 'utf8').replace('start: 2027-03-22', 'start: 2027-03-01')}rollback: { on: 2027-03-16, reason: { en: calls kept dropping, nl: gesprekken vielen steeds weg } }\n`);
    return dir;
  }

  it('writes restart.yaml beside the plan: the second try, which validates and reads no export of the first attempt', () => {
    const dir = rolledBack();
    const init = run(['init', '--restart', 'rollout.yaml', '--start', '2027-04-19'], { cwd: dir });
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('wrote restart.yaml: the second try after the rollback of 2027-03-16, from 2027-04-19, reading the same exports from 2027-04-19 on');
    expect(init.stdout).toContain('next: write in restart.changed what is different this time, then rollout validate --plan restart.yaml');
    expect(init.stderr).toContain('restart.yaml:');
    expect(init.stderr).toContain('warning restart: says why the first attempt rolled back, not what is different this time');
    const text = readFileSync(path.join(dir, 'restart.yaml'), 'utf8');
    expect(text).toContain('start: 2027-04-19');
    expect(text).toContain('restart:\n  rolledBackOn: 2027-03-16\n  reason:\n    en: calls kept dropping\n    nl: gesprekken vielen steeds weg\n');
    expect(text).not.toContain('rollback:');
    expect(run(['validate', '--plan', 'restart.yaml'], { cwd: dir }).status).toBe(0);
    const check = run(['gate-check', '--plan', 'restart.yaml', '--at', '2027-04-05', '--lang', 'en'], { cwd: dir });
    expect(check.stdout).toContain('Decision: continue (exit 0)');
    expect(check.status).toBe(0);
    const schedule = run(['schedule', '--plan', 'restart.yaml', '--lang', 'en'], { cwd: dir });
    expect(schedule.stdout.split('\n').slice(1, 3)).toEqual(['', 'Second try: the first attempt rolled back on 2027-03-16: calls kept dropping']);
    expect(JSON.parse(run(['schedule', '--plan', 'restart.yaml', '--format', 'json', '--lang', 'nl'], { cwd: dir }).stdout).restart).toEqual({ rolledBackOn: '2027-03-16', reason: 'gesprekken vielen steeds weg' });
    expect(run(['schedule', '--plan', 'restart.yaml', '--format', 'markdown', '--lang', 'nl'], { cwd: dir }).stdout).toContain('\n\n**Tweede poging: de eerste is op 2027-03-16 teruggedraaid: gesprekken vielen steeds weg**\n\n## Fasen\n');
    expect(run(['schedule', '--plan', 'rollout.yaml', '--format', 'json'], { cwd: dir }).stdout).not.toContain('"restart"');
    expect(run(['report', '--plan', 'restart.yaml', '--at', '2027-04-05', '--lang', 'en', '-o', 'report.html'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('<p class="date">Second try: the first attempt rolled back on 16 Mar: calls kept dropping</p>');
    const metrics = run(['metrics', '--plan', 'restart.yaml', '--at', '2027-04-05'], { cwd: dir });
    expect(metrics.status).toBe(0);
    expect(metrics.stderr).toContain('rollout: no values up to 2027-04-05; this second try reads the exports from 2027-04-19 on (restart.readFrom, by default start), none of the first attempt\'s');
    expect(run(['init', '--restart', 'rollout.yaml', '--start', '2027-04-19'], { cwd: dir }).status).toBe(2);
  });

  it('reads the plan once from standard input for `-`, and writes restart.yaml in the current folder, from which that plan reads its exports', () => {
    const dir = rolledBack();
    const plan = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8');
    const init = run(['init', '--restart', '-', '--start', '2027-04-19'], { cwd: dir, input: plan });
    expect([init.status, init.stderr]).toEqual([0, expect.stringContaining('warning restart: says why the first attempt rolled back')]);
    expect(init.stdout).toContain('wrote restart.yaml: the second try after the rollback of 2027-03-16, from 2027-04-19');
    expect(init.stdout).toContain('keep the plan you piped in as the record of the first attempt');
    expect(readFileSync(path.join(dir, 'restart.yaml'), 'utf8')).toContain('start: 2027-04-19');
    expect(run(['validate', '--plan', 'restart.yaml'], { cwd: dir }).status).toBe(0);
    const never = run(['init', '--restart', '-', '--force'], { cwd: dir, input: plan.replace(/^rollback:.*\n/m, '') });
    expect([never.status, never.stderr.trim()]).toEqual([2, expect.stringMatching(/^rollout: <stdin>: the plan records no rollback of the whole rollout; /)]);
  });

  it("gives the second try's calendar entries UIDs of their own: none hides behind an entry the first attempt's calendar cancelled", () => {
    const dir = rolledBack();
    expect(run(['init', '--restart', 'rollout.yaml', '--start', '2027-04-19'], { cwd: dir }).status).toBe(0);
    const uids = (plan: string) => new Set(run(['schedule', '--plan', plan, '--format', 'ics'], { cwd: dir }).stdout.replace(/\r\n[ \t]/g, '').match(/^UID:.*$/gm));
    const first = uids('rollout.yaml');
    const again = uids('restart.yaml');
    expect([first.size > 20, again.size > 20]).toEqual([true, true]);
    expect([...again].filter((uid) => first.has(uid))).toEqual([]);
  });

  it('without --start starts after the rollback; with a --start the second try would not validate on, writes nothing and exits 2', () => {
    const dir = rolledBack();
    const early = run(['init', '--restart', 'rollout.yaml', '--start', '2027-03-08'], { cwd: dir });
    expect([early.status, early.stdout, existsSync(path.join(dir, 'restart.yaml'))]).toEqual([2, '', false]);
    expect(early.stderr).toMatch(/^restart\.yaml:\d+:\d+: error restart\.rolledBackOn: the earlier attempt rolled back on 2027-03-16, not before this try starts on 2027-03-08 /m);
    expect(early.stderr.trimEnd().split('\n').at(-1)).toBe('rollout: restart.yaml not written: the second try from 2027-03-08 would not validate; give --start a later Monday, or leave it out for the first one that fits');
    const chosen = run(['init', '--restart', 'rollout.yaml'], { cwd: dir });
    expect(chosen.status).toBe(0);
    const start = /^start: (\S+)$/m.exec(readFileSync(path.join(dir, 'restart.yaml'), 'utf8'))![1]!;
    // A Monday after the rollback, or after today when that is later.
    expect([start > '2027-03-16', new Date(`${start}T00:00:00Z`).getUTCDay()]).toEqual([true, 1]);
    expect(run(['validate', '--plan', 'restart.yaml'], { cwd: dir }).status).toBe(0);
  });

  it('is where what-if points when a pause would come after the rollback', () => {
    const r = run(['what-if', '--plan', 'rollout.yaml', '--pause', '5w', '--at', '2027-04-19'], { cwd: rolledBack() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the day the rollout rolled back; to try again after it, plan the second try from this plan: rollout init --restart rollout.yaml --start YYYY-MM-DD)');
  });
});
