import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run, tempDir } from '../helpers.js';
import { albinaOutages, firstOutage, secondOutage } from '../fixtures/pauses/albina-outages.js';

describe('a reminder that went out before a pause moved the start, through the built binary', () => {
  it('is listed by schedule and diff with the start it gave that day, in English and Dutch', () => {
    const dir = tempDir();
    const file = (name: string, pauses: unknown[]) => {
      writeFileSync(path.join(dir, name), stringify(albinaOutages(pauses, ['en', 'nl'])));
      return path.join(dir, name);
    };
    const now = file('rollout.yaml', [firstOutage, secondOutage]);
    const before = file('before.yaml', []);
    const line = (out: string) => out.split('\n').find((l) => l.includes('reminder') && l.includes('albina'));
    expect(line(run(['schedule', '--plan', now, '--format', 'csv']).stdout)).toContain('Remind Albina of their start on 2027-03-08');
    expect(line(run(['schedule', '--plan', now, '--format', 'csv', '--lang', 'nl']).stdout)).toContain('Herinnering aan Albina: de start op 2027-03-08');
    const diff = run(['diff', before, now]);
    expect(diff.status).toBe(1);
    expect(diff.stdout).toMatch(/2027-02-22 → 2027-03-01 \+7 days +Reminder albina +Remind Albina of their start on 2027-03-08 \(pause from 2027-02-22/);
    expect(run(['diff', before, now, '--lang', 'nl']).stdout).toContain('Herinnering aan Albina: de start op 2027-03-08');
  });
});
