import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteTable, CellDictionary } from '../../src/csv/dictionary.js';
import { parseDecimal, type DecimalMarks } from '../../src/csv/number.js';
import { readCsv, type CsvOptions } from '../../src/csv/reader.js';
import { RUNS, TIMEOUT } from '../fuzz/runs.js';
import { example, tempDir } from '../helpers.js';

const dir = tempDir();
let files = 0;

/** Reads `content` as a file: the header, each record with its line, each bad row. */
async function read(content: string | Buffer, options: CsvOptions = {}) {
  const file = path.join(dir, `f${files++}.csv`);
  writeFileSync(file, content);
  const out = { header: [] as string[], delimiter: '', rows: [] as [number, string[]][], bad: [] as string[] };
  await readCsv(
    file,
    {
      header: (cells, info) => {
        out.header = cells;
        out.delimiter = info.delimiter;
      },
      row: (row) => void out.rows.push([row.line, row.cells()]),
      bad: (line, problem) => void out.bad.push(`${line}: ${problem}`),
    },
    options,
  );
  return out;
}

describe('reading records', () => {
  it('gives the header, each record and the line it starts on', async () => {
    const out = await read('\ufeffdate,note,value\r\n\r\n2027-03-01,"a, ""quoted""\r\nnote",1\r\n2027-03-02,,2\r\n;;\r\n');
    expect(out.header).toEqual(['date', 'note', 'value']);
    expect(out.rows).toEqual([
      [3, ['2027-03-01', 'a, "quoted"\r\nnote', '1']],
      [5, ['2027-03-02', '', '2']],
      [6, [';;']],
    ]);
  });

  it.each([
    ['date,metric,value', ','],
    ['date;metric;value', ';'],
    ['date\tmetric\tvalue', '\t'],
    ['"a;b;c",metric,value', ','],
    ['\n\n  \ndatum;waarde,x;y', ';'],
  ])('detects the delimiter of %j from the header', async (header, delimiter) => {
    expect((await read(`${header}\n`)).delimiter).toBe(delimiter);
  });

  it('detects the delimiter past title lines that have none: a report name above a ";" header', async () => {
    const out = await read('\ufeffAdoptierapport Kaiteur\r\n\r\nGeëxporteerd op 5-4-2027\r\nDatum;Meting;Waarde\r\n5-4-2027;active_use_pct;82,5\r\n');
    expect([out.delimiter, out.header]).toEqual([';', ['Adoptierapport Kaiteur']]);
    expect(out.rows).toEqual([
      [3, ['Geëxporteerd op 5-4-2027']],
      [4, ['Datum', 'Meting', 'Waarde']],
      [5, ['5-4-2027', 'active_use_pct', '82,5']],
    ]);
    // A file of one column has no delimiter on any line: read as commas, one cell a row.
    expect((await read('E-mail\na@kaiteur.example\nb@kaiteur.example\n')).delimiter).toBe(',');
  });

  it('takes the delimiter from the line holding the column names asked for, not a title line with a comma above it', async () => {
    const named = (cells: string[]) => cells.filter((c) => ['report refresh date', 'user principal name'].includes(c.toLowerCase())).length;
    const out = await read('\ufeffExported on March 22, 2027\r\nReport Refresh Date;User Principal Name;Is Deleted\r\n2027-03-21;a@kromo.example;False\r\n', { named });
    expect([out.delimiter, out.header]).toEqual([';', ['Exported on March 22, 2027']]);
    expect(out.rows).toEqual([
      [2, ['Report Refresh Date', 'User Principal Name', 'Is Deleted']],
      [3, ['2027-03-21', 'a@kromo.example', 'False']],
    ]);
    // Read a few bytes at a time: the lines looked through are read in first.
    expect(await read('\ufeffExported on March 22, 2027\r\nReport Refresh Date;User Principal Name;Is Deleted\r\n2027-03-21;a@kromo.example;False\r\n', { named, chunkBytes: 7 })).toEqual(out);
    // No line holds a name asked for: the first line with a delimiter decides, as without names.
    expect((await read('Exported on March 22, 2027\nDatum;Naam\n', { named })).delimiter).toBe(',');
    // A header of one column asked for: read as commas.
    expect((await read('Title; subtitle\nReport Refresh Date\n2027-03-21\n', { named })).delimiter).toBe(',');
  });

  it('uses a delimiter it is given, and skips records that are only delimiters', async () => {
    const out = await read('a,b;c\n1,2;3\n;\n', { delimiter: ';' });
    expect(out.header).toEqual(['a,b', 'c']);
    expect(out.rows).toEqual([[2, ['1,2', '3']]]);
  });

  it('reads LF, CRLF and lone CR line ends, and a last line without one', async () => {
    const out = await read('a,b\r1,2\n3,4\r\n5,6');
    expect(out.rows).toEqual([
      [2, ['1', '2']],
      [3, ['3', '4']],
      [4, ['5', '6']],
    ]);
  });

  it('reads a quote inside an unquoted cell as text', async () => {
    expect((await read('a,b\n5" screen,2\n')).rows).toEqual([[2, ['5" screen', '2']]]);
  });

  it('reads cells across every chunk boundary as csv-parse does', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', ',', '\n', '\r\n', 'é', '€', ' x ', 'a"b'));
    const records = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(records, fc.integer({ min: 1, max: 9 }), async (rows, chunkBytes) => {
        const quote = (c: string) => (/[",\r\n]/.test(c) || c !== c.trim() || c === '' ? `"${c.replaceAll('"', '""')}"` : c);
        const text = ['h1,h2', ...rows.map((r) => r.map(quote).join(','))].join('\r\n') + '\r\n';
        const breaks = (r: string[]) => r.join('').split(/\r\n|\n|\r/).length - 1;
        let line = 2;
        const lines = rows.map((r) => (line += 1 + breaks(r)) - 1 - breaks(r));
        const blank = (r: string[]) => r.every((c) => /^[ \t]*$/.test(c));
        const expected = (parse(text, { relax_column_count: true }) as string[][]).slice(1).map((r, i) => [lines[i], r]).filter(([, r]) => !blank(r as string[]));
        const out = await read(text, { delimiter: ',', chunkBytes, recordBytes: 4096 });
        expect(out.bad).toEqual([]);
        expect(out.rows).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('bad rows', () => {
  it('reports broken quoting with its line and reads on', async () => {
    const out = await read('a,b\n"7"x,1\n2,3\n"open,4\n5,6\n');
    expect(out.bad).toEqual([
      '2: cannot read this row: text follows the closing quote of a cell; quote the whole cell and write a quote inside it as ""',
      '4: cannot read this row: a quote opened in this row is never closed',
    ]);
    expect(out.rows).toEqual([[3, ['2', '3']]]);
  });

  it('reads a row that is not UTF-8 as Windows-1252, cell by cell, and counts it', async () => {
    const file = path.join(dir, 'mixed.csv');
    // 0x80 is € and 0x93/0x94 are curly quotes in Windows-1252, not in Latin-1; the second cell of row 3 is UTF-8.
    writeFileSync(file, Buffer.concat([Buffer.from('a,b\nCaf\xe9 \x80 \x93x\x94,1\n', 'latin1'), Buffer.from('Caf\xe9,', 'latin1'), Buffer.from('é\né,2\nCafé,3\n')]));
    const rows: [number, string, string][] = [];
    const summary = await readCsv(file, { header: () => undefined, row: (row) => void rows.push([row.line, row.text(0), row.text(1)]), bad: () => expect.fail('no bad row') });
    expect(rows).toEqual([
      [2, 'Café € “x”', '1'],
      [3, 'Café', 'é'],
      [4, 'é', '2'],
      [5, 'Café', '3'],
    ]);
    expect(summary.windows1252).toBe(2);
  });

  it('counts only rows whose read cells are not UTF-8', async () => {
    const file = path.join(dir, 'windows-1252.csv');
    // Windows-1252, as Dutch Excel saves "CSV": é is the one byte 0xe9.
    writeFileSync(file, Buffer.from('Id;Score;Opmerking\r\n1;9;Caf\xe9 \xe9\xe9n\r\n2;8;Goed\r\n3;\xe9;x\r\n', 'latin1'));
    const rows: [number, string, string][] = [];
    const summary = await readCsv(file, { header: () => [0, 1], row: (row) => void rows.push([row.line, row.text(0), row.text(1)]), bad: () => expect.fail('no bad row') });
    expect(rows).toEqual([
      [2, '1', '9'],
      [3, '2', '8'],
      [4, '3', 'é'],
    ]);
    expect(summary.windows1252).toBe(1);
  });

  it('reads a header that is not UTF-8 as Windows-1252', async () => {
    const file = path.join(dir, 'header-1252.csv');
    writeFileSync(file, Buffer.from('Datum;Tevredenheid over \xe9\xe9n team\r\n1-3-2027;8\r\n', 'latin1'));
    let header: string[] = [];
    const summary = await readCsv(file, { header: (cells) => void (header = cells), row: () => undefined, bad: () => expect.fail('no bad row') });
    expect(header).toEqual(['Datum', 'Tevredenheid over één team']);
    expect(summary.windows1252).toBe(1);
  });

  it('reports a line over the limit with its number and reads on after it', async () => {
    const out = await read(`a,b\n1,2\n${'x'.repeat(5000)}\n3,4\n`, { recordBytes: 1024, chunkBytes: 100 });
    expect(out.bad).toEqual(['3: this row is longer than 1024 bytes; split it, or check that the file is a CSV export']);
    expect(out.rows).toEqual([
      [2, ['1', '2']],
      [4, ['3', '4']],
    ]);
  });

  it('reports a row with more cells than the limit, the limit written in full', async () => {
    const out = await read(`a,b\n${','.repeat(100_000)}x\n1,2\n`);
    expect(out.bad).toEqual(['2: cannot read this row: it has more than 100,000 cells']);
    expect(out.rows).toEqual([[3, ['1', '2']]]);
  });

  it('says when a quote left open runs a record past the limit', async () => {
    const out = await read(`a,b\n"${'line\n'.repeat(400)}`, { recordBytes: 1024, chunkBytes: 64 });
    expect(out.bad).toEqual(['2: this row is longer than 1024 bytes; a quote opened in it may never be closed; split it, or check that the file is a CSV export']);
  });

  it('reads a file without a line break to its end once, in bounded memory', async () => {
    const out = await read(`a,b\n${'y'.repeat(3_000_000)}`, { recordBytes: 1024 });
    expect(out.bad).toEqual(['2: this row is longer than 1024 bytes; split it, or check that the file is a CSV export']);
  });

  it('stops when a handler throws', async () => {
    const stop = new Error('enough');
    const file = path.join(dir, 'stop.csv');
    writeFileSync(file, 'a\n"x"y\n1\n');
    await expect(readCsv(file, { header: () => undefined, row: () => undefined, bad: () => { throw stop; } })).rejects.toBe(stop);
  });
});

describe('a download cut off mid-row', () => {
  // Microsoft 365's Teams user activity export (BOM, CRLF), stopped after the user's name in its third row.
  const header = '\ufeffReport Refresh Date,User Principal Name,Last Activity Date,Is Deleted,Team Chat Message Count\r\n';
  const whole = '2027-03-15,anjali.ramdin@kaiteur.example,2027-03-14,False,25\r\n';
  const cut = `${header}${whole}2027-03-15,ravi.sewdien@kai`;
  const message = (line: number, short: string) => new RegExp(`f\\d+\\.csv:${line}: this last row ${short}, with no line end: the file looks cut off; download it again$`);

  it('stops at its last row, with fewer cells than the row above and no line end, at any chunk size', async () => {
    for (const chunkBytes of [1, 2, 7, 64, undefined]) await expect(read(cut, { chunkBytes })).rejects.toThrow(message(3, 'has 2 of 5 cells'));
  });

  it('stops at a row cut short in a file Dutch Excel saved as "CSV" (Windows-1252, ;)', async () => {
    const dutch = Buffer.from('Id;Begintijd;E-mail;Opmerking\r\n1;8-3-2027 10:12:40;anjali.ramdin@kaiteur.example;Caf\xe9 is te klein\r\n2;9-3-2027 08:0', 'latin1');
    await expect(read(dutch)).rejects.toThrow(message(3, 'has 2 of 4 cells'));
  });

  it('stops at a first row cut short, counting against the header', async () => {
    await expect(read(`${header}2027-03-15,anjali.ramdin@kaiteur.example,2027-`)).rejects.toThrow(message(2, 'has 3 of 5 cells'));
  });

  it('stops at a last row that ends inside a quoted cell, whatever its cells (a survey answer with a comma)', async () => {
    const survey = '"Timestamp","Email Address","How satisfied?","Comments"\r\n"3/16/2027 9:02:11","sandra.pinas@kaiteur.example","8","Sharing files, ple';
    await expect(read(survey)).rejects.toThrow(message(2, 'ends inside a quoted cell'));
  });

  it('reads a last row without a line end that has every cell, and a short row that has one, as rows', async () => {
    expect((await read(`${header}${whole}${whole.trimEnd()}`)).rows).toHaveLength(2);
    expect((await read(`${header}2027-03-15,ravi.sewdien@kaiteur.example\r\n${whole.trimEnd()}`)).rows.map(([line, cells]) => [line, cells.length])).toEqual([
      [2, 2],
      [3, 5],
    ]);
  });

  it('leaves a quote opened in a file that ends with a line end a bad row', async () => {
    expect((await read('a,b\n1,2\n"open,4\n5,6\n')).bad).toEqual(['3: cannot read this row: a quote opened in this row is never closed']);
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['a header over the limit', 'x'.repeat(3000), /f\d+.csv:1: the header is longer than 1024 bytes/],
    ['UTF-16', Buffer.from('\ufeffa,b\n', 'utf16le'), /this is not a UTF-8 text file \(UTF-16 or binary\)/],
    ['a header with broken quoting', '"a"b,c\n', /f\d+.csv:1: cannot read the header: text follows the closing quote/],
  ])('refuses %s', async (_, content, message) => {
    await expect(read(content, { recordBytes: 1024 })).rejects.toThrow(message);
  });

  it.each([
    ['a sign-in page', '\ufeff\r\n<!DOCTYPE html>\r\n<html dir="ltr" class="" lang="en"><head><title>Sign in to your account</title>', 'this is a web page (HTML), not a CSV file: a sign-in or error page saved in place of the export; download the export again'],
    ['an error page without a doctype', '<!-- Copyright (C) Microsoft Corporation -->\n<html>\n<head>', 'this is a web page (HTML), not a CSV file: a sign-in or error page saved in place of the export; download the export again'],
    ['a PDF', Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n')]), 'this is a PDF, not a CSV file; download the export again as CSV'],
    ['an .xlsx workbook', readFileSync(example('adoption/exports/Teams-enquete.xlsx')), 'this is an Excel workbook, not a CSV file; name it .xlsx, or save it from Excel as CSV UTF-8'],
    ['an old .xls workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'this is an old Excel workbook (.xls), not a CSV file; save it from Excel as .xlsx or CSV UTF-8'],
  ])('says what %s given as a CSV is, and what to do', async (_, content, message) => {
    await expect(read(content)).rejects.toThrow(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/f\\d+\\.csv: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('reads a CSV whose first cell starts with <', async () => {
    expect((await read('<5 minutes,count\n<b>,1\n')).header).toEqual(['<5 minutes', 'count']);
  });

  it('says an empty file has no header', async () => {
    const file = path.join(dir, 'empty.csv');
    writeFileSync(file, '\n \n');
    expect((await readCsv(file, { header: () => undefined, row: () => undefined, bad: () => undefined })).hasHeader).toBe(false);
  });

  it('names a missing file and what to do', async () => {
    await expect(readCsv(path.join(dir, 'nope.csv'), { header: () => undefined, row: () => undefined, bad: () => undefined }, { missingHint: 'pass it with --metrics' })).rejects.toThrow(
      /nope.csv: no such file; pass it with --metrics$/,
    );
  });
});

describe('numbers from bytes', () => {
  const dec = (text: string, marks: DecimalMarks = '.') => parseDecimal(Buffer.from(text), 0, text.length, marks);

  it.each([
    ['80', 80],
    [' 7.5 ', 7.5],
    ['-12', -12],
    ['+3', 3],
    ['.5', 0.5],
    ['7.', 7],
    ['55.55', 55.55],
    ['0.1', 0.1],
    ['123456789012345', 123456789012345],
  ])('reads %j as Number() does', (text, value) => {
    expect(dec(text)).toBe(value);
    expect(dec(text)).toBe(Number(text));
  });

  it('leaves what is not a plain decimal to the caller', () => {
    for (const text of ['', '-', '.', '1e3', '80%', 'NaN', '1.2.3', '1234567890123456', '1,5', '0x10']) expect(dec(text)).toBeNaN();
    expect(dec('1,5', ',')).toBe(1.5);
    expect(dec('1.5', ',')).toBeNaN();
    expect(dec('1,5', 'either')).toBe(1.5);
  });

  it('leaves a possible thousands group unread where the decimal mark is in doubt', () => {
    expect(dec('1.234', 'either-guarded')).toBeNaN();
    expect(dec('-12.345', 'either-guarded')).toBeNaN();
    expect(dec('0.800', 'either-guarded')).toBe(0.8);
    expect(dec('1.25', 'either-guarded')).toBe(1.25);
    expect(dec('1234.567', 'either-guarded')).toBe(1234.567);
    expect(dec('1.234', 'either')).toBe(1.234);
  });

  it('rounds like Number() for any short decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 6 }), (n, shift) => {
        const text = shift === 0 ? String(n) : `${String(n).slice(0, -shift) || '0'}.${String(n).padStart(shift, '0').slice(-shift)}`;
        expect(dec(text)).toBe(Number(text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('cell dictionary', () => {
  it('gives each distinct cell one id, and -1 once full', async () => {
    const file = path.join(dir, 'dict.csv');
    writeFileSync(file, 'k\nb\na\nb\n"a"\nc\n"x""y"\n');
    const dict = new CellDictionary(2);
    const ids: number[] = [];
    await readCsv(file, { header: () => undefined, row: (row) => void ids.push(dict.id(row, 0)), bad: () => undefined });
    expect(ids).toEqual([0, 1, 0, 1, -1, -1]);
    expect([dict.text(0), dict.text(1)]).toEqual(['b', 'a']);
  });
});

describe('byte table', () => {
  it('numbers keys in the order they come, finds each after growing, and finds no key it never had', () => {
    const table = new ByteTable();
    // E-mail addresses of one length share their first and last bytes: only the middle tells them apart.
    const keys = Array.from({ length: 5000 }, (_, i) => Buffer.from(`person${String(i).padStart(4, '0')}@example.org`));
    const line = Buffer.concat(keys.map((k) => Buffer.concat([Buffer.from(','), k])));
    let at = 0;
    const ranges = keys.map((k) => [(at += 1), (at += k.length)] as const);
    expect(ranges.map(([start, end]) => table.add(line, start, end))).toEqual(keys.map((_, i) => i));
    expect(table.size).toBe(5000);
    expect(ranges.map(([start, end]) => table.add(line, start, end))).toEqual(keys.map((_, i) => i));
    expect(keys.map((k) => table.find(k, 0, k.length))).toEqual(keys.map((_, i) => i));
    expect(table.find(Buffer.from('person5000@example.org'), 0, 22)).toBe(-1);
    expect(table.find(Buffer.from('person0001@example.or'), 0, 21)).toBe(-1);
    expect(table.find(Buffer.alloc(0), 0, 0)).toBe(-1);
    expect(table.add(Buffer.alloc(0), 0, 0)).toBe(5000);
  });

  it('tells apart keys that differ in any one byte, at any offset and length', () => {
    const table = new ByteTable();
    // Keys are compared and hashed four bytes at a time: every length, and a change in each byte.
    const keys = Array.from({ length: 40 }, (_, n) => Buffer.alloc(n + 1, 0x61)).flatMap((base) => [base, ...[...base.keys()].map((k) => Buffer.from(base.map((c, j) => (j === k ? 0x62 : c))))]);
    expect(keys.map((k) => table.add(k, 0, k.length))).toEqual(keys.map((_, i) => i));
    const shifted = keys.map((k, i) => Buffer.concat([Buffer.alloc(1 + (i % 7), 0x20), k]));
    expect(shifted.map((b, i) => table.find(b, 1 + (i % 7), b.length))).toEqual(keys.map((_, i) => i));
    expect(table.find(Buffer.alloc(41, 0x61), 0, 41)).toBe(-1);
  });
});
