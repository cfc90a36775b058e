import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planJsonSchema } from '../../src/plan/json-schema.js';
import { loadPlan } from '../../src/plan/load.js';
import { LANGUAGES } from '../../src/plan/schema.js';
import { planIn, type Plan } from '../../src/plan/resolve.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example, ROOT } from '../helpers.js';
import { schemaKeys, type Node } from './schema-keys.js';

/*
 * The static search in every-key.test.ts finds a key's name somewhere in the code. This test
 * watches the commands run: every key the example plans (and a plan of the keys they leave out)
 * write must be read while the schedule, the messages in every language, the gate check and the
 * report are made from them.
 */

/** The plan, with every read of one of its own keys written down as a schema path (`phases[].name`). */
function tracked<T extends object>(value: T, reads: Set<string>, at = ''): T {
  const children = new Map<string, unknown>();
  return new Proxy(value, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !Object.hasOwn(target, key)) return v;
      const where = Array.isArray(target) ? `${at}[]` : at ? `${at}.${key}` : key;
      if (!Array.isArray(target)) reads.add(where);
      // `raw` is the plan as written, which only the other languages' copies are made from; a Set is derived, not written.
      if (v === null || typeof v !== 'object' || key === 'raw' || v instanceof Set) return v;
      if (!children.has(key)) children.set(key, tracked(v, reads, where));
      return children.get(key);
    },
  });
}

/** Keys an example leaves out, and failing gates of every severity so that each contingency is asked. */
const extra = {
  ...(parse(readFileSync(example('enterprise.yaml'), 'utf8')) as Record<string, unknown>),
  tool: { name: 'Teamchat', contact: { name: 'Desk', email: 'desk@example.org', role: 'help desk', phone: '+597 1' }, sponsor: { name: 'Ingrid', phone: '+597 2' } },
  communications: { sender: { name: 'Ravi', email: 'ravi@example.org', phone: '+597 3' } },
  support: { languages: ['nl'] },
  champions: [{ name: 'Anjali', email: 'anjali@example.org', phase: 'pilot' }],
  phases: [
    { id: 'pilot', name: 'Pilot', audience: '20%', weeks: 2, champion: 'Anjali' },
    { id: 'rest', name: 'Everyone else', audience: 'rest', weeks: 2 },
  ],
  gates: [
    { id: 'use', phase: 'pilot', metric: 'active_use_pct', threshold: 99, within: '1w', severity: 'minor', guards: 'next' },
    { id: 'all-use', phase: 'pilot', metric: 'active_use_pct', threshold: 99.5, within: '1w', severity: 'critical', guards: 'next' },
    { id: 'trend', phase: 'pilot', metric: 'support_tickets', aggregate: 'slope', op: '<', threshold: 0, within: '1w', minDays: 2, group: 'IT pilot' },
  ],
  pauses: [{ from: '2027-02-08', until: '2027-02-10', reason: { en: 'a fix', nl: 'een oplossing' }, phase: 'pilot' }],
};

interface Run {
  name: string;
  text: string;
  dir: string;
  metrics: string[];
}

const runs: Run[] = [
  ...readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ name: f, text: readFileSync(example(f), 'utf8'), dir: path.join(ROOT, 'examples'), metrics: f === 'adoption.yaml' ? [] : [path.join(ROOT, 'examples/metrics', f.replace('.yaml', '.csv'))].filter((m) => readdirSync(path.dirname(m)).includes(path.basename(m))) })),
  { name: 'extra', text: stringify(extra), dir: path.join(ROOT, 'examples'), metrics: [path.join(ROOT, 'examples/metrics/enterprise.csv')] },
];

/** Keys written somewhere in a plan, as schema paths; a text map's languages are its value, not keys. */
function written(value: unknown, at: string, out: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => written(v, `${at}[]`, out));
  else if (value && typeof value === 'object' && !Object.keys(value).every((k) => (LANGUAGES as readonly string[]).includes(k))) {
    for (const [k, v] of Object.entries(value)) written(v, at ? `${at}.${k}` : k, out.add(at ? `${at}.${k}` : k));
  }
  return out;
}

type Shape = (plan: Record<string, unknown>) => Record<string, unknown>;
const set = (section: string, fields: Record<string, unknown>): Shape => (p) => ({ ...p, [section]: { ...(p[section] as object), ...fields } });

/**
 * Keys that shape the plan as it is loaded, before a command reads it: the format version, the
 * languages (which one the plan speaks first) and the support languages (resolved into
 * `supportLanguages`). Each must change what loading gives, from a plan as `before` leaves it.
 */
const AT_LOAD: Record<string, { before: Shape; after: Shape }> = {
  version: { before: (p) => p, after: (p) => ({ ...p, version: 2 }) },
  'organization.languages': { before: (p) => p, after: set('organization', { languages: ['en'] }) },
  'regional.supportLanguages': { before: (p) => p, after: set('regional', { supportLanguages: ['en'] }) },
  // Only where regional.supportLanguages says nothing: that one wins.
  'support.languages': { before: set('regional', { supportLanguages: undefined }), after: (p) => set('support', { languages: ['en'] })(set('regional', { supportLanguages: undefined })(p)) },
};

describe('every key a plan writes is read when the commands run', async () => {
  const templates = await loadTemplates();
  const reads = new Set<string>();
  const present = new Set<string>();
  for (const r of runs) {
    const loaded = loadPlan(r.text, r.name);
    written(parse(r.text), '', present);
    const plan = tracked(loaded.plan!, reads) as Plan;
    const schedule = buildSchedule(plan);
    await renderEmails(plan, schedule, { format: 'md', templates, languages: [plan.language] });
    const asOf = parseDay('2027-03-15');
    const check = await checkGates({ plan, files: r.metrics, asOf, lenient: true, sources: { baseDir: r.dir, locate: () => undefined } });
    renderReport({ plan, schedule, asOf, language: plan.language, check, measured: true });
    // The other languages come from the plan as written, which is not watched: load them to be sure they work.
    for (const lang of plan.organization.languages.slice(1)) expect(planIn(loaded.plan!, lang).language).toBe(lang);
  }

  it('reads every key the plans write, or the key shapes the plan as it loads', () => {
    const keys = schemaKeys(planJsonSchema() as Node).filter((k) => !k.deprecated && present.has(k.path));
    expect(keys.length).toBeGreaterThan(120);
    expect(keys.filter((k) => !reads.has(k.path) && !(k.path in AT_LOAD)).map((k) => k.path)).toEqual([]);
  });

  it.each(Object.keys(AT_LOAD))('%s changes what loading the plan gives', (key) => {
    const plan = parse(readFileSync(example('enterprise.yaml'), 'utf8')) as Record<string, unknown>;
    const before = loadPlan(stringify(AT_LOAD[key]!.before(plan)), 'p.yaml');
    const after = loadPlan(stringify(AT_LOAD[key]!.after(plan)), 'p.yaml');
    expect(JSON.stringify([after.plan ?? null, after.diagnostics])).not.toBe(JSON.stringify([before.plan ?? null, before.diagnostics]));
  });

  it('would notice a key that is written but not read', () => {
    const seen = new Set<string>();
    const plan = tracked({ tool: { name: 'x', why: 'y' } }, seen);
    expect(plan.tool.name).toBe('x');
    expect([...seen]).toEqual(['tool', 'tool.name']);
  });
});
