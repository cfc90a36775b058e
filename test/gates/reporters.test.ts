import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { GateCheckResult, GateResult } from '../../src/gates/types.js';
import { escapeData, escapeProperty, renderGithub } from '../../src/reporters/gates/github.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { JUNIT_START, renderInputError, renderJunit, xmlEscape } from '../../src/reporters/gates/junit.js';
import { renderMarkdown } from '../../src/reporters/gates/markdown.js';
import { renderText } from '../../src/reporters/gates/text.js';
import { parseJunit } from '../junit-xml.js';

function gate(overrides: Partial<GateResult>): GateResult {
  return {
    id: 'g',
    phase: 'pilot',
    scope: 'phase',
    metric: 'active_use_pct',
    aggregate: 'last',
    observed: 84,
    op: '>=',
    threshold: 80,
    samples: 3,
    minSamples: 1,
    window: { from: '2027-01-04', to: '2027-02-01' },
    due: '2027-02-01',
    status: 'pass',
    severity: 'major',
    effect: 'continue',
    reason: 'last of 3 active_use_pct rows from 2027-01-04 to 2027-02-01 is 84 on 2027-01-29, >= 80',
    because: { kind: 'judged', holds: true, op: '>=', threshold: 80, reading: { aggregate: 'last', observed: 84, on: '2027-01-29', rows: { n: 3, metric: 'active_use_pct', from: '2027-01-04', to: '2027-02-01' } } },
    index: 0,
    guards: 'none',
    guarding: null,
    ...overrides,
  };
}

const result: GateCheckResult = {
  asOf: '2027-02-01',
  currentPhase: 'everyone',
  decision: 'rollback',
  decommissionReady: false,
  condition: { phase: 'decommission', metric: 'active_use_pct', op: '>=', threshold: 80, observed: 84, lowest: {}, organization: 84, day: '2027-02-01', organizationDay: '2027-02-01', measuredOn: '2027-02-01', notStarted: [], notMeasured: [] },
  blockedLaunches: [{ phase: 'everyone', launch: '2027-01-18', gates: ['nps', 'few'], decision: 'rollback' }],
  nextLaunch: null,
  decommission: { phase: 'decommission', ready: false, due: '2027-02-08', guards: [], next: false },
  openPause: null,
  rolledBack: null,
  rollback: null,
  names: { phases: [{ id: 'everyone', name: 'Everyone <else>' }], metrics: [{ name: 'nps', label: 'a <b> & "c" | 100% \r\nd' }] },
  gates: [
    gate({ id: 'active' }),
    gate({ id: 'nps', guards: 'next', guarding: 'everyone', metric: 'nps', aggregate: 'nps', observed: -20, op: '>', threshold: 0, status: 'fail', severity: 'critical', effect: 'rollback', reason: 'a <b> & "c" | 100% \r\nd', because: { kind: 'too-few', survey: true, min: 5, rows: { n: 3, metric: 'nps', from: '2027-01-04', to: '2027-02-01' } }, index: 1 }),
    gate({ id: 'few', guards: 'next', guarding: 'everyone', observed: null, samples: 0, status: 'inconclusive', effect: 'pause', reason: 'no rows', because: { kind: 'nothing', rows: { n: 0, metric: 'active_use_pct', from: '2027-01-04', to: '2027-02-01' } }, index: 2 }),
    gate({ id: 'later', phase: 'everyone', observed: null, samples: 0, status: 'pending', reason: 'phase everyone starts 2027-02-08', index: 3 }),
  ],
};

