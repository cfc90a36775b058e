import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOTEL_BUDDY_PLAN } from '../hotel-buddies.js';
import { run, tempDir } from '../helpers.js';

describe('rollout render-emails with buddySystem in an organization of several locations', () => {
  it('pairs newcomers with an earlier phase at their own location, else with the nearest clocks, in English and Dutch', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), HOTEL_BUDDY_PLAN);
    const r = run(['render-emails', '--out', 'out'], { cwd: dir });
    expect(r.status).toBe(0);
    const files = readdirSync(path.join(dir, 'out'));
    const buddy = (suffix: string) =>
      readFileSync(path.join(dir, 'out', files.find((f) => f.endsWith(suffix))!), 'utf8')
        .split('\n')
        .find((l) => l.includes('**Buddy:**'));
    expect(buddy('_everyone-else_welcome.en.md')).toBe('- **Buddy:** pair up with a colleague from Pilot group; they have used Google Workspace since Monday, March 1');
    expect(buddy('_everyone-else_welcome.nl.md')).toBe('- **Buddy:** zoek een collega uit Pilot group; die werkt al sinds maandag 1 maart met Google Workspace');
    expect(buddy('_resort_welcome.en.md')).toMatch(/from Pilot group;/);
  });
});
