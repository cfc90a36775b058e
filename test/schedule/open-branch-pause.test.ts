import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * test/fixtures/open-branch-pause: Nieuw Nickerie, the last launch (19 - 30 April 2027), loses its
 * internet on 21 April; an open pause of that location holds it. The head office is already in
 * Teams: its weekly updates and the coordinator's weekly checklist go on as planned.
 */
const dir = path.join(ROOT, 'test', 'fixtures', 'open-branch-pause');
const items = (file: string) =>
  buildSchedule(validPlan(readFileSync(path.join(dir, file), 'utf8'))).events
    .filter((e) => e.type === 'weekly-update' || (e.type === 'checklist' && e.key === 'each-week-after'))
    .map((e) => `${e.date} ${e.type} ${e.key}`);

describe('an open pause of the last launch’s branch', () => {
  it('keeps the weekly updates and checklists of the weeks that launch was to run', () => {
    const open = items('open-pause.yaml');
    expect(open).toContain('2027-04-30 weekly-update week-7');
    expect(open).toContain('2027-04-26 checklist each-week-after');
    expect(open).toEqual(items('before-pause.yaml'));
  });
});
