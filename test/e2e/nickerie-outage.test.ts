import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

describe('render-emails for a branch paused while its internet is down', () => {
  it('says the pause ends on the day it is told, and tells the branch to work as it can, not in the tool', () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', path.join(ROOT, 'test/fixtures/nickerie-outage/rollout.yaml'), '--out', dir, '--format', 'md', '--at', '2027-04-26']);
    expect(r.status, r.stderr).toBe(0);
    const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
    expect(read('2027-04-26_rollout_resume.nl.md')).toContain('De pauze die op woensdag 21 april begon, loopt af:');
    expect(read('2027-04-26_rollout_resume.nl.md')).not.toContain('is voorbij');
    const branch = read('2027-04-21_rollout_filiaal_pause-text.nl.txt');
    expect(branch).toContain('Werk door zoals het nu kan, tot het verdergaat.');
    expect(branch).not.toContain('Werk gewoon door in Microsoft Teams');
    const hints = run(['validate', '--plan', path.join(ROOT, 'test/fixtures/nickerie-outage/rollout.yaml')]).stderr;
    expect(hints).toMatch(/hint regional\.offlinePlan\.nl: .*"Als het internet uitvalt: Valt het internet uit, werk dan \.\.\." \(write only what people do: "Werk dan door via telefoon en zet het daarna in Teams\."\)/);
  });
});
