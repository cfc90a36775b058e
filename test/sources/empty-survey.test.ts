import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { oneSourceCopy, readAll } from './support.js';

/** Google Forms' CSV of a survey (Responses > Download responses), with free-text question, as it is before anyone answers. */
const HEADER = 'Timestamp,Email Address,"How satisfied are you with Teams, 1-10?",How likely are you to recommend Teams to a colleague?,What should we do better?\n';
const ANSWER = '3/16/2027 14:40:26,a.pinas@example.sr,8,9,"Fewer channels, please;\nand a Dutch guide"\n';

/** The example with its survey source reading Google Forms exports, with these files. */
const survey = (files: Record<string, string>) =>
  oneSourceCopy({ file: 'adoption/exports/forms/responses-*.csv', kind: 'responses', date: 'Timestamp', dateFormat: 'm/d/yyyy', metrics: { satisfaction: 'How satisfied*', recommend: 'How likely*' } }, 'forms', files);

describe('a survey export that no one has answered yet', () => {
  it('is no empty export but no answer yet: one line for the source, naming its metrics, and no value', async () => {
    const { points, warnings, imports } = await readAll(survey({ 'responses-2027-03-08.csv': HEADER }));
    expect(points).toEqual([]);
    expect(imports.map((i) => [i.rows, i.noRowsIsAnswer])).toEqual([[0, true]]);
    expect(warnings).toEqual([
      expect.stringMatching(/^sources\[0\]: \S*forms\/responses-2027-03-08\.csv has a header and no rows: no answer yet; satisfaction and recommend have no value until an export with a row comes, and their gates stay undecided meanwhile$/),
    ]);
  });

  it('says nothing once another export has an answer, which counts as before', async () => {
    const { points, warnings } = await readAll(survey({ 'responses-2027-03-08.csv': HEADER, 'responses-2027-03-17.csv': HEADER + ANSWER }));
    expect(warnings).toEqual([]);
    expect(points.map((p) => [p.metric, p.day, p.value]).sort()).toEqual([
      ['recommend', '2027-03-16', 9],
      ['satisfaction', '2027-03-16', 8],
    ]);
  });

  it('gate-check says so on stderr instead of asking whether the export was empty', () => {
    const dir = survey({ 'responses-2027-03-08.csv': HEADER });
    const result = run(['gate-check', '--plan', path.join(dir, 'rollout.yaml'), '--at', '2027-03-08'], { cwd: dir });
    expect(result.stderr).toContain('has a header and no rows: no answer yet; satisfaction and recommend have no value');
    expect(result.stderr).not.toContain('was the export empty?');
  });
});

describe('an empty export after one with rows', () => {
  it('is warned about as an empty export: a download that failed, not the first week', () => {
    const dir = survey({ 'responses-2027-03-17.csv': HEADER + ANSWER, 'responses-2027-03-24.csv': HEADER });
    const result = run(['gate-check', '--plan', path.join(dir, 'rollout.yaml'), '--at', '2027-03-24'], { cwd: dir });
    expect(result.stderr).toContain('adoption/exports/forms/responses-2027-03-24.csv: the header has no rows below it; was the export empty?');
    expect(result.stderr).not.toContain('responses-2027-03-17.csv: the header');
    expect(result.stderr).not.toContain('no answer yet');
  });
});
