import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn } from '../../src/plan/resolve.js';
import { objections, strategies } from '../../src/plan/resistance.js';
import { DEFAULT_TIERS, type Language } from '../../src/plan/schema.js';
import { renderReport } from '../../src/report/html.js';
import { wordsFor } from '../../src/report/i18n.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { minimalPlan, validPlan } from '../helpers.js';
import { foreign, fragments, LANGS, mixedIn, plan, wordsOf } from './mixing.js';

/** The page's text, as a reader sees it: markup gone, entities read. */
const visible = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

async function report(source: typeof plan, lang: Language, measured: boolean): Promise<string> {
  const local = planIn(source, lang);
  const asOf = parseDay('2027-03-15');
  const { result, series } = await checkGates({ plan: local, files: [], asOf, lenient: false });
  return visible(renderReport({ plan: local, schedule: buildSchedule(local), asOf, language: lang, check: { result, series }, measured }));
}

const defaults = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['nl', 'en'] } }));

/** The report's own words and its builtin sentences (defaults such as the support tiers), per language. */
const own = Object.fromEntries(
  await Promise.all(
    LANGS.map(async (l) => [
      l,
      [
        ...wordsOf(wordsFor(l)),
        ...strategies(planIn(plan, l)).flatMap((s) => [s.title, s.does, s.missing ?? '']).flatMap(fragments),
        ...objections(planIn(plan, l)).flatMap((q) => fragments(`${q.question}. ${q.answer}`)),
        ...fragments(await report(defaults, l, true)),
      ],
    ]),
  ),
) as Record<Language, string[]>;

describe('the report speaks one language', () => {
  it.each(LANGS)('the %s report holds no sentence of the other language, measured or not', async (lang) => {
    const forbidden = foreign(lang, own);
    for (const measured of [false, true]) expect(mixedIn(await report(plan, lang, measured), forbidden)).toEqual([]);
  });

  it('names the default support tiers, their handles and the objections in Dutch', async () => {
    const dutch = await report(defaults, 'nl', false);
    const english = DEFAULT_TIERS.flatMap((t) => [t.name, ...t.handles]).filter((s) => !['FAQ', 'IT/Admin'].includes(s));
    expect(english.filter((s) => dutch.includes(s))).toEqual([]);
    expect(dutch).toContain('Ondersteuning door de leverancier');
    expect(dutch).toContain('Vragen die collega’s stellen');
    expect(dutch).toContain('De training duurt 90 minuten');
  });

  it('catches a mixed sentence, so that the check above can fail', () => {
    expect(mixedIn('Ondersteuning: Quick questions in the chat channel', foreign('nl', own))).toContain('Quick questions in the chat channel');
  });
});
