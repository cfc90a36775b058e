import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

const METRICS = path.join(example('metrics'), 'enterprise.csv');

/**
 * The enterprise example with Port of Spain paused from Monday 22 March, its end not known yet,
 * written in on Monday 15 March (`decided`), or without `decided` (written in on its first day).
 */
function withOpenPause(decided: boolean): string {
  const dir = tempDir();
  const pause = `  - { from: 2027-03-22,${decided ? ' decided: 2027-03-15,' : ''} reason: { nl: "de verbinding valt weg", en: "the connection goes down" }, only: { location: Port of Spain } }`;
  writeFileSync(path.join(dir, 'rollout.yaml'), `${readFileSync(example('enterprise.yaml'), 'utf8').trimEnd()}\npauses:\n${pause}\n`);
  return dir;
}

/** The report's "next two weeks" as of a day: each row's cells, as text. */
function upcoming(dir: string, at: string, lang: 'en' | 'nl'): string[] {
  const r = run(['report', '--metrics', METRICS, '--at', at, '--lang', lang, '-o', 'report.html', '--force'], { cwd: dir });
  expect(r.status, r.stderr).toBe(0);
  const section = /<section id="upcoming">([\s\S]*?)<\/section>/.exec(readFileSync(path.join(dir, 'report.html'), 'utf8'))![1]!;
  return [...section.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim()).join(' | '));
}

const switchOff = (dir: string, at: string) => (JSON.parse(run(['gate-check', '--metrics', METRICS, '--at', at, '--format', 'json'], { cwd: dir }).stdout) as { decommission: { due: string | null } }).decommission.due;

describe('an open pause written in ahead of its first day', () => {
  it('holds in gate-check and the report from the day it was decided what the schedule holds, and the report lists no message it cancelled', () => {
    const ahead = withOpenPause(true);
    const schedule = run(['schedule', '--lang', 'en'], { cwd: ahead }).stdout;
    expect(schedule).toMatch(/On hold until the pause ends:\n {2}phase Switch off email threads \(planned 2027-03-30\)\n {2}announcement decommission: .* \(planned 2027-03-16\)/);
    expect(switchOff(ahead, '2027-03-15')).toBeNull();
    const en = upcoming(ahead, '2027-03-15', 'en');
    expect(en.filter((row) => row.startsWith('16 Mar'))).toEqual([]);
    expect(en.find((row) => row.includes('Office hours'))).toMatch(/^15 Mar – 19 Mar \| Office hours 5×/);
    expect(upcoming(ahead, '2027-03-15', 'nl').find((row) => row.includes('Spreekuur'))).toMatch(/^15 mrt – 19 mrt \| Spreekuur 5×/);
  });

  it('without decided, is written in on its first day: the days before it keep their dates', () => {
    const onItsDay = withOpenPause(false);
    expect(switchOff(onItsDay, '2027-03-15')).toBe('2027-03-30');
    expect(upcoming(onItsDay, '2027-03-15', 'en').filter((row) => row.startsWith('16 Mar'))).toEqual([expect.stringMatching(/^16 Mar \| Announcement/)]);
  });
});
