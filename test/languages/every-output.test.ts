import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { isTextMap } from '../../src/plan/localize.js';
import { planSchema, type Language } from '../../src/plan/schema.js';
import { walkTexts } from '../../src/plan/walk.js';
import { example, removeTempDirs, ROOT, run, tempDir } from '../helpers.js';

/*
 * Every output of every command, run as a user runs it, on a plan whose every text says in which
 * language it is written: an output in one language holds none of the plan's texts in the other.
 * The formats for machines (json, jsonl, junit, github) write their sentences in English whatever
 * --lang says, so the plan's texts they quote are the English ones.
 */

const MARK: Record<Language, string> = { en: 'ENGLISH-ONLY', nl: 'ALLEEN-NL' };
const other = (lang: Language): Language => (lang === 'nl' ? 'en' : 'nl');
const marked = (en: string, nl: string) => ({ en: `${MARK.en} ${en}`, nl: `${MARK.nl} ${nl}` });

/** The example in Dutch and English (Dutch first), each text of it marked with its language. */
function markedExample(): Record<string, unknown> {
  const plan = parse(readFileSync(example('enterprise.yaml'), 'utf8')) as Record<string, unknown>;
  walkTexts(planSchema, plan, (_, text) => {
    if (!isTextMap(text)) return;
    for (const lang of ['en', 'nl'] as const) if (text[lang] !== undefined) text[lang] = `${MARK[lang]} ${text[lang]}`;
  });
  return plan;
}

const dir = tempDir();
afterAll(removeTempDirs);
const write = (name: string, plan: Record<string, unknown>): string => {
  const file = path.join(dir, name);
  writeFileSync(file, stringify(plan));
  return file;
};

const base = markedExample();
const plain = write('plan.yaml', base);
/** An open pause of one phase and a location rolled back, as of 2027-03-15. */
const paused = write('paused.yaml', {
  ...base,
  pauses: [{ from: '2027-03-08', reason: marked('waiting for the vendor', 'wachten op de leverancier'), only: { phase: 'port-of-spain' } }],
  rollback: [{ on: '2027-03-10', reason: marked('Georgetown is back on email', 'Georgetown mailt weer'), only: { location: 'Georgetown' } }],
});
/** The rollout rolled back, with its procedure and whom to tell. */
const rolledBack = write('rolled-back.yaml', { ...base, rollback: { on: '2027-03-12', reason: marked('satisfaction collapsed', 'de tevredenheid is ingestort') } });
/** A pause open from the day it begins: what a pause of the whole rollout holds. */
const wholePause = write('whole-pause.yaml', { ...base, pauses: [{ from: '2027-03-08', reason: marked('the network is down', 'het netwerk ligt eruit') }] });
const metrics = path.join(ROOT, 'examples/metrics/enterprise.csv');

interface Output {
  name: string;
  text: string;
  /** The language of the plan's texts it quotes. */
  lang: Language;
}

/** Runs one command: its standard output in `lang`, standard error (English) and the files it wrote beside them. */
function output(name: string, args: string[], lang: Language, files: [string, string, Language][] = []): Output[] {
  const r = run(args);
  expect([name, r.stderr.includes('rollout: error') ? r.stderr : '']).toEqual([name, '']);
  // ics folds long lines: unfolded, a marker is read whole.
  const written = files.map(([suffix, file, l]) => ({ name: `${name} ${suffix}`, text: readFileSync(file, 'utf8'), lang: l }));
  return [{ name, text: r.stdout.replace(/\r\n /g, ''), lang }, { name: `${name} (stderr)`, text: r.stderr, lang: 'en' }, ...written];
}

const LANGS: Language[] = ['nl', 'en'];
const checked = [paused, rolledBack, wholePause];

