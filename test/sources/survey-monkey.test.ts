import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { surveyMonkeyCells, surveyMonkeyCsv, surveyMonkeyRows } from '../survey-monkey.js';
import { workbook } from '../workbook.js';
import { oneSourceCopy, readAll } from './support.js';

/** The README's SurveyMonkey source, reading the files of adoption/exports/surveymonkey. */
const source = (metrics: Record<string, string> = { nps: 'Hoe waarschijnlijk*', satisfaction: 'Hoe tevreden*' }, file = 'Teams-enquete-SurveyMonkey *.csv') => ({
  file: `adoption/exports/surveymonkey/${file}`,
  kind: 'responses',
  date: 'Start Date',
  dateFormat: 'mm-dd-yyyy',
  metrics,
});

const ANSWERS = {
  nps: [['2027-03-09', 9], ['2027-03-09', 10], ['2027-03-10', 7], ['2027-03-11', 6], ['2027-03-16', 8], ['2027-03-16', 9], ['2027-03-17', 3], ['2027-03-18', 10]],
  satisfaction: [['2027-03-09', 4], ['2027-03-09', 5], ['2027-03-10', 4], ['2027-03-11', 3], ['2027-03-16', 4], ['2027-03-16', 5], ['2027-03-17', 2], ['2027-03-18', 5]],
};

const answersOf = (points: { metric: string; day: string; value: number }[], metric: string) => points.filter((p) => p.metric === metric).map((p) => [p.day, p.value]);

describe("SurveyMonkey's export of all individual responses", () => {
  it('passes over its second header row of answer options: eight responses, none bad, 12 AM and 12 PM on their own day', async () => {
    const dir = oneSourceCopy(source(), 'surveymonkey', { 'Teams-enquete-SurveyMonkey 2027-03-22.csv': surveyMonkeyCsv() });
    const { points, imports, warnings } = await readAll(dir);
    expect(answersOf(points, 'nps')).toEqual(ANSWERS.nps);
    expect(answersOf(points, 'satisfaction')).toEqual(ANSWERS.satisfaction);
    expect(imports.map((i) => [i.rows, i.skipped])).toEqual([[8, 0]]);
    expect(warnings.filter((w) => !w.includes('5 or lower'))).toEqual([]);
  });

  it('reads the .xlsx export the same way', async () => {
    const dir = oneSourceCopy(source(undefined, 'Teams-enquete-SurveyMonkey *.xlsx'), 'surveymonkey', {});
    writeFileSync(path.join(dir, 'adoption/exports/surveymonkey/Teams-enquete-SurveyMonkey 2027-03-22.xlsx'), workbook(surveyMonkeyCells()));
    const { points, imports } = await readAll(dir);
    expect(answersOf(points, 'nps')).toEqual(ANSWERS.nps);
    expect(imports.map((i) => [i.rows, i.skipped])).toEqual([[8, 0]]);
  });

  it('counts a response two weekly downloads share once, the option rows being no response of either', async () => {
    const [header, options, ...responses] = surveyMonkeyRows();
    const dir = oneSourceCopy(source(), 'surveymonkey', {
      'Teams-enquete-SurveyMonkey 2027-03-15.csv': surveyMonkeyCsv({ rows: [header!, options!, ...responses.slice(0, 4)] }),
      'Teams-enquete-SurveyMonkey 2027-03-22.csv': surveyMonkeyCsv({ bom: true }),
    });
    const { points, warnings } = await readAll(dir);
    expect(answersOf(points, 'nps')).toEqual(ANSWERS.nps);
    expect(warnings).toContainEqual('sources[0]: 4 responses are in more than one file (overlapping downloads of the same survey) and count once');
  });

  it('reads a response right under the header (the option row deleted by hand) as a response', async () => {
    const [header, , ...responses] = surveyMonkeyRows();
    const dir = oneSourceCopy(source(), 'surveymonkey', { 'Teams-enquete-SurveyMonkey 2027-03-22.csv': surveyMonkeyCsv({ rows: [header!, ...responses] }) });
    const { points } = await readAll(dir);
    expect(answersOf(points, 'nps')).toEqual(ANSWERS.nps);
  });

  it('passes over the option row below a header found under a title line', async () => {
    const dir = oneSourceCopy(source(), 'surveymonkey', { 'Teams-enquete-SurveyMonkey 2027-03-22.csv': `Teams-enquete maart 2027\r\n${surveyMonkeyCsv()}` });
    const { points, imports } = await readAll(dir);
    expect(answersOf(points, 'satisfaction')).toEqual(ANSWERS.satisfaction);
    expect(imports.map((i) => [i.rows, i.skipped])).toEqual([[8, 0]]);
  });

  it('never takes a response without a date for the option row: its respondent id says it is one, never submitted', async () => {
    const [header, , first, ...responses] = surveyMonkeyRows();
    const undated = first!.map((cell, i) => (i === 2 ? '' : cell));
    const dir = oneSourceCopy(source(), 'surveymonkey', { 'Teams-enquete-SurveyMonkey 2027-03-22.csv': surveyMonkeyCsv({ rows: [header!, undated, ...responses] }) });
    const { points, imports, warnings } = await readAll(dir);
    expect(answersOf(points, 'nps')).toEqual(ANSWERS.nps.slice(1));
    expect(imports.map((i) => [i.rows, i.skipped])).toEqual([[8, 0]]);
    expect(warnings).toContainEqual(expect.stringMatching(/^sources\[0\]: 1 response was never submitted \(no Start Date: a survey left unfinished\)/));
  });

  it('refuses a metric read from a multiple-choice question spread over columns, naming its options', async () => {
    const dir = oneSourceCopy(source({ satisfaction: 'Waarvoor*' }), 'surveymonkey', { 'Teams-enquete-SurveyMonkey 2027-03-22.csv': surveyMonkeyCsv() });
    await expect(readAll(dir)).rejects.toThrow(
      'SurveyMonkey 2027-03-22.csv:2:12: "Waarvoor gebruikt u Teams? / What do you use Teams for?" (sources[0].metrics.satisfaction) is a multiple-choice question spread over 3 columns, one per option ("Chat", "Vergaderingen / Meetings", "Bestanden / Files")',
    );
  });
});
