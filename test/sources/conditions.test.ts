import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/reader.js';
import { Conditions } from '../../src/sources/cells.js';
import { Header, norm } from '../../src/sources/columns.js';
import { RUNS } from '../fuzz/runs.js';
import { tempDir } from '../helpers.js';

const dir = tempDir();
let files = 0;

/** Whether `where: { Status: wanted }` holds for each cell, read from a CSV file as gate-check reads it. */
async function holds(wanted: string, cells: string[]): Promise<boolean[]> {
  const file = path.join(dir, `c${files++}.csv`);
  const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  writeFileSync(file, `Status,Other\n${cells.map((cell, i) => `${i % 2 || cell.includes('"') ? quoted(cell) : cell},x\n`).join('')}`);
  const conditions = new Conditions({ Status: wanted }, 'sources[0].where');
  const found: boolean[] = [];
  await readCsv(file, { header: (names) => conditions.place(new Header(names, file)), row: (row) => void found.push(conditions.all(row)), bad: (line, problem) => expect.fail(`${line}: ${problem}`) });
  return found;
}

describe('where and exclude conditions', () => {
  it('match a cell trimmed and without regard to case, also quoted, and nothing else', async () => {
    expect(await holds('True', ['True', ' TRUE ', 'true', 'Truee', 'Tru', '', '"True"', 'False'])).toEqual([true, true, true, false, false, false, false, false]);
    expect(await holds('Microsoft Teams', ['microsoft teams', 'Microsoft  Teams', '\tMICROSOFT TEAMS'])).toEqual([true, false, true]);
  });

  it('compare wider characters as lower-cased text, as the plan value is', async () => {
    // The Kelvin sign lower-cases to an ASCII k; the dotted capital I does not become an i.
    expect(await holds('kb', ['\u212Ab', 'KB', 'İb'])).toEqual([true, true, false]);
    expect(await holds('Vestiging Paramaribo', ['VESTIGING PARAMARIBO', 'Vestiging\u00a0Paramaribo'])).toEqual([true, false]);
    expect(await holds('Zuid-Oost', ['zuid-oost', 'ZUID-OOST '])).toEqual([true, true]);
    expect(await holds('Café', ['CAFÉ', 'café ', 'Cafe'])).toEqual([true, true, false]);
  });

  it('hold exactly where the trimmed, lower-cased texts are equal', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'K', '\u212A', 'é', 'É', ' ', '\t', '"', 'ß', 'İ', 'i') , maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(text, fc.array(text, { minLength: 1, maxLength: 8 }), async (wanted, cells) => {
        expect(await holds(wanted, cells)).toEqual(cells.map((cell) => norm(cell) === norm(wanted)));
      }),
      { numRuns: Math.min(RUNS, 300) },
    );
  });
});
