import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

// The default preset from 2027-01-04: launches on 01-04, 01-18 and 02-01; the old system goes from 02-15.
const plan = (extra: Record<string, unknown> = {}) =>
  validPlan(minimalPlan({ tool: { name: 'Teamchat', replaces: 'the paper book' }, contingency: { exportEvery: '1w' }, ...extra }));
const exports = (p = plan()) => buildSchedule(p).events.filter((e) => e.type === 'checklist' && e.key === 'export-data');

describe('exportEvery', () => {
  it('dates an export of the old system every interval from the first launch until the switch-off', () => {
    expect(exports().map((e) => e.date)).toEqual(['2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01', '2027-02-08']);
    expect(exports()[0]!.title).toBe('Export the data from the paper book');
    // The switch-off's own first step is the last export.
    expect(buildSchedule(plan()).events.find((e) => e.type === 'decommission' && e.key === 'export-data')?.date).toBe('2027-02-15');
    expect(exports(validPlan(minimalPlan()))).toEqual([]);
  });

  it('moves with a pause like every other item, and waits while a pause is open', () => {
    const paused = exports(plan({ pauses: [{ from: '2027-01-25', until: '2027-02-01', reason: 'too few use it' }] }));
    expect(paused.map((e) => [e.date, e.pausedFrom ?? null, e.sequence ?? 0])).toEqual([
      ['2027-01-11', null, 0],
      ['2027-01-18', null, 0],
      ['2027-02-01', '2027-01-25', 2],
      ['2027-02-08', '2027-02-01', 2],
      ['2027-02-15', '2027-02-08', 2],
    ]);
    const open = buildSchedule(plan({ pauses: [{ from: '2027-01-25', reason: 'too few use it' }] }));
    expect(open.events.filter((e) => e.key === 'export-data' && e.type === 'checklist').map((e) => e.date)).toEqual(['2027-01-11', '2027-01-18']);
    expect(open.held.events.filter((e) => e.key === 'export-data' && e.type === 'checklist').map((e) => e.plannedDate)).toEqual(['2027-01-25', '2027-02-01', '2027-02-08']);
  });

  it('is in the calendar, each export with its own UID, and a checklist in every language', async () => {
    const ics = scheduleIcs(buildSchedule(plan()), 'en');
    // The switch-off's own first step is worded the same; its UID is the switch-off's.
    const blocks = ics.split('BEGIN:VEVENT').filter((b) => b.includes('SUMMARY:Export the data from the paper book') && !b.includes('UID:decommission-'));
    expect(blocks).toHaveLength(5);
    expect(new Set(blocks.map((b) => /UID:(\S+)/.exec(b)![1])).size).toBe(5);
    const p = plan({ organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] } });
    const r = await renderEmails(p, buildSchedule(p), { format: 'md', templates: await loadTemplates() });
    const lists = r.files.filter((f) => f.name.includes('checklist-export-data'));
    expect(lists.map((f) => f.name).slice(0, 2)).toEqual(['2027-01-11_rollout_checklist-export-data.en.md', '2027-01-11_rollout_checklist-export-data.nl.md']);
    const last = String(lists.find((f) => f.name === '2027-02-08_rollout_checklist-export-data.nl.md')!.content);
    expect(last).toContain('- [ ] Alles wat sinds de vorige export (maandag 1 februari) is ingevoerd, geëxporteerd');
    expect(last).toContain('- [ ] Volgende export: de laatste, op de eerste dag van het uitzetten (maandag 15 februari)');
  });
});
