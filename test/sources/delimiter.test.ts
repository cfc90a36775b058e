import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formWithAnonymous, planIn, points } from './support.js';

/** The survey export with a report name above its header, as a reporting tool writes it: a line with no `;`. */
function titled(dir: string, change: (text: string) => string = (text) => text): void {
  const file = path.join(dir, 'adoption/exports/Teams-enquete (Excel NL).csv');
  writeFileSync(file, `\uFEFFTeams-enquete Kaiteur\r\n${change(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))}`);
}

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

  it('detects ";" below a title line that has no delimiter, and names the lines of the file in errors', async () => {
    const plain = formWithAnonymous();
    const dir = formWithAnonymous();
    titled(dir);
    expect((await points(planIn(dir), dir)).points).toEqual((await points(planIn(plain), plain)).points);
    const bad = formWithAnonymous();
    // The second answer (line 3 of the file, 4 with the title) scores "acht".
    titled(bad, (text) => text.split('\r\n').map((line, i) => (i === 2 ? line.replace(/;(\d+);(\d+);/, ';acht;$2;') : line)).join('\r\n'));
    await expect(points(planIn(bad), bad)).rejects.toThrow(/Teams-enquete \(Excel NL\)\.csv:4:\d+: /);
  });

  it('detects ";" below a title line with a comma (the day it was exported), and names the lines of the file in errors', async () => {
    const plain = formWithAnonymous();
    const dir = formWithAnonymous();
    const dated = (text: string) => `Exported on April 5, 2027\r\n${text}`;
    titled(dir, dated);
    expect((await points(planIn(dir), dir)).points).toEqual((await points(planIn(plain), plain)).points);
    const bad = formWithAnonymous();
    titled(bad, (text) => dated(text.split('\r\n').map((line, i) => (i === 2 ? line.replace(/;(\d+);(\d+);/, ';acht;$2;') : line)).join('\r\n')));
    // The report name and the date above the header: the second answer is on line 5.
    await expect(points(planIn(bad), bad)).rejects.toThrow(/Teams-enquete \(Excel NL\)\.csv:5:\d+: /);
  });
});
