import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run, tempDir } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';

const TICKETS = 'adoption/exports/tickets-export-2027-03.csv';
const MONTHS = { en: ['Mar', 'Apr'], nl: ['mrt.', 'apr.'] };

/** `03/15/2027 09:57` as Jira writes it by default (`dd/MMM/yy h:mm a`), its month named in `lang`. */
function jiraDate(us: string, lang: 'en' | 'nl'): string {
  const [, month, day, year, hour, minute] = /^(\d\d)\/(\d\d)\/\d\d(\d\d) (\d\d):(\d\d)$/.exec(us)!;
  const h = Number(hour);
  return `${day}/${MONTHS[lang][Number(month) - 3]}/${year} ${h % 12 || 12}:${minute} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The example with its helpdesk export rewritten as Jira Service Management's CSV export: `Created` as `15/Mar/27 9:57 AM`. */
function jiraCopy(lang: 'en' | 'nl'): string {
  const dir = adoptionCopy((plan) => {
    const tickets = plan.sources.find((s) => s.metric === 'tickets')!;
    delete tickets.dateFormat;
    tickets.where = { 'Component/s': 'Microsoft Teams' };
  });
  const file = path.join(dir, TICKETS);
  const csv = readFileSync(file, 'utf8')
    .replace(/^Ticket ID,Subject,Requester,Category,/, 'Issue id,Summary,Reporter,Component/s,')
    .replace(/\d\d\/\d\d\/\d{4} \d\d:\d\d/g, (us) => jiraDate(us, lang));
  writeFileSync(file, csv);
  return dir;
}

const tickets = (dir: string) => run(['metrics', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
const series = (stdout: string) => (JSON.parse(stdout) as { series: { metric: string }[] }).series.filter((p) => p.metric === 'tickets');

describe('a Jira Service Management export', () => {
  it.each(['en', 'nl'] as const)('is read with its day/month-name/two-digit-year dates and AM/PM times (%s months), as the US export is', (lang) => {
    const dir = jiraCopy(lang);
    expect(readFileSync(path.join(dir, TICKETS), 'utf8')).toContain(lang === 'en' ? ',15/Mar/27 9:57 AM,15/Mar/27 4:00 PM,' : ',15/mrt./27 9:57 AM,');
    const r = tickets(dir);
    expect(r.stderr).not.toContain('tickets-export');
    expect(r.status).toBe(0);
    const us = series(tickets(adoptionCopy()).stdout);
    expect(us.length).toBeGreaterThan(5);
    expect(series(r.stdout)).toEqual(us);
  });

  it('names the forms it reads, month names among them, when a date is none of them', () => {
    const dir = jiraCopy('en');
    const file = path.join(dir, TICKETS);
    writeFileSync(file, readFileSync(file, 'utf8').replace('15/Mar/27 9:57 AM', '15/Mar/27/9:57'));
    const r = tickets(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/tickets-export-2027-03\.csv:2:7: date.* is not a real date written YYYY-MM-DD, DD-MM-YYYY, MM\/DD\/YYYY or with a month name \(5 Mar 2027, Mar 5, 2027, 05\/Mar\/27\)/);
  });
});

describe('a Jira export with a field of several values (a repeated Component/s header)', () => {
  it('counts a ticket whose Teams component is in the second Component/s column', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'exports'));
    writeFileSync(
      path.join(dir, 'exports', 'jira-2027-03-19.csv'),
      [
        'Summary,Issue key,Issue id,Created,Component/s,Component/s,Labels,Labels',
        'Cannot log in,ITSD-1,10001,15/Mar/27 8:03 AM,Microsoft Teams,,teams,',
        '"No signal at the branch, again",ITSD-2,10002,15/Mar/27 9:03 AM,Nickerie branch,Microsoft Teams,branch,teams',
        'Printer jammed,ITSD-3,10003,16/Mar/27 1:30 PM,Printers,,,',
        '"Files do not load\nafter the update",ITSD-4,10004,17/Mar/27 9:03 AM,Nickerie branch,Microsoft Teams,test,teams',
        '',
      ].join('\r\n'),
    );
    const source = { file: 'exports/jira-*.csv', kind: 'events', date: 'Created', where: { 'Component/s': 'Microsoft Teams' }, exclude: { Labels: 'test' }, metric: 'tickets' };
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify({ version: 1, tool: { name: 'Microsoft Teams' }, organization: { name: 'Demo', headcount: 10 }, start: '2027-03-15', metrics: [{ name: 'tickets' }], sources: [source] }));
    const r = run(['metrics', '--at', '2027-03-19', '--format', 'csv'], { cwd: dir });
    expect(r.stderr).toBe('');
    // Up to 18 March, the day before the export was downloaded (the date in its name).
    expect(r.stdout.split('\n').filter((l) => l.includes(',tickets,')).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['2027-03-15,tickets,2', '2027-03-16,tickets,0', '2027-03-17,tickets,0', '2027-03-18,tickets,0']);
  });
});

