import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badRowsError, importMetrics, type ImportOptions } from '../../src/gates/csv.js';
import { ObservationLedger, type Scope } from '../../src/gates/ledger.js';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import type { Metric } from '../../src/plan/schema.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(ROOT, 'test', 'fixtures', 'metrics', name);
const share: Metric = { name: 'share_of_one', unit: 'percent', scale: '0-1' };
const metrics = new Map<string, Metric>([...DEFAULT_METRICS, share].map((m) => [m.name, m]));

function options(overrides: Partial<ImportOptions> = {}): ImportOptions {
  const ledger = new ObservationLedger();
  return { metrics, wanted: new Set(metrics.keys()), answers: new Set(), columns: {}, dateFormat: 'auto', lenient: false, scope: ledger.scope.bind(ledger), ...overrides };
}

async function read(file: string, overrides: Partial<ImportOptions> = {}) {
  const seen: Observation[] = [];
  const report = await importMetrics(file, options(overrides), (metric, day, value, scope) => seen.push({ metric, day, value, ...scope }));
  return { seen, report };
}

interface Observation extends Scope {
  metric: string;
  day: number;
  value: number;
}

const obs = (date: string, metric: string, value: number, tags: Scope = {}): Observation => ({ metric, day: parseDay(date), value, ...tags });

/** The same four observations, as each dialect writes them. */
const fourRows = [
  obs('2027-03-01', 'active_use_pct', 40, { location: 'Paramaribo' }),
  obs('2027-03-02', 'active_use_pct', 55.5, { location: 'Port of Spain' }),
  obs('2027-03-02', 'satisfaction', 7.25),
  obs('2027-03-03', 'support_tickets', 12, { location: 'Paramaribo' }),
];

describe('dialects', () => {
  it('reads a comma file with quotes, blank lines, and group and location columns', async () => {
    const { seen, report } = await read(fixture('long-comma.csv'));
    expect(seen).toEqual([
      obs('2027-03-01', 'active_use_pct', 40, { group: 'Pilot group', location: 'Paramaribo' }),
      obs('2027-03-02', 'active_use_pct', 55.5, { group: 'Pilot group', location: 'Port of Spain' }),
      obs('2027-03-02', 'satisfaction', 8),
      obs('2027-03-03', 'support_tickets', 12, { group: 'Design', location: 'Paramaribo' }),
    ]);
    expect(report).toEqual({ file: fixture('long-comma.csv'), rows: 4, skipped: 0, problems: [], ignoredColumns: [], windows1252: 0 });
  });

  it('reads what Excel writes: BOM, CRLF, semicolons, decimal commas and day-first dates', async () => {
    expect((await read(fixture('semicolon-bom-crlf.csv'), { dateFormat: 'dd-mm-yyyy' })).seen).toEqual(fourRows);
  });

  it("reads Dutch Excel's plain \"CSV\" (Windows-1252): accented scope names come out right, and the rows are counted", async () => {
    const file = path.join(tempDir(), 'excel-nl.csv');
    writeFileSync(file, Buffer.from('datum;metriek;waarde;groep;vestiging\r\n1-3-2027;active_use_pct;40,5;Financiën;Paramaribo\r\n2-3-2027;active_use_pct;41;Pilot;Paramaribo\r\n', 'latin1'));
    const { seen, report } = await read(file, { dateFormat: 'dd-mm-yyyy', columns: { date: 'datum', metric: 'metriek', value: 'waarde', group: 'groep', location: 'vestiging' } });
    expect(seen).toEqual([obs('2027-03-01', 'active_use_pct', 40.5, { group: 'Financiën', location: 'Paramaribo' }), obs('2027-03-02', 'active_use_pct', 41, { group: 'Pilot', location: 'Paramaribo' })]);
    expect(report.windows1252).toBe(1);
  });

  it('reads tab-separated values, with either decimal mark', async () => {
    expect((await read(fixture('tab.tsv'))).seen).toEqual(fourRows);
  });

  it('reads the wide layout, skipping empty cells', async () => {
    const pilot = { phase: 'pilot', group: 'Pilot group' };
    expect((await read(fixture('wide.csv'))).seen).toEqual([
      obs('2027-03-01', 'active_use_pct', 40, pilot),
      obs('2027-03-01', 'support_tickets', 14, pilot),
      obs('2027-03-02', 'active_use_pct', 55.5, pilot),
      obs('2027-03-02', 'satisfaction', 8, pilot),
      obs('2027-03-03', 'active_use_pct', 20, { phase: 'department-1', group: 'Design' }),
      obs('2027-03-03', 'support_tickets', 12, { phase: 'department-1', group: 'Design' }),
    ]);
  });

  it('reads percentages as 80%, 80 or 0.8 according to the metric scale', async () => {
    expect((await read(fixture('percent-forms.csv'))).seen.map((o) => o.value)).toEqual([80, 80, 80, 80]);
  });

  it('reads raw 0-10 survey answers', async () => {
    const { seen } = await read(fixture('nps-answers.csv'), { answers: new Set(['nps']) });
    expect(seen.map((o) => o.value)).toEqual([10, 9, 9, 10, 9, 8, 7, 8, 3, 6]);
  });

  it('maps the plan column names onto the roles', async () => {
    const columns = { date: 'Datum', metric: 'Meting', value: 'Waarde', location: 'Vestiging' };
    expect((await read(fixture('mapped-columns.csv'), { columns, dateFormat: 'd-m-yyyy' })).seen).toEqual(fourRows.slice(0, 2));
  });

  it('hands over only the metrics a gate reads', async () => {
    const { seen, report } = await read(fixture('long-comma.csv'), { wanted: new Set(['satisfaction']) });
    expect(seen).toEqual([obs('2027-03-02', 'satisfaction', 8)]);
    expect(report.rows).toBe(4);
  });
});

