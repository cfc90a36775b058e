import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';

/* test/fixtures/open-branch-pause (see test/schedule/open-branch-pause.test.ts): an open pause of the last launch's branch. */
const dir = path.join(ROOT, 'test', 'fixtures', 'open-branch-pause');

describe('an open pause of one branch, end to end', () => {
  it('schedule keeps the weekly update of 30 April, and diff drops no weekly item, in English and Dutch', () => {
    const json = JSON.parse(run(['schedule', '--plan', 'open-pause.yaml', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.events.filter((e: { type: string }) => e.type === 'weekly-update').map((e: { date: string }) => e.date)).toContain('2027-04-30');
    for (const lang of ['en', 'nl']) {
      const diff = run(['diff', 'before-pause.yaml', 'open-pause.yaml', '--lang', lang], { cwd: dir }).stdout;
      expect(diff).toContain('Nickerie');
      expect(diff).not.toMatch(/(gone|vervallen)\).*(Weekly update|Wekelijkse update|each week after|elke week)/i);
    }
  });
});
