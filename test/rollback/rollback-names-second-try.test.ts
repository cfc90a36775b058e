import { describe, expect, it } from 'vitest';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { validPlan } from '../helpers.js';
import { kaiteurText, PARAMARIBO_BACK } from './kaiteur.js';

/*
 * Kaiteur Design with Paramaribo rolled back on 22 March, its second try from Monday 3 May written in
 * with the rollback (no `decided`): its people and the coordinator are told that day, not "we will decide".
 */
async function written(extra: string) {
  const plan = validPlan(kaiteurText(extra));
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return (name: string) => String(files.find((f) => f.name === `2027-03-22_rollout_paramaribo_${name}.md`)?.content);
}

describe('the rollback email and checklist, with the second try known that day', () => {
  it('name the day the location starts again and what changes, in English and Dutch', async () => {
    const file = await written(PARAMARIBO_BACK);
    expect(file('rollback.en')).toContain('we start Microsoft Teams again in Paramaribo on Monday, May 3, and tell you ahead what to expect. What is different then: The firewall is fixed.');
    expect(file('rollback.nl')).toContain('in Paramaribo beginnen we op maandag 3 mei opnieuw met Microsoft Teams, en we laten je vooraf weten wat je kunt verwachten. Wat er dan anders is: De firewall is aangepast.');
    expect(file('rollback.en')).not.toContain('before we decide what comes next');
    expect(file('checklist-rollback.en')).toContain('- [ ] Second try in Paramaribo from Monday, May 3 prepared: the firewall is fixed;');
    expect(file('checklist-rollback.nl')).toContain('- [ ] Tweede poging in Paramaribo vanaf maandag 3 mei voorbereid: de firewall is aangepast;');
    expect(file('checklist-rollback.en')).not.toContain('Solution reassessed');
  });

  it('still leave the next step open when the second try is decided later', async () => {
    const file = await written(PARAMARIBO_BACK.replace('    on: 2027-05-03', '    on: 2027-05-03\n    decided: 2027-04-12'));
    expect(file('rollback.en')).toContain('before we decide what comes next');
    expect(file('rollback.nl')).toContain('voordat we beslissen hoe we verder gaan');
    expect(file('checklist-rollback.nl')).toContain('Oplossing opnieuw beoordeeld');
    expect(file('rollback.en')).not.toContain('May 3');
  });
});
