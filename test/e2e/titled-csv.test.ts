import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';
import { formWithAnonymous } from '../sources/support.js';

/*
 * A reporting tool puts the report's name on the first line of its CSV, with no delimiter on it,
 * above a header separated by ";" (Dutch Excel's). The delimiter is taken from the header below
 * it, and errors give the lines of the file as it is, the title line counted.
 */
const TITLE = 'Adoptierapport Sranan Advies\r\n';
const ALBINA = path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml');

/** The Sranan Advies usage export (`Datum;Meting;Waarde;Vestiging`), with a title line when `title`. */
function usage(title: boolean | string, value = '86,5'): string {
  const file = path.join(tempDir(), 'usage.csv');
  writeFileSync(file, `\uFEFF${title === true ? TITLE : title || ''}Datum;Meting;Waarde;Vestiging\r\n15-03-2027;active_use_pct;${value};Paramaribo\r\n29-03-2027;active_use_pct;88;Paramaribo\r\n`);
  return file;
}

const check = (file: string) => run(['gate-check', '--plan', ALBINA, '--metrics', file, '--at', '2027-03-30', '--format', 'json']);

describe('a CSV export with a title line above its ";" header, through the built binary', () => {
  it('gate-check --metrics reads it as it reads the export without the title, and a bad cell is at its line', () => {
    const titled = check(usage(true));
    expect(titled.stderr).toBe('');
    expect(JSON.parse(titled.stdout).gates).toEqual(JSON.parse(check(usage(false)).stdout).gates);
    const bad = check(usage(true, 'veel'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/usage\.csv:3:3: /);
  });

  it('a source below such a title line is read, and its bad answer is named at its line', () => {
    const form = (dir: string) => path.join(dir, 'adoption/exports/Teams-enquete (Excel NL).csv');
    const plain = formWithAnonymous();
    const dir = formWithAnonymous();
    writeFileSync(form(dir), `\uFEFF${TITLE}${readFileSync(form(dir), 'utf8').replace(/^\uFEFF/, '')}`);
    const at = (folder: string) => run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: folder });
    const [titled, untitled] = [at(dir), at(plain)];
    expect([titled.status, titled.stderr]).toEqual([untitled.status, untitled.stderr]);
    expect(JSON.parse(titled.stdout).gates).toEqual(JSON.parse(untitled.stdout).gates);
    writeFileSync(form(dir), readFileSync(form(dir), 'utf8').replace('Ravi Sewdien;8;9;', 'Ravi Sewdien;acht;9;'));
    const bad = at(dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Teams-enquete \(Excel NL\)\.csv:4:\d+: /);
  });

  it('a title line with a comma (a week, the day it was exported) does not make the file read as commas', () => {
    const titled = check(usage('Teams-gebruik, week 11\r\n'));
    expect(titled.stderr).toBe('');
    expect(JSON.parse(titled.stdout).gates).toEqual(JSON.parse(check(usage(false)).stdout).gates);
    expect(check(usage('Teams-gebruik, week 11\r\n', 'veel')).stderr).toMatch(/usage\.csv:3:3: /);
    const form = (dir: string) => path.join(dir, 'adoption/exports/Teams-enquete (Excel NL).csv');
    const plain = formWithAnonymous();
    const dir = formWithAnonymous();
    writeFileSync(form(dir), `\uFEFFExported on March 15, 2027\r\n${readFileSync(form(dir), 'utf8').replace(/^\uFEFF/, '')}`);
    const at = (folder: string) => run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: folder });
    const [got, untitled] = [at(dir), at(plain)];
    expect([got.status, got.stderr]).toEqual([untitled.status, untitled.stderr]);
    expect(JSON.parse(got.stdout).gates).toEqual(JSON.parse(untitled.stdout).gates);
  });
});
