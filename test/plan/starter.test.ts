import { describe, expect, it } from 'vitest';
import { starterPlan } from '../../src/plan/starter.js';
import { validPlan } from '../helpers.js';

const presets = ['small', 'growing', 'custom'] as const;

describe('the plan init writes', () => {
  it.each(presets)('%s: the comment on the default gates names every active-use threshold they use', (preset) => {
    const text = starterPlan({ preset, start: '2027-01-04', name: 'Acme', schemaPath: './rollout.schema.json' });
    const comment = text.slice(text.indexOf('# gates:'), text.indexOf('contingency:'));
    const thresholds = new Set(validPlan(text).gates.filter((g) => g.metric === 'active_use_pct').map((g) => g.threshold));
    expect([...thresholds].sort()).toEqual([60, 80]);
    for (const t of thresholds) expect(comment).toContain(`${t}% active use`);
  });
});

/** The plan with the commented examples under these keys taken in, as a reader would. */
const uncommented = (text: string, keys: string[]) => {
  const key = keys.join('|');
  const block = new RegExp(`^([ \\t]*)# ?((?:${key}):)[^\\n]*((?:\\n[ \\t]*#(?![ \\t]*\\w+:)[^\\n]*)+)`, 'gm');
  return text.replace(block, (_, indent: string, name: string, lines: string) => `${indent}${name}${lines.replace(/^([ \t]*)# ?([ \t]*- \{)/gm, '$1$2')}`);
};

const variants = (['solo', ...presets] as const).flatMap((p) => [[p, ['en']] as const, [p, ['nl', 'en']] as const]);

describe('the commented examples of the plan init writes', () => {
  it.each(variants)('%s in %j: the locations, groups and gates, taken in as written, validate', (preset, languages) => {
    const text = uncommented(starterPlan({ preset, start: '2027-01-04', name: 'Acme', languages, schemaPath: './rollout.schema.json' }), ['locations', 'groups', 'gates']);
    expect(text).toMatch(/^ {2}groups:\n {4}- \{ name: (Sales|Verkoop), /m);
    expect(text).toMatch(/^gates:\n/m);
    expect(validPlan(text).organization.groups.map((g) => g.name)).toEqual([languages[0] === 'nl' ? 'Verkoop' : 'Sales']);
  });

  it.each(variants)('%s in %j: the phases, taken in as written, validate', (preset, languages) => {
    const text = uncommented(starterPlan({ preset, start: '2027-01-04', name: 'Acme', languages, schemaPath: './rollout.schema.json' }), ['phases']);
    expect(validPlan(text).phases.map((p) => p.id)).toEqual(['early-adopters', 'everyone-else']);
  });
});
