import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * test/fixtures/unguarded-gate: Rotterdam's success gate (major, contingency major: pause) guards
 * nothing, and fails on Monday 19 April with 60 against 80: the check goes on, and says what to
 * write to make such a gate wait or to pause.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'unguarded-gate');
const METRICS = readFileSync(path.join(FIXTURE, 'usage.csv'), 'utf8');

function firm(): string {
  const dir = tempDir();
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const check = (dir: string, ...args: string[]) => run(['gate-check', '--metrics', 'usage.csv', '--at', '2027-04-19', ...args], { cwd: dir });

describe('a failed major gate of the phase under way that guards nothing', () => {
  it('continues, and says that nothing waits for it, what makes a gate wait, and the pause to write (en and nl)', () => {
    const dir = firm();
    const en = check(dir, '--lang', 'en');
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Decision: continue (exit 0)');
    expect(en.stdout).toContain(
      'rotterdam-success failed (major → pause), but it guards no launch and no switch-off, so nothing waits for it: with guards: next the next launch waits for such a gate, with guards: decommission the switch-off; ' +
        'to pause Rotterdam now, add the pause under pauses: in the plan (start that list if there is none): - { from: 2027-04-19, reason: "Rotterdam: active use is 60%, the goal is at least 80%", only: { phase: rotterdam } } (`rollout what-if --pause 2w --at 2027-04-19 --only-phase rotterdam` shows what moves)\n',
    );
    const nl = check(dir, '--lang', 'nl', '--format', 'markdown');
    expect(nl.status).toBe(0);
    expect(nl.stdout).toContain("rotterdam-success niet gehaald (ernstig → pauzeren), maar het bewaakt geen start en geen uitzetten, dus niets wacht erop: met guards: next wacht de volgende start op zo'n toetsmoment");
    expect(nl.stdout).toContain('wil je Rotterdam nu pauzeren, zet de pauze dan onder pauses: in het plan');
  });

  it('pauses Rotterdam once the suggested pause is written into the plan', () => {
    const dir = firm();
    const line = /add the pause under pauses: in the plan \(start that list if there is none\): (- \{.*\}) \(`/.exec(check(dir, '--lang', 'en').stdout)![1]!;
    appendFileSync(path.join(dir, 'rollout.yaml'), `pauses:\n  ${line}\n`);
    const paused = check(dir, '--lang', 'en');
    expect(paused.status).toBe(1);
    expect(paused.stdout).toContain('Decision: pause (exit 1): Rotterdam has been paused since 2027-04-19');
    expect(paused.stdout).not.toContain('guards no launch');
  });

  it('speaks only of the gate of the phase under way, not of a failed one of a phase that has ended', () => {
    const dir = firm();
    writeFileSync(path.join(dir, 'usage.csv'), METRICS.replace('2027-03-28,active_use_pct,100', '2027-03-28,active_use_pct,70'));
    const earlier = check(dir, '--lang', 'en');
    expect(earlier.stdout).toContain('Report only, deciding nothing: paramaribo-success failed (major), rotterdam-success failed (major)');
    expect(earlier.stdout.match(/guards no launch/g)).toHaveLength(1);
    expect(earlier.stdout).toContain('rotterdam-success failed (major → pause), but');
  });
});

describe('rollout init', () => {
  it('says above contingency that it applies to the gates that guard something, in each language', () => {
    for (const lang of ['en', 'nl']) {
      const dir = tempDir();
      expect(run(['init', '--dir', dir, '--preset', 'small', '--lang', lang, '--start', '2027-03-08']).status).toBe(0);
      const line = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8').split('\n').find((l) => l.startsWith('contingency:'));
      expect(line).toMatch(lang === 'en' ? /if it guards a launch or the switch-off \(guards: next, decommission\); the others only report$/ : /als het een start of het uitzetten bewaakt \(guards: next, decommission\); de andere informeren alleen$/);
    }
  });
});
