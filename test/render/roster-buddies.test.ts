import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { loadRoster } from '../../src/sources/roster.js';
import { BUDDY_PLAN, BUDDY_ROSTER } from '../buddy-languages.js';
import { tempDir, validPlan } from '../helpers.js';

const templates = await loadTemplates();

/** The Buddy line of the branch's Dutch welcome, with or without the roster's languages. */
async function branchBuddy(withRoster: boolean): Promise<string | undefined> {
  const plan = validPlan(BUDDY_PLAN);
  const dir = tempDir();
  writeFileSync(path.join(dir, 'people.csv'), BUDDY_ROSTER);
  const roster = withRoster ? { roster: await loadRoster(plan, dir) } : {};
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, ...roster });
  const welcome = files.find((f) => f.name.endsWith('_filiaal_welcome.nl.md'))!;
  return String(welcome.content)
    .split('\n')
    .find((l) => l.includes('**Buddy:**'));
}

describe('the buddy a welcome names, with a roster that gives each person a language', () => {
  it('comes from the last phase before whose people read a language the newcomers read, as the roster says', async () => {
    // Verkoop launched last, but reads English only; Kantoor reads Dutch.
    expect(await branchBuddy(true)).toBe('- **Buddy:** zoek een collega uit Kantoor; die werkt al sinds maandag 1 maart met Microsoft Teams');
    // Without the roster's languages, Verkoop's location reads Dutch too.
    expect(await branchBuddy(false)).toMatch(/uit Verkoop;/);
  });
});
