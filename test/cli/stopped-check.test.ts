import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stoppedAt } from '../../src/cli/stopped-check.js';
import { loadRoster } from '../../src/sources/roster.js';
import { RolloutError } from '../../src/util/errors.js';
import { errorAt } from '../../src/util/place.js';
import { validPlan } from '../helpers.js';
import { TJON_PLAN, tjonPartners } from '../tjon-partners.js';
import { workbook } from '../workbook.js';

/** The error loading the firm's roster stops on, with its third person at a branch the plan does not have. */
async function rosterError(dir: string, text = TJON_PLAN): Promise<RolloutError> {
  const error: unknown = await loadRoster(validPlan(text), dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RolloutError);
  return error as RolloutError;
}

describe('where a stopped check points', () => {
  it('at the cell of the error the roster stops on, as its message says it', async () => {
    const dir = tjonPartners();
    const csv = path.join(dir, 'people.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('p3@boekhouding-sr.example;Pbo Persoon 3;Paramaribo', 'p3@boekhouding-sr.example;Pbo Persoon 3;Nickerie'));
    const error = await rosterError(dir);
    expect(error.at).toEqual({ file: expect.stringMatching(/people\.csv$/), line: 4, column: 3 });
    expect(error.message).toMatch(/^.*people\.csv:4:3: location "Nickerie" is not in the plan; /);
    expect(stoppedAt(error)).toEqual([{ file: error.at!.file, line: 4, column: 3, message: error.message }]);
  });

  it('at the row of a workbook’s cell, which has no column of text', async () => {
    const text = TJON_PLAN.replace('file: people.csv', 'file: people.xlsx');
    const dir = tjonPartners(text);
    const rows = [['E-mailadres', 'Naam', 'Vestiging'], ['p1@boekhouding-sr.example', 'Pbo Persoon 1', 'Paramaribo'], ['r1@boekhouding-sr.example', 'Rtm Persoon 1', 'Den Haag']];
    writeFileSync(path.join(dir, 'people.xlsx'), workbook(rows, { sheet: 'Personeel' }));
    const error = await rosterError(dir, text);
    expect(error.message).toMatch(/people\.xlsx, sheet "Personeel", cell C3: location "Den Haag" is not in the plan; /);
    expect(stoppedAt(error)).toEqual([{ file: error.at!.file, line: 3, column: undefined, message: error.message }]);
  });

  it('at a whole file only when there is one, and never at what a message’s text looks like', () => {
    const dir = tjonPartners();
    const roster = path.join(dir, 'people.csv');
    expect(stoppedAt(errorAt({ file: roster }, 'the roster has a header but nobody in it'))).toEqual([{ file: roster, message: `${roster}: the roster has a header but nobody in it` }]);
    const gone = path.join(dir, 'gone.csv');
    expect(stoppedAt(errorAt({ file: gone }, 'permission denied'))).toEqual([{ message: `${gone}: permission denied` }]);
    // An error that names no place: a file and line in its words are words.
    expect(stoppedAt(new RolloutError(`${roster}:2:1: --at must be a real date`))).toEqual([{ message: `${roster}:2:1: --at must be a real date` }]);
  });
});
