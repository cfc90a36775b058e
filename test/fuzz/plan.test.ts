import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { example } from '../helpers.js';
import { RUNS, TIMEOUT } from './runs.js';

const examples = readdirSync(example('')).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(example(f), 'utf8'));

/** Random edits of a real plan: cut, insert, duplicate or swap lines and characters. */
const mutated = fc
  .record({
    base: fc.constantFrom(...examples),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom('cut', 'insert', 'dupline', 'swap'),
        at: fc.nat(),
        len: fc.nat({ max: 40 }),
        text: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(': ', '- ', '&a ', '*a', '{', '[', '"', '\t', '\n  ', '%', '!!binary ', '? ', '<<: *a', '2027-02-30', '-1', '1e309', 'null')),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ base, edits }) => {
    let text = base;
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      if (e.kind === 'cut') text = text.slice(0, at) + text.slice(at + e.len);
      else if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
      else {
        const lines = text.split('\n');
        const i = at % lines.length;
        if (e.kind === 'dupline') lines.splice(i, 0, lines[i]!);
        else [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length]!, lines[i]!];
        text = lines.join('\n');
      }
    }
    return text;
  });

/** Loading never throws: it returns a plan or diagnostics; a plan that loads always schedules. */
function loadsCleanly(text: string): void {
  const loaded = loadPlan(text, 'fuzz.yaml');
  expect(Array.isArray(loaded.diagnostics)).toBe(true);
  for (const d of loaded.diagnostics) expect(d.message.length).toBeGreaterThan(0);
  if (loaded.plan) expect(buildSchedule(loaded.plan).phases.length).toBe(loaded.plan.phases.length);
  else expect(loaded.diagnostics.some((d) => d.severity === 'error')).toBe(true);
}

describe('plan loader and scheduler under fuzzing', () => {
  it('survive random edits of real plans', () => {
    fc.assert(fc.property(mutated, loadsCleanly), { numRuns: RUNS });
  }, TIMEOUT);

  it('survive arbitrary YAML values', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 4 }), (value) => loadsCleanly(stringify(value) ?? '')), { numRuns: RUNS });
  }, TIMEOUT);

  it('survive arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), loadsCleanly), { numRuns: RUNS });
  }, TIMEOUT);
});
