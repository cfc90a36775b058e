import path from 'node:path';
import { Chalk } from 'chalk';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkGates, replayGates } from '../../src/gates/check.js';
import { reasonText, type Because, type Rows } from '../../src/gates/reasons.js';
import type { GateCheckResult } from '../../src/gates/types.js';
import { ID_NAMES } from '../../src/plan/display-names.js';
import { planIn, type Plan } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { renderHistory } from '../../src/replay/history.js';
import { renderMarkdown } from '../../src/reporters/gates/markdown.js';
import { renderText } from '../../src/reporters/gates/text.js';
import { gateWords } from '../../src/reporters/gates/words.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';
import { foreign, LANGS, mixedIn, other, source } from './mixing.js';

/*
 * gate-check's text and markdown, and the replay tables, in Dutch hold no English sentence and
 * in English no Dutch one: neither the plan's texts in the other language nor a word only the
 * other language's wording uses.
 */

const metrics = [path.join(ROOT, 'examples/metrics/enterprise.csv')];
const asOf = parseDay('2027-03-15');

/** The example as it is; with a critical gate, so that it rolls back; and with an open pause. */
const example = parse(source) as Record<string, unknown> & { gates: { id: string; severity?: string }[] };
const rollingBack = { ...example, gates: example.gates.map((g) => (g.id === 'georgetown-go-no-go' ? { ...g, severity: 'critical' } : g)) };
const pausedText = { en: 'waiting for the vendor to fix sign-in', nl: 'wachten tot de leverancier het aanmelden herstelt' };
const paused = { ...example, pauses: [{ from: '2027-03-08', reason: pausedText }] };
const noProcedure = { ...rollingBack, contingency: { critical: 'rollback' }, communications: {}, tool: { name: 'Teamchat' } };
const plans: Plan[] = [example, rollingBack, paused, noProcedure].map((p) => validPlan(stringify(p)));

async function outputs(lang: Language): Promise<string[]> {
  const out: string[] = [];
  for (const p of plans) {
    const plan = planIn(p, lang);
    const { result } = await checkGates({ plan, files: metrics, asOf, lenient: false });
    const { results } = await replayGates({ plan, files: metrics, days: [parseDay('2027-02-01'), parseDay('2027-02-15'), parseDay('2027-03-01'), asOf, parseDay('2027-04-20')], lenient: false });
    out.push(renderText(result, new Chalk({ level: 0 }), lang), renderMarkdown(result, lang), renderHistory('text', results, lang), renderHistory('markdown', results, lang));
  }
  return out;
}

/** Every reason a gate can give, with placeholders for what comes from the plan and the data. */
function reasons(lang: Language): string[] {
  const rows: Rows = { n: 2, metric: '', group: '', location: '', from: '', to: '' };
  const reading = { rows, aggregate: 'mean' as const, observed: 1, on: '' };
  const all: Because[] = [
    { kind: 'held', since: '', soFar: reading },
    { kind: 'not-started', phase: '', starts: '', due: '' },
    { kind: 'so-far', due: '', soFar: reading },
    { kind: 'too-few', survey: true, min: 5, rows },
    { kind: 'too-few', survey: false, min: 5, rows: { ...rows, n: 0 } },
    { kind: 'too-few-days', days: 1, min: 3, rows },
    { kind: 'nothing', rows: { ...rows, n: 1 } },
    ...(['responses', 'events', 'attendance', 'activity'] as const).flatMap((source) => [true, false].map((preset): Because => ({ kind: 'ungiven', source, preset, rows: { ...rows, n: 0 } }))),
    { kind: 'judged', holds: false, reading, op: '>=', threshold: 1 },
  ];
  const trend = { ...reading, aggregate: 'slope' as const };
  const trends: Because[] = [true, false].map((holds) => ({ kind: 'judged', holds, reading: trend, op: '<=', threshold: 0 }));
  return [...all.map((b) => reasonText(b, lang)), ...trends.map((b) => reasonText(b, lang, ID_NAMES))];
}

