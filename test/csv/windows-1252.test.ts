import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/csv/windows-1252.js';
import { RUNS } from '../fuzz/runs.js';

describe('Windows-1252, as Excel saves plain "CSV"', () => {
  it('reads every byte as iconv-lite does', () => {
    for (let byte = 0; byte < 256; byte++) expect(decodeWindows1252(Buffer.from([byte])), `byte ${byte.toString(16)}`).toBe(iconv.decode(Buffer.from([byte]), 'windows-1252'));
  });

  it('reads any bytes as iconv-lite does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeWindows1252(Buffer.from(bytes))).toBe(iconv.decode(Buffer.from(bytes), 'windows-1252'));
      }),
      { numRuns: RUNS },
    );
  });
});
