import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { loadRoster } from '../../src/sources/roster.js';
import { adoptionCopy, planIn } from '../sources/support.js';

const templates = await loadTemplates();

/** The example with a `left` column: the first `leavers` of the Office group leave on `day`. */
async function messagesWith(leavers: number, day: string) {
  const dir = adoptionCopy((plan) => {
    plan.people = { ...plan.people, columns: { ...(plan.people.columns as object), left: 'Uit dienst' } };
  });
  const file = path.join(dir, 'adoption/people.csv');
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\r\n');
  let office = 0;
  const dated = rows.map((row) => `${row},${row.includes(',Office,') && office++ < leavers ? day : ''}`);
  writeFileSync(file, `${[`${header},Uit dienst`, ...dated].join('\r\n')}\r\n`);
  const plan = planIn(dir);
  const roster = await loadRoster(plan, dir);
  const { files, entries } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en'], dates: roster });
  const text = (pattern: RegExp) => String(files.find((f) => pattern.test(f.name))!.content);
  return { entries, text, rows: dated, contents: files.map((f) => String(f.content)).join('\n') };
}

describe('messages that count the people there on their own day', () => {
  it('says 25 up to the day two people leave and 23 from then on, in the To: line and the text', async () => {
    const { entries, text } = await messagesWith(2, '2027-03-22');
    const everyone = entries.filter((e) => e.to.startsWith('Everyone at')).map((e) => `${e.date < '2027-03-22' ? 'before' : 'after'}: ${e.to}`);
    expect(new Set(everyone)).toEqual(new Set(['before: Everyone at Kaiteur Design (25 people)', 'after: Everyone at Kaiteur Design (23 people)']));
    expect(text(/2027-03-19_rollout_weekly-update\.en\.md/)).toMatch(/of the 25 people/);
    expect(text(/2027-03-26_rollout_weekly-update\.en\.md/)).toMatch(/of the 23 people/);
    // The survey of the pilot and the studio, whose two people left, asks 16 of their 18.
    expect(entries.filter((e) => e.template === 'survey').map((e) => `${e.date}: ${e.to}`)).toContain('2027-03-22: IT pilot and Design and office (16 people)');
  });

  it("counts a phase's people on each message's day: told before they leave, welcomed after", async () => {
    const { entries, text } = await messagesWith(2, '2027-03-10');
    expect(entries.filter((e) => e.phase === 'studio' && e.kind === 'email').map((e) => `${e.date} ${e.template}: ${e.to}`)).toEqual([
      '2027-03-01 announcement: Design and office, Paramaribo (15 people)',
      '2027-03-08 reminder: Design and office, Paramaribo (15 people)',
      '2027-03-15 welcome: Design and office, Paramaribo (13 people)',
    ]);
    expect(text(/2027-03-01_studio_checklist-two-weeks-before\.en\.md$/)).toMatch(/Accounts created for 15 people/);
    expect(text(/2027-03-15_studio_checklist-launch-day\.en\.md$/)).toMatch(/Accounts activated for 13 people/);
  });

  it('keeps the counts of messages before the leaving day, and changes none for a leaving day after them all', async () => {
    const none = await messagesWith(0, '');
    const two = await messagesWith(2, '2027-03-22');
    const before = (e: { date: string }) => e.date < '2027-03-22';
    expect(two.entries.filter(before).map((e) => `${e.file}: ${e.to}`)).toEqual(none.entries.filter(before).map((e) => `${e.file}: ${e.to}`));
    expect(two.entries.filter((e) => !before(e)).map((e) => e.to)).not.toEqual(none.entries.filter((e) => !before(e)).map((e) => e.to));
    const late = await messagesWith(2, '2028-01-01');
    expect(late.entries.map((e) => e.to)).toEqual(none.entries.map((e) => e.to));
    // Counts only: the leavers are named nowhere.
    const leavers = two.rows.filter((r) => r.endsWith(',2027-03-22')).flatMap((r) => r.split(',').slice(0, 2));
    expect(leavers).toHaveLength(4);
    for (const who of leavers) expect(two.contents).not.toContain(who);
  });
});