const words = (text: string): string[] => (text.toLowerCase().match(/\p{L}{2,}/gu) ?? []);

/** Placeholders that read as text or as a list, full or empty, and an absent value: every branch of a phrase. */
const PLACEHOLDERS = [Object.assign(['x'], { toString: () => 'x' }), Object.assign([], { toString: () => '' }), null, true, false];

/** Every text a word list can give. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return PLACEHOLDERS.flatMap((p) => { try { return [String((value as (...a: unknown[]) => unknown)(p, p, p, p))]; } catch { return []; } });
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

const vocabulary = (lang: Language) => new Set([...texts(gateWords(lang)), ...reasons(lang)].flatMap(words));
const vocabularies = { en: vocabulary('en'), nl: vocabulary('nl') } as Record<Language, Set<string>>;

/** Ids, metric and aggregate names, plan names: the same in every language, so taken out before looking. */
function withoutNames(text: string, result: GateCheckResult[]): string {
  const names = new Set(
    result.flatMap((r) => [
      ...r.gates.flatMap((g) => [g.id, g.phase, g.metric, g.aggregate]),
      ...(r.rollback?.tell ?? []),
      ...(r.decommission ? [r.decommission.phase] : []),
      ...(r.currentPhase ? [r.currentPhase] : []),
      ...r.names.phases.map((p) => p.name),
      ...r.names.metrics.map((m) => m.label),
    ]),
  );
  let out = text;
  for (const n of [...names].sort((a, b) => b.length - a.length)) out = out.split(n).join(' ');
  // Plan keys and commands, written as code, read the same in every language.
  return out.replace(/onInconclusive|rollbackProcedure|contingency|pauses:|- \{.*?\}|`[^`]*`/g, ' ');
}

/** Words of `text` that only the other language's wording uses. */
function foreignWords(text: string, lang: Language): string[] {
  const theirs = [...vocabularies[other(lang)]].filter((w) => !vocabularies[lang].has(w));
  const mine = new Set(words(text));
  return theirs.filter((w) => mine.has(w));
}

const results = async (lang: Language) => Promise.all(plans.map(async (p) => (await checkGates({ plan: planIn(p, lang), files: metrics, asOf, lenient: false })).result));

describe('gate-check speaks one language', () => {
  it.each(LANGS)('%s text, markdown and replay tables hold no sentence or word of the other language', async (lang) => {
    const forbidden = foreign(lang, { en: [pausedText.en], nl: [pausedText.nl] });
    const checked = await results(lang);
    const found = (await outputs(lang)).flatMap((o) => [...mixedIn(o, forbidden), ...foreignWords(withoutNames(o, checked), lang)]);
    expect(found).toEqual([]);
  });

  it('covers a rollback with and without a procedure, a pause and the switch-off', async () => {
    const all = (await outputs('nl')).join('\n');
    for (const s of ['Terugdraaiprocedure: Zet de gedeelde mailboxen', 'het plan heeft geen rollbackProcedure', 'de invoering is sinds 2027-03-08 gepauzeerd: wachten tot', 'Uitfasering (E-maildiscussies uitzetten, vanaf', '### Besluiten over de invoering, dag voor dag']) {
      expect(all).toContain(s);
    }
  });

  it('catches a mixed sentence or word, so that the checks above can fail', () => {
    expect(foreignWords('Besluit: pauzeren (exitcode 1): launch of x waits', 'nl')).toEqual(expect.arrayContaining(['launch', 'waits']));
    expect(foreignWords('Decision: pause; te weinig antwoorden', 'en')).toEqual(expect.arrayContaining(['weinig', 'antwoorden']));
    expect(mixedIn('Terugdraaiprocedure: Re-enable the shared mailboxes and announce the rollback through the sponsor.', foreign('nl'))).not.toEqual([]);
  });
});
