import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';

const WEEK_3 = 'adoption/exports/TeamsUserActivityUserDetail20270322.csv';
const render = (dir: string, force = false) => run(['render-emails', '--out', 'emails', '--at', '2027-03-29', ...(force ? ['--force'] : [])], { cwd: dir });
const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.includes('rewrote'));

describe('render-emails after the exports changed, the plan as it was', () => {
  it('says that the exports changed the updates that went out, not the plan or a template', () => {
    const dir = adoptionCopy();
    // Monday's run before the week-3 activity export was downloaded, then again with it.
    mkdirSync(path.join(dir, 'held'));
    renameSync(path.join(dir, WEEK_3), path.join(dir, 'held/week3.csv'));
    expect(render(dir).status).toBe(0);
    renameSync(path.join(dir, 'held/week3.csv'), path.join(dir, WEEK_3));
    const again = render(dir, true);
    expect(again.status).toBe(0);
    expect(warnings(again.stderr)).toEqual([
      "rollout: warning: rewrote 2 messages dated before 2027-03-29 with another text than an earlier run wrote (2027-03-26_rollout_weekly-update.nl.md, 2027-03-26_rollout_weekly-update.en.md): by their date they went out with the earlier text; only the values they report changed, with the exports read since (the plan and the templates write them as before); what was sent is in your mail program's sent items",
    ]);
  });

  it('says the same of the text and the notice of a group reached without email', () => {
    const dir = adoptionCopy((plan) => {
      // The office, started by the week the export changes, reads its updates on the notice board and in a chat group.
      (plan as unknown as { communications: { targetedGroups: unknown[] } }).communications.targetedGroups.push({ group: 'Office', channel: 'the notice board', send: ['text', 'notice'] });
    });
    mkdirSync(path.join(dir, 'held'));
    renameSync(path.join(dir, WEEK_3), path.join(dir, 'held/week3.csv'));
    expect(render(dir).status).toBe(0);
    renameSync(path.join(dir, 'held/week3.csv'), path.join(dir, WEEK_3));
    const again = warnings(render(dir, true).stderr);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatch(/office_weekly-update-text\.nl\.txt/);
    expect(again[0]).toMatch(/; only the values they report changed, with the exports read since /);
  });

  it('blames the plan when it changed, and names the exports as well over an index of an earlier version', () => {
    const dir = adoptionCopy();
    expect(render(dir).status).toBe(0);
    const plan = path.join(dir, 'rollout.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('name: Microsoft Teams', 'name: Teams'));
    const changed = warnings(render(dir, true).stderr);
    // The tool's new name is in the checklists of past days as well: they get a warning of their own.
    expect(changed).toHaveLength(2);
    expect(changed[1]).toMatch(/, your own checklists \(/);
    expect(changed[0]).toMatch(/: by their date they went out with the earlier text, and the change since \(to a template or the plan\) now writes them otherwise; /);
    const index = path.join(dir, 'emails/index.json');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/,\n\s*"unmeasured": "[0-9a-f]{64}"/g, ''));
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('name: Teams', 'name: Microsoft Teams'));
    const older = warnings(render(dir, true).stderr);
    expect(older).toHaveLength(2);
    expect(older[0]).toMatch(/, and the change since \(to a template, the plan, or the exports they report on\) now writes them otherwise; /);
  });
});
