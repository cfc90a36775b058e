import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../src/gates/types.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, validPlan } from '../helpers.js';

const templates = await loadTemplates();
const plan = validPlan(readFileSync(example('enterprise.yaml'), 'utf8'));
const recommend = { id: 'recommend', metric: 'nps', aggregate: 'nps', observed: -33.3333, op: '>', threshold: 0, effect: 'rollback' } as GateResult;

async function render(rollback: { date: string; reason?: string; gates: GateResult[] }) {
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'], rollback });
  const text = (name: string) => String(r.files.find((f) => f.name === name)?.content);
  return { r, text };
}

describe('the rollback notice', () => {
  it('says why, what happens and what to do, in every language, and the coordinator checklist says whom to tell', async () => {
    const { r, text } = await render({ date: '2027-03-30', gates: [recommend] });
    const en = text('2027-03-30_rollout_rollback.en.md');
    expect(en).toContain('- **Subject:** We are going back to email threads and WhatsApp groups for now');
    expect(en).toContain('- **To:** Everyone at Caribe Logistics (120 people)');
    // Whose answers they were: the gate's scope.
    expect(en).toContain('- **Would you recommend Teamchat? (0-10)** for Paramaribo: NPS -33; we need NPS above 0');
    expect(en).toContain('**What happens now:** Re-enable the shared mailboxes and announce the rollback through the sponsor.');
    const nl = text('2027-03-30_rollout_rollback.nl.md');
    expect(nl).toContain('Vanaf dinsdag 30 maart stoppen we met de invoering van Teamchat en gaan we terug naar e-maildiscussies en WhatsApp-groepen.');
    expect(nl).toContain('**Wat er nu gebeurt:** Zet de gedeelde mailboxen weer aan en laat de sponsor het terugdraaien aankondigen.');
    const list = text('2027-03-30_rollout_checklist-rollback.nl.md');
    // The sponsor is also the sender: told once.
    expect(list).toContain('- [ ] Eerst ingelicht, voordat de e-mail uitgaat: Ingrid Vos (operationeel directeur) \\<i.vos@caribe-logistics.example\\>, Service Desk \\<servicedesk@caribe-logistics.example\\> en Team interne communicatie');
    // Nothing planned from the rollback day on goes out, that day included: no launch, no survey, no switch-off.
    expect(r.entries.filter((e) => e.date >= '2027-03-30' && e.template !== 'rollback')).toEqual([]);
    const planned = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en'] });
    expect(planned.entries.filter((e) => e.date === '2027-03-30').length).toBeGreaterThan(0);
    expect(r.entries.some((e) => e.template === 'decommission' && e.date > '2027-03-30')).toBe(false);
    // The warehouse, reached by a notice for its briefing as well, gets the rollback on its wall too.
    expect(r.entries.filter((e) => e.template === 'rollback').map((e) => `${e.kind}.${e.language}`).sort()).toEqual(['checklist.en', 'checklist.nl', 'email.en', 'email.nl', 'notice.en', 'notice.nl']);
  });

  it('gives the reason a person wrote instead of gates', async () => {
    const { text } = await render({ date: '2027-03-15', reason: 'messages got lost in the shared inboxes', gates: [] });
    expect(text('2027-03-15_rollout_rollback.en.md')).toContain('**Why:** Messages got lost in the shared inboxes.');
    expect(text('2027-03-15_rollout_checklist-rollback.en.md')).toContain('Why: Messages got lost in the shared inboxes.');
  });
});
