import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

// The default preset from 2027-01-04: the decommission phase from 2027-02-15, here postponed two weeks.
const plan = validPlan(
  minimalPlan({
    organization: { name: 'Acme', headcount: 40, languages: ['nl', 'en'] },
    tool: { name: 'Teamchat', replaces: { en: 'email threads', nl: 'e-maildiscussies' } },
    pauses: [{ from: '2027-02-15', until: '2027-03-01', reason: { en: 'the branch is at 60%', nl: 'de vestiging zit op 60%' }, phase: 'decommission' }],
  }),
);

describe('the notices of a pause of the switch-off', () => {
  it('say they postpone the switch-off of the old system, not "pausing" a phase by its name', async () => {
    const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
    const text = (suffix: string) => String(r.files.find((f) => f.name.endsWith(suffix))?.content);
    expect(text('pause.en.txt')).toContain('Subject: We are postponing the switch-off of email threads\n');
    expect(text('pause.en.txt')).toContain('From Monday, February 15 we are postponing the switch-off of email threads in the Teamchat rollout.');
    expect(text('pause.nl.txt')).toContain('Vanaf maandag 15 februari stellen we in de invoering van Teamchat het uitzetten van e-maildiscussies uit.');
    expect(text('resume.en.txt')).toContain('we resume the switch-off of email threads in the Teamchat rollout on Monday, March 1.');
    expect(text('resume.nl.txt')).toContain('we gaan verder met het uitzetten van e-maildiscussies in de invoering van Teamchat op maandag 1 maart.');
    expect(text('pause.en.txt')).not.toMatch(/pausing|Decommission/);
  });
});
