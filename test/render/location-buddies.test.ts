import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { HOTEL_BUDDY_PLAN } from '../hotel-buddies.js';
import { validPlan } from '../helpers.js';

const templates = await loadTemplates();

/** The Buddy line of each phase's English welcome, by phase id. */
async function buddies(yaml: string): Promise<Record<string, string | undefined>> {
  const plan = validPlan(yaml);
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates });
  const out: Record<string, string | undefined> = {};
  for (const f of files) {
    const m = /_([a-z-]+)_welcome\.en\.md$/.exec(f.name);
    if (m) out[m[1]!] = String(f.content).split('\n').find((l) => l.includes('**Buddy:**'));
  }
  return out;
}

describe('the buddy a welcome names, in an organization of several locations', () => {
  it('comes from an earlier phase at the newcomers’ own location, else from the one whose clocks are closest', async () => {
    const lines = await buddies(HOTEL_BUDDY_PLAN);
    expect(lines.pilot).toBeUndefined();
    // Amsterdam has no earlier phase of its own: the pilot, the only one before it.
    expect(lines.sales).toMatch(/from Pilot group;/);
    // Willemstad has none either: Paramaribo is an hour ahead, Amsterdam five; the pilot, though Sales launched since.
    expect(lines.resort).toBe('- **Buddy:** pair up with a colleague from Pilot group; they have used Google Workspace since Monday, March 1');
    // Everyone else works in Paramaribo, as the pilot does: not the resort that launched last.
    expect(lines['everyone-else']).toBe('- **Buddy:** pair up with a colleague from Pilot group; they have used Google Workspace since Monday, March 1');
  });

  it('takes the last to launch among phases at the same distance', async () => {
    // A second Paramaribo phase before Everyone else: the freshest of the two at their location.
    const plan = HOTEL_BUDDY_PLAN.replace('  - { id: everyone-else', '  - { id: front-desk, name: Front desk, audience: { groups: [Receptie] }, weeks: 2 }\n  - { id: everyone-else');
    const lines = await buddies(plan);
    expect(lines['everyone-else']).toMatch(/from Front desk;/);
    expect(lines['front-desk']).toMatch(/from Pilot group;/);
  });
});
