import { describe, expect, it } from 'vitest';
import { parseMetricValue } from '../../src/gates/values.js';
import type { Metric } from '../../src/plan/schema.js';

const percent: Metric = { name: 'active_use_pct', unit: 'percent' };
const fraction: Metric = { name: 'share', unit: 'percent', scale: '0-1' };
const count: Metric = { name: 'support_tickets', unit: 'count' };

describe('parseMetricValue', () => {
  it.each([
    ['80%', percent, 80],
    ['80', percent, 80],
    ['0.8', fraction, 80],
    ['80 %', fraction, 80],
    ['7,5', count, 7.5],
    ['-3', count, -3],
    ['.5', count, 0.5],
    ['1e3', count, 1000],
  ] as const)('reads %s', (text, metric, value) => {
    expect(parseMetricValue(text, metric, true)).toEqual({ value });
  });

  it('reads a decimal comma only where the delimiter is not a comma', () => {
    expect(parseMetricValue('7,5', count, false)).toEqual({ problem: 'is not a number' });
  });

  it.each(['NaN', 'Infinity', '-Infinity', 'abc', '', '0x10', '1.2.3', '1,234.5'])('refuses %j', (text) => {
    expect(parseMetricValue(text, count, true)).toEqual({ problem: 'is not a number' });
  });

  it('refuses numbers too large for a measurement, and % on a metric that is not a percentage', () => {
    expect(parseMetricValue('1e309', count, true)).toEqual({ problem: 'is too large to be a measurement' });
    expect(parseMetricValue('5%', count, true)).toMatchObject({ problem: expect.stringMatching(/support_tickets is not a percent metric/) });
  });

  it('refuses percentages outside 0-100, naming the scale when it is 0-1', () => {
    expect(parseMetricValue('150', percent, true)).toEqual({ problem: 'is not a percentage from 0 to 100' });
    expect(parseMetricValue('-1%', percent, true)).toEqual({ problem: 'is not a percentage from 0 to 100' });
    expect(parseMetricValue('85', fraction, true)).toEqual({ problem: 'is not a percentage from 0 to 100 (the plan reads this metric on a 0-1 scale)' });
    expect(parseMetricValue('100', percent, true)).toEqual({ value: 100 });
  });
});

describe('thousands separators', () => {
  it('refuses 1.234 where a decimal comma is read, unless the plan says what the dot means', () => {
    expect(parseMetricValue('1.234', count, true)).toEqual({ problem: expect.stringMatching(/^is ambiguous in a file with decimal commas/), fix: expect.stringMatching(/^set metricsImport.thousands to "."/) });
    expect(parseMetricValue('0.250', count, true)).toEqual({ value: 0.25 });
    expect(parseMetricValue('1.25', count, true)).toEqual({ value: 1.25 });
    expect(parseMetricValue('1.234', count, false)).toEqual({ value: 1.234 });
    expect(parseMetricValue('1.234', count, true, 'none')).toEqual({ value: 1.234 });
  });

  it.each([
    ['1.234', '.', 1234],
    ['1.234.567,5', '.', 1234567.5],
    ['7,5', '.', 7.5],
    ['1,234.5', ',', 1234.5],
    ['12 345', ' ', 12345],
  ] as const)('reads %j with thousands %j', (text, thousands, value) => {
    expect(parseMetricValue(text, count, true, thousands)).toEqual({ value });
  });

  it.each([
    ['1.5', '.'],
    ['12.34', '.'],
    ['1,23', ','],
  ] as const)('refuses %j where %j groups thousands', (text, thousands) => {
    expect(parseMetricValue(text, count, true, thousands)).toEqual({ problem: expect.stringMatching(/^is not a number \(metricsImport.thousands says/) });
  });
});
