import { describe, expect, it } from 'vitest';
import { Header } from '../../src/sources/columns.js';

/** A sign-in sheet typed without column names: its first line is a person's row. */
const row = ['29-3-2027', 'Rachel Soekhai', 'rachel.soekhai@kaiteur.example'];

const message = (act: () => unknown): string => {
  try {
    act();
  } catch (error) {
    return (error as Error).message;
  }
  return expect.fail('no error');
};

describe('a header line that is a row of data', () => {
  it.each([
    ['a column', (h: Header) => h.column('Datum', 'sources[5].date')],
    ['a question', (h: Header) => h.matching('Hoe tevreden*', 'sources[2].metrics.satisfaction')],
  ])('is not quoted when %s is missing, and the message says to add the column names', (_, find) => {
    const text = message(() => find(new Header(row, 'lijst.csv')));
    expect(text).toMatch(/^lijst\.csv:1:1: no column .*its first line looks like a row of data, not the names of the columns \(add a line with the column names above it\)$/);
    expect(text).not.toMatch(/Rachel|Soekhai|kaiteur|29-3-2027/);
  });

  it('is not quoted when it reads as one column of another delimiter', () => {
    const text = message(() => new Header([row.join(';')], 'lijst.csv').column('Datum', 'sources[5].date'));
    expect(text).toContain('separated by ";"');
    expect(text).not.toMatch(/Rachel|Soekhai|kaiteur|29-3-2027/);
  });

  it('leaves a header of names quoted, to spot the typo', () => {
    expect(message(() => new Header(['Date', 'Name', 'E-mail'], 'lijst.csv').column('Datum', 'sources[5].date'))).toContain('the header has "Date", "Name", "E-mail"');
  });
});
