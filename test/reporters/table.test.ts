import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { scheduleTable } from '../../src/reporters/schedule/table.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

const table = (extra: Record<string, unknown> = {}) => scheduleTable(buildSchedule(validPlan(minimalPlan(extra))), new Chalk({ level: 0 })).split('\n');

describe('the schedule table', () => {
  it('has one blank line between the headline and the phases', () => {
    const lines = table();
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^┌/);
  });

  it('sets a pause apart by one blank line on each side', () => {
    const lines = table({ pauses: [{ from: '2027-01-18', until: '2027-01-25', reason: 'network upgrade' }] });
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/network upgrade/);
    const phases = lines.findIndex((l) => l.startsWith('┌'));
    expect(lines[phases - 1]).toBe('');
    expect(lines[phases - 2]).not.toBe('');
  });
});
