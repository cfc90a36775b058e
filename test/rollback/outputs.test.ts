import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSchedules } from '../../src/changes/compare.js';
import { whatIf } from '../../src/changes/what-if.js';
import { checkGates } from '../../src/gates/check.js';
import { renderEmails } from '../../src/render/render.js';
import { renderReport } from '../../src/report/html.js';
import { loadTemplates } from '../../src/render/templates.js';
import { scheduleMarkdown } from '../../src/reporters/schedule/markdown.js';
import { beforeRollback } from '../../src/rollback/withdraw.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, minimalPlan, validPlan } from '../helpers.js';
import { check, gatePlan } from '../gates/support.js';

const templates = await loadTemplates();
const enterprise = readFileSync(example('enterprise.yaml'), 'utf8');
const recorded = `${enterprise}\nrollback:\n  on: 2027-03-30\n  reason:\n    en: messages went missing\n    nl: berichten raakten kwijt\n`;

describe('outputs of a recorded rollback', () => {
  it('render-emails writes what --rollback writes on that day, with the reason in each language', async () => {
    const before = validPlan(enterprise);
    const after = validPlan(recorded);
    const asked = await renderEmails(before, buildSchedule(before), { format: 'md', templates, rollback: { date: '2027-03-30', reason: 'messages went missing', gates: [] } });
    const fromPlan = await renderEmails(after, buildSchedule(beforeRollback(after)), { format: 'md', templates, rollback: { date: '2027-03-30', gates: [] } });
    expect(fromPlan.entries.map((e) => e.file)).toEqual(asked.entries.map((e) => e.file));
    const text = (name: string) => String(fromPlan.files.find((f) => f.name === name)!.content);
    expect(text('2027-03-30_rollout_rollback.en.md')).toContain('**Why:** Messages went missing.');
    expect(text('2027-03-30_rollout_rollback.nl.md')).toContain('Berichten raakten kwijt.');
  });

  it('the rollback email tells the people who had not started yet that nothing changes for them', async () => {
    const plan = validPlan(enterprise);
    const rolledBack = async (date: string) => {
      const out = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, rollback: { date, gates: [] } });
      return (lang: string) => String(out.files.find((f) => f.name === `${date}_rollout_rollback.${lang}.md`)!.content);
    };
    const early = await rolledBack('2027-03-08');
    expect(early('en')).toContain('**If you had not started yet** (Port of Spain): nothing changes for you. Keep working as you do now; the start date you were given no longer holds.');
    expect(early('nl')).toContain('**Was je nog niet begonnen** (Port of Spain)? Dan verandert er voor jou niets.');
    const late = await rolledBack('2027-03-30');
    expect(late('en')).not.toContain('If you had not started yet');
    expect(late('nl')).not.toContain('nog niet begonnen');
  });

  it('gate-check: rolled back from that day on whatever the data say, and judged as before until then', async () => {
    const plan = gatePlan([{ id: 'use', phase: 'pilot', metric: 'active_use_pct', threshold: 50, within: '1w', guards: 'next' }], { rollback: { on: '2027-01-20', reason: 'too slow' } });
    const csv = 'date,metric,value\n2027-01-08,active_use_pct,90\n';
    const after = await check(plan, csv, '2027-01-20');
    expect([after.decision, after.currentPhase, after.rolledBack, after.rollback?.procedure]).toEqual(['rollback', null, { on: '2027-01-20', reason: 'too slow' }, null]);
    expect(after.gates[0]!.status).toBe('pass');
    const before = await check(plan, csv, '2027-01-19');
    expect([before.decision, before.currentPhase, before.rolledBack]).toEqual(['continue', 'everyone', null]);
  });

  it('diff says, in the plan language, that the rollback withdrew what disappeared', () => {
    const plans = { before: validPlan(enterprise), after: validPlan(recorded) };
    const set = compareSchedules(buildSchedule(plans.before), buildSchedule(plans.after), plans);
    const gone = set.changes.filter((c) => c.change === 'disappeared');
    expect(gone.length).toBe(set.counts.disappeared);
    expect(new Set(gone.map((c) => c.reason))).toEqual(new Set(['teruggedraaid op 2027-03-30: berichten raakten kwijt']));
    // The rollback's own item says why in its title, once.
    expect(set.changes.filter((c) => c.change === 'appeared').map((c) => [c.type, c.to, c.title, c.reason])).toEqual([['rollback', '2027-03-30', 'Terugdraaien: berichten raakten kwijt', undefined]]);
    expect(set.counts.moved).toBe(0);
  });

  it('what-if: a pause before the rollback moves items onto or past it, and the rollback withdraws them', () => {
    const plan = validPlan(minimalPlan({ rollback: { on: '2027-01-25', reason: 'too slow' } }));
    const { set } = whatIf(plan, { from: '2027-01-18', length: '1w' });
    const launch = set.changes.find((c) => c.type === 'launch' && c.phase === 'core-team')!;
    expect([launch.change, launch.from, launch.to, launch.reason]).toEqual(['disappeared', '2027-01-18', null, 'rolled back on 2027-01-25: too slow']);
    expect(set.changes.filter((c) => c.change === 'moved').every((c) => c.to! < '2027-01-25')).toBe(true);
  });

  it('an open pause the rollback ended says so, in the schedule and in the report in both languages', async () => {
    const plan = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 10, languages: ['en', 'nl'] }, pauses: [{ from: '2027-01-18', reason: 'below 60%' }], rollback: { on: '2027-02-01', reason: 'still below' } }));
    const s = buildSchedule(plan);
    expect(scheduleMarkdown(s, 'en')).toContain('- Pause from 2027-01-18, ended by the rollback on 2027-02-01: below 60%');
    const asOf = parseDay('2027-02-03');
    const { result, series } = await checkGates({ plan, files: [], asOf, lenient: false });
    const report = (language: 'en' | 'nl') => renderReport({ plan, schedule: s, asOf, language, check: { result, series }, measured: false });
    expect(report('en')).toMatch(/<li><strong>from 18 Jan, ended by the rollback on 1 Feb<\/strong>/);
    expect(report('nl')).toMatch(/<li><strong>vanaf 18 jan\.?, beëindigd door het terugdraaien op 1 feb\.?<\/strong>/);
    expect(report('en')).not.toContain('still open');
  });
});
