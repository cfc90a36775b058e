import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { decisionLine, recordPauseLine } from '../../src/reporters/gates/labels.js';
import { renderGithub } from '../../src/reporters/gates/github.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { renderJunit } from '../../src/reporters/gates/junit.js';
import { renderMarkdown } from '../../src/reporters/gates/markdown.js';
import { parseDay } from '../../src/util/dates.js';
import { validPlan } from '../helpers.js';
import { paramariboSwitchOff } from '../paramaribo-switch-off.js';

/**
 * The notary's office: paramaribo-actief guards the switch-off of Monday 19 April, due Monday 12
 * April, and fails on that day (78.6 against 80). `edit` changes the plan's text first.
 */
async function checked(at: string, lang: Language = 'en', edit: (plan: string) => string = (p) => p) {
  const folder = paramariboSwitchOff();
  writeFileSync(folder.plan, edit(readFileSync(folder.plan, 'utf8')));
  const plan = planIn(validPlan(readFileSync(folder.plan, 'utf8')), lang);
  return (await checkGates({ plan, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: folder.dir } })).result;
}

const FRIDAY = '2027-04-16';

describe('a failed gate guarding the switch-off, before the switch-off day', () => {
  it('holds the switch-off from the Friday before it: pause, naming the switch-off and the gate, in English and Dutch', async () => {
    const result = await checked(FRIDAY);
    expect([result.decision, result.blockedLaunches]).toEqual(['pause', []]);
    expect(result.decommission).toMatchObject({ ready: false, due: '2027-04-19', waits: true });
    expect(decisionLine(result, 'en')).toBe('Decision: pause (exit 1): switch-off (WhatsApp-groepen opheffen, due 2027-04-19) waits: paramaribo-actief failed (major → pause)');
    const nl = await checked(FRIDAY, 'nl');
    expect(decisionLine(nl, 'nl')).toBe('Besluit: pauzeren (exitcode 1): het uitzetten (WhatsApp-groepen opheffen, gepland op 2027-04-19) wacht op: paramaribo-actief niet gehaald (ernstig → pauzeren)');
    // What lets it go ahead: the closed window's way out, and the pause to record meanwhile.
    expect(recordPauseLine(result, 'en')).toContain('- { from: 2027-04-19, reason: "Paramaribo: active use is 78.6%, the goal is at least 80%", only: { phase: uitzetten } }');
    expect(result.decommission?.closed).toEqual([expect.objectContaining({ gate: 'paramaribo-actief', failedOn: '2027-04-12', later: '5w', laterDue: '2027-04-19' })]);
    const markdown = renderMarkdown(nl, 'nl');
    expect(markdown).toContain('het uitzetten (WhatsApp-groepen opheffen, gepland op 2027-04-19) wacht op');
    expect(markdown).toContain('schrijf in gates\\[1\\] (paramaribo-actief) within: 5w in plaats van within: 4w (datum 2027-04-19)');
  });

  it('says so in JSON, JUnit and GitHub annotations', async () => {
    const result = await checked(FRIDAY);
    const json = JSON.parse(renderJson(result)) as { decision: string; decommission: Record<string, unknown> };
    expect(json.decision).toBe('pause');
    expect(json.decommission).toMatchObject({ ready: false, due: '2027-04-19', guards: ['paramaribo-actief'], waits: true, closed: [expect.objectContaining({ gate: 'paramaribo-actief' })] });
    // Its window closed on its due day: no export dated later changes it, so nothing still counts.
    expect(json.decommission.readsUntil).toBeUndefined();
    const junit = renderJunit(result);
    expect(junit).toContain('<failure message="Decision: pause (exit 1): switch-off (uitzetten, due 2027-04-19) waits: paramaribo-actief failed (major → pause)" type="pause">');
    const github = renderGithub(result, { planFile: 'rollout.yaml', lineOf: (i) => (i === 1 ? 23 : undefined) });
    expect(github).toContain('::error file=rollout.yaml,line=23,title=Gate paramaribo-actief holds the switch-off::paramaribo-actief failed on 2027-04-12');
    expect(github).toContain('\nDecision: pause (exit 1): switch-off (WhatsApp-groepen opheffen, due 2027-04-19) waits: paramaribo-actief failed (major → pause)\n');
  });

  it('holds it on the gate\'s due day too, saying which exports still count', async () => {
    const result = await checked('2027-04-12');
    expect([result.decision, result.decommission?.readsUntil, result.decommission?.closed]).toEqual(['pause', '2027-04-12', undefined]);
    expect(decisionLine(result, 'en')).toBe('Decision: pause (exit 1): switch-off (WhatsApp-groepen opheffen, due 2027-04-19) waits: paramaribo-actief failed (major → pause); only an export dated up to 2027-04-12 still counts');
    expect(decisionLine(await checked('2027-04-12', 'nl'), 'nl')).toContain('; alleen een export met een datum tot en met 2027-04-12 telt nog mee');
  });

  it('holds it with a gate due the day before it, from that day', async () => {
    const result = await checked(FRIDAY, 'en', (p) => p.replace('within: 4w, guards: decommission', 'due: day-before, guards: decommission'));
    expect([result.decision, result.gates[1]?.due, result.gates[1]?.status]).toEqual(['pause', FRIDAY, 'fail']);
    expect(decisionLine(result, 'en')).toBe('Decision: pause (exit 1): switch-off (WhatsApp-groepen opheffen, due 2027-04-19) waits: paramaribo-actief failed (major → pause); only an export dated up to 2027-04-16 still counts');
  });

  it('asks what the contingency says, as for a launch: rollback for a critical gate, unless the plan says pause', async () => {
    const critical = (p: string) => p.replace('guards: decommission }', 'guards: decommission, severity: critical }');
    const rollback = await checked(FRIDAY, 'en', critical);
    expect([rollback.decision, rollback.rollback?.parts]).toEqual(['rollback', undefined]);
    expect(decisionLine(rollback, 'en')).toMatch(/^Decision: rollback \(exit 3\): switch-off \(WhatsApp-groepen opheffen, due 2027-04-19\) waits: paramaribo-actief failed \(critical → rollback\)/);
    const paused = await checked(FRIDAY, 'en', (p) => `${critical(p)}\ncontingency: { critical: pause }\n`);
    expect(paused.decision).toBe('pause');
    const minor = await checked(FRIDAY, 'en', (p) => p.replace('guards: decommission }', 'guards: decommission, severity: minor }'));
    expect([minor.decision, minor.decommission?.waits]).toEqual(['continue', undefined]);
  });

  it('holds nothing while the gate is pending, nor once it passes: the condition alone waits for the switch-off day', async () => {
    const pending = await checked('2027-04-09');
    expect([pending.decision, pending.gates[1]?.status, pending.decommission?.waits]).toEqual(['continue', 'pending', undefined]);
    const passed = await checked(FRIDAY, 'en', (p) => p.replace('threshold: 80, within: 4w', 'threshold: 75, within: 4w'));
    expect([passed.decision, passed.gates[1]?.status, passed.decommissionReady]).toEqual(['continue', 'pass', false]);
    expect(decisionLine(passed, 'en')).toMatch(/^Decision: continue \(exit 0\): no launch or switch-off waits today; the switch-off \(WhatsApp-groepen opheffen, from 2027-04-19\) will wait unless this changes: active use is 78\.6/);
  });
});
