import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies phases by office: its phase for the Albina branch is called Albina. Pausing that
 * phase in Albina (`phase: albina, only: { location: Albina }`) names the place once; a phase of
 * another name paused in one of its places names both.
 */
const templates = await loadTemplates();
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as Record<string, unknown>;

async function pauseNotice(phaseName: string): Promise<Record<'en' | 'nl', string>> {
  const data = structuredClone(base);
  (data.phases as { id: string; name: string }[]).find((p) => p.id === 'albina')!.name = phaseName;
  (data.pauses as Record<string, unknown>[])[0]!.phase = 'albina';
  const plan = validPlan(data);
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en', 'nl'] });
  const notice = (lang: string) => String(files.find((f) => f.name.endsWith(`_pause.${lang}.md`))?.content);
  return { en: notice('en'), nl: notice('nl') };
}

describe('the pause notice of a phase in one location', () => {
  it('names the place once when the phase has the location’s name, whatever its case', async () => {
    for (const name of ['Albina', 'ALBINA']) {
      const { en, nl } = await pauseNotice(name);
      expect(en).toContain('**Subject:** We are pausing the Microsoft Teams rollout in Albina\n');
      expect(en).toContain('From Monday, April 12 we are pausing the Microsoft Teams rollout in Albina.');
      expect(nl).toContain('**Onderwerp:** We pauzeren de invoering van Microsoft Teams in Albina\n');
      expect(nl).toContain('Vanaf maandag 12 april pauzeren we de invoering van Microsoft Teams in Albina.');
    }
  });

  it('names both when the phase has a name of its own', async () => {
    const { en, nl } = await pauseNotice('Eastern branch');
    expect(en).toContain('**Subject:** We are pausing Eastern branch in the Microsoft Teams rollout in Albina\n');
    expect(nl).toContain('pauzeren we de fase Eastern branch van de invoering van Microsoft Teams in Albina.');
  });
});
