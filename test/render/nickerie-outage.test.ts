import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { diagnosticLines, example, ROOT, validPlan } from '../helpers.js';

/** A branch whose internet went down, paused from 21 April to 28 April, its end decided on 26 April. */
const FIXTURE = path.join(ROOT, 'test/fixtures/nickerie-outage/rollout.yaml');

async function messages(): Promise<(suffix: string) => string> {
  const plan = validPlan(readFileSync(FIXTURE, 'utf8'));
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates() });
  return (suffix) => String(r.files.find((f) => f.name.endsWith(suffix))?.content);
}

describe('Dutch that reads as one person wrote it: the offline plan, the resume notice, the paused branch', () => {
  it('validate hints at an offline plan that opens on the condition the messages already name, in the language that does', () => {
    const enterprise = readFileSync(example('enterprise.yaml'), 'utf8');
    expect(diagnosticLines(enterprise, 'offline-plan-lead-in')).toEqual([]);
    const doubled = enterprise.replace('nl: Help klanten telefonisch verder', 'nl: Valt het internet uit, help klanten dan telefonisch verder');
    expect(diagnosticLines(doubled, 'offline-plan-lead-in')).toEqual([
      expect.stringMatching(
        /hint regional\.offlinePlan\.nl: this offline plan opens on when it applies, which every message says before it: "Als het internet uitvalt: Valt het internet uit, help klanten \.\.\." \(write only what people do: "Help klanten dan telefonisch verder en zet het daarna in Teamchat\."\)$/,
      ),
    ]);
    const english = enterprise.replace('en: Keep answering customers', 'en: During an internet outage keep answering customers');
    expect(diagnosticLines(english, 'offline-plan-lead-in')).toEqual([expect.stringMatching(/regional\.offlinePlan\.en: .*"If the internet is down: During an internet outage keep answering \.\.\." \(write only what people do, e\.g\./)]);
  });

  it('the resume notice sent before the pause ends says it ends, not that it is over', async () => {
    const text = await messages();
    for (const suffix of ['2027-04-26_rollout_resume.nl.txt', '2027-04-26_rollout_filiaal_resume-text.nl.txt']) {
      expect(text(suffix), suffix).toMatch(/De pauze die op woensdag 21 april begon, loopt af: .* op woensdag 28 april\./);
      expect(text(suffix), suffix).not.toContain('is voorbij');
    }
    expect(text('2027-04-26_rollout_resume.en.txt')).toContain('The pause that began on Wednesday, April 21 ends');
  });

  it('the paused branch is not told to keep working in the tool its outage stops, and its offline plan follows', async () => {
    const text = await messages();
    const nl = text('2027-04-21_rollout_filiaal_pause-text.nl.txt');
    expect(nl).toContain('Werk door zoals het nu kan, tot het verdergaat.\n');
    expect(nl).not.toContain('Werk gewoon door in Microsoft Teams');
    expect(nl).toContain('Als het internet uitvalt: ');
    expect(text('2027-04-21_rollout_filiaal_pause-notice.nl.html')).toContain('<strong>Wat je doet:</strong> werk door zoals het nu kan, tot het verdergaat</li>');
    // The pause of the whole rollout, before the branch started, tells it to wait as before.
    expect(text('2027-02-26_rollout_filiaal_pause-text.nl.txt')).not.toContain('zoals het nu kan');
  });
});
