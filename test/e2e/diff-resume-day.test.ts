import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies, before its Albina pause was written in. The trainer for Albina is ill from Monday
 * 5 April to Wednesday 7 April 2027, a week before Albina starts on 12 April: a pause of Albina
 * alone moves its start by its two working days, to Wednesday 14 April, and that is the day it resumes.
 */
const text = readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8');
const unpaused = text.slice(0, text.indexOf('pauses:'));
const pause = 'pauses:\n  - from: 2027-04-05\n    until: 2027-04-07\n    reason: { en: the trainer is ill, nl: de trainer is ziek }\n    only: { phase: albina }\n';

interface Item {
  type: string;
  title: string;
}

describe('the day a pause of a phase not yet begun resumes, in diff and schedule', () => {
  it.each(['en', 'nl'])('names the phase\'s moved start in both (%s)', (lang) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'old.yaml'), unpaused);
    writeFileSync(path.join(dir, 'new.yaml'), unpaused + pause);
    const schedule = JSON.parse(run(['schedule', '--plan', 'new.yaml', '--format', 'json', '--lang', lang], { cwd: dir }).stdout) as { events: Item[] };
    const diff = run(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--lang', lang], { cwd: dir });
    expect(diff.status, diff.stderr).toBe(1);
    const appeared = (JSON.parse(diff.stdout) as { changes: (Item & { change: string })[] }).changes.filter((c) => c.type === 'resume');
    const resumes = schedule.events.filter((e) => e.type === 'resume').map((e) => e.title);
    expect(resumes).toEqual([lang === 'en' ? 'Resume on 2027-04-14' : expect.stringContaining('2027-04-14')]);
    expect(appeared.map((c) => [c.change, c.title])).toEqual([['appeared', resumes[0]]]);
  });
});
