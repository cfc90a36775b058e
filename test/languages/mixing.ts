import { Chalk } from 'chalk';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isTextMap } from '../../src/plan/localize.js';
import { planIn, type Plan } from '../../src/plan/resolve.js';
import { planSchema, type Language } from '../../src/plan/schema.js';
import { walkTexts } from '../../src/plan/walk.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { scheduleMarkdown } from '../../src/reporters/schedule/markdown.js';
import { scheduleMermaid } from '../../src/reporters/schedule/mermaid.js';
import { scheduleTable } from '../../src/reporters/schedule/table.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { example, ROOT, validPlan } from '../helpers.js';

/*
 * What tells a language mix: no sentence of the other language's templates, of the plan's texts in
 * the other language, or of the tool's own words in the other language may turn up in an output.
 */

export const LANGS: Language[] = ['nl', 'en'];
export const other = (lang: Language): Language => (lang === 'nl' ? 'en' : 'nl');

/** Runs of three or more words between markup and punctuation: what reads as a sentence. */
export function fragments(text: string): string[] {
  return text
    .replace(/\{\{[^}]*\}\}/g, '\n')
    .split(/[\n.:;,()!?*"|#[\]“”→]+/)
    .map((f) => f.replace(/\s+/g, ' ').trim())
    .filter((f) => (f.match(/\p{L}{2,}/gu) ?? []).length >= 3);
}

export const source = readFileSync(example('enterprise.yaml'), 'utf8');
/** The example in Dutch and English, resolved in its first language (Dutch). */
export const plan: Plan = validPlan(source);

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

const titles = (lang: Language) => [...new Set(buildSchedule(planIn(plan, lang)).events.map((e) => e.title))].flatMap((t) => [t, ...fragments(t)]);
const scheduleTitles: Record<Language, string[]> = { en: titles('en'), nl: titles('nl') };

/**
 * Sentences written in the other language that must not show up in `lang`'s outputs; `own` adds
 * an output's own words per language (its labels, its builtin sentences).
 */
export function foreign(lang: Language, own: Record<Language, string[]> = { en: [], nl: [] }): Set<string> {
  const words = (l: Language) => [...templateFragments(l), ...planTexts[l], ...scheduleTitles[l], ...own[l]];
  const found = new Set(words(other(lang)));
  // Words both languages share (names, numbers) are no sign of mixing.
  for (const f of words(lang)) found.delete(f);
  return found;
}

export function mixedIn(output: string, forbidden: Set<string>): string[] {
  return [...forbidden].filter((f) => output.includes(f));
}

/** A placeholder that reads as a line break, whether a function takes it as text or as a list. */
const gap = Object.assign(['\n'], { toString: () => '\n' });

/** Every string of a word list, functions called with placeholders that split them into fragments. */
export function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return fragments(value);
  if (typeof value === 'function') return fragments(String((value as (...a: unknown[]) => unknown)(gap, gap, gap, gap)));
  if (Array.isArray(value)) return value.flatMap(wordsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(wordsOf);
  return [];
}

/** The schedule in every human format, as `schedule --lang` writes it (ics lines unfolded). */
export function scheduleOutputs(schedule: Schedule, lang: Language): Record<string, string> {
  return {
    table: scheduleTable(schedule, new Chalk({ level: 0 }), lang),
    markdown: scheduleMarkdown(schedule, lang),
    ics: scheduleIcs(schedule, lang).replace(/\r\n /g, ''),
    mermaid: scheduleMermaid(schedule, lang),
  };
}