describe('bad rows', () => {
  const problems = [
    'bad-rows.csv:3:3: active_use_pct value "abc" is not a number',
    'bad-rows.csv:4:1: date "2027-02-30" is not a real date written YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or with a month name (5 Mar 2027, Mar 5, 2027, 05/Mar/27)',
    'bad-rows.csv:5:2: unknown metric "active_users" (did you mean "active_use_pct"?)',
    'bad-rows.csv:6:3: active_use_pct value "NaN" is not a number',
    'bad-rows.csv:7:3: active_use_pct value "Infinity" is not a number',
    'bad-rows.csv:8:3: active_use_pct value "1e309" is too large to be a measurement',
    'bad-rows.csv:9:1: expected 3 columns as in the header, found 2',
  ];

  it('fails on one line: the first bad row with its file, line and column, how to go on, and how many more', async () => {
    const file = fixture('bad-rows.csv');
    const error = await read(file).catch((e: Error) => e);
    expect((error as Error).message).toBe(`${problems[0]!.replace('bad-rows.csv', file)}; correct it in the export, or run with --lenient to skip bad rows (6 more bad rows in this file)`);
  });

  it('says "at least" when reading stopped at the tenth bad row', () => {
    const problems10 = Array.from({ length: 10 }, (_, i) => `big.csv:${i + 2}:1: date "x" is not a real date`);
    const error = badRowsError({ file: 'big.csv', rows: 10, skipped: 10, problems: problems10, ignoredColumns: [], windows1252: 0 });
    expect(error.message).toBe('big.csv:2:1: date "x" is not a real date; correct it in the export, or run with --lenient to skip bad rows (at least 9 more bad rows in this file)');
  });

  it('skips and counts them when lenient', async () => {
    const file = fixture('bad-rows.csv');
    const { seen, report } = await read(file, { lenient: true });
    expect(seen.map((o) => o.value)).toEqual([80, 81]);
    expect(report).toEqual({ file, rows: 9, skipped: 7, firstAt: { file, line: 3, column: 3 }, problems: problems.map((p) => p.replace('bad-rows.csv', file)), ignoredColumns: [], windows1252: 0 });
  });

  it('refuses an answer outside 0-10 for an NPS metric', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'm.csv'), 'date,metric,value\n2027-03-01,nps,11\n2027-03-01,nps,7.5\n');
    await expect(read(path.join(dir, 'm.csv'), { answers: new Set(['nps']) })).rejects.toThrow(/m.csv:2:3: nps value "11" is not a survey answer from 0 to 10/);
  });

  it('keeps line numbers true after blank lines and line breaks inside quotes', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'm.csv'), 'date,metric,value\r\n\r\n2027-03-01,nps,"9"\r\n"2027-\r\n03-02",nps,8\r\n2027-03-03,nps,x\r\n');
    const { report } = await read(path.join(dir, 'm.csv'), { lenient: true });
    expect(report.problems.map((p) => p.replace(/^.*m.csv:/, ''))).toEqual([
      '4:1: date "2027-\\r\\n03-02" is not a real date written YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or with a month name (5 Mar 2027, Mar 5, 2027, 05/Mar/27)',
      '6:3: nps value "x" is not a number',
    ]);
  });

  it('reports a broken quote with its line', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'm.csv'), 'date,metric,value\n2027-03-01,nps,"7"x\n');
    await expect(read(path.join(dir, 'm.csv'))).rejects.toThrow(/m.csv:2:1: cannot read this row: text follows the closing quote/);
  });
});

