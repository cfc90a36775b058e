import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

/** The adoption example with its Nieuw Nickerie branch working every day, and `more` added. */
function everyDayAtNickerie(more: string): string {
  const plan = path.join(tempDir(), 'rollout.yaml');
  const text = readFileSync(example('adoption.yaml'), 'utf8').replace('connectivity: poor }', 'connectivity: poor, workingDays: [mon, tue, wed, thu, fri, sat, sun] }');
  expect(text).toContain('workingDays: [mon, tue, wed, thu, fri, sat, sun]');
  writeFileSync(plan, text + more);
  return plan;
}

const launches = (plan: string) => {
  const result = run(['schedule', '--plan', plan, '--format', 'json']);
  expect(result.status).toBe(0);
  const events = (JSON.parse(result.stdout) as { events: { type: string; phase: string; date: string; pausedFrom?: string }[] }).events;
  return events.filter((e) => e.type === 'launch').map((e) => ({ phase: e.phase, date: e.date, weekday: new Date(e.date).getUTCDay(), pausedFrom: e.pausedFrom }));
};

describe('rollout schedule of a branch that works every day, paused or waiting for an extension', () => {
  it('a week’s pause from Monday to Monday moves its Monday launch to the next Monday, not to the Saturday', () => {
    const plan = everyDayAtNickerie('\npauses:\n  - { from: 2027-03-22, until: 2027-03-29, reason: { en: year-end, nl: jaarafsluiting } }\n');
    expect(launches(plan).find((l) => l.phase === 'nickerie')).toEqual({ phase: 'nickerie', date: '2027-04-05', weekday: 1, pausedFrom: '2027-03-29' });
  });

  it('a pilot extended by a week moves it by a week too', () => {
    const plan = everyDayAtNickerie('\nextensions:\n  - { phase: pilot, by: 1w, decided: 2027-03-08, reason: { en: the trainer is ill, nl: de trainer is ziek } }\n');
    expect(launches(plan).find((l) => l.phase === 'nickerie')).toEqual({ phase: 'nickerie', date: '2027-04-05', weekday: 1, pausedFrom: '2027-03-29' });
  });
});
