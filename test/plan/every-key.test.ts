import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/plan/json-schema.js';
import { loadPlan } from '../../src/plan/load.js';
import { minimalPlan, ROOT } from '../helpers.js';
import { schemaKeys, type Node } from './schema-keys.js';
import { stringify } from 'yaml';

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
}

/** What reads the plan: the code, less the schema that declares the keys, and the templates. */
const readers = [
  ...files(path.join(ROOT, 'src'), '.ts').filter((f) => !/src\/plan\/(schema|json-schema)\.ts$/.test(f)),
  ...files(path.join(ROOT, 'templates'), '.hbs'),
].map((f) => readFileSync(f, 'utf8')).join('\n');

const escape = (s: string) => s.replace(/[$]/g, '\\$');
/** `plan.key`, `{ key }`, `key:` in an object literal or a destructuring, or `'key'` as an index. */
const isRead = (key: string) => new RegExp(`\\.${escape(key)}\\b|[{,]\\s*${escape(key)}\\s*[,}:=]|['"]${escape(key)}['"]`).test(readers);

/** Keys for other programs: the editor reads `$schema` to complete and check the plan. */
const FOR_EDITORS = new Set(['$schema']);

describe('every key of the plan does something', () => {
  const keys = schemaKeys(planJsonSchema() as Node);

  it('walks the whole schema', () => {
    expect(keys.length).toBeGreaterThan(150);
    for (const path of ['tool.why', 'organization.locations[].connectivity', 'challenges[].mitigation', 'gates[].minSamples']) expect(keys.map((k) => k.path)).toContain(path);
  });

  it('is read by a command or a template, or marked deprecated', () => {
    const unread = keys.filter((k) => !k.deprecated && !FOR_EDITORS.has(k.key) && !isRead(k.key)).map((k) => k.path);
    expect(unread).toEqual([]);
  });

  it('would notice a key that nothing reads', () => {
    expect(isRead('connectivity')).toBe(true);
    expect(isRead('noSuchKeyAnywhere')).toBe(false);
  });

  it('warns about a deprecated key the plan sets, and keeps accepting it', () => {
    const deprecated = keys.filter((k) => k.deprecated).map((k) => k.path);
    expect(deprecated).toEqual(expect.arrayContaining(['phases[].workload', 'organization.groups[].workload', 'training.officeHours.firstWeek', 'gates[].description']));
    const loaded = loadPlan(stringify(minimalPlan({ training: { officeHours: { firstWeek: 'daily' } } })), 'p.yaml');
    expect(loaded.plan).toBeDefined();
    expect(loaded.diagnostics.filter((d) => d.code === 'deprecated').map((d) => [d.severity, d.path, d.message])).toEqual([
      ['warning', 'training.officeHours.firstWeek', 'firstWeek does nothing and is deprecated'],
    ]);
  });
});
