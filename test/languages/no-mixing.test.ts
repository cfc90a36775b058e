import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isTextMap } from '../../src/plan/localize.js';
import { planIn } from '../../src/plan/resolve.js';
import { planSchema, type Language } from '../../src/plan/schema.js';
import { walkTexts } from '../../src/plan/walk.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { scheduleMarkdown } from '../../src/reporters/schedule/markdown.js';
import { scheduleMermaid } from '../../src/reporters/schedule/mermaid.js';
import { scheduleTable } from '../../src/reporters/schedule/table.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example, ROOT, validPlan } from '../helpers.js';

/*
 * A plan written in Dutch and English must give Dutch readers Dutch and English readers English:
 * no sentence of the other language's templates, of the plan's texts in the other language, or
 * of the schedule's own words in the other language may turn up in an output.
 */

const LANGS: Language[] = ['nl', 'en'];
const other = (lang: Language): Language => (lang === 'nl' ? 'en' : 'nl');

/** Runs of three or more words between markup and punctuation: what reads as a sentence. */
function fragments(text: string): string[] {
  return text
    .replace(/\{\{[^}]*\}\}/g, '\n')
    .split(/[\n.:;,()!?*"|#[\]]+/)
    .map((f) => f.replace(/\s+/g, ' ').trim())
    .filter((f) => (f.match(/\p{L}{2,}/gu) ?? []).length >= 3);
}

const source = readFileSync(example('enterprise.yaml'), 'utf8');
const plan = validPlan(source);

/** The plan's own texts, per language, as written in its maps. */
const planTexts: Record<Language, string[]> = { en: [], nl: [] };
walkTexts(planSchema, parse(source), (_, value) => {
  if (isTextMap(value)) for (const lang of LANGS) if (value[lang] && value[lang] !== value[other(lang)]) planTexts[lang].push(...fragments(value[lang]!), value[lang]!);
});

function templateFragments(lang: Language): string[] {
  const dir = path.join(ROOT, 'templates');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(`.${lang}.hbs`))
    .flatMap((f) => fragments(readFileSync(path.join(dir, f), 'utf8')));
}

/** Everything written in `lang` that must not show up in the other language's outputs. */
function foreign(lang: Language, schedules: Record<Language, string[]>): Set<string> {
  const mine = new Set([...templateFragments(other(lang)), ...planTexts[other(lang)], ...schedules[other(lang)]]);
  // Words both languages share (names, numbers) are no sign of mixing.
  for (const f of [...templateFragments(lang), ...planTexts[lang], ...schedules[lang]]) mine.delete(f);
  return mine;
}

const titles = (lang: Language) => [...new Set(buildSchedule(planIn(plan, lang)).events.map((e) => e.title))].flatMap((t) => [t, ...fragments(t)]);
const scheduleTitles: Record<Language, string[]> = { en: titles('en'), nl: titles('nl') };

function mixed(output: string, lang: Language): string[] {
  return [...foreign(lang, scheduleTitles)].filter((f) => output.includes(f));
}

describe('no output mixes languages', async () => {
  const templates = await loadTemplates();
  const rendered = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: LANGS });
  const kinds = new Set(rendered.entries.map((e) => e.template));

  it('renders every kind of message of the example', () => {
    expect([...kinds].sort()).toEqual(
      ['announcement', 'decommission', 'each-week-after', 'first-week', 'get-started', 'launch-day', 'one-week-before', 'reminder', 'retrospective', 'review-month-1', 'review-month-3', 'review-week-1', 'survey', 'two-weeks-before', 'weekly-update', 'welcome'].sort(),
    );
  });

  it.each(LANGS)('%s messages hold no sentence of the other language', (lang) => {
    const found = rendered.files
      .filter((f) => f.name.includes(`.${lang}.`))
      .flatMap((f) => mixed(String(f.content), lang).map((s) => `${f.name}: ${s}`));
    expect(found).toEqual([]);
  });

  it.each(LANGS)('the %s schedule holds no sentence of the other language, in every format', (lang) => {
    const schedule = buildSchedule(planIn(plan, lang));
    const outputs = {
      table: scheduleTable(schedule, new Chalk({ level: 0 }), lang),
      markdown: scheduleMarkdown(schedule, lang),
      ics: scheduleIcs(schedule, lang).replace(/\r\n /g, ''),
      mermaid: scheduleMermaid(schedule, lang),
    };
    const found = Object.entries(outputs).flatMap(([format, out]) => mixed(out, lang).map((s) => `${format}: ${s}`));
    expect(found).toEqual([]);
  });

  it('catches a mixed sentence, so that the checks above can fail', () => {
    expect(mixed('Vanaf vandaag werken we in Teamchat. Training takes 90 minutes and saves about two hours a week.', 'nl')).toContain('Training takes 90 minutes and saves about two hours a week');
    expect(mixed('Welcome to Teamchat: Wekelijkse update, week 3', 'en')).toContain('Wekelijkse update, week 3');
  });
});
