import { describe, expect, it } from 'vitest';
import { todayZone } from '../../src/plan/today-zone.js';
import { minimalPlan, paramaribo, rotterdam, validPlan } from '../helpers.js';

describe('the zone whose date is today for a plan', () => {
  const firm = (locations: unknown[], calendar?: Record<string, unknown>) =>
    validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, locations }, ...(calendar ? { calendar } : {}) }));

  it('is the first location\'s, or calendar.timezone when the plan gives it', () => {
    expect(todayZone(firm([paramaribo(30, []), rotterdam(10)]))).toBe('America/Paramaribo');
    expect(todayZone(firm([rotterdam(10), paramaribo(30, [])]))).toBe('Europe/Amsterdam');
    expect(todayZone(firm([paramaribo(30, [])], { timezone: 'Asia/Tokyo' }))).toBe('Asia/Tokyo');
    expect(todayZone(firm([], { timezone: 'UTC' }))).toBe('UTC');
  });

  it('is none for a plan that names no zone: the machine\'s date is today', () => {
    expect(todayZone(firm([]))).toBeUndefined();
  });
});