describe('gate-check formats', () => {
  it('escapes XML, and maps fail, inconclusive and pending onto failure, error and skipped', () => {
    expect(xmlEscape('a <b> & "c" \'d\' \u0001')).toBe('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; ');
    const xml = renderJunit(result);
    expect(xml).toContain('<testsuites name="rollout gate-check" tests="5" failures="2" errors="1" skipped="1">');
    expect(xml).toContain('<failure message="a &lt;b&gt; &amp; &quot;c&quot; | 100% &#13;&#10;d" type="critical">');
    expect(xml).toContain('<error message="no rows" type="inconclusive">no rows</error>');
    expect(xml).toContain('<skipped message="phase everyone starts 2027-02-08">phase everyone starts 2027-02-08</skipped>');
    expect(xml).not.toMatch(/<[^>]*<|&(?!amp;|lt;|gt;|quot;|apos;|#1[03];)/);
  });

  it('shows a gate that holds nothing, report only or minor, as skipped in JUnit and a warning on GitHub, so that a run that continues is green', () => {
    const continuing: GateCheckResult = {
      ...result,
      decision: 'continue',
      blockedLaunches: [],
      gates: [
        gate({ id: 'satisfaction', metric: 'satisfaction', aggregate: 'mean', observed: 6.6, threshold: 7, status: 'fail', effect: 'pause', reason: 'mean of 10 satisfaction rows from 2027-01-04 to 2027-02-01 is 6.6, not >= 7' }),
        gate({ id: 'minor-go', guards: 'next', guarding: 'everyone', observed: 55, threshold: 60, status: 'fail', severity: 'minor', effect: 'continue', reason: 'last of 3 active_use_pct rows is 55, not >= 60', index: 1 }),
        gate({ id: 'nps', metric: 'nps', observed: null, samples: 0, status: 'inconclusive', effect: 'pause', reason: 'too few answers', index: 2 }),
      ],
    };
    const xml = renderJunit(continuing);
    expect(xml).toContain('<testsuites name="rollout gate-check" tests="3" failures="0" errors="0" skipped="3">');
    expect(xml).toContain('<skipped message="satisfaction failed (major, report only): mean of 10 satisfaction rows from 2027-01-04 to 2027-02-01 is 6.6, not &gt;= 7">satisfaction failed (major, report only): mean of 10 satisfaction rows from 2027-01-04 to 2027-02-01 is 6.6, not &gt;= 7</skipped>');
    expect(xml).toContain('<skipped message="minor-go failed (minor → continue): last of 3 active_use_pct rows is 55, not &gt;= 60">minor-go failed (minor → continue): last of 3 active_use_pct rows is 55, not &gt;= 60</skipped>');
    expect(xml).toContain('<skipped message="nps is inconclusive (report only): too few answers">nps is inconclusive (report only): too few answers</skipped>');
    const github = renderGithub(continuing, { lineOf: (i) => 20 + i }).split('\n');
    expect(github.filter((l) => l.startsWith('::')).map((l) => l.split('::')[1])).toEqual([
      'warning title=Gate satisfaction failed (major%2C report only)',
      'warning title=Gate minor-go failed (minor → continue)',
      'warning title=Gate nps is inconclusive (report only)',
    ]);
  });

  it('makes a pause or a rollback a failing test case that says why, apart from the gates, and a run that continues none', () => {
    // A pause held by the switch-off alone: no gate fails, yet a test reporter must not read the run as all met.
    const pause: GateCheckResult = {
      ...result,
      decision: 'pause',
      blockedLaunches: [],
      decommission: { phase: 'decommission', ready: false, due: '2027-02-01', guards: [], next: false, waits: true },
      condition: { ...result.condition!, observed: 76.5, organization: 76.5 },
      gates: [gate({ id: 'pilot-go' }), gate({ id: 'satisfaction', scope: 'organization', metric: 'satisfaction', aggregate: 'mean', observed: 7.6, threshold: 7, index: 1 })],
    };
    const paused = parseJunit(renderJunit(pause));
    expect(paused.totals).toEqual({ tests: 3, failures: 1, errors: 0, skipped: 0 });
    const why = 'Decision: pause (exit 1): switch-off (decommission, due 2027-02-01) waits: active_use_pct is 76.5 (whole organization), needs >= 80';
    expect(paused.cases).toEqual([
      { classname: 'rollout.decision', name: 'pause', status: 'failure', message: why, text: why, type: 'pause' },
      expect.objectContaining({ classname: 'rollout.gates.pilot', name: 'pilot-go', status: 'passed' }),
      // A whole-organization gate is filed under a class of its own, not under the phase it is dated by.
      expect.objectContaining({ classname: 'rollout.organization', name: 'satisfaction', status: 'passed' }),
    ]);
    const rolledBack = parseJunit(renderJunit(result));
    expect(rolledBack.cases.filter((c) => c.classname === 'rollout.decision')).toEqual([
      expect.objectContaining({ name: 'rollback', status: 'failure', type: 'rollback', message: expect.stringMatching(/^Decision: rollback \(exit 3\): launch of everyone on 2027-01-18 waits: nps failed \(critical → rollback\)/) }),
    ]);
    const continuing = parseJunit(renderJunit({ ...pause, decision: 'continue', decommission: null, condition: null }));
    expect([continuing.totals, continuing.cases.map((c) => c.classname)]).toEqual([{ tests: 2, failures: 0, errors: 0, skipped: 0 }, ['rollout.gates.pilot', 'rollout.organization']]);
  });

  it('writes a check that stopped on bad input as one test case in error, begun as every JUnit report of gate-check', () => {
    const xml = renderInputError('m.csv:3:3: active_use_pct value "a<b" is not a number');
    expect(xml.startsWith(JUNIT_START)).toBe(true);
    expect(renderJunit(result).startsWith(JUNIT_START)).toBe(true);
    expect(xml).toContain('tests="1" failures="0" errors="1" skipped="0"');
    expect(xml).toContain('<error message="m.csv:3:3: active_use_pct value &quot;a&lt;b&quot; is not a number" type="input">m.csv:3:3: active_use_pct value &quot;a&lt;b&quot; is not a number</error>');
  });

  it('writes GitHub workflow commands with escaped data and properties, each saying why in the sentence for people', () => {
    expect(escapeData('50%\r\nx')).toBe('50%25%0D%0Ax');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const lines = [7, 12, 15];
    expect(renderGithub(result, { planFile: 'plans/roll,out.yaml', lineOf: (i) => lines[i] })).toBe(
      [
        // The metric by its label, as the decision line names the phase by its name; the JSON keeps `reason`, with ids.
        '::error file=plans/roll%2Cout.yaml,line=12,title=Gate nps failed (critical → rollback)::too few answers (3 of at least 5): 3 rows of a <b> & "c" | 100%25 %0D%0Ad from 2027-01-04 to 2027-02-01',
        '::warning file=plans/roll%2Cout.yaml,line=15,title=Gate few is inconclusive (→ pause)::nothing to judge: no rows of active_use_pct from 2027-01-04 to 2027-02-01',
        'Decision: rollback (exit 3): launch of Everyone <else> on 2027-01-18 waits: nps failed (critical → rollback), few is inconclusive (onInconclusive → pause)',
        'Decommission (decommission, from 2027-02-08): not ready; active_use_pct is 84 (whole organization), needs >= 80',
        '',
      ].join('\n'),
    );
    expect(renderGithub(result, { lineOf: () => 3 }).split('\n')[0]).toMatch(/^::error title=Gate nps failed \(critical → rollback\)::/);
  });

  it('keeps Markdown cells in their table', () => {
    const md = renderMarkdown(result);
    expect(md).toMatch(/^### Rollout gate check: rollback\n/);
    expect(md).toContain('| nps | pilot | a \\<b\\> & "c" \\| 100%  d | -20 | \\> | 0 | 3 | ❌ fail |');
    // Plan names in sentences and the metric cell, ids for gates and phases in the table: each kept in its cell or line.
    expect(md).toContain('**Decision: rollback (exit 3): launch of Everyone \\<else\\> on 2027-01-18');
    expect(md).toContain('- **nps** (fail): too few answers (3 of at least 5): 3 rows of a \\<b\\> & "c" \\| 100%  d from 2027-01-04');
  });

  it('writes JSON in the documented shape', () => {
    const json = JSON.parse(renderJson(result));
    expect(Object.keys(json)).toEqual(['asOf', 'currentPhase', 'decision', 'decommissionReady', 'blockedLaunches', 'nextLaunch', 'decommission', 'openPause', 'rolledBack', 'rollback', 'gates']);
    expect(json.blockedLaunches).toEqual([{ phase: 'everyone', launch: '2027-01-18', gates: ['nps', 'few'] }]);
    expect(json.nextLaunch).toBeNull();
    expect(json.decommission).toEqual({ ready: false, due: '2027-02-08', guards: [] });
    expect(Object.keys(json.gates[0])).toEqual(['id', 'phase', 'scope', 'metric', 'aggregate', 'observed', 'op', 'threshold', 'samples', 'minSamples', 'window', 'status', 'severity', 'guards', 'due', 'reason']);
  });

  it('shows a gate on the whole organization as everyone\'s, not its phase\'s, and keeps the phase it is dated by in JSON', () => {
    const everyone = { ...result, blockedLaunches: [], gates: [gate({ id: 'satisfaction', phase: 'first-half', scope: 'organization', metric: 'satisfaction', aggregate: 'mean' }), gate({ id: 'first-half-success', phase: 'first-half' })] };
    const nl = renderText(everyone, new Chalk({ level: 0 }), 'nl');
    expect(nl).toMatch(/│ satisfaction\s+│ iedereen\s+│ satisfaction \(gemiddelde\)/);
    expect(nl).toMatch(/│ first-half-success\s+│ first-half\s+│/);
    expect(renderMarkdown(everyone, 'en')).toContain('| satisfaction | everyone | satisfaction (mean) |');
    expect(renderMarkdown(everyone, 'nl')).toContain('| satisfaction | iedereen | satisfaction (gemiddelde) |');
    const json = JSON.parse(renderJson(everyone));
    expect(json.gates.map((g: { phase: string; scope: string }) => [g.phase, g.scope])).toEqual([['first-half', 'organization'], ['first-half', 'phase']]);
  });

  it('colours text only when asked to', () => {
    expect(renderText(result, new Chalk({ level: 0 }))).not.toContain('\u001b[');
    expect(renderText(result, new Chalk({ level: 1 }))).toContain('\u001b[31mfail');
  });
});