describe('the days the plan reads', () => {
  it("leaves out a second try's earlier rows unchecked, a bad value among them, and reads the rest", async () => {
    const file = path.join(tempDir(), 'metrics.csv');
    writeFileSync(file, '\ufeffdate,metric,value\r\n08-03-2027,active_use_pct,12\r\n15-03-2027,active_use_pct,abc\r\n26-04-2027,active_use_pct,40.5\r\n');
    const window = { from: parseDay('2027-04-19') };
    const { seen, report } = await read(file, { window, dateFormat: 'dd-mm-yyyy' });
    expect([seen, report.skipped, report.problems]).toEqual([[obs('2027-04-26', 'active_use_pct', 40.5)], 0, []]);
    await expect(read(file, { dateFormat: 'dd-mm-yyyy' })).rejects.toThrow(/metrics\.csv:3:3: active_use_pct value "abc"/);
  });

  it('leaves out rows whose date order the file settles only later, once it does', async () => {
    const file = path.join(tempDir(), 'metrics.csv');
    writeFileSync(file, 'date,metric,value\n03-04-2027,active_use_pct,12\n05-04-2027,active_use_pct,20\n26-04-2027,active_use_pct,40\n');
    const { seen } = await read(file, { window: { from: parseDay('2027-04-19') } });
    expect(seen).toEqual([obs('2027-04-26', 'active_use_pct', 40)]);
  });
});

describe('headers', () => {
  async function header(text: string | Buffer, overrides: Partial<ImportOptions> = {}) {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'm.csv'), text);
    return read(path.join(dir, 'm.csv'), overrides);
  }

  it.each([
    ['no date column', 'day,metric,value\n', /m.csv:1: no date column "date" in the header \(day, metric, value\)/],
    ['a long export without values', 'date,metric\n', /m.csv:1: a long export needs the columns "date", "metric" and "value"; "value" is missing/],
    ['an unknown wide column', 'date,active_use_pct,satisfactoin\n', /m.csv:1: column "satisfactoin" is not a metric of the plan; did you mean "satisfaction"\?/],
    ['a column named twice', 'date,metric,value,Value\n', /m.csv:1: column "Value" appears twice/],
    ['an empty file', '\n\n', /m.csv: the file is empty/],
    ['a title alone', 'Adoptierapport Kaiteur\r\n', /m.csv:1: no date column "date" in the header \(Adoptierapport Kaiteur\)/],
    ['ten title lines', 'Adoptierapport Kaiteur\n'.repeat(10), /m.csv:1: no date column "date" in the header \(Adoptierapport Kaiteur\)/],
    ['a UTF-16 file', Buffer.from('\uFEFFdate,metric,value\n', 'utf16le'), /not a UTF-8 text file/],
  ])('refuses %s', async (_, text, message) => {
    await expect(header(text)).rejects.toThrow(message);
  });

  it('reads below title lines without delimiters, a report name above a ";" header, and gives the lines of the file', async () => {
    const titled = (rows: string) => `\uFEFFAdoptierapport Kaiteur\r\nGeëxporteerd 5-4-2027\r\n${rows}`;
    const fixtureRows = readFileSync(fixture('semicolon-bom-crlf.csv'), 'utf8').replace(/^\uFEFF/, '');
    expect((await header(titled(fixtureRows), { dateFormat: 'dd-mm-yyyy' })).seen).toEqual(fourRows);
    await expect(header(titled('date;metric;waarde\r\n'))).rejects.toThrow(/m\.csv:3: a long export needs the columns "date", "metric" and "value"/);
    await expect(header(titled('date;metric;value\r\n01-03-2027;active_use_pct;veertig\r\n'), { dateFormat: 'dd-mm-yyyy' })).rejects.toThrow(/m\.csv:4:3: /);
  });

  it('reads a ";" header below a title line with a comma (a week, an export date), with the lines of the file', async () => {
    const titled = (rows: string) => `\uFEFFTeams-gebruik, week 10\r\n${rows}`;
    const fixtureRows = readFileSync(fixture('semicolon-bom-crlf.csv'), 'utf8').replace(/^\uFEFF/, '');
    expect((await header(titled(fixtureRows), { dateFormat: 'dd-mm-yyyy' })).seen).toEqual(fourRows);
    await expect(header(titled('date;metric;value\r\n01-03-2027;active_use_pct;veertig\r\n'), { dateFormat: 'dd-mm-yyyy' })).rejects.toThrow(/m\.csv:3:3: /);
  });

  it('leaves out unknown wide columns when lenient', async () => {
    const { seen, report } = await header('date,active_use_pct,notes\n2027-03-01,50,x\n', { lenient: true });
    expect(seen).toEqual([obs('2027-03-01', 'active_use_pct', 50)]);
    expect(report.ignoredColumns).toEqual(['notes']);
  });

  it('says a missing file is missing', async () => {
    await expect(read('nope.csv')).rejects.toThrow('nope.csv: no such file; pass your metrics export with --metrics FILE');
  });
});
