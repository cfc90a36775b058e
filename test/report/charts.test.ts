import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/gates/aggregate.js';
import type { GateResult } from '../../src/gates/types.js';
import { CHART, gateChartFrame, gateChartSvg } from '../../src/report/charts.js';
import { formatsFor, wordsFor } from '../../src/report/i18n.js';
import { gateLine } from '../../src/report/points.js';
import { parseDay } from '../../src/util/dates.js';

const day = parseDay;
const KINDS = ['count', 'sum', 'mean', 'last', 'min', 'max', 'nps', 'p50', 'p90'] as const;
const obs = (rows: [string, number][]) => ({ days: rows.map(([d]) => day(d)), values: rows.map(([, v]) => v) });

function gate(overrides: Partial<GateResult> = {}): GateResult {
  return {
    id: 'pilot-active', phase: 'pilot', scope: 'phase', metric: 'active_use_pct', aggregate: 'last', observed: 76.5, op: '>=', threshold: 80, samples: 2, minSamples: 1,
    window: { from: '2027-02-01', to: '2027-02-15' }, due: '2027-03-01', status: 'pending', severity: 'major', effect: 'continue', reason: '', because: { kind: 'nothing', rows: { n: 0, metric: 'active_use_pct', from: '2027-02-01', to: '2027-02-15' } }, index: 0, guards: 'none', guarding: null,
    ...overrides,
  };
}

const chart = (g: GateResult, rows: [string, number][], asOf = '2027-02-15') =>
  gateChartSvg({ gate: g, label: 'active use', obs: obs(rows), unit: 'percent', asOf: day(asOf), measured: true, words: wordsFor('en'), formats: formatsFor('en') });

/** The numeric attributes of the first element matching `pattern`. */
function attrs(svg: string, pattern: RegExp): Record<string, number> {
  const tag = svg.match(pattern)?.[0] ?? '';
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="(-?[\d.]+)"/g)].map(([, k, v]) => [k, Number(v)]));
}

describe('gate chart geometry', () => {
  // Plot area: x from 44 to 418 over 2027-02-01..2027-03-01 (28 days); y from 190 (0%) up to 22 (100%).
  const frame = gateChartFrame({ gate: gate(), obs: obs([['2027-02-05', 40], ['2027-02-12', 76.5]]), unit: 'percent' });

  it('spans the phase start to the due day, and 0-100 for a percentage', () => {
    expect(frame.x.domain).toEqual([day('2027-02-01'), day('2027-03-01')]);
    expect(frame.x.range).toEqual([CHART.left, CHART.width - CHART.right]);
    expect(frame.y.domain).toEqual([0, 100]);
  });

  it('maps a value to its pixel', () => {
    expect(frame.x(day('2027-02-15'))).toBe(44 + (374 * 14) / 28);
    expect(frame.y(50)).toBe(106);
    expect(frame.y(80)).toBeCloseTo(190 - 0.8 * 168, 10);
  });

  it('draws the threshold, the due day, today and the window where they belong', () => {
    const svg = chart(gate(), [['2027-02-05', 40], ['2027-02-12', 76.5]]);
    expect(attrs(svg, /<g class="ch-threshold"><line[^>]*>/)).toMatchObject({ y1: 55.6, y2: 55.6, x1: 44, x2: 418 });
    expect(attrs(svg, /<line[^>]*class="ch-due"[^>]*>/)).toMatchObject({ x1: 418, x2: 418 });
    expect(attrs(svg, /<line[^>]*class="today-line"[^>]*>/)).toMatchObject({ x1: 231, x2: 231 });
    expect(attrs(svg, /<rect[^>]*class="ch-window"[^>]*>/)).toMatchObject({ x: 44, width: 187 });
  });

  it('marks the judged value with the status of the gate', () => {
    const svg = chart(gate({ status: 'fail' }), [['2027-02-05', 40], ['2027-02-12', 76.5]]);
    // 2027-02-12 is day 11 of 28; 76.5% is 76.5% of the way up.
    expect(svg).toContain('<circle cx="190.93" cy="61.48" r="5.5" class="ch-final st-fail"/>');
    expect(svg).toContain('>76.5%</text>');
  });

  it('leaves out today when it falls outside the chart, and says when there are no measurements', () => {
    const svg = chart(gate(), [], '2027-05-01');
    expect(svg).not.toContain('today-line');
    expect(svg).toContain('no measurements yet');
  });

  it('draws a slope threshold as a line of that slope through the trend centre', () => {
    const g = gate({ aggregate: 'slope', metric: 'support_tickets', op: '<=', threshold: 0, observed: -1 });
    const rows: [string, number][] = [['2027-02-01', 14], ['2027-02-02', 13], ['2027-02-03', 12]];
    const f = gateChartFrame({ gate: g, obs: obs(rows), unit: 'count' });
    const svg = gateChartSvg({ gate: g, label: 'support tickets (slope)', obs: obs(rows), unit: 'count', asOf: day('2027-02-03'), measured: true, words: wordsFor('en'), formats: formatsFor('en') });
    const line = attrs(svg, /<g class="ch-threshold"><line[^>]*>/);
    expect(line.y1).toBeCloseTo(f.y(13), 2);
    expect(line.y2).toBeCloseTo(f.y(13), 2);
    expect(svg).toContain('≤ 0/d');
    expect(svg).toContain('>-1/d</text>');
  });
});

