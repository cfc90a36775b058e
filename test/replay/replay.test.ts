import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates, replayDecisions, replayGates } from '../../src/gates/check.js';
import { historyDays, renderHistory, replayDays } from '../../src/replay/history.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { example, ROOT, run, validPlan } from '../helpers.js';

const base = ['gate-check', '--plan', example('enterprise.yaml'), '--metrics', path.join(ROOT, 'examples/metrics/enterprise.csv')];

describe('gate-check replay', () => {
  it('evaluates as of each day, one JSON object a day, and exits with the last decision', () => {
    const r = run([...base, '--from', '2027-03-08', '--to', '2027-03-16', '--every', '1w', '--format', 'jsonl']);
    const days = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(days.map((d) => [d.asOf, d.decision])).toEqual([['2027-03-08', 'continue'], ['2027-03-15', 'pause'], ['2027-03-16', 'pause']]);
    expect(days[1].blockedLaunches).toEqual([{ phase: 'port-of-spain', launch: '2027-03-15', gates: ['georgetown-go-no-go'] }]);
    expect(r.status).toBe(1);
    const single = JSON.parse(run([...base, '--at', '2027-03-15', '--format', 'json']).stdout);
    expect([single.decision, single.blockedLaunches]).toEqual([days[1].decision, days[1].blockedLaunches]);
    expect(run([...base, '--from', '2027-03-01', '--to', '2027-03-08']).status).toBe(0);
  });

  it('gives each day what a check as of that day gives, as windows open, close and are judged', async () => {
    const plan = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));
    const files = [path.join(ROOT, 'examples/metrics/enterprise.csv')];
    // Daily through the pilot's gates (due, judged, then closed), then weekly to the end.
    const days = [...replayDays('2027-02-01', '2027-03-20', '1d'), ...replayDays('2027-03-27', '2027-06-30', '1w')];
    const replay = await replayGates({ plan, files, lenient: false, days });
    const checks = await Promise.all(days.map((asOf) => checkGates({ plan, files, lenient: false, asOf })));
    expect(new Set(replay.results.map((r) => r.decision)).size).toBeGreaterThan(1);
    expect(replay.results).toEqual(checks.map((c) => c.result));
    expect(replay.last.series.map((s) => [Array.from(s.days), Array.from(s.values)])).toEqual(checks.at(-1)!.series.map((s) => [Array.from(s.days), Array.from(s.values)]));
    // The report's strip leaves gates unmeasured before their due day: the decisions stay the same.
    const strip = await replayDecisions({ plan, files, lenient: false, days });
    expect(strip.decisions).toEqual(checks.map((c) => ({ asOf: c.result.asOf, decision: c.result.decision })));
    expect(strip.last.result).toEqual(checks.at(-1)!.result);
  });

  it('says in its why column that a launch will wait unless things change, as the one-day check does', async () => {
    const plan = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));
    const { results } = await replayGates({ plan, files: [path.join(ROOT, 'examples/metrics/enterprise.csv')], lenient: false, days: replayDays('2027-03-01', '2027-03-08', '1w') });
    const [nothing, warned] = renderHistory('text', results, 'en').split('\n').slice(1, 3);
    expect(nothing).toMatch(/ -$/);
    expect(warned).toMatch(/ no launch or switch-off waits today; the launch of Port of Spain on 2027-03-15 will wait unless this changes: georgetown-go-no-go is 42\.9 so far, needs >= 60 on 2027-03-12 \(major → pause\)$/);
    expect(renderHistory('markdown', results, 'nl')).toContain('| vandaag wacht geen start en geen uitzetten; de start van Port of Spain op 2027-03-15 gaat wachten als dit zo blijft: ');
  });

  it("shows each day the decision and the launch it names of that day's check, in every format", () => {
    // Monday the go/no-go is not due yet and fails so far; Friday, its due day, it fails and holds the launch.
    const days = [
      ['2027-03-08', 'continue', 'will wait unless this changes', 'nextLaunch'],
      ['2027-03-12', 'pause', 'launch of Port of Spain on 2027-03-15 waits: georgetown-go-no-go failed', 'blockedLaunches'],
    ] as const;
    const table = run([...base, '--from', days[0][0], '--to', days[1][0], '--every', '4d', '--lang', 'en']).stdout.split('\n');
    const lines = run([...base, '--from', days[0][0], '--to', days[1][0], '--every', '4d', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    for (const [i, [day, decision, said, key]] of days.entries()) {
      const why = run([...base, '--at', day, '--lang', 'en']).stdout.match(new RegExp(`^Decision: ${decision} \\(exit \\d\\): (.*)$`, 'm'))![1]!;
      expect(why).toContain(said);
      expect(table[i + 1]).toMatch(new RegExp(`^${day} +${decision} .*  ${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(lines[i][key]).toEqual(JSON.parse(run([...base, '--at', day, '--format', 'json']).stdout)[key]);
    }
  });

  it('prints a table or markdown, and refuses --at with --from', () => {
    expect(run([...base, '--from', '2027-03-12', '--to', '2027-03-15', '--lang', 'en']).stdout.split('\n')[0]).toMatch(/^as of +decision +phase +failing gates +why$/);
    expect(run([...base, '--from', '2027-03-12', '--to', '2027-03-15', '--format', 'markdown', '--lang', 'en']).stdout).toMatch(/^### Rollout decision history\n\n\| as of \| decision \|/);
    // The example's first language is Dutch.
    expect(run([...base, '--from', '2027-03-12', '--to', '2027-03-15']).stdout.split('\n')[0]).toMatch(/^datum +besluit +fase +niet gehaald +waarom$/);
    const bad = run([...base, '--from', '2027-03-12', '--to', '2027-03-15', '--at', '2027-03-15']);
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, '', 'rollout: --at and --from do not go together: --at checks one day, --from and --to replay a range\n']);
  });

  it('steps from the first day and always ends on the last; the report samples at most 12 days up to asOf', () => {
    expect(replayDays('2027-03-01', '2027-03-17', '1w').map(formatDay)).toEqual(['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-17']);
    const days = historyDays(parseDay('2027-01-04'), parseDay('2027-12-31'));
    expect([days.length <= 12, formatDay(days.at(-1)!)]).toEqual([true, '2027-12-31']);
  });

  it('draws the history under the report timeline', () => {
    const r = run(['report', '--plan', example('enterprise.yaml'), '--metrics', path.join(ROOT, 'examples/metrics/enterprise.csv'), '--at', '2027-03-22', '--lang', 'en', '-o', '-']);
    const strip = r.stdout.match(/<ol class="history"[^]*?<\/ol>/)![0];
    // Weekly from 2027-02-01 to 2027-03-22: continue until Port of Spain's launch waits on 03-15.
    expect(strip.match(/hs-(continue|pause|rollback)/g)).toEqual([...Array(6).fill('hs-continue'), 'hs-pause', 'hs-pause']);
    expect(strip).toContain('title="15 Mar: Pause"');
    // A print or a PDF keeps no hover title: the strip has a heading, and each cell its decision in words.
    expect(r.stdout).toContain('<h3 class="history-title" id="history-title">Decision week by week</h3><ol class="history" aria-labelledby="history-title">');
    expect(strip).toContain('<span>15 Mar</span><span class="hs-decision">Pause</span>');
    const nl = run(['report', '--plan', example('enterprise.yaml'), '--metrics', path.join(ROOT, 'examples/metrics/enterprise.csv'), '--at', '2027-03-22', '--lang', 'nl', '-o', '-']).stdout;
    expect(nl).toContain('<h3 class="history-title" id="history-title">Besluit per week</h3>');
    expect(nl).toContain('<span>15 mrt</span><span class="hs-decision">Pauzeren</span>');
  });
});
