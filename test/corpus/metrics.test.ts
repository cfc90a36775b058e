import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { example } from '../helpers.js';
import { checkHostile, type HostileCase } from './harness.js';

const plan = readFileSync(example('growing-team.yaml'), 'utf8');
const metrics = (csv: string | Buffer): HostileCase['files'] => ({ 'rollout.yaml': plan, 'm.csv': csv });
const args = ['gate-check', '--metrics', 'm.csv', '--at', '2027-04-30'];
const wide = (columns: number) => `${['date', ...Array.from({ length: columns }, (_, i) => `c${i}`)].join(',')}\n2027-03-01,${Array(columns).fill('1').join(',')}\n`;

/** Hostile metrics exports: each a clear line with file and row, exit 2, nothing on stdout. */
const cases: HostileCase[] = [
  { name: 'mixed delimiters', args, files: metrics('date,metric,value\n2027-03-01;active_use_pct;80\n'), status: 2, message: /^rollout: m.csv:2:1: expected 3 columns as in the header, found 1; correct it in the export, or run with --lenient to skip bad rows$/ },
  { name: 'a ragged row', args, files: metrics('date,metric,value\n2027-03-01,active_use_pct,80,9\n'), status: 2, message: /^rollout: m.csv:2:1: expected 3 columns as in the header, found 4 \(a decimal comma must be quoted/ },
  { name: 'NaN', args, files: metrics('date,metric,value\n2027-03-01,active_use_pct,NaN\n'), status: 2, message: /^rollout: m.csv:2:3: active_use_pct value "NaN" is not a number; correct it in the export, or run with --lenient to skip bad rows$/ },
  { name: 'Infinity', args, files: metrics('date,metric,value\n2027-03-01,active_use_pct,Infinity\n'), status: 2, message: /^rollout: m.csv:2:3: active_use_pct value "Infinity" / },
  { name: '1e309', args, files: metrics('date,metric,value\n2027-03-01,active_use_pct,1e309\n'), status: 2, message: /^rollout: m.csv:2:3: active_use_pct value "1e309" is too large to be a measurement; correct it in the export, or run with --lenient to skip bad rows$/ },
  { name: 'an unterminated quote', args, files: metrics('date,metric,value\n2027-03-01,active_use_pct,"80\n'), status: 2, message: /^rollout: m.csv:2:1: cannot read this row: a quote opened in this row is never closed; correct it in the export, or run with --lenient to skip bad rows$/ },
  { name: '10,000-column rows', args, files: metrics(wide(10_000)), status: 2, message: /^rollout: m.csv:1: column "c0" is not a metric of the plan/ },
  { name: 'non-UTF-8 bytes', args, files: metrics(Buffer.concat([Buffer.from('date,metric,value\n2027-03-01,active_use_pct,'), Buffer.from([0xff, 0xfe, 0x0a])])), status: 2, message: /^rollout: m.csv:2:3: active_use_pct value "ÿþ" is not a number; correct it in the export, or run with --lenient to skip bad rows$/ },
  { name: 'a UTF-16 export', args, files: metrics(Buffer.from('\ufeffdate,metric,value\n', 'utf16le')), status: 2, message: /^rollout: m.csv: this is not a UTF-8 text file \(UTF-16 or binary\)/ },
  { name: 'an unknown metric', args, files: metrics('date,metric,value\n2027-03-01,active_users_pct,80\n'), status: 2, message: /^rollout: m.csv:2:2: unknown metric "active_users_pct" \(did you mean "active_use_pct"\?\); correct it in the export, or run with --lenient to skip bad rows$/ },
  { name: 'a date that does not exist', args, files: metrics('date,metric,value\n2027-02-30,active_use_pct,80\n'), status: 2, message: /^rollout: m.csv:2:1: date "2027-02-30" is not a real date/ },
  { name: 'a missing column', args, files: metrics('date,metric\n2027-03-01,active_use_pct\n'), status: 2, message: /^rollout: m.csv:1: a long export needs the columns "date", "metric" and "value"; "value" is missing/ },
  { name: 'an empty export', args, files: metrics(''), status: 2, message: /^rollout: m.csv: the file is empty; export it with a header row/ },
  { name: 'a folder as the export', args: ['gate-check', '--metrics', 'exports', '--at', '2027-04-30'], files: metrics('x'), dirs: ['exports'], status: 2, message: /^rollout: exports: is a folder; pass the CSV file itself$/ },
  { name: 'a missing export', args: ['gate-check', '--metrics', 'nope.csv'], files: { 'rollout.yaml': plan }, status: 2, message: /^rollout: nope.csv: no such file; pass your metrics export with --metrics FILE$/ },
  { name: 'an impossible --at', args: [...args.slice(0, 3), '--at', '2027-02-30'], files: metrics('date,metric,value\n'), status: 2, message: /^rollout: --at must be a real date written YYYY-MM-DD, not "2027-02-30"$/ },
  { name: 'a 1.1 MB line', args, files: metrics(`date,metric,value\n2027-03-01,active_use_pct,80\n${'x'.repeat(1_100_000)}\n`), status: 2, message: /^rollout: m.csv:3:1: this row is longer than 1 MiB; split it, or check that the file is a CSV export, or run with --lenient to skip bad rows$/ },
  { name: 'a 2 MB header without a line break', args, files: metrics('c'.repeat(2_000_000)), status: 2, message: /^rollout: m.csv:1: the header is longer than 1 MiB; split it, or check that the file is a CSV export$/ },
  { name: 'a 100,000-column header', args, files: metrics(Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',') + '\n'), status: 2, message: /^rollout: m.csv:1: no date column "date" in the header \(c0, c1, c2, c3, c4, c5, c6, c7 and 99992 more\); or map your column/ },
  { name: 'a 200 kB bad value', args, files: metrics(`date,metric,value\n2027-03-01,active_use_pct,${'9'.repeat(200_000)}x\n`), status: 2, message: /^rollout: m.csv:2:3: active_use_pct value "9{60}…" is not a number; correct it in the export, or run with --lenient to skip bad rows$/ },
  { name: 'a 1.1 MB line without a line break', args, files: metrics(`date,metric,value\n${'y'.repeat(1_100_000)}`), status: 2, message: /^rollout: m.csv:2:1: this row is longer than 1 MiB; split it/ },
  { name: 'a 2 MB line between rows', args, files: metrics(`date,metric,value\n2027-03-01,active_use_pct,80\n${'x'.repeat(2_000_000)}\n2027-03-02,active_use_pct,81\n`), status: 2, message: /^rollout: m.csv:3:1: this row is longer than 1 MiB/ },
  { name: 'blank lines before the header', args, files: metrics('\r\n \r\ndate,metric,value\r\n2027-03-01,active_use_pct,x\r\n'), status: 2, message: /^rollout: m.csv:4:3: active_use_pct value "x" is not a number; correct it in the export, or run with --lenient to skip bad rows$/ },
  { name: 'a quoted last cell without a line break', args, files: metrics('date,metric,value\n2027-03-01,active_use_pct,"abc"  '), status: 2, message: /^rollout: m.csv:2:3: active_use_pct value "abc" is not a number; correct it in the export, or run with --lenient to skip bad rows$/ },
  {
    name: '10,001 different locations',
    args,
    files: metrics(`date,metric,value,location\n${Array.from({ length: 10_001 }, (_, i) => `2027-03-01,active_use_pct,80,L${i}`).join('\n')}\n`),
    status: 2,
    message: /^rollout: m.csv: more than 10,000 different phase, group and location combinations; check the columns mapped in metricsImport.columns$/,
  },
  {
    name: 'a number that does not group thousands as the plan says',
    args,
    files: { 'rollout.yaml': `${plan}metricsImport:\n  thousands: "."\n`, 'm.csv': 'date;metric;value\n2027-03-01;support_tickets;1.5\n' },
    status: 2,
    message: /^rollout: m.csv:2:3: support_tickets value "1.5" is not a number \(metricsImport.thousands says "." groups thousands, as in 1.234\); correct it in the export, or run with --lenient to skip bad rows$/,
  },
  { name: 'a quote left open for 1.1 MB', args, files: metrics(`date,metric,value\n2027-03-01,active_use_pct,"80\n${'z,z,z\n'.repeat(200_000)}`), status: 2, message: /^rollout: m.csv:2:1: this row is longer than 1 MiB; a quote opened in it may never be closed/ },
  { name: 'text after a closing quote', args, files: metrics('date,metric,value\r\n2027-03-01,"active_use_pct" x,80\r\n'), status: 2, message: /^rollout: m.csv:2:1: cannot read this row: text follows the closing quote of a cell/ },
  {
    name: 'a bad row after a quoted cell over two lines',
    args,
    files: metrics('date,metric,value,location\r\n2027-03-01,active_use_pct,80,"Para\r\nmaribo ""HQ"", ext"\r\n2027-03-02,active_use_pct,x,\r\n'),
    status: 2,
    message: /^rollout: m.csv:4:3: active_use_pct value "x" is not a number; correct it in the export, or run with --lenient to skip bad rows$/,
  },
  { name: 'a thousands dot where decimal commas are read', args, files: metrics('date;metric;value\n2027-03-01;support_tickets;1.234\n'), status: 2, message: /^rollout: m.csv:2:3: support_tickets value "1.234" is ambiguous in a file with decimal commas: 1234 or a decimal point\?; set metricsImport.thousands to "." \(1.234 is 1234\) or "none"/ },
  {
    name: 'overlapping exports that disagree',
    args: ['gate-check', '--metrics', 'm.csv', 'm2.csv', '--at', '2027-04-30'],
    files: { ...metrics('date,metric,value\n2027-03-08,active_use_pct,80\n'), 'm2.csv': 'date,metric,value\n2027-03-08,active_use_pct,85\n' },
    status: 2,
    message: /^rollout: m2.csv: active_use_pct on 2027-03-08 is also in m.csv, with other values \(1 vs 1 rows\); overlapping exports must agree/,
  },
  { name: 'no --metrics', args: ['gate-check'], files: { 'rollout.yaml': plan }, status: 2, message: /^rollout: no data to check: pass your metrics export with --metrics FILE, or describe your exports under sources: in the plan$/ },
];

describe('hostile metrics exports', () => {
  it.each(cases)('$name', (c) => checkHostile(c));
});