describe('gate lines', () => {
  it('follows the aggregate over the rows up to each day', () => {
    const data = gateLine('mean', obs([['2027-02-01', 6], ['2027-02-01', 8], ['2027-02-02', 10]]));
    expect(data.line).toEqual([{ day: day('2027-02-01'), value: 7 }, { day: day('2027-02-02'), value: 8 }]);
    expect(data.dots).toEqual([{ day: day('2027-02-01'), value: 7 }, { day: day('2027-02-02'), value: 10 }]);
  });

  it('draws no dots where the aggregate has its own scale, such as NPS', () => {
    const data = gateLine('nps', obs([['2027-02-01', 10], ['2027-02-02', 3]]));
    expect(data.line.map((p) => p.value)).toEqual([100, 0]);
    expect(data.dots).toEqual([]);
  });

  it('fits a trend for a slope, and none over a single day', () => {
    expect(gateLine('slope', obs([['2027-02-01', 4], ['2027-02-03', 0]])).trend).toEqual({
      from: { day: day('2027-02-01'), value: 4 },
      to: { day: day('2027-02-03'), value: 0 },
      centre: { day: day('2027-02-02'), value: 2 },
    });
    expect(gateLine('slope', obs([['2027-02-01', 4]])).trend).toBeUndefined();
  });
});

describe('numbers in the report', () => {
  it('are written with the decimal mark of the language, and never as -0', () => {
    const [en, nl] = [formatsFor('en'), formatsFor('nl')];
    expect([en.rounded(37.54), nl.rounded(37.54), nl.rounded(-0.6333, 3), nl.exact(0.125)]).toEqual(['37.5', '37,5', '-0,633', '0,125']);
    expect([en.rounded(-0.001), nl.rounded(-0.04), en.rounded(-0.0004, 3)]).toEqual(['0', '0', '0']);
  });
});

describe('gate lines kept as the days come in', () => {
  it('give for every day what the aggregate gives over the rows up to it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 40 }), fc.constantFrom(...KINDS), (rows, kind) => {
        const sorted = [...rows].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const observations = { days: sorted.map(([d]) => 100 + d), values: sorted.map(([, v]) => v / 2) };
        const expected = [...new Set(observations.days)].map((day) => {
          const end = observations.days.lastIndexOf(day) + 1;
          return { day, value: aggregate(kind, { days: observations.days.slice(0, end), values: observations.values.slice(0, end) })! };
        });
        expect(gateLine(kind, observations).line).toEqual(expected);
      }),
    );
  });
});
