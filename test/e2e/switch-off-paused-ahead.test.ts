import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

/*
 * The adoption example with its exports: studio-active (guarding the switch-off of Monday 12 April)
 * fails on its due day, Monday 29 March (76.9 against 80), and gate-check asks for the pause of the
 * switch-off. Written into the plan as advised, that pause holds the switch-off, and the check goes on.
 */
function adoption(): string {
  const dir = tempDir();
  cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
  cpSync(example('adoption.yaml'), path.join(dir, 'adoption.yaml'));
  return dir;
}

const check = (dir: string, lang: string, format = 'text') => run(['gate-check', '-p', 'adoption.yaml', '--at', '2027-03-29', '--lang', lang, '--format', format], { cwd: dir });
const PAUSE = /- \{ from: 2027-04-12, reason: \{ nl: "[^"]*", en: "[^"]*" \}, only: \{ phase: decommission \} \}/;

describe('gate-check once the pause of the switch-off it asks for is in the plan', () => {
  it('continues, says the pause holds the switch-off, and does not ask for it again, in text, Markdown and JSON, English and Dutch', () => {
    const dir = adoption();
    const before = check(dir, 'en');
    expect(before.status).toBe(1);
    const [line] = PAUSE.exec(before.stdout) ?? [];
    expect(line).toBeDefined();
    const plan = path.join(dir, 'adoption.yaml');
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}\npauses:\n  ${line}\n`);
    const en = check(dir, 'en');
    expect(en.status).toBe(0);
    expect(en.stdout).toContain("\nDecision: continue (exit 0): switch-off (Switch off Slack, due 2027-04-12) is held by the plan's pause from 2027-04-12, the old system stays on: studio-active failed (major → pause); only an export dated up to 2027-03-29 still counts\n");
    expect(en.stdout).not.toMatch(PAUSE);
    const nl = check(dir, 'nl');
    expect(nl.status).toBe(0);
    expect(nl.stdout).toContain('\nBesluit: doorgaan (exitcode 0): het uitzetten (Slack uitzetten, gepland op 2027-04-12) wordt vanaf 2027-04-12 aangehouden door de pauze in het plan, het oude systeem blijft aan: studio-active niet gehaald (ernstig → pauzeren)');
    expect(nl.stdout).not.toMatch(PAUSE);
    const markdown = check(dir, 'en', 'markdown');
    expect([markdown.status, markdown.stdout]).toEqual([0, expect.stringContaining("**Decision: continue (exit 0): switch-off (Switch off Slack, due 2027-04-12) is held by the plan's pause from 2027-04-12")]);
    expect(markdown.stdout).not.toMatch(PAUSE);
    expect(JSON.parse(check(dir, 'en', 'json').stdout)).toMatchObject({ decision: 'continue', decommission: { ready: false, due: '2027-04-12', pausedFrom: '2027-04-12', readsUntil: '2027-03-29' } });
  });

  it('tells everyone why the switch-off is postponed as gate-check says it, each in their own language', () => {
    const dir = adoption();
    const [line] = PAUSE.exec(check(dir, 'en').stdout) ?? [];
    expect(line).toBe('- { from: 2027-04-12, reason: { nl: "Ontwerp en kantoor: actief in Teams in de afgelopen 7 dagen is 76,9%, het doel is minstens 80%", en: "Design and office: active in Teams in the last 7 days is 76.9%, the goal is at least 80%" }, only: { phase: decommission } }');
    const plan = path.join(dir, 'adoption.yaml');
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}\npauses:\n  ${line}\n`);
    const out = path.join(dir, 'emails');
    expect(run(['render-emails', '-p', 'adoption.yaml', '--out', out, '--at', '2027-03-29'], { cwd: dir }).status).toBe(0);
    const notice = (lang: string) => readFileSync(path.join(out, `2027-04-12_rollout_pause.${lang}.md`), 'utf8');
    expect(notice('en')).toContain('postponing the switch-off of Slack and WhatsApp groups');
    expect(notice('en')).toContain('\n**Why:** Design and office: active in Teams in the last 7 days is 76.9%, the goal is at least 80%.\n');
    expect(notice('nl')).toContain('\n**Waarom:** Ontwerp en kantoor: actief in Teams in de afgelopen 7 dagen is 76,9%, het doel is minstens 80%.\n');
  });
});
