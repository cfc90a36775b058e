import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

/* Kaiteur Design's plan, then the same plan after two of the office left: only the headcounts differ. */

function versions(): string {
  const dir = tempDir();
  const plan = readFileSync(example('adoption.yaml'), 'utf8');
  writeFileSync(path.join(dir, 'old.yaml'), plan);
  writeFileSync(path.join(dir, 'new.yaml'), plan.replace('headcount: 25', 'headcount: 23').replace('headcount: 18, champion', 'headcount: 16, champion').replace('{ name: Office, headcount: 6', '{ name: Office, headcount: 4'));
  return dir;
}

describe('rollout diff of two versions whose headcounts differ', () => {
  it('names the old and new headcounts and the messages they recount, and exits 1', () => {
    const dir = versions();
    const en = run(['diff', 'old.yaml', 'new.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.status).toBe(1);
    expect(en.stdout).toMatch(/^Changes from old\.yaml to new\.yaml\nHeadcounts changed: organization Kaiteur Design 25 → 23; group Office 6 → 4; location Paramaribo 18 → 16\nMessages whose count of people changes with them \(\d+\):\n/);
    expect(en.stdout).toContain('\n  2027-03-26_rollout_weekly-update 25 → 23\n');
    expect(en.stdout).toContain('\n  2027-03-15_studio_welcome 15 → 13\n');
    expect(en.stdout).toMatch(/\nNothing moves\.\n$/);
    // The plan's first language, Dutch, by default.
    const nl = run(['diff', 'old.yaml', 'new.yaml'], { cwd: dir });
    expect(nl.stdout).toContain('\nAantallen mensen gewijzigd: organisatie Kaiteur Design 25 → 23; groep Office 6 → 4; vestiging Paramaribo 18 → 16\n');
    const json = JSON.parse(run(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], { cwd: dir }).stdout) as { headcounts: { scope: string; from: number; to: number }[]; recounted: { message: string; from: number; to: number }[] };
    expect(json.headcounts[0]).toEqual({ scope: 'organization', name: 'Kaiteur Design', from: 25, to: 23 });
    expect(json.recounted.find((r) => r.message === '2027-03-15_studio_welcome')).toMatchObject({ from: 15, to: 13 });
  });

  it('says nothing of headcounts between two equal versions, and exits 0', () => {
    const dir = versions();
    const same = run(['diff', 'old.yaml', 'old.yaml', '--lang', 'en'], { cwd: dir });
    expect(same.status).toBe(0);
    expect(same.stdout).toBe('Changes from old.yaml to old.yaml\nNothing moves.\n');
  });
});
