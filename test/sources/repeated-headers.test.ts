import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { tempDir } from '../helpers.js';
import { readAll } from './support.js';

/*
 * Jira Service Management's CSV export repeats the header of a field with several values: an
 * issue with the components "Moengo site" and "Slack" fills `Component/s,Component/s`, and so on
 * for `Labels`, `Sprint` and `Watchers`, as many columns as the issue with the most values needs.
 */
const HEADER = 'Summary,Issue key,Issue id,Issue Type,Status,Created,Updated,Component/s,Component/s,Labels,Labels,Labels,Watchers,Watchers';
const ROWS = [
  'Cannot log in,ITSD-1,10001,[System] Service request,Done,03/May/27 8:03 AM,03/May/27 8:03 AM,Slack,,slack,,,W1,',
  '"No signal on site, again",ITSD-2,10002,[System] Service request,Done,03/May/27 9:03 AM,03/May/27 9:03 AM,Moengo site,Slack,site,slack,,W1,W2',
  '"Files do not load\nafter the update",ITSD-3,10003,[System] Service request,Done,04/May/27 9:03 AM,04/May/27 9:03 AM,Moengo site,Slack,site,test,slack,W2,',
  'Printer jammed,ITSD-4,10004,[System] Incident,Open,05/May/27 1:30 PM,05/May/27 1:30 PM,Printers,,,,,W1,',
  'Notifications,ITSD-5,10005,[System] Service request,Done,07/May/27 10:00 AM,07/May/27 10:00 AM,,Slack,,,,,',
];

/** A folder with a plan reading the Jira export with `source`'s conditions. */
function jira(source: Record<string, unknown>, rows = ROWS, header = HEADER): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'exports', 'jira-2027-05-10.csv'), `\uFEFF${[header, ...rows].join('\r\n')}\r\n`);
  const plan = { version: 1, tool: { name: 'Slack' }, organization: { name: 'Demo', headcount: 10 }, start: '2027-05-03', sources: [{ file: 'exports/jira-*.csv', kind: 'events', date: 'Created', metric: 'support_tickets', ...source }] };
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
  return dir;
}

const perDay = async (dir: string) => Object.fromEntries((await readAll(dir)).points.map((p) => [p.day, p.value]));

describe('a header the export repeats (Jira, a field with several values)', () => {
  it('where: holds when any of its columns matches: Slack in the second Component/s column counts', async () => {
    expect(await perDay(jira({ where: { 'Component/s': 'Slack' } }))).toEqual({ '2027-05-03': 2, '2027-05-04': 1, '2027-05-05': 0, '2027-05-06': 0, '2027-05-07': 1 });
  });

  it('exclude: leaves a row out when any of its columns matches, also with * and beside another condition', async () => {
    expect(await perDay(jira({ where: { 'Component/s': 'Slack' }, exclude: { Labels: 'test' } }))).toMatchObject({ '2027-05-03': 2, '2027-05-04': 0, '2027-05-07': 1 });
    // Every condition of where: must hold, each in any of its columns.
    expect(await perDay(jira({ where: { 'Component/s': 'Slack', Labels: 'site' } }))).toMatchObject({ '2027-05-03': 1, '2027-05-04': 1 });
    expect(await perDay(jira({ exclude: { Watchers: 'W2' } }))).toMatchObject({ '2027-05-03': 1, '2027-05-04': 0, '2027-05-05': 1, '2027-05-07': 1 });
    expect(await perDay(jira({ where: { Labels: '*' } }))).toMatchObject({ '2027-05-03': 2, '2027-05-04': 1, '2027-05-05': 0 });
  });

  it('a column read for one value still reads the first of its name', async () => {
    // Created twice: the first is the day the ticket was made; the second would move ITSD-5 to 8 May.
    const header = HEADER.replace(',Updated,', ',Created,');
    const rows = ROWS.map((r) => r.replace(/,(07\/May\/27 10:00 AM),\1,/, ',$1,08/May/27 10:00 AM,'));
    const days = await perDay(jira({ where: { 'Component/s': 'Slack' } }, rows, header));
    expect(days['2027-05-07']).toBe(1);
    expect(days['2027-05-08']).toBeUndefined();
  });

  it('a survey question that matches a repeated header is still refused as matching more than one column', async () => {
    const dir = jira({});
    const planFile = path.join(dir, 'rollout.yaml');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/kind: events\n(\s+)date: Created\n\s+metric: support_tickets/, 'kind: responses\n$1date: Created\n$1metrics: { satisfaction: "Label*" }'));
    await expect(readAll(dir)).rejects.toThrow(/jira-2027-05-10\.csv:1:11: "Label\*" \(sources\[0\]\.metrics\.satisfaction\) matches "Labels" \(column 10\) and "Labels" \(column 11\) and "Labels" \(column 12\); write more of the question so it matches one/);
  });

  it('a row cut short before the last repeated column is a bad row at its line, not read as empty', async () => {
    const rows = [...ROWS.slice(0, 4), 'Notifications,ITSD-5,10005,[System] Service request,Done,07/May/27 10:00 AM,07/May/27 10:00 AM,'];
    await expect(readAll(jira({ where: { 'Component/s': 'Slack' } }, rows))).rejects.toThrow(/jira-2027-05-10\.csv:7:.*this row has 8 of the header's 14 cells, so it has no "Component\/s"/);
  });
});
