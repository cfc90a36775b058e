import { describe, expect, it } from 'vitest';
import { reasonText, type Because } from '../../src/gates/reasons.js';
import type { Operator } from '../../src/plan/schema.js';

/** Five days of tickets judged against a trend of 0, as the playbook's default gate reads them. */
const judged = (observed: number, op: Operator, holds: boolean): Because => ({
  kind: 'judged',
  holds,
  op,
  threshold: 0,
  reading: { aggregate: 'slope', observed, rows: { n: 5, metric: 'support_tickets', from: '2027-04-05', to: '2027-04-09' } },
});
const names = { phases: [], metrics: [{ name: 'support_tickets', label: 'meldingen' }] };

describe('a trend judged against 0, for people', () => {
  it('says per day where it goes as compared, whichever way the gate asks: a flat count is flat, never falling', () => {
    expect(reasonText(judged(0, '<=', true), 'nl', names)).toBe('de trend van 5 rijen meldingen van 2027-04-05 tot en met 2027-04-09 is 0 per dag, dus gelijkblijvend');
    expect(reasonText(judged(0, '<', false), 'en', names)).toBe('slope of 5 rows of meldingen from 2027-04-05 to 2027-04-09 is 0 per day, so flat');
    expect(reasonText(judged(-0.00001, '<', false), 'en', names)).toMatch(/, so flat$/);
    expect(reasonText(judged(0.25, '<=', false), 'en', names)).toBe('slope of 5 rows of meldingen from 2027-04-05 to 2027-04-09 is 0.25 per day, so rising');
    expect(reasonText(judged(-0.25, '<', true), 'nl', names)).toBe('de trend van 5 rijen meldingen van 2027-04-05 tot en met 2027-04-09 is -0,25 per dag, dus dalend');
  });

  it('keeps the operator and exact value in the machine outputs, which read no names', () => {
    expect(reasonText(judged(0.25, '<=', false), 'en')).toBe('slope of 5 support_tickets rows from 2027-04-05 to 2027-04-09 is 0.25, not <= 0');
  });
});
