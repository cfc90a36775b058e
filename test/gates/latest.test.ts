import { describe, expect, it } from 'vitest';
import { Latest } from '../../src/gates/latest.js';

describe('the lowest latest value', () => {
  it('takes each series on its own latest day, and the lowest of those', () => {
    const latest = new Latest<string>(10);
    latest.add(3, [20], 'a', 'Paramaribo');
    latest.add(5, [90], 'a', 'Paramaribo');
    latest.add(4, [40, 60], 'b', 'Georgetown');
    latest.add(11, [0], 'b', 'Georgetown');
    expect(latest.lowest()).toEqual({ value: 50, tag: 'Georgetown' });
  });

  it('names the same part of equals whatever order the rows came in', () => {
    const named = (order: [string, string][]) => {
      const latest = new Latest<string>(10);
      for (const [key, tag] of order) latest.add(2, [0], key, tag);
      return latest.lowest();
    };
    const both: [string, string][] = [
      ['location\u0000Paramaribo', 'Paramaribo'],
      ['location\u0000Georgetown', 'Georgetown'],
    ];
    expect(named(both)).toEqual({ value: 0, tag: 'Georgetown' });
    expect(named([...both].reverse())).toEqual({ value: 0, tag: 'Georgetown' });
  });
});
