import { describe, expect, it } from 'vitest';
import { TYPEFORM_METRICS, TYPEFORM_ROWS, typeformCsv } from '../typeform.js';
import { oneSourceCopy, readAll } from './support.js';

const source = (more: Record<string, unknown> = {}, date = 'Submit Date (UTC)') => ({ file: 'adoption/exports/typeform/responses.csv', kind: 'responses', date, metrics: TYPEFORM_METRICS, ...more });
const read = (more?: Record<string, unknown>, date?: string, rows?: string[]) => readAll(oneSourceCopy(source(more, date), 'typeform', { 'responses.csv': typeformCsv(rows) }));
const answers = (points: { metric: string; day: string; value: number }[]) => points.map((p) => [p.metric, p.day, p.value]).sort();

const COMPLETED = [
  ['nps', '2027-03-09', 9],
  ['nps', '2027-03-10', 6],
  ['satisfaction', '2027-03-09', 8],
  ['satisfaction', '2027-03-10', 7],
];

describe("Typeform's responses download with partial responses", () => {
  it('leaves a partial response out as no answer, with a note that counts them and says what to write in the plan', async () => {
    const { points, warnings, imports } = await read();
    expect(answers(points)).toEqual(COMPLETED);
    expect(imports.map((i) => [i.rows, i.skipped])).toEqual([[4, 0]]);
    expect(warnings).toEqual([
      'sources[0]: 2 responses were never submitted (Response Type "partial" or no Submit Date (UTC): a survey left unfinished) and are no answer, so they are left out; to leave such responses out without this note write sources[0].exclude: { Response Type: partial }',
    ]);
  });

  it('leaves them out without a note under exclude or where, their empty date never read', async () => {
    for (const filter of [{ exclude: { 'Response Type': 'partial' } }, { where: { 'Response Type': 'completed' } }]) {
      const { points, warnings } = await read(filter);
      expect(answers(points)).toEqual(COMPLETED);
      expect(warnings).toEqual([]);
    }
  });

  it('leaves a partial response out when the plan reads its start date, which it has', async () => {
    const { points } = await read({}, 'Start Date (UTC)');
    expect(answers(points)).toEqual(COMPLETED);
  });

  it('counts a partial response once when two downloads list it', async () => {
    const dir = oneSourceCopy({ ...source(), file: 'adoption/exports/typeform/responses-*.csv' }, 'typeform', { 'responses-1.csv': typeformCsv(TYPEFORM_ROWS.slice(0, 2)), 'responses-2.csv': typeformCsv() });
    const { warnings } = await readAll(dir);
    expect(warnings).toContainEqual(expect.stringMatching(/^sources\[0\]: 2 responses were never submitted/));
  });

  it('reads an export without a Response Type column by its empty date alone, and names that column in the exclude to write', async () => {
    const rows = TYPEFORM_ROWS.map((r) => r.replace(/,(completed|partial),/, ','));
    const dir = oneSourceCopy(source(), 'typeform', { 'responses.csv': typeformCsv(rows).replace(',Response Type,', ',') });
    const { points, warnings } = await readAll(dir);
    expect(answers(points)).toEqual(COMPLETED);
    expect(warnings).toEqual([expect.stringContaining('(no Submit Date (UTC): a survey left unfinished) and are no answer, so they are left out; to leave such responses out without this note write sources[0].exclude: { Submit Date (UTC): "" }')]);
  });
});
