import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/util/suggest.js';

describe('did you mean', () => {
  it('finds a likely typo', () => {
    expect(didYouMean('satisfactoin', ['active_use_pct', 'satisfaction'])).toBe('did you mean "satisfaction"?');
    expect(closest('zzz', ['active_use_pct'])).toBeUndefined();
  });

  it('stays small for a huge header: long names and names past the first thousand are no candidates', () => {
    expect(closest('date', ['d'.repeat(201) + 'date', 'x'.repeat(1_000_000)])).toBeUndefined();
    const many = [...Array.from({ length: 1000 }, (_, i) => `column${i}`), 'date'];
    expect(closest('dtae', many)).toBeUndefined();
    expect(closest('dtae', many.slice(-10))).toBe('date');
  });
});
