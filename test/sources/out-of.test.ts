import { describe, expect, it } from 'vitest';
import { scoreOutOf } from '../../src/sources/out-of.js';

const DOT = { decimal: '.' } as const;

describe('a score typed with its scale', () => {
  it.each(['8/10', '8 / 10', '8 van 10', '8 out of 10', '8 Out Of 10', '8 VAN 10'])('reads %s as 8 on a scale up to 10', (text) => {
    expect(scoreOutOf(text, 10, DOT)).toBe(8);
  });

  it('reads a decimal in the source’s number format', () => {
    expect(scoreOutOf('7.5/10', 10, DOT)).toBe(7.5);
    expect(scoreOutOf('7,5 van 10', 10, { decimal: ',' })).toBe(7.5);
  });

  it.each([
    ['4/5', 10],
    ['8/10', 5],
    ['8/10', undefined],
    ['8', 10],
    ['goed', 10],
    ['8-10', 10],
    ['acht van 10', 10],
    ['8 of 10', 10],
    ['8van10', 10],
  ] as const)('reads %s on a scale up to %s as nothing', (text, top) => {
    expect(scoreOutOf(text, top, DOT)).toBeUndefined();
  });
});
