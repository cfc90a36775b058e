import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isTextMap } from '../../src/plan/localize.js';
import { planIn } from '../../src/plan/resolve.js';
import { planSchema, type Language } from '../../src/plan/schema.js';
import { starterPlan, type StarterOptions } from '../../src/plan/starter.js';
import { STARTER_APPROACH, STARTER_NAMES, STARTER_TEXTS } from '../../src/plan/starter-texts.js';
import { walkTexts } from '../../src/plan/walk.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { load, withExamples } from '../helpers.js';
import { fragments, other, scheduleOutputs } from './mixing.js';

/* The plan `rollout init --lang` writes: each reader gets its texts in their language only. */

/** Every text init may write in `lang`, as sentences and as a whole. */
const starterTexts = (lang: Language): string[] =>
  [...Object.values(STARTER_TEXTS), ...Object.values(STARTER_APPROACH), ...Object.values(STARTER_NAMES)].flatMap((t) => [t[lang], ...fragments(t[lang])]).filter((t) => t.includes(' '));

const starter = (preset: StarterOptions['preset'], languages: Language[]) =>
  starterPlan({ preset, start: '2027-03-01', name: 'Kaiteur Design', languages, schemaPath: './rollout.schema.json' });

async function outputs(text: string, lang: Language): Promise<[string, string][]> {
  const plan = planIn(load(text, 'rollout.yaml').plan!, lang);
  const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(), languages: [lang] });
  expect(rendered.files.length).toBeGreaterThan(3);
  return [...rendered.files.map((f) => [f.name, String(f.content)] as [string, string]), ...Object.entries(scheduleOutputs(buildSchedule(plan), lang))];
}

const foreignIn = (found: [string, string][], lang: Language) => {
  const own = new Set(starterTexts(lang));
  const forbidden = starterTexts(other(lang)).filter((t) => !own.has(t));
  return found.flatMap(([name, text]) => forbidden.filter((t) => text.includes(t)).map((t) => `${name}: ${t}`));
};

describe('the plan init writes for several languages', () => {
  it.each([
    ['solo', ['nl', 'en']],
    ['small', ['nl', 'en']],
    ['growing', ['nl', 'en']],
    ['custom', ['en', 'nl']],
  ] as const)('%s, %j: every text in each language, and no reader gets the other language', async (preset, languages) => {
    const open = load(starter(preset, [...languages]), 'rollout.yaml');
    // Nothing to say but what init leaves to fill in: the seven discovery questions, the contact, the example why and benefit.
    expect(open.diagnostics.filter((d) => d.severity !== 'hint' || d.code.startsWith('text')).map((d) => d.code)).toEqual(['placeholder-text', 'placeholder-text', 'placeholder-contact', ...Array<string>(7).fill('discovery')]);
    const text = withExamples(starter(preset, [...languages]));
    const loaded = load(text, 'rollout.yaml');
    expect(loaded.diagnostics.filter((d) => d.severity !== 'hint' || d.code.startsWith('text')).map((d) => d.code)).toEqual(['placeholder-contact']);
    let maps = 0;
    walkTexts(planSchema, parse(text), (_, value) => {
      if (isTextMap(value)) maps++;
      else expect.fail(`a plain text: ${String(value)}`);
    });
    expect(maps).toBeGreaterThanOrEqual(12);
    for (const lang of languages) expect(foreignIn(await outputs(text, lang), lang)).toEqual([]);
  });

  it('writes one language as plain text in that language', async () => {
    const text = starter('growing', ['nl']);
    expect(text).toContain('  languages: [nl]');
    expect(text).toMatch(/^ {2}why: beslissingen raken zoek in lange e-maildiscussies +# het probleem dat het oplost$/m);
    expect(foreignIn(await outputs(text, 'nl'), 'nl')).toEqual([]);
    expect(starter('growing', ['en'])).toMatch(/^ {2}why: decisions get lost in long email threads +# /m);
  });

  it('catches an English sentence in Dutch output, so that the checks above can fail', () => {
    expect(foreignIn([['x.nl.md', 'Werk via Teamchat. Email from the sponsor, then weekly updates.']], 'nl')).toContain('x.nl.md: Email from the sponsor');
  });
});