function everyOutput(): Output[] {
  const out: Output[] = [];
  for (const lang of LANGS) {
    for (const format of ['table', 'json', 'markdown', 'csv', 'ics', 'mermaid']) out.push(...output(`schedule ${format} ${lang}`, ['schedule', '--plan', paused, '--format', format, '--lang', lang], lang));
    for (const format of ['text', 'json', 'markdown']) {
      out.push(...output(`what-if --pause ${format} ${lang}`, ['what-if', '--plan', plain, '--pause', '2w', '--at', '2027-03-08', '--format', format, '--lang', lang], lang));
      out.push(...output(`what-if --rollback ${format} ${lang}`, ['what-if', '--plan', plain, '--rollback', '--at', '2027-03-08', '--only-location', 'Georgetown', '--format', format, '--lang', lang], lang));
      for (const after of [paused, rolledBack]) out.push(...output(`diff ${path.basename(after)} ${format} ${lang}`, ['diff', plain, after, '--format', format, '--lang', lang], lang));
    }
    for (const plan of checked) {
      const check = ['gate-check', '--plan', plan, '--metrics', metrics];
      const [summary, json] = [path.join(dir, `summary-${lang}-${path.basename(plan)}.md`), path.join(dir, `check-${lang}-${path.basename(plan)}.json`)];
      out.push(...output(`gate-check ${path.basename(plan)} text ${lang}`, [...check, '--at', '2027-03-15', '--lang', lang, '--summary', summary, '--save-json', json], lang, [['--summary', summary, lang], ['--save-json', json, lang]]));
      out.push(...output(`replay ${path.basename(plan)} text ${lang}`, [...check, '--from', '2027-03-01', '--to', '2027-03-19', '--every', '1w', '--lang', lang], lang));
      out.push(...output(`report ${path.basename(plan)} ${lang}`, ['report', '--plan', plan, '--metrics', metrics, '--at', '2027-03-15', '--lang', lang, '-o', '-'], lang));
    }
  }
  for (const plan of checked) {
    // The formats for machines, as CI runs them: without --lang, the plan's first language being Dutch.
    const check = ['gate-check', '--plan', plan, '--metrics', metrics];
    for (const format of ['junit', 'github']) out.push(...output(`gate-check ${path.basename(plan)} ${format}`, [...check, '--at', '2027-03-15', '--format', format], 'en'));
    out.push(...output(`replay ${path.basename(plan)} jsonl`, [...check, '--from', '2027-03-01', '--to', '2027-03-19', '--every', '1w', '--format', 'jsonl'], 'en'));
  }
  for (const plan of [paused, rolledBack]) {
    const emails = path.join(dir, `emails-${path.basename(plan, '.yaml')}`);
    out.push(...output(`render-emails ${path.basename(plan)}`, ['render-emails', '--plan', plan, '--out', emails], 'en').filter((o) => o.name.endsWith('(stderr)')));
    for (const file of readdirSync(emails, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(nl|en)\.md$/.test(f))) {
      out.push({ name: `render-emails ${path.basename(plan)} ${file}`, text: readFileSync(path.join(emails, file), 'utf8'), lang: file.endsWith('.nl.md') ? 'nl' : 'en' });
    }
    out.push(...output(`validate ${path.basename(plan)}`, ['validate', '--plan', plan], 'en'));
  }
  return out;
}

/** A marker written with Markdown's or HTML's escapes reads the same. */
const pattern = (lang: Language) => new RegExp(MARK[lang].replace('-', '(?:\\\\?-|&#45;|&#x2d;)'), 'i');
const lines = (o: Output, lang: Language) => o.text.split('\n').filter((l) => pattern(lang).test(l)).join(' | ').slice(0, 400);

describe('every output quotes the plan in its own language', () => {
  const outputs = everyOutput();
  const named = (name: string) => outputs.find((o) => o.name === name)!.text;

  it('holds no plan text of the other language, in any command, format or language', () => {
    expect(outputs.filter((o) => pattern(other(o.lang)).test(o.text)).map((o) => `${o.name}: ${lines(o, other(o.lang))}`)).toEqual([]);
  });

  it('quotes the pause and rollback reasons, the procedure and whom to tell, so that the check above can fail', () => {
    for (const name of ['gate-check rolled-back.yaml github', 'gate-check rolled-back.yaml junit']) {
      for (const text of [`${MARK.en} satisfaction collapsed`, `Rollback procedure: ${MARK.en} Re-enable`, `Ingrid Vos (${MARK.en} Chief Operating Officer)`]) expect(named(name)).toContain(text);
    }
    expect(named('gate-check paused.yaml junit')).toContain(`${MARK.en} waiting for the vendor`);
    expect(named('gate-check paused.yaml junit')).toContain(`${MARK.en} Georgetown is back on email`);
    expect(named('gate-check whole-pause.yaml github')).toContain(`${MARK.en} the network is down`);
    expect(named('replay whole-pause.yaml jsonl')).toContain(`${MARK.en} the network is down`);
    expect(named('report paused.yaml en')).toContain(`${MARK.en} waiting for the vendor`);
    expect(named('gate-check rolled-back.yaml text nl --summary')).toContain(`${MARK.nl} Zet de gedeelde mailboxen`);
    // Every kind of output was read, in both languages.
    for (const lang of LANGS) expect(outputs.filter((o) => o.lang === lang && pattern(lang).test(o.text)).length).toBeGreaterThan(40);
  });
});
