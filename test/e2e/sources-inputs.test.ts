import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run } from '../helpers.js';
import { adoptionCopy, adoptionPlan, type PlanData } from '../sources/support.js';

const exports = (dir: string, name: string) => path.join(dir, 'adoption/exports', name);
const gateCheck = (dir: string, ...more: string[]) => run(['gate-check', '--at', '2027-03-29', ...more], { cwd: dir });

describe('sources through the built binary: what files can go wrong', () => {
  it.each([
    ['a workbook sheet that is not there', (p: PlanData) => (p.sources[3]!.sheet = 'Responses'), 'rollout: adoption/exports/Teams-enquete.xlsx: no sheet "Responses"; set sheet: to a sheet name or number (1 is the first)\n'],
    ['an old .xls workbook', (p: PlanData) => (p.sources[3]!.file = 'adoption/exports/old.xls'), /^rollout: adoption\/exports\/old\.xls: an old \.xls workbook; save it as \.xlsx or CSV UTF-8 and name the new file in sources\[3\]\.file \(rollout\.yaml:\d+:\d+\)\n$/],
    ['a file that is not a workbook', (p: PlanData) => (p.sources[3]!.file = 'adoption/exports/broken.xlsx'), 'rollout: adoption/exports/broken.xlsx: not a readable .xlsx workbook; open it in a spreadsheet and save it as .xlsx or CSV UTF-8\n'],
    ['a workbook whose download stopped', (p: PlanData) => (p.sources[3]!.file = 'adoption/exports/cut.xlsx'), 'rollout: adoption/exports/cut.xlsx: the workbook ends before its last part: the file looks cut off; download it again\n'],
    ['a roster that is missing', (p: PlanData) => (p.people.file = 'adoption/staff.csv'), /^rollout: adoption\/staff\.csv: no such file; put the roster there or correct people\.file \(rollout\.yaml:\d+:\d+\); `rollout init --people` writes one to fill in\n$/],
  ])('refuses %s with one line and exit 2', (_, change, stderr) => {
    const dir = adoptionCopy(change);
    // A sign-in page saved under the workbook's name, and a download that stopped halfway.
    writeFileSync(exports(dir, 'broken.xlsx'), '<!DOCTYPE html><html><head><title>Sign in to your account</title></head></html>');
    const forms = readFileSync(exports(dir, 'Teams-enquete.xlsx'));
    writeFileSync(exports(dir, 'cut.xlsx'), forms.subarray(0, forms.length / 2));
    // Excel 97-2003's format begins with the compound file signature.
    writeFileSync(exports(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));
    const r = gateCheck(dir);
    if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(stderr);
    expect(r.status).toBe(2);
  });

  it('reads a chosen sheet by number, and refuses a UTF-16 export', () => {
    const dir = adoptionCopy((p) => (p.sources[3]!.sheet = 1));
    // Judged: a pause, as studio-active, failed that day, holds the switch-off.
    expect(gateCheck(dir).status).toBe(1);
    const slack = exports(dir, 'slack-analytics-overview-2027-03.csv');
    writeFileSync(slack, Buffer.from(`\uFEFF${readFileSync(slack, 'utf8')}`, 'utf16le'));
    const r = gateCheck(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('rollout: adoption/exports/slack-analytics-overview-2027-03.csv: this is not a UTF-8 text file (UTF-16 or binary); save the export as CSV UTF-8\n');
  });

  it('says an export that is a sign-in page, a PDF or a workbook is no CSV, and what to do', () => {
    const dir = adoptionCopy();
    const tickets = exports(dir, 'tickets-export-2027-03.csv');
    const said = (content: string | Buffer) => {
      writeFileSync(tickets, content);
      const r = gateCheck(dir);
      return [r.status, r.stdout, r.stderr];
    };
    const file = 'rollout: adoption/exports/tickets-export-2027-03.csv';
    expect(said('<!DOCTYPE html>\r\n<html dir="ltr" lang="nl"><head><title>Aanmelden bij uw account</title>')).toEqual([2, '', `${file}: this is a web page (HTML), not a CSV file: a sign-in or error page saved in place of the export; download the export again\n`]);
    expect(said('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\n')).toEqual([2, '', `${file}: this is a PDF, not a CSV file; download the export again as CSV\n`]);
    expect(said(readFileSync(exports(dir, 'Teams-enquete.xlsx')))).toEqual([2, '', `${file}: this is an Excel workbook, not a CSV file; name it .xlsx, or save it from Excel as CSV UTF-8\n`]);
  });

  it("reads Dutch Excel's default CSV (Windows-1252) as its CSV UTF-8 when the accents are in a column no source reads", () => {
    const dutch = (p: PlanData) => (p.sources[3] = { file: 'adoption/exports/Teams-enquete (Excel NL).csv', kind: 'responses', date: 'Begintijd', dateFormat: 'd-m-yyyy', person: 'E-mail', metrics: { satisfaction: 'Hoe tevreden*', recommend: 'Hoe waarschijnlijk*' } });
    const dir = adoptionCopy(dutch);
    const survey = exports(dir, 'Teams-enquete (Excel NL).csv');
    const text = readFileSync(survey, 'utf8').replace('Bestanden delen gaat goed', 'Eén keer per week een café-uurtje');
    writeFileSync(survey, text);
    const utf8 = gateCheck(dir, '--format', 'json');
    expect(utf8.status).toBe(1);
    writeFileSync(survey, Buffer.from(text.replace(/^\ufeff/, ''), 'latin1'));
    expect(gateCheck(dir, '--format', 'json')).toEqual(utf8);
  });

  it('reads a roster saved from Dutch Excel as plain "CSV" (Windows-1252) as its CSV UTF-8, and says so', () => {
    const dir = adoptionCopy((p) => {
      const plan = p as unknown as { organization: { groups: { name: string }[] } };
      plan.organization.groups.find((g) => g.name === 'Office')!.name = 'Financiën';
      p.phases[1]!.audience = { groups: ['Design', 'Financiën'] };
    });
    const roster = path.join(dir, 'adoption/people.csv');
    const text = readFileSync(roster, 'utf8').replaceAll(',Office,', ',Financiën,');
    writeFileSync(roster, text);
    const utf8 = gateCheck(dir, '--format', 'json');
    expect(utf8.status).toBe(1);
    writeFileSync(roster, Buffer.from(text, 'latin1'));
    const legacy = gateCheck(dir, '--format', 'json');
    expect(legacy.stdout).toBe(utf8.stdout);
    expect(legacy.stderr).toBe(`rollout: adoption/people.csv: 6 rows are not UTF-8 text and read as Windows-1252 (what Excel saves as plain "CSV"); save the export as "CSV UTF-8" to be sure of every letter\n${utf8.stderr}`);
  });

  it('lists a row with broken quoting as a bad row with its line', () => {
    const dir = adoptionCopy();
    const tickets = exports(dir, 'tickets-export-2027-03.csv');
    writeFileSync(tickets, `${readFileSync(tickets, 'utf8')}1099,"Teams "crashes" on start,staff,Microsoft Teams,Open,High,03/26/2027 10:00,,\r\n`);
    const r = gateCheck(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('adoption/exports/tickets-export-2027-03.csv:18: cannot read this row: text follows the closing quote of a cell');
  });

  it('reads a daily column in the metric unit, and a long ticket export', () => {
    const dir = adoptionCopy((p) => {
      p.sources[1]!.metrics = { slack_active_pct: { numerator: 'Weekly active members', denominator: 'Total Enabled Membership' }, public_share: 'Percent of messages, public channels', slack_daily: 'Daily active members' };
      (p as unknown as { metrics: unknown[] }).metrics.push({ name: 'public_share', unit: 'percent' });
      p.gates.push({ id: 'public', phase: 'studio', metric: 'public_share', aggregate: 'mean', threshold: 10, within: '2w' }, { id: 'daily', phase: 'studio', metric: 'slack_daily', aggregate: 'max', threshold: 1, within: '2w' });
    });
    const tickets = exports(dir, 'tickets-export-2027-03.csv');
    const many = Array.from({ length: 1500 }, (_, i) => `${2000 + i},Teams question,staff,${i % 3 ? 'Printer' : 'Microsoft Teams'},Closed,Low,03/${String(15 + (i % 12)).padStart(2, '0')}/2027 09:00,,\r\n`).join('');
    writeFileSync(tickets, `${readFileSync(tickets, 'utf8')}${many}`);
    const json = JSON.parse(gateCheck(dir, '--format', 'json').stdout);
    const gate = (id: string) => json.gates.find((g: { id: string }) => g.id === id);
    expect(gate('daily')).toMatchObject({ observed: 15, samples: 8 });
    expect(gate('public').samples).toBe(8);
    // 10 working days, and Sunday 03-21, which has Teams tickets now.
    expect(gate('studio-tickets').samples).toBe(11);
    const slack = exports(dir, 'slack-analytics-overview-2027-03.csv');
    writeFileSync(slack, readFileSync(slack, 'utf8').replace(/,25,24,1,14,/, ',25,24,1,many,'));
    expect(gateCheck(dir).stderr).toContain('adoption/exports/slack-analytics-overview-2027-03.csv:2:5: slack_daily value is not a number; correct it in the export, or run with --lenient to skip bad rows');
  });

  it('validate asks for the roster where a source counts people', () => {
    const dir = adoptionCopy();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify({ ...adoptionPlan(), people: undefined }));
    const r = run(['validate'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/rollout\.yaml:\d+:\d+: error sources\[0\]\.kind: an activity source counts the roster people who are active, but the plan has no roster \(add people: /);
  });
});
