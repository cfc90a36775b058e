import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import { readSources, type SourcePoint } from '../../src/sources/read.js';
import { allScopes } from '../../src/sources/scopes.js';
import { formWithAnonymous, planIn } from './support.js';

describe('anonymous survey responses', () => {
  it('count for the whole organization only, and are told apart from people the roster lacks', async () => {
    const dir = formWithAnonymous();
    const plan = planIn(dir);
    const got: SourcePoint[] = [];
    const { warnings } = await readSources(
      { plan, baseDir: dir, lenient: false, metrics: new Map(DEFAULT_METRICS.map((m) => [m.name, m])), answers: new Set(), scopes: (metric) => allScopes(plan, metric) },
      (p) => got.push(p),
    );
    const anonymous = got.filter((p) => p.phase === undefined);
    expect(anonymous.map((p) => [p.value, p.exact])).toEqual([
      [5, true],
      [6, true],
    ]);
    expect(got.filter((p) => p.phase === 'pilot').map((p) => p.value)).toEqual([9, 8, 7]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^sources\[0\]: 1 response from people not in the roster .*adoption\/people\.csv left out$/);
    expect(warnings[1]).toBe('sources[0]: 2 anonymous responses in the export count for the whole organization only, not for a phase, group or location');
  });
});
