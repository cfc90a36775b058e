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
