import { describe, expect, it } from 'vitest';
import { formWithAnonymous, planIn, points } from './support.js';

describe('a source read with the wrong delimiter', () => {
  it('says how the file is separated and which key to set, not that a column is misspelt', async () => {
    // Dutch Excel's CSV is separated by ";"; the plan still says "," from an earlier export.
    const dir = formWithAnonymous((plan) => (plan.sources[0]!.delimiter = ','));
    const error = await points(planIn(dir), dir).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(error?.slice(dir.length + 1)).toBe(
      'adoption/exports/Teams-enquete (Excel NL).csv:1:1: the header reads as one column, "Id;Begintijd;Tijd van voltooien;E-mail;Naam;Hoe tevreden ben...", but its cells are separated by ";"; set sources[0].delimiter: ";" (or leave delimiter out: it is detected from the header)',
    );
  });

  it('reads the file once the key says ";"', async () => {
    const dir = formWithAnonymous((plan) => (plan.sources[0]!.delimiter = ';'));
    const { points: got } = await points(planIn(dir), dir);
    expect(got.filter((p) => p.scope === '').map((p) => p.value)).toEqual([5, 6]);
  });
});
