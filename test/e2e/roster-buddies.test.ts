import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDDY_PLAN, BUDDY_ROSTER } from '../buddy-languages.js';
import { run, tempDir } from '../helpers.js';

describe('rollout render-emails with buddySystem and a roster that gives each person a language', () => {
  it("pairs the Dutch-only branch with the phase whose people read Dutch, not the English-only one that launched last", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), BUDDY_PLAN);
    writeFileSync(path.join(dir, 'people.csv'), BUDDY_ROSTER);
    const r = run(['render-emails', '--out', 'out'], { cwd: dir });
    expect(r.status).toBe(0);
    const files = readdirSync(path.join(dir, 'out'));
    // Verkoop is written to in English only, as the roster has it.
    expect(files.filter((f) => f.includes('verkoop_announcement'))).toEqual(['2027-03-01_verkoop_announcement.en.md']);
    const welcome = readFileSync(path.join(dir, 'out', files.find((f) => f.endsWith('_filiaal_welcome.nl.md'))!), 'utf8');
    expect(welcome).toContain('- **Buddy:** zoek een collega uit Kantoor; die werkt al sinds maandag 1 maart met Microsoft Teams');
    expect(welcome).not.toContain('uit Verkoop');
  });
});
