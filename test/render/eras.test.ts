import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { resolvePlan, type Plan } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT } from '../helpers.js';

const text = readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'paused.yaml'), 'utf8');
const paused = loadPlan(text, 'paused.yaml').plan!;
const withPauses = (pauses: Plan['raw']['pauses']) => resolvePlan({ ...paused.raw, pauses }, paused.language);

async function messages(plan: Plan): Promise<Map<string, string>> {
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates() });
  return new Map(files.filter((f) => /^\d/.test(f.name)).map((f) => [f.name, String(f.content)]));
}

describe('messages around a pause written in as it happens', () => {
  const from = paused.pauses[0]!.from;

  it('are written as they went out before its first day, and with the pause from then on', async () => {
    const written = await messages(paused);
    const without = await messages(withPauses([]));
    // Planned ahead, on the first day of the rollout: every message knows of it.
    const planned = await messages(withPauses(paused.raw.pauses.map((p) => ({ ...p, decided: paused.raw.start }))));
    // The notice of a pause written in ahead goes out the announcement lead (2 weeks) before it, not on its first day.
    const notice = (m: Map<string, string>) => [...m.keys()].filter((n) => n.includes('_pause.en.'));
    expect(notice(written)).toEqual(['2027-03-30_rollout_pause.en.md']);
    expect(notice(planned)).toEqual(['2027-03-15_rollout_pause.en.md']);
    expect(planned.get('2027-03-15_rollout_pause.en.md')).toContain(written.get('2027-03-30_rollout_pause.en.md')!.split('\n---\n')[1]);
    let before = 0;
    for (const [name, content] of written) {
      if (name.includes('_pause.')) continue;
      if (name.slice(0, 10) < from) {
        before++;
        expect(content, name).toBe(without.get(name));
      } else expect(content, name).toBe(planned.get(name));
    }
    expect(before).toBeGreaterThan(10);
    const after = (m: Map<string, string>) => [...m.keys()].filter((name) => name.slice(0, 10) >= from && !name.includes('_pause.'));
    expect(after(planned)).toEqual(after(written));
    // What the pause changes in a message sent before it: the reminder of the paused phase gave its first date (29 March is Easter Monday).
    const reminder = [...written.keys()].find((n) => n.includes('_department-2_reminder.en') && n < from)!;
    expect(written.get(reminder)).not.toBe(planned.get(reminder));
    expect(written.get(reminder)).toContain('Reminder: Microsoft Teams starts Tuesday, March 30');
  });
});
