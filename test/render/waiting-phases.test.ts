import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Teams BV (25 people, Paramaribo and Albina) starts Administratie on Monday 15 March
 * 2027, Projecten on 30 March, Everyone else on 12 April. On Friday 12 March the pilot is
 * extended by a week: a pause of Administratie alone until the 19th. Projecten and Everyone
 * else wait for Administratie, so they move too; the notice must say so.
 */
const extended = { from: '2027-03-12', until: '2027-03-19', reason: { nl: 'de pilot duurt een week langer', en: 'the pilot is extended by a week' }, only: { phase: 'department-1' } };

async function emails(pauses: unknown[]) {
  const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'sranan.yaml'), 'utf8')) as Record<string, unknown>;
  data.pauses = pauses;
  const plan = validPlan(stringify(data));
  const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
  return (name: string) => String(r.files.find((f) => f.name === name)?.content);
}

describe('the notice of a pause of one phase names the phases that wait for it', () => {
  it('gives their new launch days instead of saying the rest goes on as planned, in English and Dutch', async () => {
    const text = await emails([extended]);
    const en = text('2027-03-12_rollout_pause.en.txt');
    const nl = text('2027-03-12_rollout_pause.nl.txt');
    expect(en).toContain('the phases after it wait for it too: Projecten now starts on Monday, April 5 and Everyone else now starts on Monday, April 19.');
    expect(nl).toContain('ook de fasen daarna wachten erop: Projecten begint nu op maandag 5 april en Alle overige collega’s begint nu op maandag 19 april.');
    expect(en).not.toContain('goes on as planned');
    expect(nl).not.toContain('gaat door zoals gepland');
  });

  it('says the rest goes on as planned when nothing else moves', async () => {
    // Everyone else (the Albina branch) is the last phase: only the switch-off waits for it.
    const text = await emails([{ ...extended, from: '2027-04-02', until: '2027-04-09', only: { phase: 'everyone-else' } }]);
    expect(text('2027-04-02_rollout_pause.en.txt')).toContain('the rest of the rollout goes on as planned');
    expect(text('2027-04-02_rollout_pause.nl.txt')).toContain('de rest van de invoering gaat door zoals gepland');
    expect(text('2027-04-02_rollout_pause.en.txt')).not.toContain('wait for it too');
  });

  it('while the pause is open, says the phases after it start later, on a day still to come', async () => {
    const text = await emails([{ from: extended.from, reason: extended.reason, only: extended.only }]);
    expect(text('2027-03-12_rollout_pause.en.txt')).toContain('Projecten starts later, on a day we will tell you and Everyone else starts later, on a day we will tell you.');
    expect(text('2027-03-12_rollout_pause.nl.txt')).toContain('Projecten begint later, op een dag die we je nog laten weten en Alle overige collega’s begint later');
  });
});
