import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure } from '../../src/gates/check.js';
import type { Plan } from '../../src/plan/resolve.js';
import { Progress } from '../../src/progress/measured.js';
import { writeMessages } from '../../src/render/output.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, minimalPlan, tempDir, validPlan } from '../helpers.js';
import { adoptionCopy, planIn } from '../sources/support.js';

// The default preset from Monday 2027-01-04: everyone else starts 2027-02-01, announced 2027-01-18.
const before = validPlan(minimalPlan());
// A break planned on 11 January, written into the plan after the first run.
const paused = validPlan(minimalPlan({ pauses: [{ from: '2027-01-25', until: '2027-02-01', reason: 'outage', decided: '2027-01-11' }] }));
const templates = await loadTemplates();

describe('render-emails over an earlier run: emails that went out are rewritten', () => {
  it('lists the emails dated before the day whose text the change rewrote, never a checklist, never a later one', async () => {
    const dir = tempDir();
    const options = { format: 'md' as const, templates, languages: ['en' as const] };
    const first = await writeMessages(dir, before, buildSchedule(before), { ...options, sentBefore: '2027-01-25' });
    expect(first.rewritten).toEqual([]);
    const again = await writeMessages(dir, paused, buildSchedule(paused), { ...options, force: true, sentBefore: '2027-01-25' });
    // The announcement of 18 January named 1 February; the pause makes it say 8 February.
    expect(again.rewritten).toContainEqual({ file: '2027-01-18_everyone-else_announcement.en.md', cause: 'plan' });
    expect(again.rewritten.every((r) => r.file < '2027-01-25' && !r.file.includes('checklist') && r.cause === 'plan')).toBe(true);
    // Without the day, or with nothing changed, nothing is listed.
    expect((await writeMessages(dir, paused, buildSchedule(paused), { ...options, force: true, sentBefore: '2027-01-25' })).rewritten).toEqual([]);
  });
});

describe('render-emails over an earlier run: checklists of past days are rewritten', () => {
  it('lists the checklists dated before the day whose text a raised headcount changed, apart from the emails', async () => {
    const dir = tempDir();
    const options = { format: 'md' as const, templates, languages: ['en' as const], sentBefore: '2027-01-25' };
    await writeMessages(dir, before, buildSchedule(before), options);
    const raised = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 41 } }));
    const again = await writeMessages(dir, raised, buildSchedule(raised), { ...options, force: true });
    expect(again.rewrittenChecklists.length).toBeGreaterThan(0);
    expect(again.rewrittenChecklists).toEqual(['2026-12-18_rollout_get-started.en.md', '2027-01-18_everyone-else_checklist-two-weeks-before.en.md']);
    expect(again.rewritten.every((r) => !r.file.includes('checklist'))).toBe(true);
  });
});

describe('a weekly update that went out, rewritten by the exports alone', () => {
  const enterprise = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));
  const csv = readFileSync(example('metrics/enterprise.csv'), 'utf8');

  /** The enterprise example's progress from its metrics export, with the rows up to `last` (DD-MM-YYYY, as it writes them). */
  async function progressUpTo(plan: Plan, last: string | undefined): Promise<Progress> {
    const lines = csv.split('\n');
    const keep = last === undefined ? lines.length : lines.findIndex((l) => l.startsWith(last)) + 1;
    const file = path.join(tempDir(), 'm.csv');
    writeFileSync(file, lines.slice(0, keep).join('\n'));
    const read = await checkAndMeasure({ plan, files: [file], asOf: parseDay('2027-03-15'), lenient: false }, Progress.metricsOf(plan), Infinity);
    return new Progress(plan, read.ledger);
  }

  const write = async (dir: string, plan: Plan, progress: Progress, force = false) =>
    writeMessages(dir, plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], progress, force, sentBefore: '2027-03-15' });

  it('blames the measured values, not the plan or a template, when only a later export changed it', async () => {
    const dir = tempDir();
    await write(dir, enterprise, await progressUpTo(enterprise, '05-03-2027'));
    const again = await write(dir, enterprise, await progressUpTo(enterprise, undefined), true);
    const updates = again.rewritten.filter((r) => r.file.includes('weekly-update'));
    expect(updates.map((r) => r.file)).toEqual(expect.arrayContaining(['2027-03-12_rollout_weekly-update.en.md', '2027-03-12_rollout_weekly-update.nl.md']));
    expect(again.rewritten.every((r) => r.cause === 'measured')).toBe(true);
  });

  it('blames the plan when the plan changed, and says nothing sure over an index that kept no measured-free text', async () => {
    const dir = tempDir();
    const full = await progressUpTo(enterprise, undefined);
    await write(dir, enterprise, await progressUpTo(enterprise, '05-03-2027'));
    const renamed = validPlan(readFileSync(example('enterprise.yaml'), 'utf8').replace(/name: Teamchat/, 'name: Teamchat Pro'));
    const changed = await write(dir, renamed, full, true);
    expect(changed.rewritten.find((r) => r.file === '2027-03-12_rollout_weekly-update.en.md')?.cause).toBe('plan');
    // An index written before the measured-free hash was kept.
    const index = path.join(dir, 'index.json');
    const json = JSON.parse(readFileSync(index, 'utf8')) as { written: { unmeasured?: string }[] };
    for (const r of json.written) delete r.unmeasured;
    writeFileSync(index, JSON.stringify(json));
    const older = await write(dir, enterprise, full, true);
    expect(older.rewritten.length).toBeGreaterThan(0);
    expect(older.rewritten.every((r) => r.cause === 'unknown')).toBe(true);
  });
});

describe('the chat text and notice of a group reached without email, rewritten by the exports alone', () => {
  const WEEK_3 = 'adoption/exports/TeamsUserActivityUserDetail20270322.csv';

  /** The example's messages as render-emails writes them on 29 March, from the exports in `dir`. */
  async function write(dir: string, force: boolean) {
    const plan = planIn(dir);
    const read = await checkAndMeasure({ plan, files: [], asOf: parseDay('2027-03-29'), lenient: false, sources: { baseDir: dir } }, Progress.metricsOf(plan), Infinity);
    const options = { format: 'md' as const, templates, progress: new Progress(plan, read.ledger), force, sentBefore: '2027-03-29' };
    return writeMessages(path.join(dir, 'emails'), plan, buildSchedule(plan), options);
  }

  it('blames the measured values, as for the email of the same update', async () => {
    // The office, started by then, reads its updates in a chat group and on the notice board.
    const dir = adoptionCopy((plan) => {
      (plan as unknown as { communications: { targetedGroups: unknown[] } }).communications.targetedGroups.push({ group: 'Office', channel: 'the notice board', send: ['text', 'notice'] });
    });
    mkdirSync(path.join(dir, 'held'));
    renameSync(path.join(dir, WEEK_3), path.join(dir, 'held/week3.csv'));
    await write(dir, false);
    renameSync(path.join(dir, 'held/week3.csv'), path.join(dir, WEEK_3));
    const again = await write(dir, true);
    const forms = again.rewritten.filter((r) => /_office_weekly-update-(text|notice)\./.test(r.file));
    expect(forms.map((r) => r.file)).toContain('2027-03-26_rollout_office_weekly-update-text.nl.txt');
    expect(again.rewritten.every((r) => r.cause === 'measured')).toBe(true);
  });
});
