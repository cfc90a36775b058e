import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/plan/schema.js';
import { formatList } from '../../src/util/lists.js';

const TYPES = { and: 'conjunction', or: 'disjunction' } as const;

describe('formatList', () => {
  it('writes what Intl.ListFormat writes, for any list of words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z ,-]{0,12}$/), { maxLength: 6 }), fc.constantFrom<Language>('en', 'nl'), fc.constantFrom('and' as const, 'or' as const), (items, lang, style) => {
        expect(formatList(items, lang, style)).toBe(new Intl.ListFormat(lang, { type: TYPES[style] }).format(items));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    [['Pilot'], 'en', 'and', 'Pilot'],
    [['Pilot', 'Design'], 'nl', 'and', 'Pilot en Design'],
    [['Pilot', 'Design', 'Sales'], 'en', 'and', 'Pilot, Design, and Sales'],
    [['Pilot', 'Design', 'Sales'], 'nl', 'or', 'Pilot, Design of Sales'],
  ] as const)('writes %j in %s (%s) as %s', (items, lang, style, text) => {
    expect(formatList(items, lang, style)).toBe(text);
  });
});
