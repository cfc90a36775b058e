import { afterEach, describe, expect, it, vi } from 'vitest';
import { struckRows } from '../../src/sources/struck-rows.js';
import { workbook } from '../workbook.js';

/** A roster sheet of 500 people, the last one struck through. */
const sheet = (): Buffer => {
  const rows = Array.from({ length: 500 }, (_, i) => [`Collega ${i}`, `c${i}@ngo.example`, 'ICT']);
  return workbook([['Naam', 'E-mailadres', 'Afdeling'], ...rows], { sheet: 'Personeel', struck: ['A501', 'B501', 'C501'] });
};

describe('reading the struck-through rows of a large roster sheet', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('compiles no pattern per row or cell', () => {
    const bytes = sheet();
    let compiled = 0;
    vi.stubGlobal('RegExp', new Proxy(RegExp, { construct: (target, args: [string]) => (compiled++, new target(...args)) }));
    const rows = struckRows(bytes);
    expect(rows?.whole).toEqual(new Set([501]));
    expect(compiled).toBeLessThan(10);
  });
});
