import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { foundationPlan } from '../foundation.js';
import { validPlan } from '../helpers.js';

const foundation = () => validPlan(foundationPlan());

describe('an email whose readers all read no email', () => {
  it('is not written, its group getting the text and notice, and index.md says why', async () => {
    const plan = foundation();
    const { files, entries, unwritten } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(undefined) });
    expect(entries.filter((e) => e.kind === 'email').map((e) => e.to)).not.toContainEqual(expect.stringContaining('(0 personen)'));
    expect(unwritten.length).toBeGreaterThan(0);
    expect(unwritten.every((u) => u.groups.join() === 'Veldkantoor' && u.audience.endsWith(', Albina'))).toBe(true);
    for (const u of unwritten) expect(entries.some((e) => e.kind === 'text' && e.date === u.date && e.template === u.template)).toBe(true);
    const index = files.find((f) => f.name === 'index.md')!.content as string;
    expect(index).toContain('No email is written where everyone it would go to reads no email: their text and notice, listed above, carry the message.');
    expect(index).toContain(`- ${unwritten[0]!.date} ${unwritten[0]!.template}: ${unwritten[0]!.audience}, all of them in Veldkantoor`);
  });
});
