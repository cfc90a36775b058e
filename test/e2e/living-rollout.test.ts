import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// The default preset from 2027-01-04: early adopters, core team from 01-18 (its go/no-go on the
// early adopters is due 01-15), everyone else from 02-01, the old system off from 02-15.
const plan = minimalPlan({
  organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] },
  tool: { name: 'Teamchat', sponsor: { name: 'Ingrid Vos', role: 'COO' } },
  contingency: { rollbackProcedure: 'Re-enable the shared mailboxes and tell everyone through the sponsor.' },
});
const pause = { from: '2027-01-18', until: '2027-02-01', reason: 'the early adopters are below 60% active use', phase: 'core-team' };
const metrics = 'date,metric,value,phase\n2027-01-08,active_use_pct,30,early-adopters\n2027-01-15,active_use_pct,45,early-adopters\n2027-01-22,active_use_pct,55,early-adopters\n2027-01-29,active_use_pct,70,early-adopters\n';

describe('a rollout from start to finish', () => {
  it('a failing go/no-go holds the next launch, a pause re-dates every output alike, a rollback prints the procedure', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'before.yaml'), stringify(plan));
    writeFileSync(path.join(dir, 'metrics.csv'), metrics);

    // Day by day: the launch of the core team waits from the go/no-go's due day on, Friday 01-15.
    const days = run(['gate-check', '--plan', 'before.yaml', '--metrics', 'metrics.csv', '--from', '2027-01-14', '--to', '2027-01-19', '--format', 'jsonl'], { cwd: dir });
    const history = days.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(history.map((d) => d.decision)).toEqual(['continue', 'pause', 'pause', 'pause', 'pause', 'pause']);
    expect(history[1].blockedLaunches).toEqual([{ phase: 'core-team', launch: '2027-01-18', gates: ['early-adopters-go-no-go'], readsUntil: '2027-01-15' }]);
    expect(history[4].blockedLaunches).toEqual([{ phase: 'core-team', launch: '2027-01-18', gates: ['early-adopters-go-no-go'] }]);
    expect(days.status).toBe(1);
    // On its due day, the last working day before the launch, the check pauses, names the launch and what can still change it.
    const eve = (lang: string, format = 'text') => run(['gate-check', '--plan', 'before.yaml', '--metrics', 'metrics.csv', '--at', '2027-01-15', '--lang', lang, '--format', format], { cwd: dir });
    expect(eve('en').status).toBe(1);
    expect(eve('en').stdout).toContain('Decision: pause (exit 1): launch of Core team on 2027-01-18 waits: early-adopters-go-no-go failed (major → pause); only an export dated up to 2027-01-15 still counts\n');
    expect(eve('en').stdout).toContain('- { from: 2027-01-18, reason: { en: "Early adopters: active use is 45%, the goal is at least 60%", nl: "Koplopers: actief gebruik is 45%, het doel is minstens 60%" }, only: { phase: core-team } }');
    expect(eve('nl').stdout).toContain('Besluit: pauzeren (exitcode 1): de start van Kernteam op 2027-01-18 wacht op: early-adopters-go-no-go niet gehaald (ernstig → pauzeren); alleen een export met een datum tot en met 2027-01-15 telt nog mee\n');
    expect(JSON.parse(eve('en', 'json').stdout)).toMatchObject({ decision: 'pause', nextLaunch: null, blockedLaunches: [{ phase: 'core-team', launch: '2027-01-18', gates: ['early-adopters-go-no-go'], readsUntil: '2027-01-15' }] });
    expect(eve('en', 'junit').stdout).toContain('<testcase classname="rollout.decision" name="pause">');
    // The day before the go/no-go is due, nothing is judged yet, but its value so far warns ahead.
    const before = run(['gate-check', '--plan', 'before.yaml', '--metrics', 'metrics.csv', '--at', '2027-01-14', '--format', 'json'], { cwd: dir });
    expect(before.status).toBe(0);
    expect(JSON.parse(before.stdout).nextLaunch).toEqual({ phase: 'core-team', launch: '2027-01-18', gates: ['early-adopters-go-no-go'] });
    expect(run(['gate-check', '--plan', 'before.yaml', '--metrics', 'metrics.csv', '--at', '2027-01-14', '--lang', 'en'], { cwd: dir }).stdout).toContain(
      'the launch of Core team on 2027-01-18 will wait unless this changes: early-adopters-go-no-go is 30 so far, needs >= 60 on 2027-01-15 (major → pause)\n',
    );

    // On the launch's day the check says what to write into the plan, and that text is a plan's pause.
    const held = run(['gate-check', '--plan', 'before.yaml', '--metrics', 'metrics.csv', '--at', '2027-01-18', '--lang', 'en'], { cwd: dir });
    const [, written, suggested] = /^To hold the launch, add the pause under pauses: in the plan \(start that list if there is none\); the dates of that launch and of what waits for it move with it, the phases under way go on: (- \{.*\}) \(`rollout (what-if .*)` shows what moves\)$/m.exec(held.stdout) ?? [];
    // The command it suggests runs as copied: it names the plan the check read.
    expect(suggested).toBe('what-if --pause 2w --at 2027-01-18 --only-phase core-team --plan before.yaml');
    const shown = run([...suggested!.split(' '), '--lang', 'en'], { cwd: dir });
    expect([shown.status, shown.stdout.split('\n')[0]]).toEqual([0, 'What if Core team pauses from 2027-01-18 until 2027-02-01 (10 working days) and the rest goes on']);
    writeFileSync(path.join(dir, 'held.yaml'), `${stringify(plan)}pauses:\n  ${written}\n`);
    const paused = JSON.parse(run(['gate-check', '--plan', 'held.yaml', '--metrics', 'metrics.csv', '--at', '2027-01-18', '--format', 'json'], { cwd: dir }).stdout);
    expect(paused.openPause).toEqual({ from: '2027-01-18', reason: 'Early adopters: active use is 45%, the goal is at least 60%', only: { phase: 'core-team' } });
    expect(run(['gate-check', '--plan', 'held.yaml', '--metrics', 'metrics.csv', '--at', '2027-01-18', '--lang', 'en'], { cwd: dir }).stdout).not.toContain('To hold the launch');

    // The coordinator writes the pause into the plan.
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify({ ...plan, pauses: [pause] }));
    expect(run(['validate', '--strict'], { cwd: dir }).stderr.split('\n').filter((l) => / error | warning /.test(l) && !l.includes('discovery'))).toEqual([]);

    const schedule = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout);
    const launch = schedule.events.find((e: { type: string; phase: string }) => e.type === 'launch' && e.phase === 'core-team');
    expect([launch.date, launch.pausedFrom, launch.sequence]).toEqual(['2027-02-01', '2027-01-18', 2]);

    const emails = run(['render-emails', '--out', 'emails'], { cwd: dir });
    expect(emails.status).toBe(0);
    const files = emails.stdout.split('\n').map((f) => path.basename(f));
    expect(files).toEqual(expect.arrayContaining(['2027-02-01_core-team_welcome.en.md', '2027-02-01_core-team_welcome.nl.md', '2027-01-18_rollout_pause.en.md', '2027-01-18_rollout_pause.nl.md', '2027-01-29_rollout_resume.nl.md']));
    expect(files).not.toContain('2027-01-18_core-team_welcome.en.md');
    expect(readFileSync(path.join(dir, 'emails', '2027-01-18_rollout_pause.en.md'), 'utf8')).toContain('We resume on Monday, February 1.');

    const diff = JSON.parse(run(['diff', 'before.yaml', 'rollout.yaml', '--format', 'json'], { cwd: dir }).stdout);
    expect(diff.launches.map((c: { phase: string; from: string; to: string }) => [c.phase, c.from, c.to])).toEqual([
      ['core-team', '2027-01-18', '2027-02-01'],
      ['everyone-else', '2027-02-01', '2027-02-15'],
      ['decommission', '2027-02-19', '2027-03-05'],
    ]);
    const whatIf = JSON.parse(run(['what-if', '--plan', 'before.yaml', '--pause', '2w', '--at', '2027-01-18', '--phase', 'core-team', '--format', 'json'], { cwd: dir }).stdout);
    expect(whatIf.launches.map((c: { phase: string; from: string; to: string }) => [c.phase, c.from, c.to])).toEqual(diff.launches.map((c: { phase: string; from: string; to: string }) => [c.phase, c.from, c.to]));

    const report = run(['report', '--metrics', 'metrics.csv', '--at', '2027-02-01', '--lang', 'en', '-o', '-'], { cwd: dir }).stdout;
    expect(report).toContain('1 Feb');
    expect(report.match(/<ol class="history"[^]*?<\/ol>/)![0]).toContain('hs-pause');

    // After the pause the go/no-go is due the working day before the new launch, and passes.
    const resumed = JSON.parse(run(['gate-check', '--metrics', 'metrics.csv', '--at', '2027-02-01', '--format', 'json'], { cwd: dir }).stdout);
    expect(resumed.gates.find((g: { id: string }) => g.id === 'early-adopters-go-no-go')).toMatchObject({ due: '2027-01-29', status: 'pass', observed: 70 });
    expect(resumed.decision).toBe('continue');

    // A critical gate that fails rolls back, and every output says what to do and whom to tell.
    writeFileSync(path.join(dir, 'critical.yaml'), stringify({ ...plan, pauses: [pause], gates: [{ id: 'recommend', phase: 'early-adopters', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0, within: '1w', severity: 'critical', minSamples: 2, guards: 'next' }] }));
    writeFileSync(path.join(dir, 'nps.csv'), 'date,metric,value\n2027-01-05,nps,2\n2027-01-06,nps,3\n');
    for (const format of ['text', 'markdown', 'github', 'junit', 'json']) {
      const r = run(['gate-check', '--plan', 'critical.yaml', '--metrics', 'nps.csv', '--at', '2027-02-01', '--format', format], { cwd: dir });
      expect(r.status, format).toBe(3);
      expect(r.stdout, format).toContain('Re-enable the shared mailboxes and tell everyone through the sponsor.');
      expect(r.stdout, format).toContain('Ingrid Vos (COO)');
    }
  });
});
