import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { KnownStarts } from '../../src/schedule/known-start.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * test/fixtures/pauses/after-extension.yaml: Corentyne Freight. The pilot's extension of 17
 * February moves Sales from 22 February to 1 March and Operations from 8 to 15 March; a pause of
 * Operations from Friday 5 March then moves it to Tuesday 23 March (Monday 22 is Phagwah).
 */
function planWith(change: (data: Record<string, unknown>) => void = () => {}) {
  const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'after-extension.yaml'), 'utf8')) as Record<string, unknown>;
  change(data);
  return validPlan(stringify(data));
}

const toldBefore = (plan: ReturnType<typeof planWith>, phase: string) => {
  const day = new KnownStarts(plan, parseDay(plan.start)).toldBefore(phase);
  return day === undefined ? undefined : formatDay(day);
};

describe('the start people were told before the change that last moved it', () => {
  it('is the day the extension gave, not the day first planned, once a pause moved it again', () => {
    const plan = planWith();
    expect(toldBefore(plan, 'ops')).toBe('2027-03-15');
    // Moved by the extension alone: the day first planned is the day people were told.
    expect(toldBefore(plan, 'sales')).toBe('2027-02-22');
    // Nothing moved the pilot's start.
    expect(toldBefore(plan, 'pilot')).toBeUndefined();
  });

  it('is the day the open pause held when its end was written in later, as its resume notice says', () => {
    const plan = planWith((data) => {
      data.pauses = [{ from: '2027-03-05', until: '2027-03-19', untilDecided: '2027-03-10', reason: 'the warehouse office moves', only: { phase: 'ops' } }];
    });
    expect(toldBefore(plan, 'ops')).toBe('2027-03-15');
  });
});
