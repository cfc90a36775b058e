import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/resolve.js';
import { dueFiles } from '../../src/render/due.js';
import { writeMessages } from '../../src/render/output.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { minimalPlan, tempDir, validPlan } from '../helpers.js';

// The default preset from Monday 2027-01-04; the same plan a week later.
const onTime = validPlan(minimalPlan());
const slipped = validPlan(minimalPlan({ start: '2027-01-11' }));
const templates = await loadTemplates();
const options = { format: 'md' as const, templates, languages: ['en' as const] };
const write = (dir: string, plan: Plan, sentBefore: string, extra: { force?: boolean; dryRun?: boolean } = {}) => writeMessages(dir, plan, buildSchedule(plan), { ...options, sentBefore, ...extra });
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('render-emails into a folder an earlier run wrote', () => {
  it('leaves every file alone when nothing changed, the index too', async () => {
    const dir = tempDir();
    const first = await write(dir, onTime, '2026-12-21');
    expect([first.added.length, first.changed.length, first.unchanged]).toEqual([first.total, 0, 0]);
    const mtime = statSync(path.join(dir, 'index.md')).mtimeMs;
    const again = await write(dir, onTime, '2026-12-28');
    expect([again.written, again.added, again.changed, again.unchanged, again.refused, again.removed]).toEqual([[], [], [], first.total, [], []]);
    expect(statSync(path.join(dir, 'index.md')).mtimeMs).toBe(mtime);
  });

  it('after the start slipped a week: writes the new drafts, rewrites its own drafts to come, removes the old ones, keeps what went out', async () => {
    const dir = tempDir();
    await write(dir, onTime, '2026-12-21');
    const sent = read(dir, '2026-12-21_early-adopters_announcement.en.md');
    const again = await write(dir, slipped, '2026-12-28');
    expect(again.refused).toEqual([]);
    // The update of 15 January is the first week's now: the same name, another text.
    expect(again.changed).toContain('2027-01-15_rollout_weekly-update.en.md');
    expect(again.added).toContain('2027-01-11_early-adopters_welcome.en.md');
    expect(again.removed).toContain('2027-01-04_early-adopters_welcome.en.md');
    expect(existsSync(path.join(dir, '2027-01-04_early-adopters_welcome.en.md'))).toBe(false);
    // Sent on 21 December: kept as it went out, and named.
    expect(read(dir, '2026-12-21_early-adopters_announcement.en.md')).toBe(sent);
    expect(again.withdrawn).toContain('2026-12-21_early-adopters_announcement.en.md');
    // The get-started checklist moved from 18 to 25 December: new, and dated before the run's day.
    expect(again.late).toEqual(['2026-12-25_rollout_get-started.en.md']);
    expect(again.written.at(-1)).toBe('index.json');
  });

  it('refuses, writing nothing, to replace a file edited by hand since; --force replaces it', async () => {
    const dir = tempDir();
    await write(dir, onTime, '2026-12-21');
    const name = '2027-01-15_rollout_weekly-update.en.md';
    writeFileSync(path.join(dir, name), `${read(dir, name)}\nMy own line.\n`);
    const index = read(dir, 'index.json');
    const refused = await write(dir, slipped, '2026-12-28');
    expect([refused.refused, refused.written, refused.removed]).toEqual([[name], [], []]);
    expect(read(dir, name)).toContain('My own line.');
    expect(read(dir, 'index.json')).toBe(index);
    expect(existsSync(path.join(dir, '2027-01-11_early-adopters_welcome.en.md'))).toBe(false);
    const forced = await write(dir, slipped, '2026-12-28', { force: true });
    expect(forced.changed).toContain(name);
    expect(read(dir, name)).not.toContain('My own line.');
  });

  it('refuses to replace index.md edited by hand, and a file it never wrote', async () => {
    const dir = tempDir();
    await write(dir, onTime, '2026-12-21');
    writeFileSync(path.join(dir, 'index.md'), 'sent: all of December\n');
    writeFileSync(path.join(dir, '2027-02-01_everyone-else_reminder.en.md'), 'not the tool’s\n');
    const r = await write(dir, slipped, '2026-12-28');
    expect(r.refused.sort()).toEqual(['2027-02-01_everyone-else_reminder.en.md', 'index.md']);
    expect(read(dir, 'index.md')).toBe('sent: all of December\n');
  });

  it('keeps a message of a past day that the plan now writes otherwise, with its earlier record in the index; --force rewrites it', async () => {
    const dir = tempDir();
    await write(dir, onTime, '2026-12-21');
    const raised = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 41 } }));
    const before = read(dir, '2026-12-18_rollout_get-started.en.md');
    const r = await write(dir, raised, '2027-01-04');
    expect(r.kept).toContain('2026-12-18_rollout_get-started.en.md');
    expect(r.kept.every((f) => f < '2027-01-04')).toBe(true);
    expect(r.changed.every((f) => f >= '2027-01-04')).toBe(true);
    expect(read(dir, '2026-12-18_rollout_get-started.en.md')).toBe(before);
    const index = JSON.parse(read(dir, 'index.json')) as { written: { file: string; sha256: string }[] };
    expect(index.written.find((w) => w.file === '2026-12-18_rollout_get-started.en.md')?.sha256).toBe(createHash('sha256').update(before).digest('hex'));
    const again = await write(dir, raised, '2027-01-04', { force: true });
    expect(again.rewrittenChecklists).toContain('2026-12-18_rollout_get-started.en.md');
  });

  it('decides the same in a dry run, and writes and removes nothing', async () => {
    const dir = tempDir();
    await write(dir, onTime, '2026-12-21');
    const index = read(dir, 'index.json');
    const dry = await write(dir, slipped, '2026-12-28', { dryRun: true });
    expect(read(dir, 'index.json')).toBe(index);
    expect(existsSync(path.join(dir, '2027-01-04_early-adopters_welcome.en.md'))).toBe(true);
    const real = await write(dir, slipped, '2026-12-28');
    expect([dry.added, dry.changed, dry.unchanged, dry.removed, dry.written]).toEqual([real.added, real.changed, real.unchanged, real.removed, real.written]);
  });
});

describe('what is due', () => {
  it('lists the files of the day, then those of the six days after, and none of a past day', async () => {
    const r = await write(tempDir(), onTime, '2027-01-04', { dryRun: true });
    const due = dueFiles(r.entries, parseDay('2027-01-04'));
    expect(due).toEqual({
      day: '2027-01-04',
      files: ['2027-01-04_core-team_announcement.en.md', '2027-01-04_core-team_checklist-two-weeks-before.en.md', '2027-01-04_early-adopters_checklist-launch-day.en.md', '2027-01-04_early-adopters_welcome.en.md'],
      until: '2027-01-10',
      next: ['2027-01-08_early-adopters_checklist-first-week.en.md', '2027-01-08_rollout_weekly-update.en.md'],
    });
  });
});
