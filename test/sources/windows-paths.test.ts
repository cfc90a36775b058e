import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticLines, example } from '../helpers.js';
import { adoptionCopy, planIn, points } from './support.js';

/** The example with every `file:` of its plan written as Windows shows it, with `\` between folders (single quotes keep a `\` as it is). */
function withBackslashes(): string {
  const dir = adoptionCopy();
  const plan = readFileSync(example('adoption.yaml'), 'utf8').replace(/^(\s*-?\s*file: )"?(adoption\/[^"\n]*)"?/gm, (_, key: string, value: string) => `${key}'${value.replaceAll('/', '\\')}'`);
  writeFileSync(path.join(dir, 'rollout.yaml'), plan);
  return dir;
}

describe('a plan whose paths are written with Windows backslashes', () => {
  it('names its roster and each source with `\\` between folders, a file and a glob alike', () => {
    const text = readFileSync(path.join(withBackslashes(), 'rollout.yaml'), 'utf8');
    expect(text).toContain("file: 'adoption\\people.csv'");
    expect(text).toContain("file: 'adoption\\exports\\Teams-enquete.xlsx'");
    expect(text).toContain("file: 'adoption\\exports\\TeamsUserActivityUserDetail*.csv'");
  });

  it('reads the roster and every export, one file or a glob, as with `/`', async () => {
    const dir = withBackslashes();
    const plan = planIn(dir);
    expect(plan.people?.file).toBe('adoption/people.csv');
    expect(plan.sources.map((s) => s.file)).toContain('adoption/exports/Teams-enquete.xlsx');
    const slashed = adoptionCopy();
    expect((await points(plan, dir)).points).toEqual((await points(planIn(slashed), slashed)).points);
  });
});

describe('a Windows path in double quotes', () => {
  it('is refused at its line, as YAML reads \\r or \\t in it as a line break or a tab, saying how to write it', () => {
    for (const name of ['responses.csv', 'tickets.csv']) {
      const plan = readFileSync(example('adoption.yaml'), 'utf8').replace('file: "adoption/exports/Teams survey (Responses) - Form Responses 1.csv"', `file: "data\\${name}"`);
      expect(diagnosticLines(plan, 'text-limit')).toEqual([
        expect.stringMatching(/^rollout\.yaml:75:11: error sources\[2\]\.file: holds a character no file name has: in double quotes YAML reads a \\ before r, t, n, a, b, e, f, v or 0 as one \(\\r as a line break\)/),
      ]);
      expect(diagnosticLines(plan, 'text-limit')[0]).toContain("write the path without quotes, in single quotes ('exports\\responses.csv'), or with / between folders");
    }
  });
});
