import { describe, expect, it } from 'vitest';
import { EventLogCheck } from '../../src/sources/event-log.js';
import type { FileRows } from '../../src/sources/problems.js';
import type { Source } from '../../src/plan/sources-schema.js';

const source = { kind: 'activity', file: 'TeamsUserActivityUserDetail*.csv', date: 'Report Refresh Date', person: 'User Principal Name', lastActive: 'Last Activity Date' } as Extract<Source, { kind: 'activity' }>;
const file = { file: 'TeamsUserActivityUserDetail2027-03-12.csv' } as FileRows;
const DAY = 20524;

describe('telling an event log from a per-person report', () => {
  it('reads a report in which one person has two rows (a mailbox re-created under the same address)', () => {
    const check = new EventLogCheck(source, 'sources[0]', 10);
    for (let person = 0; person < 10; person++) check.row(file, person + 2, 0, DAY, person);
    expect(() => check.row(file, 12, 0, DAY, 0)).not.toThrow();
    expect(() => check.row(file, 13, 0, DAY, 0)).not.toThrow();
  });

  it('stops at the second person with a second row on a day, saying to write kind: sign-ins', () => {
    const check = new EventLogCheck(source, 'sources[0]', 10);
    for (let person = 0; person < 10; person++) check.row(file, person + 2, 0, DAY, person);
    check.row(file, 12, 0, DAY, 3);
    expect(() => check.row(file, 13, 0, DAY, 5)).toThrow(/^TeamsUserActivityUserDetail2027-03-12\.csv:13: second rows of more than one person .*Write kind: sign-ins/);
  });

  it('remembers each day of a file when its rows go back and forth between days', () => {
    const check = new EventLogCheck(source, 'sources[0]', 10);
    check.row(file, 2, 0, DAY, 1);
    check.row(file, 3, 1, DAY + 1, 1);
    check.row(file, 4, 0, DAY, 1);
    expect(() => check.row(file, 5, 1, DAY + 1, 2)).not.toThrow();
    expect(() => check.row(file, 6, 0, DAY, 2)).not.toThrow();
    expect(() => check.row(file, 7, 0, DAY, 2)).toThrow(/:7: second rows of more than one person/);
    expect(() => check.row(file, 8, 2, DAY, 4)).toThrow(/:8: its sources\[0\]\.date column \(Report Refresh Date\) holds more than one time of/);
  });

  it('starts afresh with each file', () => {
    const check = new EventLogCheck(source, 'sources[0]', 10);
    check.row(file, 2, 0, DAY, 1);
    check.row(file, 3, 0, DAY, 1);
    const next = { file: 'TeamsUserActivityUserDetail2027-03-19.csv' } as FileRows;
    expect(() => check.row(next, 2, 5, DAY, 2)).not.toThrow();
    expect(() => check.row(next, 3, 5, DAY, 2)).not.toThrow();
  });
});
