import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { example, run, tempDir } from '../helpers.js';

/*
 * Kaiteur Design (examples/adoption.yaml, without its exports): Nieuw Nickerie starts on Monday
 * 29 March 2027 for two weeks; its line goes down on Monday 5 April and the pause stays open. Six
 * weeks later, on Monday 17 May, the coordinator writes the week's messages.
 */
function branchPlan(dir: string, pause: Record<string, unknown> = {}): string {
  const data = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
  delete data.sources;
  delete data.people;
  data.pauses = [{ from: '2027-04-05', reason: { en: 'the line in Nickerie is down', nl: 'de lijn in Nickerie ligt eruit' }, only: { location: 'Nieuw Nickerie' }, ...pause }];
  const file = path.join(dir, 'rollout.yaml');
  writeFileSync(file, stringify(data));
  return file;
}

const updates = (out: string) => readdirSync(out).filter((n) => n.endsWith('_rollout_weekly-update.nl.md')).map((n) => n.slice(0, 10));

describe('render-emails while an open pause holds a branch for six weeks', () => {
  it('writes the weekly updates to everyone up to the week of --at, saying the branch is still paused', () => {
    const dir = tempDir();
    const out = path.join(dir, 'emails');
    const r = run(['render-emails', '--plan', branchPlan(dir), '--out', out, '--at', '2027-05-17', '--lang', 'nl']);
    expect(r.status).toBe(0);
    expect(updates(out).filter((d) => d > '2027-04-09')).toEqual(['2027-04-16', '2027-04-23', '2027-04-30', '2027-05-07', '2027-05-14', '2027-05-21']);
    const update = readFileSync(path.join(out, '2027-05-21_rollout_weekly-update.nl.md'), 'utf8');
    expect(update).toContain('- **Aan:** Iedereen bij Kaiteur Design (25 personen)');
    expect(update).toContain('In Nieuw Nickerie is de invoering nog steeds gepauzeerd sinds maandag 5 april: de lijn in Nickerie ligt eruit. We laten weten wanneer we verdergaan.');
    expect(existsSync(path.join(out, '2027-05-28_rollout_weekly-update.nl.md'))).toBe(false);
  });

  it('keeps them once the end is written in, and goes on until the branch ends', () => {
    const dir = tempDir();
    const out = path.join(dir, 'emails');
    const r = run(['render-emails', '--plan', branchPlan(dir, { until: '2027-05-24', untilDecided: '2027-05-17' }), '--out', out, '--at', '2027-05-17', '--lang', 'nl']);
    expect(r.status).toBe(0);
    expect(updates(out).filter((d) => d > '2027-04-09' && d <= '2027-05-28')).toEqual(['2027-04-16', '2027-04-23', '2027-04-30', '2027-05-07', '2027-05-14', '2027-05-21', '2027-05-28']);
    // Written before the end was known, the update still says it will be told.
    expect(readFileSync(path.join(out, '2027-05-14_rollout_weekly-update.nl.md'), 'utf8')).toContain('We laten weten wanneer we verdergaan.');
    expect(readFileSync(path.join(out, '2027-05-21_rollout_weekly-update.nl.md'), 'utf8')).toContain('We gaan verder op maandag 24 mei.');
  });
});
