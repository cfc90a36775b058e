import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';

/** Shared sessions, paused with no end from 3 March 2027: Paramaribo's office hours from then and all of Miami wait. */
const PLAN = path.join(ROOT, 'test', 'fixtures', 'pauses', 'shared-open.yaml');

function schedule(...args: string[]): string {
  const r = run(['schedule', '--plan', PLAN, '--lang', 'en', ...args]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('rollout schedule with an open pause, for one location or phase', () => {
  it('cancels in one location’s calendar only the held shared sessions of its own phases', () => {
    const cancelled = (location: string) =>
      schedule('--format', 'ics', '--location', location)
        .split(/\r?\nEND:VEVENT/)
        .filter((entry) => entry.includes('STATUS:CANCELLED'))
        .flatMap((entry) => entry.split(/\r?\n/).filter((l) => /^SUMMARY:(Group training|Office hours)/.test(l)));
    expect(cancelled('Miami')).toHaveLength(9);
    expect(cancelled('Miami').every((l) => l.includes('Miami'))).toBe(true);
    expect(cancelled('Paramaribo')).toHaveLength(6);
    expect(cancelled('Paramaribo').every((l) => l.includes('Paramaribo'))).toBe(true);
  });

  it('lists on hold only what concerns the location or phase asked for', () => {
    const onHold = (...args: string[]) => schedule(...args).split('On hold until the pause ends:')[1]!.split('\n\n')[0]!;
    expect(onHold('--location', 'Miami')).not.toMatch(/office hours paramaribo/);
    expect(onHold('--location', 'Miami')).toMatch(/office hours miami/);
    const miami = onHold('--phase', 'miami');
    expect(miami).toContain('phase Miami (planned');
    expect(miami).not.toMatch(/paramaribo/i);
  });
});
